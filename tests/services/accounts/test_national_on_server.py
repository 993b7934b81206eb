"""A national office on a PostgreSQL server (issue 12: the national office receiving 34 provinces needs a real
database server): set up and joined from the command line, a province's send imported on one analyst's PC, seen
and reported on the other's."""

from __future__ import annotations

import secrets
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.db.datadir import DataDir
from desktop.db.server import ServerAddress, open_server_engine
from tests.conftest import PASSWORD
from tests.engines import create_database
from tests.sync.national_helpers import PERIOD, Forwarding, forwarding, national  # noqa: F401 - fixtures


def _run(root: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["--data-dir", str(root), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("hub_engine", ["postgresql"])  # the province hub on a server too
def test_a_national_hub_on_a_server_imports_a_province_send_seen_and_reported_by_another_analyst(
        forwarding: Forwarding, pg_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    url = create_database(pg_server, f"hoanhap_national_{secrets.token_hex(4)}")
    first, second = tmp_path / "bo-1", tmp_path / "bo-2"
    code, out = _run(first, capsys, "init", "--hub", "--level", "national", "--database", url)
    assert code == 0 and out.startswith("Cục Bảo trợ xã hội: đã tạo sổ đăng ký."), out
    assert not DataDir(first).database.exists()  # the register is on the server, not in a file of this PC
    engine = open_server_engine(ServerAddress.parse(url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT role, unit_name FROM office")).one() == ("national", "Cục Bảo trợ xã hội")
    engine.dispose()
    code, out = _run(second, capsys, "join-hub", "--database", url)
    assert code == 0 and out.startswith("Cục Bảo trợ xã hội"), out

    # Enrolment both ways by fingerprint, the national card installed from the second analyst's PC.
    province = forwarding.province.data_dir.root
    cards = tmp_path / "cards"
    cards.mkdir()
    national_card, national_print = _run(second, capsys, "card", cards)[1].splitlines()[:2]
    province_card, province_print = _run(province, capsys, "card", cards)[1].splitlines()[:2]
    assert _run(province, capsys, "enrol", national_card, "--fingerprint", national_print.split(": ")[1])[0] == 0
    code, out = _run(first, capsys, "enrol", province_card, "--fingerprint", province_print.split(": ")[1])
    assert code == 0 and out.startswith("Đã tin cậy thẻ: hub 25 Tỉnh Phú Thọ"), out

    up = tmp_path / "up"
    assert _run(province, capsys, "send-national", PERIOD, up)[0] == 0
    code, out = _run(first, capsys, "import-aggregate", *sorted(up.iterdir()))
    assert code == 0 and out.startswith(f"imported 25-{PERIOD}-000001.hna (Tỉnh Phú Thọ) period={PERIOD} #1"), out
    code, out = _run(second, capsys, "import-aggregate", *sorted(up.iterdir()))  # the other analyst, same file
    assert code == 0 and out.startswith("already_imported"), out
    code, out = _run(second, capsys, "national-status")
    assert code == 0 and out.startswith(f"25 Tỉnh Phú Thọ: {PERIOD} #1") and "communes=1/148" in out, out

    pdf = tmp_path / "toan-quoc.pdf"
    code, out = _run(second, capsys, "national-report", "--period", PERIOD, "--pdf", pdf)
    assert code == 0 and out.startswith(f"{PERIOD}: 1/34"), out
    printed = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("CỤC BẢO TRỢ XÃ HỘI", "Tổng hợp từ 1/34 tỉnh, thành phố", "Tỉnh Phú Thọ", "<5"):
        assert expected in printed, expected
