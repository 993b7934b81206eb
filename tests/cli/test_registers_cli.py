"""`hoanhap tin-bao` and `hoanhap mo-hinh` drive the two registers headless, with the same rules as the window."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.conftest import PASSWORD, Opened


@pytest.fixture
def data_dir(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    return str(opened.data_dir.root)


def _out(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]


def test_a_tip_off_is_recorded_handled_and_counted(data_dir: str, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):  # a mistyped date: argparse's refusal in Vietnamese, nothing saved
        main(["--data-dir", data_dir, "tin-bao", "add", "--received", "02/07/2026", "--channel", "hotline",
              "--subject", "location", "--description", "x"])
    assert "tham số --received: ngày phải viết dạng YYYY-MM-DD: 02/07/2026" in capsys.readouterr().err
    assert main(["--data-dir", data_dir, "tin-bao", "add", "--received", "2026-07-02", "--channel", "hotline",
                 "--subject", "location", "--description", "Phản ánh nhà trọ thôn Lũng Hạ"]) == 0
    [tip_id] = _out(capsys)
    # Closed before it was received: refused with the reason, nothing changed.
    assert main(["--data-dir", data_dir, "tin-bao", "update", tip_id, "--handled", "2026-07-01",
                 "--outcome", "unfounded"]) == 2
    assert _out(capsys) == ["handled_on: Ngày xử lý xong không được trước ngày tiếp nhận (02/07/2026)."]
    assert main(["--data-dir", data_dir, "tin-bao", "update", tip_id, "--verified", "2026-07-03", "--result",
                 "not_confirmed", "--handled", "2026-07-12", "--outcome", "unfounded"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "tin-bao", "list", "--year", "2026"]) == 0
    [line] = _out(capsys)
    assert line.startswith(tip_id) and line.endswith("02/07/2026 hotline location handled 10")
    assert "Lũng Hạ" not in line  # the description never prints in lists
    assert main(["--data-dir", data_dir, "tin-bao", "summary", "--period", "2026-Q3"]) == 0
    assert _out(capsys) == ["T9 — Quý 3/2026", "Tiếp nhận: 1", "Đã xác minh: 1", "Đã chuyển xử lý: 0",
                            "Đã xử lý xong: 1 (100,0%)", "Xử lý trong 30 ngày: 1", "Số ngày xử lý (trung vị): 10"]
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", data_dir, "tin-bao", "summary", "--period", "2026-Q3"]) == 0
    assert _out(capsys) == ["T9 — Quarter 3/2026", "Received: 1", "Verified: 1", "Passed on: 0",
                            "Handled: 1 (100,0%)", "Handled within 30 days: 1", "Days to handle (median): 10"]


def test_a_model_with_more_core_members_than_members_is_refused(data_dir: str, capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    base = ["--data-dir", data_dir, "mo-hinh", "add", "--name", "CLB Bạn giúp bạn", "--kind", "peer_club",
            "--established", "2024-03-08"]
    assert main([*base, "--core", "12", "--members", "10"]) == 2
    assert _out(capsys) == ["core_members: Số thành viên nòng cốt (12) không được lớn hơn tổng số thành viên (10)."]
    assert main([*base, "--core", "8", "--members", "25"]) == 0
    [model_id] = _out(capsys)
    assert main(["--data-dir", data_dir, "mo-hinh", "activity", model_id, "--date", "2026-09-05", "--kind",
                 "peer_outreach", "--participants", "30", "--new", "18"]) == 0
    assert main(["--data-dir", data_dir, "mo-hinh", "supported", model_id, "--date", "2026-09-30", "--category",
                 "health_hiv", "--people", "6"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "mo-hinh", "summary", "--period", "2026-Q3"]) == 0
    assert _out(capsys) == ["T10 — Quý 3/2026", "Mô hình đang hoạt động: 1", "Thành viên nòng cốt: 8 / 25",
                            "Buổi hoạt động: 1 (30 lượt người)", "Người được tiếp cận: 18", "Người được hỗ trợ: 6",
                            "Chăm sóc sức khỏe, dịch vụ HIV: 6"]
    assert main(["--data-dir", data_dir, "mo-hinh", "list"]) == 0
    [line] = _out(capsys)
    # "this year" is the system clock's year, so only the wording around the figures is checked
    assert line.startswith(f"{model_id} CLB Bạn giúp bạn (peer_club) — nòng cốt 8/25, năm nay: ")
    assert " hoạt động, " in line and " người tiếp cận, " in line and line.endswith(" người được hỗ trợ; đang hoạt động")
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", data_dir, "mo-hinh", "summary", "--period", "2026-Q3"]) == 0
    out = _out(capsys)
    assert out[:6] == ["T10 — Quarter 3/2026", "Models operating: 1", "Core members: 8 / 25",
                       "Activities: 1 (30 attendances)", "People reached: 18", "People supported: 6"]
    assert main(["--data-dir", data_dir, "mo-hinh", "list"]) == 0
    [line] = _out(capsys)
    assert "— core 8/25, this year: " in line and " people reached, " in line
    assert line.endswith(" people supported; operating")
