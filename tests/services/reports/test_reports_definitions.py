"""An administrator loads a new indicator set; a bad file changes nothing and the previous set stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bootstrap import build_services
from desktop.domain import periods
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.services.context import Actor
from tests import report_data as data
from tests.report_data import MINIMAL_DEFINITIONS as MINIMAL
from tests.conftest import Opened

Q3 = periods.quarter(2026, 3)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_the_bundled_set_is_in_force_until_another_is_loaded(opened: Opened) -> None:
    info = opened.services.reports.definitions_info(opened.admin)  # today is 28/11/2026: the 2026 plan
    assert info is not None
    assert (info.source, info.programme_code, info.built_in) == ("plan-2026.toml", "2026", True)


def test_a_new_programme_file_reshapes_the_report(opened: Opened, tmp_path: Path) -> None:
    svc, actor = opened.services.reports, opened.admin
    with opened.services.register.engine.begin() as conn:
        data.insert_all(conn)
    info = svc.load_definitions(actor, _write(tmp_path, "ct-2026-2035.toml", MINIMAL)).value
    assert (info.source, info.programme_code, info.indicators, info.built_in) == ("ct-2026-2035.toml", "2026-2035", 2,
                                                                                  False)
    report = svc.compute(actor, Q3)
    assert report.title == "BÁO CÁO THỬ" and [s.title for s in report.sections] == ["I. PHẦN A"]
    assert [(i.code, i.figure.value) for i in report.indicators] == [("X1", 3), ("X2", None)]
    assert [c.code for c in report.target_columns] == ["national"]
    # stored in the register itself: a fresh set of services (next login) reads the same set
    again = build_services(opened.services.register).reports.definitions_info(actor)
    assert again.programme_code == "2026-2035"
    last = opened.services.maintenance.recent_audit(actor, limit=1)[0]
    assert (last.action, last.entity_id) == ("indicators.load", "indicators.set:2026-2035")
    assert "ct-2026-2035.toml" in last.detail


@pytest.mark.parametrize(("change", "code"), [
    (('breakdowns = ["form"]', 'breakdowns = ["form"]\nmau = "do"'), "indicators.unknown_field"),
    (('"2026-01-01..2035-12-31"', '"2026-01-01..2035-02-30"'), "indicators.bad_period"),
    (('">= 70"', '">= 0"'), "indicators.zero_target"),
    (('{ parameter = "students" }', "{ value = 0 }"), "indicators.division_by_zero"),
])
def test_a_bad_file_leaves_the_previous_set_in_force(opened: Opened, tmp_path: Path, change: tuple[str, str],
                                                       code: str) -> None:
    svc, actor = opened.services.reports, opened.admin
    svc.load_definitions(actor, _write(tmp_path, "good.toml", MINIMAL))
    audit_before = opened.services.maintenance.recent_audit(actor, limit=1)[0].seq
    bad = _write(tmp_path, "bad.toml", MINIMAL.replace(*change))
    with pytest.raises(DomainError) as caught:
        svc.load_definitions(actor, bad)
    assert caught.value.code == code and caught.value.params["file"] == "bad.toml"
    assert caught.value.params["line"] > 0 and caught.value.params["item"] in ("X1", "X2", "programme")
    assert svc.definitions_info(actor).source == "good.toml"
    assert [i.code for i in svc.compute(actor, Q3).indicators] == ["X1", "X2"]
    assert opened.services.maintenance.recent_audit(actor, limit=1)[0].seq == audit_before  # nothing recorded


def test_only_an_administrator_loads_definitions(opened: Opened, tmp_path: Path) -> None:
    officer = Actor(account_id="o", username="canbo", role=Role.OFFICER)
    with pytest.raises(DomainError) as caught:
        opened.services.reports.load_definitions(officer, _write(tmp_path, "x.toml", MINIMAL))
    assert caught.value.code == "permission.denied"
    assert opened.services.reports.definitions_info(officer).built_in
