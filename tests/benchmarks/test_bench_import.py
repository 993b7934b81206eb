"""Excel import budget (issue 15): run explicitly, `pytest tests/benchmarks/test_bench_import.py -s`.

The preview of a 50,000-row list of businesses (header found, columns mapped, every row parsed and
checked against the form's rules and the register's duplicates) within 2× the time openpyxl's
read-only mode takes just to read the same sheet, and under 200 MB peak memory in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

ROWS = 50_000
RATIO_BUDGET = 2.0
MEMORY_BUDGET_MB = 200
TYPES = ("Karaoke", "Nhà nghỉ", "Xoa bóp, xông hơi", "Quán bar", "Cà phê đèn mờ", "Cắt tóc, gội đầu")

# Peak memory of the preview in a fresh interpreter (VmHWM; see test_bench_reports for why not ru_maxrss).
_MEASURE = """
import json, sys, time, shutil
from pathlib import Path
from desktop.bootstrap import build_services
from desktop.db.datadir import DataDir
from desktop.services.accounts import auth
from desktop.services.context import SystemClock

def high_water_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")

register, actor = auth.login(DataDir(Path(sys.argv[1])), "admin", "mat-khau-2026", clock=SystemClock())
services = build_services(register)
before = high_water_mb()
started = time.perf_counter()
preview = services.establishment_import.preview(actor, Path(sys.argv[2]))
seconds = time.perf_counter() - started
print(json.dumps({"rows": len(preview.rows), "good": preview.good, "seconds": seconds, "before_mb": before,
                  "max_rss_mb": high_water_mb()}))
register.close()
"""


@pytest.fixture(scope="module")
def big_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A commune-style sheet: a title row, headers of its own, dates typed as text, numbers as numbers."""
    path = tmp_path_factory.mktemp("import") / "so-co-so.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["DANH SÁCH CƠ SỞ KINH DOANH"])
    sheet.append(["STT", "Tên cơ sở", "Loại hình kinh doanh", "Địa chỉ", "Chủ cơ sở", "Số ĐKKD", "Ngày hoạt động"])
    start = date(2010, 1, 1)
    for n in range(ROWS):
        opened = start + timedelta(days=n % 5000)
        sheet.append([n + 1, f"Cơ sở số {n}", TYPES[n % len(TYPES)], f"Thôn {n % 97}, xã Xuân Lũng",
                      f"Chủ hộ {n}", 2500000000 + n, f"{opened:%d/%m/%Y}" if n % 2 else opened])
    book.save(path)
    return path


def _bare_read(path: Path) -> tuple[float, int]:
    """The yardstick: openpyxl read-only mode reading every cell's value, nothing else."""
    started = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return time.perf_counter() - started, count


def test_preview_against_bare_openpyxl_read(big_book: Path, tmp_path: Path) -> None:
    from tests.conftest import NOW, make_register
    from desktop.services.context import FixedClock

    data = tmp_path / "data"
    make_register(data, FixedClock(NOW))
    bare, read = _bare_read(big_book)
    measured = json.loads(subprocess.run([sys.executable, "-c", _MEASURE, str(data), str(big_book)],
                                         capture_output=True, text=True, check=True).stdout)
    ratio = measured["seconds"] / bare
    print(f"\nimport preview of {measured['rows']:,} rows ({measured['good']:,} good): ours {measured['seconds']:.2f} s, "
          f"bare openpyxl read-only read {bare:.2f} s ({read:,} rows), ratio {ratio:.2f} (budget {RATIO_BUDGET}); "
          f"peak RSS {measured['max_rss_mb']:.1f} MB of which {measured['before_mb']:.1f} MB before the preview "
          f"(budget {MEMORY_BUDGET_MB} MB)")
    assert measured["rows"] == ROWS and measured["good"] == ROWS
    assert ratio <= RATIO_BUDGET
    assert measured["max_rss_mb"] < MEMORY_BUDGET_MB
