"""The Settings and Accounts pages' changes from the command line (issue 13, CLI parity), on real registers:
accounts, partners, clients' rights, records held at the hub, the office's first week, backups, annual targets."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.clients import ClientDraft
from desktop.services.home.first_week import start_date
from tests.conftest import PASSWORD, Opened
from tests.sync.sync_helpers import Pair, pair  # noqa: F401 - the commune/hub fixture
from tests.sync.test_quarantine import _fresh_bad_session


def _run(root: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), *argv])
    captured = capsys.readouterr()
    return code, captured.out.strip(), captured.err


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)


def test_accounts_and_partners(opened: Opened, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = opened.data_dir.root
    secret = tmp_path / "pw"
    secret.write_text("Mat-khau-moi-2026\n", "utf-8")
    code, officer, _ = _run(root, capsys, "account", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "officer",
                            "--new-password-file", str(secret))
    assert code == 0
    assert _run(root, capsys, "account", "role", officer, "viewer")[0] == 0
    assert _run(root, capsys, "account", "active", officer, "no")[0] == 0
    assert _run(root, capsys, "account", "active", officer, "yes", "--new-password-file", str(secret))[0] == 0
    assert _run(root, capsys, "account", "reset-password", officer, "--new-password-file", str(secret))[0] == 0
    code, out, _ = _run(root, capsys, "account", "list", "--format", "json")
    [lan] = [a for a in json.loads(out) if a["username"] == "lan"]
    assert (lan["id"], lan["role"], lan["active"]) == (officer, "viewer", True)
    assert "Mat-khau" not in out

    code, partner, _ = _run(root, capsys, "partner", "add", "--name", "Trung tâm Dịch vụ việc làm tỉnh",
                            "--kind", "employment_centre", "--categories", "education_vocational")
    assert code == 0
    assert _run(root, capsys, "partner", "edit", partner, "--phone", "0210 3846 000")[0] == 0
    assert _run(root, capsys, "partner", "active", partner, "no")[0] == 0
    code, out, _ = _run(root, capsys, "partner", "list", "--all", "--format", "json")
    [row] = [p for p in json.loads(out) if p["id"] == partner]
    assert (row["phone"], row["active"], row["categories"]) == ("0210 3846 000", False, ["education_vocational"])


def test_clients_rights_first_week_backups_and_targets(opened: Opened, capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    root = opened.data_dir.root
    client = opened.services.clients.register(opened.admin, ClientDraft(
        birth_year=1994, sex="female", workplace_type="karaoke", first_contact_on=date(2026, 2, 10),
        first_contact_channel="peer"), {"mother_given_name": "Lan"}, create_anyway=True).value.client
    assert client is not None
    form = tmp_path / "form.pdf"
    assert _run(root, capsys, "client-rights", "consent-form", str(form)) == (0, f"Đã ghi tệp {form}.", "")
    copy = tmp_path / "copy.pdf"
    assert _run(root, capsys, "client-rights", "access", client.id, str(copy))[0] == 0
    text = subprocess.run(["pdftotext", str(copy), "-"], capture_output=True, text=True, check=True).stdout
    assert client.uic in text
    assert _run(root, capsys, "client-rights", "retention", "36") == (
        0, "Hồ sơ được giữ 36 tháng sau lần tiếp xúc cuối.", "")
    code, _, err = _run(root, capsys, "client-rights", "erase", client.id, "--confirm-code", "SAI")
    assert code == 2 and err  # the code typed back does not match: nothing erased
    assert _run(root, capsys, "client-rights", "erase", client.id, "--confirm-code", client.uic)[0] == 0

    assert _run(root, capsys, "office", "start-date", "2026-01-01") == (0, "2026-01-01", "")
    with opened.services.register.uow() as uow:
        assert start_date(uow.session) == date(2026, 1, 1)
    assert _run(root, capsys, "office", "recovery-sheet-kept")[0] == 0
    stick = tmp_path / "usb"
    stick.mkdir()
    code, out, _ = _run(root, capsys, "office", "backup-external", str(stick))
    assert code == 0 and list(stick.rglob("*.db")) and out.startswith("Đã ghi tệp ")
    assert _run(root, capsys, "office", "backup-scheduled")[0] == 0
    (tmp_path / "t.json").write_text(json.dumps({"targets": [["NO_SUCH", "target", "10"]]}), "utf-8")
    code, _, err = _run(root, capsys, "office", "targets", "2026", str(tmp_path / "t.json"))
    assert code == 2 and err  # an indicator the set in force does not have: refused, nothing saved


def test_a_record_held_at_the_hub_is_released_from_the_command_line(pair: Pair,  # noqa: F811
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _fresh_bad_session(pair, participants_male=3)
    pair.receive(*pair.send())
    root = pair.hub.data_dir.root
    code, out, _ = _run(root, capsys, "held", "list", "--format", "json")
    assert code == 0
    [held] = json.loads(out)
    assert held["table_name"] == "outreach_sessions" and "Lũng Hạ" not in out  # no content in the list
    assert _run(root, capsys, "held", "release", held["id"], "--reason", "đã gọi điện xác minh") == (
        0, held["id"], "")
    assert pair.hub.services.quarantine.held(pair.hub.admin) == []
