"""Offline updates: a signed package installs into its own folder after a backup, a new release that cannot
start is rolled back, and tampered, truncated, other-key or older packages are refused with nothing changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.services.updates.updates import APP_DIR_VAR, Installation, install_update, roll_back
from tests.conftest import Opened
from tests.services.updates.update_helpers import OTHER_KEY, REPO, TEST_KEY, update_package

pytestmark = pytest.mark.slow
TRUSTED = [TEST_KEY.public_key()]


def _snapshot(opened: Opened, app: Path) -> tuple[bytes, list[str], list[str]]:
    files = sorted(str(p.relative_to(app)) for p in app.rglob("*")) if app.exists() else []
    return (opened.data_dir.database.read_bytes(), sorted(p.name for p in opened.data_dir.backups.glob("*")), files)


def _install(opened: Opened, package: Path, app: Path):  # type: ignore[no-untyped-def]
    return install_update(opened.services.register, opened.admin, package, installation=Installation(app),
                          trusted=TRUSTED)


def test_a_signed_package_installs_after_a_backup_and_the_new_release_runs(opened: Opened, tmp_path: Path) -> None:
    app = tmp_path / "app"
    result = _install(opened, update_package(tmp_path, "0.2.0"), app).value
    assert (result.version, result.previous, result.report) == ("0.2.0", "0.1.0", "ok 0.2.0")
    assert result.backup.exists() and "before-update" in result.backup.name
    state = json.loads((app / "current.json").read_text("utf-8"))
    assert state["version"] == "0.2.0" and state["previous"] == "0.1.0"
    assert (app / "versions" / "0.2.0" / "desktop" / "__init__.py").exists()
    assert not [p for p in (app / "versions").iterdir() if p.name.startswith(".staging")]
    # The installed launcher hands every start to the active release.
    shown = subprocess.run([sys.executable, "-m", "desktop", "version"], cwd=tmp_path, capture_output=True, text=True,
                           env={**os.environ, APP_DIR_VAR: str(app), "PYTHONPATH": str(REPO)}, check=True)
    assert shown.stdout.strip() == "0.2.0"
    # And an administrator can go back to the release before.
    opened.services.register.close()
    from desktop.services.accounts import auth

    register, actor = auth.login(opened.data_dir, "admin", "mat-khau-2026", clock=opened.clock)
    try:
        assert roll_back(register, actor, installation=Installation(app)).value == "0.1.0"
    finally:
        register.close()
    assert not (app / "current.json").exists()


def test_a_release_that_cannot_start_is_rolled_back_and_the_register_is_unchanged(opened: Opened,
                                                                                 tmp_path: Path) -> None:
    app = tmp_path / "app"
    with pytest.raises(DomainError) as error:
        _install(opened, update_package(tmp_path, "0.3.0", broken=True), app)
    assert error.value.code == "update.health_check_failed"
    assert error.value.params["previous"] == "0.1.0" and "built without its services" in error.value.params["detail"]
    assert not (app / "current.json").exists()  # the launcher's own release runs again
    assert Installation(app).active_version() == "0.1.0"
    with opened.services.register.uow() as uow:
        assert uow.session.connection().exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"


def _tampered(path: Path) -> Path:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    payload = next(n for n in members if n.startswith("payload/"))
    members[payload] = members[payload][:-200] + b"\0" * 200  # a byte changed in the signed release
    out = path.with_name("tampered.hnu")
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def _truncated(path: Path) -> Path:
    out = path.with_name("truncated.hnu")
    out.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return out


@pytest.mark.parametrize(("make", "code"), [
    (lambda folder: _tampered(update_package(folder, "0.2.0")), "update.bad_signature"),
    (lambda folder: _truncated(update_package(folder, "0.2.0")), "update.unreadable"),
    (lambda folder: update_package(folder, "0.2.0", key=OTHER_KEY), "update.unknown_key"),
    (lambda folder: update_package(folder, "0.1.0"), "update.downgrade"),
    (lambda folder: update_package(folder, "0.0.9"), "update.downgrade"),
])
def test_a_bad_package_is_refused_and_nothing_changes(opened: Opened, tmp_path: Path, make, code: str) -> None:  # type: ignore[no-untyped-def]
    app = tmp_path / "app"
    package = make(tmp_path)
    before = _snapshot(opened, app)
    with pytest.raises(DomainError) as error:
        _install(opened, package, app)
    assert error.value.code == code
    assert _snapshot(opened, app) == before
    print(f"\n{code}: {render(code, error.value.params, 'vi')}\n    en: {render(code, error.value.params, 'en')}")


def test_the_cli_refuses_a_tampered_package_with_a_clear_message(opened: Opened, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import cli
    from desktop.services.updates import release_key

    monkeypatch.setattr(release_key, "RELEASE_PUBLIC_KEYS", (TEST_KEY.public_key().to_minisign(),))
    monkeypatch.setenv(APP_DIR_VAR, str(tmp_path / "app"))
    monkeypatch.setenv("HOANHAP_PASSWORD", "mat-khau-2026")
    package = _tampered(update_package(tmp_path, "0.2.0"))
    opened.services.register.close()
    code = cli.main(["update", str(package), "--data-dir", str(opened.data_dir.root)])
    err = capsys.readouterr().err
    assert code == 2 and "tampered.hnu" in err and "Chữ ký" in err and "Không cài" in err
    assert not (tmp_path / "app").exists()


def test_a_pyinstaller_folder_package_keeps_its_executable_and_is_started_by_the_launcher(opened: Opened,
                                                                                         tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from desktop.services.updates.update_package import build_package

    # A stand-in for dist/HoaNhap/: an executable that answers the health check and `version` as 0.2.0 does.
    frozen = tmp_path / "HoaNhap"
    frozen.mkdir()
    program = frozen / "HoaNhap"
    program.write_text('#!/bin/sh\ncase "$1" in\n  health-check) cat >/dev/null; echo "ok 0.2.0";;\n'
                       '  version) echo "0.2.0 (frozen)";;\nesac\n', "utf-8")
    program.chmod(0o755)
    (frozen / "lib.dat").write_bytes(b"\0" * 1000)
    payload = tmp_path / "HoaNhap-0.2.0.zip"
    with zipfile.ZipFile(payload, "w") as archive:
        for path in sorted(frozen.iterdir()):
            archive.write(path, path.name)
    package = build_package(tmp_path / "HoaNhap-0.2.0.hnu", payload=payload, version="0.2.0", kind="folder",
                            key=TEST_KEY, created_at=datetime.now(UTC))
    app = tmp_path / "app"
    result = _install(opened, package, app).value
    assert result.report == "ok 0.2.0"
    assert os.access(app / "versions" / "0.2.0" / "HoaNhap", os.X_OK)
    shown = subprocess.run([sys.executable, "-m", "desktop", "version"], cwd=REPO, capture_output=True, text=True,
                           env={**os.environ, APP_DIR_VAR: str(app)}, check=True)
    assert shown.stdout.strip() == "0.2.0 (frozen)"
