"""The release procedure's scripts: a new key (passphrase-encrypted), a signed package the app accepts,
and the stock `minisign` tool verifying the same package's update.json."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.services.updates.update_package import read_package
from desktop.sync.minisign import PublicKey
from tests.services.updates.update_helpers import REPO, release_wheel

pytestmark = pytest.mark.slow


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, check=True)


def test_a_new_key_signs_a_package_the_app_and_minisign_accept(tmp_path: Path) -> None:
    env = {**os.environ, "HOANHAP_RELEASE_PASSPHRASE": "a passphrase long enough", "PYTHONPATH": str(REPO)}
    key_file = tmp_path / "release.key"
    public = _run("packaging/release/release_key.py", "new", "--out", str(key_file), env=env).stdout.strip()
    assert b"age-encryption.org" in key_file.read_bytes()  # the secret half only encrypted
    again = _run("packaging/release/release_key.py", "public", "--key", str(key_file), env=env).stdout.strip()
    assert again == public
    wheel = release_wheel(tmp_path, "0.2.0")
    out = tmp_path / "hoanhap-0.2.0.hnu"
    _run("packaging/release/make_update.py", "--key", str(key_file), "--wheel", str(wheel), "--out", str(out), env=env)
    package = read_package(out, trusted=[PublicKey.from_minisign(public)], installed="0.1.0")
    assert package.version == "0.2.0" and package.kind == "wheel"
    if shutil.which("minisign") is None:
        pytest.skip("needs the Debian minisign tool")
    with zipfile.ZipFile(out) as archive:
        archive.extractall(tmp_path / "unpacked")
    checked = subprocess.run(["minisign", "-V", "-P", public, "-m", str(tmp_path / "unpacked" / "update.json")],
                             capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and "hoanhap-update version=0.2.0" in checked.stdout
