"""`hoanhap client …` and `hoanhap referral …`: the client register without a window (list, add, edit, status,
plan, consent, contacts) and referrals (add, status, follow-up, feedback, slip). Drafts come as JSON files, so
nothing about a person is typed on a command line (where the shell's history would keep it)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

import desktop.cli.records as records
from desktop.cli.registry import _language, command, covers, say
from desktop.domain.clients import ClientDraft, ClientStatus, ConsentScope, ContactDraft
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError
from desktop.domain.referrals import ReferralDraft, ReferralOutcome, StatusChange
from desktop.services.clients.client_queries import ClientQuery

_CLIENT = QT_TRANSLATE_NOOP("Cli", "mã (id) của người được hỗ trợ")
_REFERRAL = QT_TRANSLATE_NOOP("Cli", "mã (id) của lần chuyển gửi")
_JSON = QT_TRANSLATE_NOOP("Cli", "tệp JSON với các trường của biểu mẫu")
_ON = QT_TRANSLATE_NOOP("Cli", "ngày (YYYY-MM-DD)")


def _client_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = records.action(actions, "list", QT_TRANSLATE_NOOP(
        "Cli", "danh sách người được hỗ trợ (xuất ra JSON, CSV)"))
    listing.add_argument("--status", choices=[s.value for s in ClientStatus], help=QT_TRANSLATE_NOOP(
        "Cli", "chỉ tình trạng này"))
    records.format_option(listing)
    records.action(actions, "show", QT_TRANSLATE_NOOP("Cli", "toàn bộ hồ sơ một người dạng JSON")).add_argument(
        "id", help=_CLIENT)
    add = records.action(actions, "add", QT_TRANSLATE_NOOP(
        "Cli", "thêm người được hỗ trợ từ tệp JSON {\"draft\": {…}, \"facts\": {…}}"))
    add.add_argument("json", help=_JSON)
    add.add_argument("--anyway", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "vẫn thêm khi đã có người cùng mã và năm sinh (đã kiểm tra là người khác)"))
    add.add_argument("--acknowledge", default="", help=QT_TRANSLATE_NOOP(
        "Cli", "các cảnh báo đã xem (mã, cách nhau bởi dấu phẩy), ví dụ người dưới 18 tuổi"))
    edit = records.action(actions, "edit", QT_TRANSLATE_NOOP("Cli", "sửa hồ sơ (các trường có trong tệp JSON)"))
    edit.add_argument("id", help=_CLIENT)
    edit.add_argument("json", help=_JSON)
    status = records.action(actions, "status", QT_TRANSLATE_NOOP("Cli", "đổi tình trạng hỗ trợ"))
    status.add_argument("id", help=_CLIENT)
    status.add_argument("--to", required=True, choices=[s.value for s in ClientStatus], help=QT_TRANSLATE_NOOP(
        "Cli", "tình trạng mới"))
    status.add_argument("--on", type=records.day, required=True, help=_ON)
    status.add_argument("--reason", default="", choices=["", *(o.value for o in ReferralOutcome)],
                        help=QT_TRANSLATE_NOOP("Cli", "kết quả đạt được khi kết thúc (mã, không bắt buộc)"))
    plan = records.action(actions, "plan", QT_TRANSLATE_NOOP("Cli", "ghi nhu cầu và kế hoạch hỗ trợ (từ tệp JSON)"))
    plan.add_argument("id", help=_CLIENT)
    plan.add_argument("json", help=QT_TRANSLATE_NOOP("Cli", "tệp JSON {\"needs\": \"…\", \"plan\": \"…\"}"))
    consent = records.action(actions, "consent", QT_TRANSLATE_NOOP("Cli", "ghi sự đồng ý của người được hỗ trợ"))
    consent.add_argument("id", help=_CLIENT)
    consent.add_argument("--scopes", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "phạm vi đồng ý (support, referral, sharing; cách nhau bởi dấu phẩy)"))
    consent.add_argument("--on", type=records.day, required=True, help=_ON)
    withdraw = records.action(actions, "withdraw", QT_TRANSLATE_NOOP("Cli", "ghi việc rút lại sự đồng ý"))
    withdraw.add_argument("id", help=_CLIENT)
    withdraw.add_argument("--scope", required=True, choices=[s.value for s in ConsentScope], help=QT_TRANSLATE_NOOP(
        "Cli", "phạm vi rút lại"))
    withdraw.add_argument("--on", type=records.day, required=True, help=_ON)
    contact = records.action(actions, "contact", QT_TRANSLATE_NOOP("Cli", "ghi một lần tiếp xúc, cung cấp dịch vụ"))
    contact.add_argument("id", help=_CLIENT)
    contact.add_argument("json", help=_JSON)


def _json_draft(draft: type, data: Any, base: Any = None) -> Any:
    if not isinstance(data, dict):
        raise DomainError("cli.bad_json", path="draft", reason="{…}")
    return records.draft_from_json(draft, data, base)


def _client_draft(view: Any) -> ClientDraft:
    """The form's draft of a saved client (what `edit` changes)."""
    return ClientDraft(**{field.name: getattr(view, field.name) for field in dataclasses.fields(ClientDraft)})


@command("client", QT_TRANSLATE_NOOP("Cli", "sổ người được hỗ trợ: liệt kê, thêm, sửa, tình trạng, kế hoạch, "
                                            "đồng ý, tiếp xúc"), _client_options)
@covers("ClientService.register", "ClientService.edit", "ClientService.set_status", "ClientService.save_plan",
        "ClientService.give_consent", "ClientService.withdraw_consent", "ClientService.log_contact")
def _client(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.clients
        if args.action == "list":
            rows = records.rows_of(s.page(actor, ClientQuery(status=args.status), offset=0, limit=1_000_000))
            records.emit(rows, args.format, ("id", "uic", "birth_year", "status", "last_contact_on"))
        elif args.action == "show":
            records.emit(records.rows_of([s.get(actor, args.id)]), "json", ())
        elif args.action == "add":
            data = records.read_json(args.json)
            registration = s.register(actor, _json_draft(ClientDraft, data.get("draft")), data.get("facts", {}),
                                      acknowledged=records.words(args.acknowledge), create_anyway=args.anyway).value
            if registration.client is None:
                raise DomainError("cli.client_duplicates", ids=", ".join(c.id for c in registration.candidates))
            print(registration.client.id)
        elif args.action == "edit":
            current = s.get(actor, args.id)
            data = records.read_json(args.json)
            draft = _json_draft(ClientDraft, data.get("draft", {}), _client_draft(current))
            print(s.edit(actor, current.id, draft, facts=data.get("facts"), expected_version=current.version,
                         acknowledged=tuple(data.get("acknowledged", ()))).value.id)
        elif args.action == "status":
            s.set_status(actor, args.id, ClientStatus(args.to), on=args.on, reason=args.reason)
            print(args.id)
        elif args.action == "plan":
            data = records.read_json(args.json)
            s.save_plan(actor, args.id, needs=str(data.get("needs", "")), plan=str(data.get("plan", "")))
            print(args.id)
        elif args.action == "consent":
            s.give_consent(actor, args.id, records.words(args.scopes), given_on=args.on)
            print(args.id)
        elif args.action == "withdraw":
            s.withdraw_consent(actor, args.id, args.scope, withdrawn_on=args.on)
            print(args.id)
        else:
            draft = _json_draft(ContactDraft, records.read_json(args.json))
            print(s.log_contact(actor, args.id, draft).value.id)

    return records.run(args, work)


def _referral_options(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    listing = records.action(actions, "list", QT_TRANSLATE_NOOP("Cli", "các lần chuyển gửi của một người (JSON, CSV)"))
    listing.add_argument("client", help=_CLIENT)
    records.format_option(listing)
    add = records.action(actions, "add", QT_TRANSLATE_NOOP("Cli", "chuyển gửi một người đến đơn vị đối tác"))
    add.add_argument("client", help=_CLIENT)
    add.add_argument("json", help=_JSON)
    status = records.action(actions, "status", QT_TRANSLATE_NOOP(
        "Cli", "cập nhật tình trạng chuyển gửi (từ tệp JSON {\"status\": …, \"on\": …})"))
    status.add_argument("id", help=_REFERRAL)
    status.add_argument("json", help=_JSON)
    follow = records.action(actions, "follow-up", QT_TRANSLATE_NOOP(
        "Cli", "đặt ngày theo dõi (bỏ trống: không theo dõi)"))
    follow.add_argument("id", help=_REFERRAL)
    follow.add_argument("--on", type=records.day, help=_ON)
    feedback = records.action(actions, "feedback", QT_TRANSLATE_NOOP("Cli", "ghi phản hồi của đơn vị đối tác (từ tệp)"))
    feedback.add_argument("id", help=_REFERRAL)
    feedback.add_argument("text_file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp văn bản chứa phản hồi"))
    slip = records.action(actions, "slip", QT_TRANSLATE_NOOP("Cli", "in phiếu chuyển gửi ra PDF"))
    slip.add_argument("id", help=_REFERRAL)
    slip.add_argument("pdf", type=Path, help=QT_TRANSLATE_NOOP("Cli", "tệp PDF cần ghi"))


@command("referral", QT_TRANSLATE_NOOP("Cli", "chuyển gửi: thêm, tình trạng, ngày theo dõi, phản hồi, in phiếu"),
         _referral_options)
@covers("ReferralService.refer", "ReferralService.change_status", "ReferralService.set_follow_up",
        "ReferralService.record_feedback", "ReferralService.print_slip")
def _referral(args: argparse.Namespace) -> int:
    def work(services: Any, actor: Any) -> None:
        s = services.referrals
        if args.action == "list":
            records.emit(records.rows_of(s.for_client(actor, args.client)), args.format,
                         ("id", "code", "referred_on", "category", "partner_name", "status"))
        elif args.action == "add":
            print(s.refer(actor, args.client, _json_draft(ReferralDraft, records.read_json(args.json))).value.id)
        elif args.action == "status":
            print(s.change_status(actor, args.id, _json_draft(StatusChange, records.read_json(args.json))).value.id)
        elif args.action == "follow-up":
            print(s.set_follow_up(actor, args.id, args.on).value.id)
        elif args.action == "feedback":
            print(s.record_feedback(actor, args.id, args.text_file.read_text("utf-8").strip()).value.id)
        else:
            path = s.print_slip(actor, args.id, args.pdf, language=_language()).value
            say("cli.written", path=str(path))

    return records.run(args, work)
