"""Moving the data folder (Settings → move, `hoanhap move-data`): the register on a PC, only the PC's part on a server."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.bootstrap import open_session
from desktop.cli import main
from desktop.db import datadir
from desktop.domain.problems import DomainError
from desktop.services.context import Changes
from desktop.services.maintenance.relocation import move_register
from tests.conftest import ADMIN, PASSWORD, Opened


@pytest.fixture(autouse=True)
def pointer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where "the folder chosen in Settings" is remembered: inside the test, never the user's own profile."""
    path = tmp_path / "user-config" / "location.json"
    monkeypatch.setattr(datadir, "_pointer_file", lambda: path)
    return path


def test_moving_copies_this_pcs_folder_and_the_next_start_opens_it(hub: Opened, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    hub.data_dir.config.write_text('{"language": "en"}', "utf-8")
    if hub.services.register.on_server and not hub.data_dir.server_passfile.exists():
        # As `join-hub` leaves it when the URL had a password (the test server trusts its socket instead).
        hub.data_dir.server_passfile.write_text("*:*:*:postgres:s3cret\n", "utf-8")
        hub.data_dir.server_passfile.chmod(0o600)
    outcome = move_register(hub.services.register, hub.admin, target)
    new = outcome.value
    assert outcome.changes == Changes.SETTINGS and new.root == target.resolve()
    assert datadir.resolve().root == new.root  # remembered for the next start
    assert new.config.read_text("utf-8") == '{"language": "en"}'
    if hub.services.register.on_server:
        # The PC's part only: the server's address and its password file (still this user's alone); no register.
        assert new.server.read_bytes() == hub.data_dir.server.read_bytes()
        assert not new.database.exists() and not new.keyring.exists()
        assert new.server_passfile.read_text("utf-8") == "*:*:*:postgres:s3cret\n"
        assert stat.S_IMODE(new.server_passfile.stat().st_mode) == 0o600
    else:
        assert new.database.exists() and new.keyring.exists() and not new.server.exists()
    assert hub.data_dir.is_initialised()  # the old folder is left as it was
    hub.services.register.close()
    moved = open_session(new, ADMIN, PASSWORD, clock=hub.clock)
    try:
        assert moved.register.office.unit_name == "Tỉnh Phú Thọ"
        assert moved.register.on_server == hub.services.register.on_server
    finally:
        moved.close()


def test_a_folder_that_already_holds_a_register_is_refused(hub: Opened, tmp_path: Path, pointer: Path) -> None:
    with pytest.raises(DomainError) as refused:
        move_register(hub.services.register, hub.admin, hub.data_dir.root)
    assert refused.value.code == "store.already_initialised"
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / ("server.json" if hub.services.register.on_server else "register.db")).write_text("{}", "utf-8")
    with pytest.raises(DomainError):
        move_register(hub.services.register, hub.admin, taken)
    assert not pointer.exists()


def test_the_command_line_moves_it_too(hub: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    hub.services.register.close()
    target = tmp_path / "new-home"
    code = main(["--data-dir", str(hub.data_dir.root), "move-data", str(target)])
    out = capsys.readouterr()
    assert code == 0, out.err
    if hub.services.register.on_server:
        assert out.out.strip().startswith(f"Đã chép thư mục dữ liệu của máy này (địa chỉ máy chủ, tệp mật khẩu, "
                                          f"cấu hình) sang {target.resolve()}; dữ liệu của tuyến tỉnh vẫn ở trên máy chủ.")
    else:
        assert out.out.strip().startswith(f"Đã chép thư mục dữ liệu của máy này sang {target.resolve()};")
    assert datadir.DataDir(target).is_initialised()
