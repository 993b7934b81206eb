"""The maintenance commands' faults: a card to a folder that is not there, a restore that must close the register."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.register import Register
from tests.conftest import PASSWORD, Opened


def _run(opened: Opened, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["--data-dir", str(opened.data_dir.root), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def closes(monkeypatch: pytest.MonkeyPatch) -> list[Register]:
    """Every register the command closes (the real close still runs)."""
    closed: list[Register] = []
    real = Register.close

    def close(self: Register) -> None:
        closed.append(self)
        real(self)

    monkeypatch.setattr(Register, "close", close)
    return closed


def test_a_card_to_a_folder_that_does_not_exist_is_a_clear_message(
        opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    missing = tmp_path / "E" / "the-stick"
    code, out = _run(opened, capsys, "card", missing)
    assert code == 2 and "Traceback" not in out
    assert out.strip() == f"Không có thư mục {missing}. Hãy cắm ổ USB hoặc chọn một thư mục có sẵn. Chưa ghi gì."
    assert not missing.parent.exists()  # no folder made on whatever drive that was
    monkeypatch.setenv("HOANHAP_LANG", "en")
    code, out = _run(opened, capsys, "card", missing)
    assert code == 2 and out.startswith(f"There is no folder {missing}.")


def test_restore_closes_the_register_when_it_restores_and_when_it_refuses(
        hub: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        closes: list[Register]) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    hub.services.register.close()  # the fixture's own session; the commands open theirs
    closes.clear()
    code, out = _run(hub, capsys, "backup")
    assert code == 0
    copy = Path(out.strip().splitlines()[-1])
    assert copy.exists() and len(closes) == 1

    code, out = _run(hub, capsys, "restore", tmp_path / "no-such-copy.db")
    assert code == 2 and "Không tìm thấy bản sao lưu" in out
    assert len(closes) == 2 and closes[-1] is not closes[0]  # the refused restore's register was closed too

    code, out = _run(hub, capsys, "restore", copy)
    assert code == 0 and "Traceback" not in out
    assert len(closes) >= 3 and all(r.engine.pool.checkedout() == 0 for r in closes)
