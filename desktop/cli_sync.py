"""Sync commands: office cards, bundles out and in, receipts, closing periods, conflicts (same services as the GUI)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import _login_options, command, open_services, say
from desktop.domain.messages import render
from desktop.sync.importer import BundleReport

_MB = 1024 * 1024


def _report_line(report: BundleReport) -> str:
    c = report.counts
    periods = ",".join(report.periods) or "-"
    closed = f" closed={','.join(report.periods_closed)}" if report.periods_closed else ""
    missing = f" missing={','.join(map(str, report.missing))}" if report.missing else ""
    return (f"{report.status} {report.sender_unit} ({report.sender_name}) #{report.sequence} periods={periods} "
            f"new={c.new} changed={c.changed} deleted={c.deleted} conflicts={c.conflicts} "
            f"unchanged={c.unchanged} erased={c.erased}{closed}{missing}")


@command("card", "write this office's card (for the other side to enrol) into FOLDER", lambda p: (
    _login_options(p), p.add_argument("folder", type=Path),
))
def _card(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        card = services.sync.export_card(actor, args.folder).value
    finally:
        services.register.close()
    print(args.folder / card.name)
    print(f"fingerprint: {card.fingerprint}")
    return 0


@command("enrol", "trust another office's card after confirming its fingerprint by phone", lambda p: (
    _login_options(p), p.add_argument("card_file", type=Path),
    p.add_argument("--fingerprint", help="the six groups of digits read over the phone (omit only for a rotation)"),
))
def _enrol(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        info = services.sync.enrol(actor, args.card_file, confirmed_fingerprint=args.fingerprint).value
    finally:
        services.register.close()
    print(f"OK {info.role} {info.unit_code} {info.unit_name} key={info.key_id}")
    return 0


@command("cards", "list enrolled office cards; `--revoke KEY_ID` stops trusting one", lambda p: (
    _login_options(p), p.add_argument("--revoke", metavar="KEY_ID"),
))
def _cards(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        cards = services.sync.cards(actor)
        if args.revoke:
            chosen = [c for c in cards if c.key_id == args.revoke.upper()]
            if not chosen:
                say("sync.card_not_found")
                return 2
            services.sync.revoke(actor, chosen[0].id)
            cards = services.sync.cards(actor)
    finally:
        services.register.close()
    for c in cards:
        state = "revoked" if c.revoked_at else "replaced" if c.replaced else "trusted"
        print(f"{c.key_id} {c.role:8s} {c.unit_code} {state:8s} {c.unit_name} [{c.fingerprint}]")
    return 0


@command("rotate-keys", "make new device keys and write the new card (countersigned by the old key) to FOLDER",
         lambda p: (_login_options(p), p.add_argument("folder", type=Path)))
def _rotate(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        card = services.sync.rotate_keys(actor).value
        services.sync.export_card(actor, args.folder)
    finally:
        services.register.close()
    print(args.folder / card.name)
    print(f"fingerprint: {card.fingerprint}")
    return 0


@command("export-bundle", "write the next sync bundle (changes since the last one) into FOLDER", lambda p: (
    _login_options(p), p.add_argument("folder", type=Path),
    p.add_argument("--full", action="store_true", help="re-send every record, not only the changes"),
    p.add_argument("--close-period", metavar="CODE", help="close a reporting period first, e.g. 2026-10 or 2026-Q3"),
    p.add_argument("--nil", action="store_true", help="with --close-period: a nil report (nothing to report)"),
    p.add_argument("--split-mb", type=int, help="split into parts of at most this many MB"),
))
def _export(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        result = services.sync.export_bundle(actor, args.folder, full=args.full, close_period=args.close_period,
                                             nil=args.nil, split_bytes=args.split_mb * _MB if args.split_mb else None)
    finally:
        services.register.close()
    for f in result.value.files:
        print(f"{f.path} {f.size} bytes, {f.records} records, part {f.part}/{f.parts}")
    if result.value.over_email_limit:
        print("warning: a file is over 20 MB, too big for most e-mail; use --split-mb 15")
    return 0


@command("import-bundle", "import sync bundles (files or folders) at the hub; --dry-run only previews", lambda p: (
    _login_options(p), p.add_argument("paths", nargs="+", type=Path),
    p.add_argument("--dry-run", action="store_true"),
    p.add_argument("--receipts", type=Path, help="folder for the receipts (default: the outbox)"),
))
def _import(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        summary = services.sync.import_bundles(actor, args.paths, dry_run=args.dry_run,
                                               receipt_folder=args.receipts).value
    finally:
        services.register.close()
    refused = 0
    for item in summary.items:
        if item.report is None:
            refused += 1
            print(f"refused {item.path.name}: {item.error_code}: {render(item.error_code, item.error_params)}")
        else:
            print(f"{item.path.name}: {_report_line(item.report)}")
    for receipt in summary.receipts:
        print(f"receipt {receipt}")
    return 3 if refused else 0


@command("verify-bundle", "check a bundle without importing it (hub: dry run; commune: its own bundle)", lambda p: (
    _login_options(p), p.add_argument("file", type=Path),
))
def _verify(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        report = services.sync.verify_bundle(actor, args.file)
    finally:
        services.register.close()
    print(f"{args.file.name}: {_report_line(report)}")
    return 0


@command("receipt", "import the hub's receipt to mark bundles acknowledged", lambda p: (
    _login_options(p), p.add_argument("file", type=Path),
))
def _receipt(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        result = services.sync.import_receipt(actor, args.file).value
    finally:
        services.register.close()
    again = " (already imported)" if result.already_imported else ""
    print(f"{result.hub_name}: {result.acknowledged} acknowledged of {result.listed} listed{again}")
    if result.missing:
        print(f"the hub has not received: {', '.join(map(str, result.missing))}")
    return 0


@command("close-period", "close a reporting period (signed declaration sent with the next bundle)", lambda p: (
    _login_options(p), p.add_argument("period"), p.add_argument("--nil", action="store_true"),
))
def _close(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        code = services.sync.close_period(actor, args.period, nil=args.nil).value
    finally:
        services.register.close()
    print(f"OK {code}")
    return 0


@command("sync-status", "hub: per commune, the last bundle, missing numbers and open conflicts", _login_options)
def _status(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        statuses = services.sync.commune_statuses(actor)
    finally:
        services.register.close()
    for s in statuses:
        missing = ",".join(map(str, s.missing)) or "-"
        last = f"#{s.last_sequence} {s.last_imported_at:%d/%m/%Y %H:%M}" if s.last_imported_at else "-"
        print(f"{s.unit_code} {s.unit_name}: last {last}, missing {missing}, conflicts {s.open_conflicts}")
    return 0


@command("conflicts", "hub: list open conflicts; `--resolve ID --choose local|incoming` settles one", lambda p: (
    _login_options(p), p.add_argument("--resolve", metavar="ID"),
    p.add_argument("--choose", choices=["local", "incoming"]),
))
def _conflicts(args: argparse.Namespace) -> int:
    services, actor = open_services(args)
    try:
        if args.resolve:
            view = services.sync.resolve_conflict(actor, args.resolve, choose=args.choose or "").value
            print(f"OK {view.table_name} {view.record_id}: {view.resolution}")
            return 0
        for c in services.sync.conflicts(actor):
            print(f"{c.id} {c.unit_name} {c.table_name} {c.record_id} here v{c.local_version} / incoming v{c.incoming_version}")
    finally:
        services.register.close()
    return 0
