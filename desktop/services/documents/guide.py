"""The user guide's PDF: the copy shipped with the app, or one built now from the Markdown (a checkout)."""

from __future__ import annotations

import tempfile
from importlib import metadata
from pathlib import Path

from desktop.domain.guide import SHIPPED_PDF, chapters, guide_dir
from desktop.reports.pdf.guide import write_guide


def app_version() -> str:
    try:
        return metadata.version("hoanhap")
    except metadata.PackageNotFoundError:  # run from a folder that was never installed
        return "0.0.0"


def build_guide(path: Path, *, folder: Path | None = None) -> Path:
    write_guide(path, chapters(folder), version=app_version())
    return path


def guide_pdf() -> Path:
    """The shipped PDF when the build made one; otherwise built once into the temporary folder."""
    shipped = guide_dir() / SHIPPED_PDF
    if shipped.exists():
        return shipped
    built = Path(tempfile.gettempdir()) / f"hoanhap-{app_version()}-{SHIPPED_PDF}"
    return built if built.exists() else build_guide(built)
