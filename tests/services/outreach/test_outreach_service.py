"""Outreach sessions through the service, on a real encrypted register."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import periods
from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.roles import Role
from desktop.services.accounts import auth
from desktop.services.outreach.outreach import OutreachQuery
from tests.conftest import Opened


def _draft(**changes: object) -> OutreachDraft:
    values = dict(held_on=date(2026, 11, 2), place="Nhà văn hóa thôn Đồng Xuân", form="meeting",
                  target_group="students", participants_total=10, participants_male=4, participants_female=6,
                  organiser="Hội Liên hiệp Phụ nữ xã")
    values.update(changes)
    return OutreachDraft(**values)  # type: ignore[arg-type]


def test_save_list_filter_search_and_sort(opened: Opened) -> None:
    svc, actor = opened.services.outreach, opened.admin
    svc.save(actor, _draft())
    svc.save(actor, _draft(held_on=date(2026, 10, 5), place="Trường THPT Xuân Lũng", form="direct",
                           target_group="students", participants_total=40, participants_male=20, participants_female=20))
    svc.save(actor, _draft(held_on=date(2025, 3, 1), place="Chợ trung tâm", form="leaflets", target_group="general_public",
                           participants_total=0, participants_male=0, participants_female=0))
    assert svc.count(actor, OutreachQuery()) == 3
    year = OutreachQuery(period=periods.year(2026))
    assert svc.count(actor, year) == 2
    assert [r.place for r in svc.page(actor, year, offset=0, limit=10)] == ["Nhà văn hóa thôn Đồng Xuân", "Trường THPT Xuân Lũng"]
    by_total = OutreachQuery(sort="participants_total", descending=True)
    assert svc.page(actor, by_total, offset=0, limit=1)[0].participants_total == 40
    assert svc.count(actor, OutreachQuery(form="leaflets")) == 1
    assert svc.count(actor, OutreachQuery(target_group="students")) == 2
    assert svc.count(actor, OutreachQuery(search="dong xuan")) == 1  # no diacritics typed
    assert svc.count(actor, OutreachQuery(search="phu nu truong")) == 1  # words may come from place and organiser
    assert svc.count(actor, OutreachQuery(search="dong xuan truong")) == 0  # but every word must match
    assert svc.count(actor, OutreachQuery(search="100%_")) == 0  # LIKE wildcards are literal


def test_summary_and_t1_for_a_period(opened: Opened) -> None:
    svc, actor = opened.services.outreach, opened.admin
    november = periods.month(2026, 11)
    assert not svc.summary(actor, november).t1_met
    svc.save(actor, _draft())
    svc.save(actor, _draft(held_on=date(2026, 11, 20), participants_total=5, participants_male=1,
                           participants_female=3, participants_other=1, form="peer_group"))
    s = svc.summary(actor, november)
    assert (s.sessions, s.participants, s.male, s.female, s.other, s.forms_used, s.t1_met) == (2, 15, 5, 9, 1, 2, True)


def test_invalid_input_saves_nothing(opened: Opened) -> None:
    svc, actor = opened.services.outreach, opened.admin
    with pytest.raises(ValidationFailed) as error:
        svc.save(actor, _draft(participants_female=1, held_on=date(2026, 12, 25)))
    assert {p.code for p in error.value.problems} == {"outreach.sex_sum", "date.future"}
    assert svc.count(actor, OutreachQuery()) == 0


def test_edit_bumps_version_and_a_stale_edit_is_refused(opened: Opened) -> None:
    svc, actor = opened.services.outreach, opened.admin
    first = svc.save(actor, _draft()).value
    second = svc.save(actor, _draft(place="Hội trường UBND xã"), record_id=first.id, expected_version=1).value
    assert second.version == 2 and svc.get(actor, first.id).draft.place == "Hội trường UBND xã"
    with pytest.raises(DomainError) as error:
        svc.save(actor, _draft(place="Khác"), record_id=first.id, expected_version=1)
    assert error.value.code == "outreach.stale"
    assert svc.get(actor, first.id).draft.place == "Hội trường UBND xã"


def test_delete_leaves_a_tombstone_not_a_gap(opened: Opened) -> None:
    svc, actor = opened.services.outreach, opened.admin
    record = svc.save(actor, _draft()).value
    svc.delete(actor, record.id)
    assert svc.count(actor, OutreachQuery()) == 0
    from desktop.db.models import OutreachSession

    with opened.services.register.uow() as uow:
        row = uow.session.get(OutreachSession, record.id)
        assert row is not None and row.deleted_at is not None and row.version == 2
    with pytest.raises(DomainError) as error:
        svc.get(actor, record.id)
    assert error.value.code == "outreach.not_found"


def test_a_viewer_reads_but_cannot_change_anything(opened: Opened) -> None:
    svc = opened.services.outreach
    record = svc.save(opened.admin, _draft()).value
    opened.services.accounts.add(opened.admin, username="xem", display_name="Người xem", role=Role.VIEWER,
                                 password="chi-xem-2026", confirm="chi-xem-2026")
    register, viewer = auth.login(opened.data_dir, "xem", "chi-xem-2026", clock=opened.clock)
    register.close()
    assert svc.count(viewer, OutreachQuery()) == 1
    for attempt in (lambda: svc.save(viewer, _draft()), lambda: svc.delete(viewer, record.id),
                    lambda: opened.services.accounts.list(viewer)):
        with pytest.raises(DomainError) as error:
            attempt()
        assert error.value.code == "permission.denied"
    assert svc.count(opened.admin, OutreachQuery()) == 1


def test_deactivated_account_cannot_log_in_and_last_admin_is_kept(opened: Opened) -> None:
    accounts = opened.services.accounts
    officer = accounts.add(opened.admin, username="canbo", display_name="Cán bộ", role=Role.OFFICER,
                           password="can-bo-2026x", confirm="can-bo-2026x").value
    accounts.set_active(opened.admin, officer.id, False)
    with pytest.raises(DomainError) as error:
        auth.login(opened.data_dir, "canbo", "can-bo-2026x", clock=opened.clock)
    assert error.value.code == "auth.wrong_password"  # its key slot is gone
    with pytest.raises(DomainError) as error:
        accounts.set_active(opened.admin, opened.admin.account_id, False)
    assert error.value.code == "account.last_admin"
    accounts.set_active(opened.admin, officer.id, True, new_password="mo-lai-2026x", confirm="mo-lai-2026x")
    register, actor = auth.login(opened.data_dir, "canbo", "mo-lai-2026x", clock=opened.clock)
    register.close()
    assert actor.role is Role.OFFICER


def test_a_password_chosen_by_the_administrator_must_be_replaced(opened: Opened) -> None:
    accounts = opened.services.accounts
    officer = accounts.add(opened.admin, username="canbo", display_name="Cán bộ", role=Role.OFFICER,
                           password="tam-thoi-2026", confirm="tam-thoi-2026").value
    register, actor = auth.login(opened.data_dir, "canbo", "tam-thoi-2026", clock=opened.clock)
    try:
        assert auth.password_change_required(register, actor)
        auth.change_password(register, actor, old="tam-thoi-2026", new="cua-rieng-toi-9", confirm="cua-rieng-toi-9")
        assert not auth.password_change_required(register, actor)
    finally:
        register.close()
    accounts.reset_password(opened.admin, officer.id, password="dat-lai-2026x", confirm="dat-lai-2026x")
    register, actor = auth.login(opened.data_dir, "canbo", "dat-lai-2026x", clock=opened.clock)
    register.close()
    assert auth.password_change_required(opened.services.register, actor)
    assert not auth.password_change_required(opened.services.register, opened.admin)  # set up by the wizard


def test_a_hub_lists_sessions_but_does_not_edit_them(hub: Opened) -> None:
    svc = hub.services.outreach
    with pytest.raises(DomainError) as error:
        svc.save(hub.admin, _draft())
    assert error.value.code == "office.hub_read_only"
    assert svc.count(hub.admin, OutreachQuery()) == 0
