"""The audit log records who did what and detects an edited row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from desktop.cli import main
from desktop.domain.outreach import OutreachDraft
from tests.conftest import PASSWORD, Opened


def test_actions_are_recorded_with_account_and_chain_verifies(opened: Opened) -> None:
    saved = opened.services.outreach.save(opened.admin, OutreachDraft(
        held_on=date(2026, 11, 1), place="Hội trường", form="leaflets", target_group="general_public")).value
    opened.services.outreach.delete(opened.admin, saved.id)
    actions = [r.action for r in opened.services.maintenance.recent_audit(opened.admin)]
    assert actions[:3] == ["outreach.delete", "outreach.create", "login"]
    check = opened.services.maintenance.verify_audit(opened.admin)
    assert check.ok and check.entries == len(actions)


def test_an_edited_row_is_detected_by_the_cli(opened: Opened, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    opened.services.outreach.save(opened.admin, OutreachDraft(
        held_on=date(2026, 11, 1), place="Hội trường", form="leaflets", target_group="general_public"))
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    opened.services.register.close()
    args = ["--data-dir", str(opened.data_dir.root), "audit", "verify"]
    assert main(args) == 0
    with opened.services.register.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET account_name = 'someone' WHERE action = 'outreach.create'"))
    opened.services.register.close()
    assert main(args) == 3
    assert "Nhật ký bị sửa" in capsys.readouterr().out
