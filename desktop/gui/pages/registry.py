"""Which pages the main window shows, in order; areas add a PageSpec here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Pages", ...)
    factory: Callable[[AppContext], QWidget]
    permission: Permission
    commune: bool = True  # shown at a commune office
    hub: bool = True  # shown at a hub
    national: bool = False  # shown at the national hub (it receives provinces' aggregates only)


def _home(context: AppContext) -> QWidget:
    from desktop.gui.pages.home import HomePage

    return HomePage(context)


def _outreach(context: AppContext) -> QWidget:
    from desktop.gui.pages.outreach import OutreachPage

    return OutreachPage(context)


def _accounts(context: AppContext) -> QWidget:
    from desktop.gui.pages.accounts import AccountsPage

    return AccountsPage(context)


def _settings(context: AppContext) -> QWidget:
    from desktop.gui.pages.settings import SettingsPage

    return SettingsPage(context)


def _clients(context: AppContext) -> QWidget:
    from desktop.gui.pages.clients import ClientsPage

    return ClientsPage(context)


def _client_counts(context: AppContext) -> QWidget:
    from desktop.gui.pages.clients_counts import ClientCountsPage

    return ClientCountsPage(context)


def _establishments(context: AppContext) -> QWidget:
    from desktop.gui.pages.establishments import EstablishmentsPage

    return EstablishmentsPage(context)


def _tip_offs(context: AppContext) -> QWidget:
    from desktop.gui.pages.tip_offs import TipOffsPage

    return TipOffsPage(context)


def _support_models(context: AppContext) -> QWidget:
    from desktop.gui.pages.support_models import SupportModelsPage

    return SupportModelsPage(context)


def _reports(context: AppContext) -> QWidget:
    from desktop.gui.pages.reports import ReportsPage

    return ReportsPage(context)


def _completeness(context: AppContext) -> QWidget:
    from desktop.gui.pages.completeness import CompletenessPage

    return CompletenessPage(context)


def _sync_send(context: AppContext) -> QWidget:
    from desktop.gui.pages.sync_send import SendPage

    return SendPage(context)


def _sync_receive(context: AppContext) -> QWidget:
    from desktop.gui.pages.sync_receive import ReceivePage

    return ReceivePage(context)


def _national_send(context: AppContext) -> QWidget:
    from desktop.gui.pages.national import NationalSendPage

    return NationalSendPage(context)


def _national_receive(context: AppContext) -> QWidget:
    from desktop.gui.pages.national import NationalReceivePage

    return NationalReceivePage(context)


PAGES: list[PageSpec] = [
    PageSpec("home", QT_TRANSLATE_NOOP("Pages", "Trang chính"), _home, Permission.VIEW_COUNTS, national=True),
    PageSpec("outreach", QT_TRANSLATE_NOOP("Pages", "Truyền thông"), _outreach, Permission.VIEW_RECORDS),
    # Client rows need VIEW_CLIENTS (a viewer never sees one); the counts page is aggregates only.
    PageSpec("clients", QT_TRANSLATE_NOOP("Pages", "Người được hỗ trợ"), _clients, Permission.VIEW_CLIENTS, hub=False),
    PageSpec("client_counts", QT_TRANSLATE_NOOP("Pages", "Số liệu hỗ trợ"), _client_counts, Permission.VIEW_COUNTS,
             hub=False),
    PageSpec("establishments", QT_TRANSLATE_NOOP("Pages", "Cơ sở kinh doanh"), _establishments,
             Permission.VIEW_RECORDS, hub=False),
    # Tip-offs: officers and administrators only (a viewer lacks VIEW_TIP_OFFS).
    PageSpec("tip_offs", QT_TRANSLATE_NOOP("Pages", "Tin báo, tố giác"), _tip_offs, Permission.VIEW_TIP_OFFS,
             hub=False),
    PageSpec("support_models", QT_TRANSLATE_NOOP("Pages", "Mô hình hỗ trợ"), _support_models, Permission.VIEW_RECORDS,
             hub=False),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Báo cáo"), _reports, Permission.VIEW_COUNTS),
    PageSpec("completeness", QT_TRANSLATE_NOOP("Pages", "Tình hình nộp báo cáo"), _completeness,
             Permission.VIEW_COUNTS, commune=False),
    # --- pages of later areas go here (clients, establishments, sync, reports) ---
    # One key for both sides: home items lead to "sync" wherever the register is.
    PageSpec("sync", QT_TRANSLATE_NOOP("Pages", "Gửi dữ liệu"), _sync_send, Permission.SYNC, hub=False),
    PageSpec("sync", QT_TRANSLATE_NOOP("Pages", "Nhận dữ liệu"), _sync_receive, Permission.SYNC, commune=False),
    # National forwarding (issue 12): the province hub sends up, the national hub receives; one key for both.
    PageSpec("national", QT_TRANSLATE_NOOP("Pages", "Gửi cấp trên"), _national_send, Permission.SYNC,
             commune=False),
    PageSpec("national", QT_TRANSLATE_NOOP("Pages", "Báo cáo các tỉnh"), _national_receive, Permission.VIEW_COUNTS,
             commune=False, hub=False, national=True),
    PageSpec("accounts", QT_TRANSLATE_NOOP("Pages", "Tài khoản"), _accounts, Permission.MANAGE_ACCOUNTS, national=True),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Cài đặt"), _settings, Permission.VIEW_COUNTS, national=True),
]
