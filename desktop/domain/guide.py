"""The user guide: Markdown chapters in resources/guide, one per area, each naming the pages it explains."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.shipped import resources_dir

# `<!-- trang: outreach referrals -->` under a chapter's title: the page keys F1 opens it for.
_PAGES = re.compile(r"<!--\s*trang:(?P<keys>[^>]*)-->")
SHIPPED_PDF = "huong-dan-su-dung.pdf"


@dataclass(frozen=True)
class Chapter:
    slug: str  # the file name without .md, e.g. "03-truyen-thong"
    title: str
    pages: tuple[str, ...]
    markdown: str  # the body, without the page-key comment
    folder: Path  # where its images are found


def guide_dir() -> Path:
    return resources_dir() / "guide"


def chapters(folder: Path | None = None) -> list[Chapter]:
    folder = folder or guide_dir()
    found = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), path.stem)
        match = _PAGES.search(text)
        pages = tuple(match.group("keys").split()) if match else ()
        found.append(Chapter(path.stem, title, pages, _PAGES.sub("", text).strip() + "\n", folder))
    return found


def chapter_for(page_key: str, folder: Path | None = None) -> Chapter:
    """The chapter about `page_key` (or a view inside it, "clients.erasure"); the first chapter otherwise."""
    all_chapters = chapters(folder)
    key = page_key.split(".", 1)[0]
    return next((c for c in all_chapters if page_key in c.pages or key in c.pages), all_chapters[0])
