"""Getting in from the command line (issue 13, CLI parity): change one's password, replace the recovery key,
recover with the printed key, on a real register."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.problems import DomainError
from desktop.services.accounts import auth
from tests.conftest import ADMIN, PASSWORD, Opened


def _run(root: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), *argv])
    captured = capsys.readouterr()
    return code, captured.out.strip(), captured.err


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", "utf-8")
    return path


def test_password_then_recovery_key_then_recover(opened: Opened, capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOANHAP_LANG", raising=False)
    root = opened.data_dir.root
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    code, out, _ = _run(root, capsys, "password", "--user", ADMIN,
                        "--new-password-file", str(_file(tmp_path, "new", "Mat-khau-moi-2026")))
    assert code == 0 and out == f"Đã đổi mật khẩu của tài khoản {ADMIN}."
    with pytest.raises(DomainError):  # the old password no longer opens the register
        auth.login(opened.data_dir, ADMIN, PASSWORD, clock=opened.clock)

    # The recovery key: a new one is shown once and the printed one stops working.
    monkeypatch.setenv("HOANHAP_PASSWORD", "Mat-khau-moi-2026")
    code, out, _ = _run(root, capsys, "recovery-key", "--user", ADMIN)
    assert code == 0
    heading, key = out.splitlines()
    assert heading == "Mã khôi phục (chỉ hiện một lần, hãy in và cất giữ):" and key != opened.recovery_key
    again = _file(tmp_path, "again", "Khoi-phuc-2026")
    code, _, err = _run(root, capsys, "recover", "--user", ADMIN, "--new-password-file", str(again),
                        "--recovery-key-file", str(_file(tmp_path, "old-key", opened.recovery_key)))
    assert code == 2 and err.strip()  # the old sheet's key is refused, with the catalogue's sentence

    code, out, _ = _run(root, capsys, "recover", "--user", ADMIN, "--new-password-file", str(again),
                        "--recovery-key-file", str(_file(tmp_path, "key", key)))
    assert code == 0 and ADMIN in out
    register, actor = auth.login(opened.data_dir, ADMIN, "Khoi-phuc-2026", clock=opened.clock)
    register.close()
    assert actor.username == ADMIN


def test_a_wrong_old_password_changes_nothing(opened: Opened, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", "khong-dung-9999")
    code, _, err = _run(opened.data_dir.root, capsys, "password", "--user", ADMIN,
                        "--new-password-file", str(_file(tmp_path, "new", "Mat-khau-moi-2026")))
    assert code == 2 and err.strip()
    register, _ = auth.login(opened.data_dir, ADMIN, PASSWORD, clock=opened.clock)
    register.close()
