"""`hoanhap client` and `hoanhap referral` (issue 13, CLI parity) on a real register: drafts from JSON files, the
window's rules (duplicates, consent), exports as JSON and CSV, the referral slip as PDF."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import PASSWORD, Opened


@pytest.fixture
def data_dir(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    return str(opened.data_dir.root)


def _run(data_dir: str, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", data_dir, *argv])
    captured = capsys.readouterr()
    return code, captured.out.strip(), captured.err


def _json(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


NEW = {"draft": {"birth_year": 1995, "sex": "female", "workplace_type": "karaoke", "first_contact_on": "2026-03-02",
                 "first_contact_channel": "outreach", "nickname": "Bông hồng"},
       "facts": {"mother_given_name": "Thơm", "father_given_name": "Đức"}}


def test_a_client_is_registered_edited_followed_and_exported(data_dir: str, opened: Opened, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, first, _ = _run(data_dir, capsys, "client", "add", _json(tmp_path, "new.json", NEW))
    assert code == 0
    # The same code and birth year: nothing saved, the existing record named, the way to go on said.
    code, out, err = _run(data_dir, capsys, "client", "add", _json(tmp_path, "new.json", NEW))
    assert code == 2 and out == "" and first in err and "--anyway" in err
    code, second, _ = _run(data_dir, capsys, "client", "add", _json(tmp_path, "new.json", NEW), "--anyway")
    assert code == 0 and second != first

    edit = _json(tmp_path, "edit.json", {"draft": {"nickname": "Hoa mai"}})
    assert _run(data_dir, capsys, "client", "edit", first, edit)[0] == 0
    view = opened.services.clients.get(opened.admin, first)
    assert (view.nickname, view.birth_year, view.version) == ("Hoa mai", 1995, 2)
    assert _run(data_dir, capsys, "client", "plan", first,
                _json(tmp_path, "plan.json", {"needs": "Học nghề", "plan": "Giới thiệu lớp may"}))[0] == 0
    assert _run(data_dir, capsys, "client", "consent", first, "--scopes", "support,referral",
                "--on", "2026-03-02")[0] == 0
    assert _run(data_dir, capsys, "client", "contact", first, _json(tmp_path, "contact.json", {
        "contacted_on": "2026-04-01", "category": "health_hiv", "condoms": 10}))[0] == 0
    assert _run(data_dir, capsys, "client", "withdraw", first, "--scope", "support", "--on", "2026-05-01")[0] == 0
    assert _run(data_dir, capsys, "client", "status", second, "--to", "closed", "--on", "2026-06-01",
                "--reason", "job_obtained")[0] == 0
    view = opened.services.clients.get(opened.admin, first)
    assert (view.needs, view.plan) == ("Học nghề", "Giới thiệu lớp may")
    assert sorted((c.scope, c.active) for c in view.consents) == [("referral", True), ("support", False)]
    assert len(opened.services.clients.contacts(opened.admin, first)) == 1

    code, out, _ = _run(data_dir, capsys, "client", "list", "--status", "active", "--format", "csv")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert (row["id"], row["nickname"], row["birth_year"]) == (first, "Hoa mai", "1995")
    code, out, _ = _run(data_dir, capsys, "client", "show", first)
    [shown] = json.loads(out)
    assert shown["uic"] == view.uic and shown["needs"] == "Học nghề"

    partner = next(p.id for p in opened.services.partners.list(opened.admin) if p.kind == "cdc")
    code, referral, _ = _run(data_dir, capsys, "referral", "add", first, _json(tmp_path, "ref.json", {
        "referred_on": "2026-11-02", "category": "health_hiv", "partner_id": partner, "follow_up_on": "2026-11-16"}))
    assert code == 0
    assert _run(data_dir, capsys, "referral", "follow-up", referral, "--on", "2026-11-20")[0] == 0
    assert _run(data_dir, capsys, "referral", "status", referral, _json(tmp_path, "st.json", {
        "status": "accepted", "on": "2026-11-05"}))[0] == 0
    (tmp_path / "feedback.txt").write_text("Đã khám, hẹn tái khám", "utf-8")
    assert _run(data_dir, capsys, "referral", "feedback", referral, str(tmp_path / "feedback.txt"))[0] == 0
    saved = opened.services.referrals.get(opened.admin, referral)
    assert (saved.status, str(saved.follow_up_on)) == ("accepted", "2026-11-20")
    code, out, _ = _run(data_dir, capsys, "referral", "list", first, "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [referral]
    pdf = tmp_path / "slip.pdf"
    code, out, _ = _run(data_dir, capsys, "referral", "slip", referral, str(pdf))
    assert (code, out) == (0, f"Đã ghi tệp {pdf}.")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert saved.code in text
