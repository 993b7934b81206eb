"""The user guide shows every page: one small screenshot per page (packaging/dev/screenshots.py --guide), in its chapter
and in the PDF the core builds."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desktop.domain.guide import chapters, guide_dir
from desktop.services.documents.guide import build_guide

# Keys in a chapter's page list that are views inside another page, not pages of their own.
VIEWS = {"referrals"}
MAX_BYTES = 120 * 1024  # each PNG; the whole set travels in every wheel
_IMAGE = re.compile(r"!\[[^\]]*\]\((img/[^)]+\.png)\)")


def test_every_page_has_its_screenshot_in_its_chapter() -> None:
    for chapter in chapters():
        shown = set(_IMAGE.findall(chapter.markdown))
        for key in set(chapter.pages) - VIEWS:
            assert f"img/{key}.png" in shown, (chapter.slug, key)
        for image in shown:
            assert (guide_dir() / image).exists(), image


def test_the_screenshots_are_small_palette_pngs() -> None:
    from PIL import Image

    shots = sorted((guide_dir() / "img").glob("*.png"))
    referenced = {name for c in chapters() for name in _IMAGE.findall(c.markdown)}
    assert {f"img/{p.name}" for p in shots} == referenced  # no stray image in the wheel
    for path in shots:
        assert path.stat().st_size < MAX_BYTES, path.name
        with Image.open(path) as picture:
            assert picture.mode == "P" and picture.width == 1000, path.name


def test_the_guide_pdf_carries_every_screenshot(tmp_path: Path) -> None:
    pdf = build_guide(tmp_path / "guide.pdf")
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    images = [line for line in listed.splitlines()[2:] if line.split()[2] == "image"]
    assert len(images) == sum(len(_IMAGE.findall(c.markdown)) for c in chapters())
