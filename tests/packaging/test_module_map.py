"""The module map of ARCHITECTURE.md comes from packaging/dev/module_map.py: folders, files and lines counted right,
and `--write` replaces only what stands between its two markers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("module_map", ROOT / "packaging" / "dev" / "module_map.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["module_map"] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_folders_count_their_own_files_and_lines(tmp_path: Path) -> None:
    script = _script()
    package = tmp_path / "desktop"
    (package / "services" / "clients").mkdir(parents=True)
    (package / "__init__.py").write_text("", "utf-8")
    (package / "services" / "__init__.py").write_text("a = 1\nb = 2\n", "utf-8")
    (package / "services" / "clients" / "clients.py").write_text("x = 1\n" * 5, "utf-8")
    (package / "services" / "clients" / "notes.md").write_text("not code\n", "utf-8")
    found = {f.path: (f.files, f.lines, f.largest) for f in script.folders(package)}
    assert found == {"desktop": (1, 0, "__init__.py"), "desktop/services": (1, 2, "__init__.py"),
                     "desktop/services/clients": (1, 5, "clients.py")}
    assert script.table(script.folders(package)).splitlines()[-1] == "| **total** | 3 | 7 | |"


def test_write_replaces_only_the_map_between_the_markers() -> None:
    script = _script()
    text = f"intro\n{script.START}\nold map\n{script.END}\nafter\n"
    assert script.refreshed(text, "new map") == f"intro\n{script.START}\nnew map\n{script.END}\nafter\n"
    assert script.START in (ROOT / "desktop" / "ARCHITECTURE.md").read_text("utf-8")
