"""Fixtures for the bundle primitives: keys, and the stock Debian tools run as an auditor would."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.sync.age_crypto import AgeIdentity
from desktop.sync.minisign import SigningKey

STOCK_TOOLS = ("age", "minisign", "unzip")


@pytest.fixture(autouse=True)
def _skip_without_stock_tools(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("tools") is None:
        return
    missing = [tool for tool in STOCK_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs the Debian tools {', '.join(missing)}")


def run(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run a stock tool without a shell, capturing its output; never raises on failure."""
    command = [str(arg) for arg in args]
    return subprocess.run(command, input=stdin, capture_output=True, timeout=60, check=False)


Run = Callable[..., subprocess.CompletedProcess[bytes]]


@pytest.fixture
def stock() -> Run:
    """`run`, for tests: the stock tools are called the way an auditor would type them."""
    return run


@pytest.fixture
def signing_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def hub_identity() -> AgeIdentity:
    return AgeIdentity.generate()


@pytest.fixture
def stock_minisign_key(tmp_path: Path) -> tuple[Path, Path]:
    """A key pair made by `minisign -G -W` (no password): (public key file, secret key file)."""
    public, secret = tmp_path / "stock.pub", tmp_path / "stock.key"
    result = run("minisign", "-G", "-W", "-p", public, "-s", secret)
    assert result.returncode == 0, result.stderr
    return public, secret
