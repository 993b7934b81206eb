"""A plain `pip install` of the wheel, in a fresh venv outside the source tree, carries every shipped file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "demo-2026-hoanhap"  # desktop.demo.builder.DEMO_PASSWORD (the installed copy is the one tested)

pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> str:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout, check=False)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh venv holding only the wheel built from this tree (and its dependencies)."""
    work = tmp_path_factory.mktemp("wheel")
    assert ROOT not in work.parents
    # Built from a clean copy: a source tree's own build/ folder could carry stale files into the wheel.
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info",
                                                                "__pycache__", ".hypothesis", "*.qm"))
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "dist", source, cwd=work)
    (wheel,) = (work / "dist").glob("hoanhap-*.whl")
    _run(sys.executable, "-m", "venv", work / "venv", cwd=work)
    bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    _run(bin_dir / "python", "-m", "pip", "install", "-q", wheel, cwd=work)
    return bin_dir


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HOANHAP_DATA_DIR")}
    return {**env, "HOANHAP_PASSWORD": PASSWORD, **extra}


def test_the_installed_app_reads_its_files_from_the_install(installed: Path, tmp_path: Path) -> None:
    where = _run(installed / "python", "-c", "import desktop.domain.shipped as s, desktop.sync.format as f; "
                 "print(s.resources_dir()); print(s.translations_dir()); print(f.spec_sha256(f.CURRENT))",
                 cwd=tmp_path, env=_env()).split()
    resources, translations = Path(where[0]), Path(where[1])
    assert ROOT not in resources.parents and resources.name == "_resources"
    assert (resources / "fonts" / "LiberationSerif-Regular.ttf").exists()
    assert (translations / "hoanhap_en.ts").exists()


def test_demo_report_and_a_printed_checklist_from_the_installed_app(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert "demo-2026-hoanhap" in _run(installed / "hoanhap", "--data-dir", data, "demo", cwd=tmp_path, env=_env())
    report = tmp_path / "report.pdf"
    listing = _run(installed / "hoanhap", "--data-dir", data, "report", "--period", "2026-Q3", "--pdf", report,
                   cwd=tmp_path, env=_env())
    assert "Số cơ sở" in listing
    checklist = tmp_path / "checklist.pdf"
    _run(installed / "hoanhap", "--data-dir", data, "checklist", "--type", "karaoke", checklist, cwd=tmp_path,
         env=_env())
    assert report.stat().st_size > 10_000 and checklist.stat().st_size > 10_000
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _pdf_text(checklist)
    assert "XÃ XUÂN LŨNG" in _pdf_text(report).upper()
    # The English catalogue travels too: a refusal rendered in English by the installed CLI.
    english = subprocess.run([str(installed / "hoanhap"), "--data-dir", str(tmp_path / "none"), "report",
                              "--period", "2026-Q3"], cwd=tmp_path, env=_env(HOANHAP_LANG="en"),
                             capture_output=True, text=True, check=False)
    assert english.returncode != 0 and "register" in (english.stdout + english.stderr).lower()
