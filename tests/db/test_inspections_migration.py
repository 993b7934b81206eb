"""Migration 0004 on a register holding a v1 inspection: data kept, the record prints exactly as before."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.bootstrap import build_services
from desktop.db import migrate
from desktop.db.engine import open_engine
from desktop.db.keyring import Keyring, account_slot
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ItemResult, ViolationDraft
from desktop.services.accounts import auth
from desktop.services.inspections.inspection_printing import print_inspection_record
from tests.conftest import ADMIN, PASSWORD
from tests.services.maintenance.test_backup_migrate import command_downgrade

pytestmark = pytest.mark.tools

KARAOKE = EstablishmentDraft(name="Karaoke Đồng Xuân", business_type="karaoke", address="Số 12, thôn Đồng Xuân",
                             representative="Trần Văn Hùng", opened_on=date(2020, 1, 5))
OLD_VISIT = InspectionDraft(
    establishment_id="", started_at=datetime(2025, 6, 3, 21, 15, tzinfo=LOCAL_ZONE), kind="surprise",
    team_members="Đỗ Văn Hải (Công an xã), Hà Thu Trang (Hội Phụ nữ)", representative="Trần Văn Hùng",
    template_version=1, staff_present=6, staff_without_contract=2, guests_present=11,
    findings="Cơ sở có một phòng hát dưới 20 m².", decision_reference="31/QĐ-XPVPHC",
    results=(ItemResult("K03", "fail", note="Phòng 3: 15 m²"), ItemResult("K04", "pass"), ItemResult("K06", number=7)),
    violations=(ViolationDraft("Phòng hát số 3 chỉ 15 m²", "warning", legal_basis="Nghị định 54/2019/NĐ-CP, Điều 4",
                               item_code="K03", offender_kind="household_business"),
                ViolationDraft("Khách mua dâm tại phòng 5", "fine_proposal", sanction_ref="nd144-mua-dam",
                               proposed_amount=1_500_000, offender_kind="person", offender_role="Khách")),
)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFC", out)


def _columns(engine, table: str) -> set[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {row[1] for row in conn.execute(text(f"PRAGMA table_info({table})"))}


def test_a_v1_inspection_survives_0004_and_prints_unchanged(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, admin = opened.services, opened.admin
    karaoke = services.establishments.save(admin, KARAOKE).value.id
    inspection = services.inspections.record(admin, OLD_VISIT.__class__(
        **{**OLD_VISIT.__dict__, "establishment_id": karaoke})).value.id
    before = tmp_path / "before.pdf"
    print_inspection_record(services.register, admin, inspection, before)
    services.register.close()

    key = Keyring.load(opened.data_dir.keyring).unwrap(account_slot(ADMIN), PASSWORD)
    engine = open_engine(opened.data_dir.database, key)
    command_downgrade(engine, "0003")  # the register as the release before issue 9 left it
    assert migrate.current_revision(engine) == "0003"
    assert "offender_kind" not in _columns(engine, "violations") and "record_number" not in _columns(
        engine, "inspections")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM violations")).scalar_one() == 2
    engine.dispose()

    register, actor = auth.login(opened.data_dir, ADMIN, PASSWORD, clock=opened.clock)  # opening migrates to head
    try:
        assert migrate.current_revision(register.engine) == migrate.head_revision()
        services = build_services(register)
        record = services.inspections.get(actor, inspection)
        assert record.draft.conclusion == "violations"  # filled from the violations on upgrade
        assert [v.draft.offender_kind for v in record.violations] == [None, None]  # not known then, not invented
        assert [v.citation for v in record.violations] == ["Nghị định 54/2019/NĐ-CP, Điều 4",
                                                          "Khoản 1 Điều 24 Nghị định 144/2021/NĐ-CP"]
        after = tmp_path / "after.pdf"
        print_inspection_record(register, actor, inspection, after)
    finally:
        register.close()
    old, new = _text(before), _text(after)
    assert "BIÊN BẢN KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ" in old and "Khách mua dâm" in old and "1.500.000" in old
    assert new == old
