"""The command line speaks Vietnamese first, like the window; English when HOANHAP_LANG=en (issue 10 point 8).

One `--help` per command module of this wave, and a walk over every registered command so that a later
command cannot slip back to an unmarked (English or bilingual) help text.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import registry
from desktop.cli import main
from desktop.domain.shipped import translations_dir
from tests.conftest import PASSWORD


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines; compare words


def _both(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[str, str]:
    monkeypatch.delenv("HOANHAP_LANG", raising=False)
    vietnamese = _help(capsys, *argv)
    monkeypatch.setenv("HOANHAP_LANG", "en")
    return vietnamese, _help(capsys, *argv)


def test_inspection_commands_help(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    vi, en = _both(capsys, monkeypatch, "decision")
    assert vi.startswith("Cách dùng: hoanhap decision") and "tùy chọn:" in vi
    assert "ghi quyết định của người có thẩm quyền về một hành vi vi phạm" in vi
    assert "số tiền phạt ghi trong quyết định, đơn vị đồng (ứng dụng không tự tính)" in vi
    assert "competent authority" not in vi and "the fine" not in vi
    assert en.startswith("usage: hoanhap decision") and "options:" in en
    assert "record the competent authority's decision on a violation" in en
    assert "the fine written on the decision, in đồng (never computed)" in en
    vi, en = _both(capsys, monkeypatch, "inspection-record")
    assert "in biên bản kiểm tra của một lần kiểm tra" in vi and "mã (id) của lần kiểm tra" in vi
    assert "print an inspection's record" in en and "the inspection's id" in en


def test_register_commands_help(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    vi, en = _both(capsys, monkeypatch, "tin-bao")
    assert "sổ tin báo, tố giác về mại dâm (chỉ tiêu T9)" in vi and "ghi nhận tin báo mới" in vi
    assert "tip-off" not in vi
    assert "the register of tip-offs and reports about prostitution (indicator T9)" in en
    assert "record a new tip-off" in en
    # the sub-commands' own help (a nested parser) too
    vi, en = _both(capsys, monkeypatch, "mo-hinh", "add")
    assert vi.startswith("Cách dùng: hoanhap mo-hinh add") and "thêm mô hình" in vi
    assert "số thành viên nòng cốt" in vi and "core members" not in vi
    assert en.startswith("usage: hoanhap mo-hinh add") and "add a model" in en and "number of core members" in en


def test_document_commands_help(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    vi, en = _both(capsys, monkeypatch, "letterhead")
    assert "thể thức văn bản (Nghị định 30/2020)" in vi and "họ và tên người ký" in vi
    assert "trở về mặc định của đơn vị" in vi and "back to the defaults" not in vi
    assert "document layout (Decree 30/2020)" in en and "the signer's full name" in en
    vi, en = _both(capsys, monkeypatch, "documents")
    assert "sổ đăng ký văn bản đi: các số đã cấp và số tiếp theo" in vi and "the document register" not in vi
    assert "the outgoing document register: numbers given and the next one" in en and "only this year" in en


def test_update_commands_help_and_usage_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    vi, en = _both(capsys, monkeypatch, "update")
    assert "cài gói cập nhật có chữ ký từ USB" in vi and "tệp gói cập nhật có chữ ký" in vi
    assert "install a signed update package" in en and "the signed update package file" in en
    monkeypatch.delenv("HOANHAP_LANG")
    assert main(["--data-dir", str(tmp_path), "update"]) == 2  # neither a package nor --rollback: how to call it, nothing opened
    assert capsys.readouterr().err.strip() == "Cách dùng: hoanhap update GÓI | --rollback"
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", str(tmp_path), "update"]) == 2
    assert capsys.readouterr().err.strip() == "usage: hoanhap update PACKAGE | --rollback"
    vi, en = _both(capsys, monkeypatch, "version")
    assert "in số phiên bản đang chạy" in vi and "print the version of the release that runs" in en


def test_init_tells_the_recovery_key_in_the_chosen_language(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    password = tmp_path / "mat-khau.txt"
    password.write_text(PASSWORD, "utf-8")
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", str(tmp_path / "en"), "init", "--province", "25", "--commune", "08500",
                 "--password-file", str(password)]) == 0
    assert "Recovery key (shown only once; print it and keep it safe):" in capsys.readouterr().out
    monkeypatch.delenv("HOANHAP_LANG")
    assert main(["--data-dir", str(tmp_path / "vi"), "init", "--province", "25", "--commune", "08500",
                 "--password-file", str(password)]) == 0
    assert "Mã khôi phục (chỉ hiện một lần, hãy in và cất giữ):" in capsys.readouterr().out


def _marked() -> set[str]:
    """The sources of the "Cli" context that have an English translation (marked and translated)."""
    root = ET.parse(translations_dir() / "hoanhap_en.ts").getroot()
    return {message.findtext("source") or ""
            for context in root.iter("context") if context.findtext("name") == "Cli"
            for message in context.iter("message")
            if (node := message.find("translation")) is not None and not node.get("type") and node.text}


def _texts(where: str, parser: argparse.ArgumentParser) -> Iterator[tuple[str, str | None]]:
    """Every help text a person reads in `hoanhap … --help`: each option's, each nested sub-command's."""
    for action in parser._actions:  # noqa: SLF001 - argparse keeps no public list
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                yield f"{where} {choice.dest}", choice.help
            for name, sub in action.choices.items():
                yield from _texts(f"{where} {name}", sub)
        elif action.dest != "help" and action.help != argparse.SUPPRESS:
            yield f"{where} {'/'.join(action.option_strings) or action.dest}", action.help


def _unmarked(commands: list[registry.Command], marked: set[str]) -> list[str]:
    missing = []
    for command in commands:
        if command.help not in marked:
            missing.append(f"{command.name}: {command.help!r}")
        parser = argparse.ArgumentParser(prog=f"hoanhap {command.name}")
        command.configure(parser)
        missing += [f"{where}: {text!r}" for where, text in _texts(command.name, parser) if text not in marked]
    return missing


def test_every_command_and_option_help_is_marked_for_the_cli_catalogue() -> None:
    marked = _marked()
    assert {"init", "card", "report", "team", "tin-bao", "letterhead", "update"} <= set(registry.COMMANDS)  # every module
    assert _unmarked(list(registry.COMMANDS.values()), marked) == []
    # The walk does catch a command that slips back to English, an option without help and a nested one.
    def english(p: argparse.ArgumentParser) -> None:
        p.add_argument("--when", help="the date")
        p.add_argument("--bare")
        p.add_subparsers(dest="action").add_parser("list", help="list them")

    found = _unmarked([registry.Command("later", "a later command", english, lambda a: 0)], marked)
    assert found == ["later: 'a later command'", "later --when: 'the date'", "later --bare: None",
                     "later list: 'list them'"]
