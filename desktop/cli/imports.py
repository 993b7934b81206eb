"""`hoanhap import-outreach`, `import-baseline`, `import-establishments`: the Excel imports without a window.

Without --yes a command only previews (every row and its problems, in the forms' words) and writes nothing;
--template FILE writes the area's template instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.registry import _language, _login_options, command, open_services, say, covers
from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.services.sheet_import import ImportPreview

# The three imports: service attribute on Services, and its sheet's (field, header) columns.
_AREAS = {"outreach": "outreach_import", "baseline": "baseline_import", "establishments": "establishment_import"}


def _column(text: str) -> tuple[int, str]:
    """"3=place": the sheet's third column holds the form's `place`."""
    number, _, name = text.partition("=")
    if not number.strip().isdigit() or int(number) < 1 or not name.strip():
        raise argparse.ArgumentTypeError(render("cli.bad_column", {"value": text}, _language()))
    return int(number) - 1, name.strip()


def _options(*, year: bool = False) -> Callable[[argparse.ArgumentParser], None]:
    def configure(p: argparse.ArgumentParser) -> None:
        _login_options(p)
        p.add_argument("file", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "tệp Excel (.xlsx) cần nhập"))
        p.add_argument("--template", metavar="TỆP", help=QT_TRANSLATE_NOOP(
            "Cli", "ghi tệp mẫu (tiêu đề tiếng Việt, danh sách chọn) vào tệp này rồi dừng"))
        p.add_argument("--column", type=_column, action="append", default=[], metavar="SỐ=TRƯỜNG", help=QT_TRANSLATE_NOOP(
            "Cli", "chọn cột: số thứ tự cột trong tệp (từ 1) = tên trường, ví dụ 3=place; máy nhớ cho lần sau"))
        p.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP(
            "Cli", "nhập các dòng hợp lệ (không có: chỉ xem trước, không ghi gì)"))
        p.add_argument("--all-or-nothing", action="store_true", help=QT_TRANSLATE_NOOP(
            "Cli", "chỉ nhập khi mọi dòng đều hợp lệ"))
        if year:
            p.add_argument("--year", type=int, help=QT_TRANSLATE_NOOP("Cli", "năm của tệp mẫu (mặc định: năm nay)"))
    return configure


def _print_preview(preview: ImportPreview, headers: dict[str, str]) -> None:
    language = _language()
    for index, name in sorted(preview.mapping.items()):
        header = preview.headers[index] if index < len(preview.headers) else ""
        say("cli.import_mapping", column=index + 1, header=header, field=translate("Import", headers[name], language))
    for row in preview.rows:
        if row.problems:
            for problem in row.problems:
                where = translate("Import", headers[problem.field], language) if problem.field in headers else ""
                say("cli.import_problem", line=row.line, field=where, problem=render(problem.code, problem.params,
                                                                                     language))
        elif row.duplicate:
            say("cli.import_duplicate", line=row.line)
        else:
            say("cli.import_good", line=row.line)
    say("cli.import_totals", total=len(preview.rows), good=preview.good, bad=preview.with_problems,
        dup=preview.duplicates, file=preview.file_name, sha256=preview.sha256, sheet=preview.sheet)


def _run(args: argparse.Namespace, area: str, headers: dict[str, str],
         template: Callable[[Any, Any, Path], Path]) -> int:
    services, actor = open_services(args)
    try:
        service = getattr(services, _AREAS[area])
        if args.template:
            say("cli.template_written", path=str(template(service, actor, Path(args.template))))
            return 0
        if not args.file:
            raise DomainError("cli.import_file_missing")
        path = Path(args.file)
        preview = service.preview(actor, path)
        if args.column:
            mapping = dict(preview.mapping)
            for index, name in args.column:
                if name not in headers:
                    raise DomainError("cli.bad_column", value=f"{index + 1}={name}")
                mapping = {i: f for i, f in mapping.items() if f != name and i != index} | {index: name}
            preview = service.preview(actor, path, mapping=mapping)
        _print_preview(preview, headers)
        if not args.yes:
            say("cli.import_dry")
            return 0
        added = service.apply(actor, preview, all_or_nothing=args.all_or_nothing).value
        say("cli.import_done", count=added)
    finally:
        services.register.close()
    return 0


@command("import-outreach", QT_TRANSLATE_NOOP(
    "Cli", "nhập sổ buổi truyền thông từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)"), _options())
@covers("OutreachImportService.apply")
def _import_outreach(args: argparse.Namespace) -> int:
    from desktop.domain.outreach_import import LAYOUT
    from desktop.services.outreach.outreach_import import write_template

    return _run(args, "outreach", LAYOUT.headers,
                lambda _service, _actor, path: write_template(path, language=_language()))


@command("import-baseline", QT_TRANSLATE_NOOP(
    "Cli", "nhập chỉ tiêu năm (số liệu kế hoạch của tỉnh) từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)"),
    _options(year=True))
@covers("BaselineImportService.apply")
def _import_baseline(args: argparse.Namespace) -> int:
    from desktop.domain.target_import import LAYOUT

    return _run(args, "baseline", LAYOUT.headers, lambda service, actor, path: service.write_template(
        actor, path, year=args.year, language=_language()))


@command("import-establishments", QT_TRANSLATE_NOOP(
    "Cli", "nhập danh sách cơ sở kinh doanh từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)"),
    _options())
def _import_establishments(args: argparse.Namespace) -> int:
    from desktop.domain.establishment_import import LAYOUT
    from desktop.services.establishments.establishment_import import write_template

    return _run(args, "establishments", LAYOUT.headers,
                lambda _service, _actor, path: write_template(path, language=_language()))
