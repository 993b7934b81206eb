"""Commands for what the Settings and Accounts pages change: accounts, partner organisations, clients' rights
(consent form, access copy, erasure, retention), records held at the hub, the office's first week, external
and scheduled backups, several annual targets at once."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

import desktop.cli.records as records
from desktop.cli.registry import _language, command, covers, say
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.services.clients.client_rights import ErasureReason
from desktop.services.clients.partners import PartnerDraft

_ID = QT_TRANSLATE_NOOP("Cli", "mã (id)")
_PDF = QT_TRANSLATE_NOOP("Cli", "tệp PDF cần ghi")
_PASSWORD_FILE = QT_TRANSLATE_NOOP("Cli", "tệp chứa mật khẩu mới (không gõ mật khẩu trên dòng lệnh)")


def _secret(path: Path) -> str:
    return path.read_text("utf-8").strip()


def _account_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    records.format_option(records.action(actions, "list", QT_TRANSLATE_NOOP("Cli", "danh sách tài khoản")))
    add = records.action(actions, "add", QT_TRANSLATE_NOOP("Cli", "thêm tài khoản (người dùng phải đổi mật khẩu)"))
    add.add_argument("username", help=QT_TRANSLATE_NOOP("Cli", "tên đăng nhập"))
    add.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("Cli", "họ và tên"))
    add.add_argument("--role", required=True, choices=[r.value for r in Role], help=QT_TRANSLATE_NOOP("Cli", "vai trò"))
    add.add_argument("--new-password-file", type=Path, required=True, help=_PASSWORD_FILE)
    role = records.action(actions, "role", QT_TRANSLATE_NOOP("Cli", "đổi vai trò của tài khoản"))
    role.add_argument("id", help=_ID)
    role.add_argument("role", choices=[r.value for r in Role], help=QT_TRANSLATE_NOOP("Cli", "vai trò"))
    active = records.action(actions, "active", QT_TRANSLATE_NOOP(
        "Cli", "khóa (no) hoặc mở lại (yes) tài khoản; mở lại cần mật khẩu mới"))
    active.add_argument("id", help=_ID)
    active.add_argument("active", choices=("yes", "no"), help=QT_TRANSLATE_NOOP("Cli", "yes: mở lại; no: khóa"))
    active.add_argument("--new-password-file", type=Path, help=_PASSWORD_FILE)
    reset = records.action(actions, "reset-password", QT_TRANSLATE_NOOP("Cli", "đặt lại mật khẩu của tài khoản"))
    reset.add_argument("id", help=_ID)
    reset.add_argument("--new-password-file", type=Path, required=True, help=_PASSWORD_FILE)


@command("account", QT_TRANSLATE_NOOP("Cli", "tài khoản người dùng: liệt kê, thêm, vai trò, khóa, đặt lại mật khẩu"),
         _account_options)
@covers("AccountService.add", "AccountService.set_role", "AccountService.set_active", "AccountService.reset_password")
def _account(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.accounts
        if args.action == "list":
            records.emit(records.rows_of(s.list(actor)), args.format, ("id", "username", "role", "active"))
            return
        if args.action == "add":
            secret = _secret(args.new_password_file)
            view = s.add(actor, username=args.username, display_name=args.name, role=Role(args.role),
                         password=secret, confirm=secret).value
        elif args.action == "role":
            view = s.set_role(actor, args.id, Role(args.role)).value
        elif args.action == "active":
            secret = _secret(args.new_password_file) if args.new_password_file else ""
            view = s.set_active(actor, args.id, args.active == "yes", new_password=secret, confirm=secret).value
        else:
            secret = _secret(args.new_password_file)
            view = s.reset_password(actor, args.id, password=secret, confirm=secret).value
        print(view.id)

    return records.run(args, work)


_PARTNER_HELPS = {
    "name": QT_TRANSLATE_NOOP("Cli", "tên đơn vị"),
    "kind": QT_TRANSLATE_NOOP("Cli", "loại đơn vị (mã)"),
    "phone": QT_TRANSLATE_NOOP("Cli", "số điện thoại của đơn vị (không ghi số di động cá nhân)"),
    "address": QT_TRANSLATE_NOOP("Cli", "địa chỉ"),
    "categories": QT_TRANSLATE_NOOP("Cli", "các loại dịch vụ nhận chuyển gửi (mã, cách nhau bởi dấu phẩy)"),
}


def _partner_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = records.action(actions, "list", QT_TRANSLATE_NOOP("Cli", "danh sách đơn vị đối tác (JSON, CSV)"))
    listing.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "cả đơn vị đã ngừng"))
    records.format_option(listing)
    records.draft_options(records.action(actions, "add", QT_TRANSLATE_NOOP("Cli", "thêm đơn vị đối tác")),
                          PartnerDraft, _PARTNER_HELPS, adding=True)
    edit = records.action(actions, "edit", QT_TRANSLATE_NOOP("Cli", "sửa đơn vị đối tác (chỉ các trường được nêu)"))
    edit.add_argument("id", help=_ID)
    records.draft_options(edit, PartnerDraft, _PARTNER_HELPS, adding=False)
    active = records.action(actions, "active", QT_TRANSLATE_NOOP("Cli", "ngừng (no) hoặc dùng lại (yes) một đơn vị"))
    active.add_argument("id", help=_ID)
    active.add_argument("active", choices=("yes", "no"), help=QT_TRANSLATE_NOOP("Cli", "yes: dùng lại; no: ngừng"))


@command("partner", QT_TRANSLATE_NOOP("Cli", "đơn vị đối tác nhận chuyển gửi: liệt kê, thêm, sửa, ngừng"),
         _partner_options)
@covers("PartnerService.save", "PartnerService.set_active")
def _partner(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.partners
        if args.action == "list":
            rows = records.rows_of(s.list(actor, include_inactive=args.all))
            records.emit(rows, args.format, ("id", "name", "kind", "active"))
        elif args.action == "add":
            print(s.save(actor, PartnerDraft(**records.draft_values(args, PartnerDraft))).value.id)
        elif args.action == "edit":
            current = next((p for p in s.list(actor, include_inactive=True) if p.id == args.id), None)
            if current is None:
                raise DomainError("partner.not_found")
            base = PartnerDraft(current.name, current.kind, current.phone, current.address, tuple(current.categories))
            draft = replace(base, **records.draft_values(args, PartnerDraft))
            print(s.save(actor, draft, partner_id=current.id, expected_version=current.version).value.id)
        else:
            print(s.set_active(actor, args.id, args.active == "yes").value.id)

    return records.run(args, work)


def _rights_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    form = records.action(actions, "consent-form", QT_TRANSLATE_NOOP(
        "Cli", "in phiếu đồng ý ra PDF (trống, hoặc cho một người)"))
    form.add_argument("pdf", type=Path, help=_PDF)
    form.add_argument("--client", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của người được hỗ trợ"))
    access = records.action(actions, "access", QT_TRANSLATE_NOOP(
        "Cli", "ghi bản sao hồ sơ cho chính người được hỗ trợ (quyền được biết) ra PDF"))
    access.add_argument("client", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của người được hỗ trợ"))
    access.add_argument("pdf", type=Path, help=_PDF)
    erase = records.action(actions, "erase", QT_TRANSLATE_NOOP(
        "Cli", "xóa hẳn hồ sơ một người (theo yêu cầu hoặc hết thời hạn lưu giữ)"))
    erase.add_argument("client", help=QT_TRANSLATE_NOOP("Cli", "mã (id) của người được hỗ trợ"))
    erase.add_argument("--confirm-code", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "gõ lại mã của người đó để xác nhận"))
    erase.add_argument("--reason", choices=[r.value for r in ErasureReason], default=ErasureReason.REQUEST.value,
                       help=QT_TRANSLATE_NOOP("Cli", "request: người đó yêu cầu; retention: hết thời hạn lưu giữ"))
    retention = records.action(actions, "retention", QT_TRANSLATE_NOOP(
        "Cli", "thời hạn lưu giữ hồ sơ sau lần tiếp xúc cuối (tháng)"))
    retention.add_argument("months", type=int, nargs="?", help=QT_TRANSLATE_NOOP("Cli", "số tháng mới (bỏ trống: xem)"))


@command("client-rights", QT_TRANSLATE_NOOP(
    "Cli", "quyền của người được hỗ trợ: phiếu đồng ý, bản sao hồ sơ, xóa hồ sơ, thời hạn lưu giữ"), _rights_options)
@covers("ClientRightsService.print_consent_form", "ClientRightsService.export_access", "ClientRightsService.erase",
        "ClientRightsService.set_retention_months")
def _rights(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.client_rights
        if args.action == "consent-form":
            path = s.print_consent_form(actor, args.pdf, client_id=args.client, language=_language()).value
            say("cli.written", path=str(path))
        elif args.action == "access":
            path = s.export_access(actor, args.client, args.pdf, language=_language()).value
            say("cli.written", path=str(path))
        elif args.action == "erase":
            s.erase(actor, args.client, confirm_code=args.confirm_code, reason=ErasureReason(args.reason))
            say("cli.deleted", id=args.client)
        else:
            months = s.retention_months(actor) if args.months is None else \
                s.set_retention_months(actor, args.months).value
            say("cli.retention_months", months=months)

    return records.run(args, work)


def _held_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = records.action(actions, "list", QT_TRANSLATE_NOOP(
        "Cli", "tuyến tỉnh: các bản ghi đang bị giữ lại (không in nội dung)"))
    records.format_option(listing)
    release = records.action(actions, "release", QT_TRANSLATE_NOOP(
        "Cli", "cho một bản ghi bị giữ vào số liệu (ghi lý do vào nhật ký)"))
    release.add_argument("id", help=_ID)
    release.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("Cli", "lý do"))


@command("held", QT_TRANSLATE_NOOP("Cli", "tuyến tỉnh: bản ghi bị giữ lại vì vi phạm quy tắc; cho vào số liệu"),
         _held_options)
@covers("QuarantineService.release")
def _held(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.quarantine
        if args.action == "list":
            rows = [{"id": h.id, "table_name": h.table_name, "record_id": h.record_id, "unit_name": h.unit_name,
                     "held_at": h.held_at.isoformat(), "rules": ",".join(r["code"] for r in h.rules)}
                    for h in s.held(actor)]
            records.emit(rows, args.format, ("id", "table_name", "unit_name", "rules"))
        else:
            print(s.release(actor, args.id, reason=args.reason).value.id)

    return records.run(args, work)


def _office_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    start = records.action(actions, "start-date", QT_TRANSLATE_NOOP(
        "Cli", "ngày bắt đầu dùng sổ (các kỳ trước ngày này không đến hạn)"))
    start.add_argument("day", type=records.day, help=QT_TRANSLATE_NOOP("Cli", "ngày (YYYY-MM-DD)"))
    records.action(actions, "recovery-sheet-kept", QT_TRANSLATE_NOOP(
        "Cli", "ghi nhận đã in và cất giữ phiếu mã khôi phục (việc của tuần đầu)"))
    external = records.action(actions, "backup-external", QT_TRANSLATE_NOOP(
        "Cli", "ghi bản sao lưu ra ổ ngoài (USB, ổ cứng rời)"))
    external.add_argument("folder", type=Path, help=QT_TRANSLATE_NOOP("Cli", "thư mục trên ổ ngoài"))
    records.action(actions, "backup-scheduled", QT_TRANSLATE_NOOP(
        "Cli", "sao lưu định kỳ nếu bản mới nhất đã quá một ngày (cho lịch chạy tự động)"))
    targets = records.action(actions, "targets", QT_TRANSLATE_NOOP(
        "Cli", "nhập nhiều chỉ tiêu năm cùng lúc từ tệp JSON (mục targets: danh sách [chỉ tiêu, cột chỉ tiêu, giá trị])"))
    targets.add_argument("year", type=int, help=QT_TRANSLATE_NOOP("Cli", "năm"))
    targets.add_argument("json", help=QT_TRANSLATE_NOOP("Cli", "tệp JSON"))


@command("office", QT_TRANSLATE_NOOP("Cli", "việc của đơn vị: ngày bắt đầu, phiếu khôi phục, sao lưu ra ổ ngoài, "
                                            "sao lưu định kỳ, chỉ tiêu năm"), _office_options)
@covers("FirstWeekService.set_start_date", "FirstWeekService.note_recovery_sheet", "MaintenanceService.backup_to",
        "MaintenanceService.backup_if_due", "ReportService.set_annual_targets")
def _office(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        if args.action == "start-date":
            print(services.first_week.set_start_date(actor, args.day).value.isoformat())
        elif args.action == "recovery-sheet-kept":
            services.first_week.note_recovery_sheet(actor)
        elif args.action == "backup-external":
            say("cli.written", path=str(services.maintenance.backup_to(actor, args.folder).value.path))
        elif args.action == "backup-scheduled":
            done = services.maintenance.backup_if_due(actor)
            if done is not None:
                say("cli.written", path=str(done.value.path))
        else:
            entries = records.read_json(args.json).get("targets", [])
            services.reports.set_annual_targets(actor, year=args.year,
                                                entries=[(str(i), str(c), None if v is None else str(v))
                                                         for i, c, v in entries])

    return records.run(args, work)
