"""The CLI in Vietnamese first, like the window: help texts and argparse's own words, English when chosen."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator

from desktop.domain.i18n import translate

CONTEXT = "Cli"

# argparse's own sentences (it asks gettext for them); English stays argparse's.
_ARGPARSE_VI = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "expected one argument": "cần một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "expected at least one argument": "cần ít nhất một giá trị",
}


def language() -> str:
    return os.environ.get("HOANHAP_LANG", "vi")


def text(source: str, lang: str | None = None) -> str:
    """A CLI text marked QT_TRANSLATE_NOOP("Cli", ...) in the language of the command line."""
    return translate(CONTEXT, source, lang or language())


@contextlib.contextmanager
def argparse_words(lang: str | None = None) -> Iterator[None]:
    """While the parser is built and used, argparse speaks Vietnamese (unless English was chosen)."""
    chosen = lang or language()
    original = argparse._  # type: ignore[attr-defined]  # argparse's gettext hook, not in typeshed
    if chosen == "vi":
        argparse._ = lambda message: _ARGPARSE_VI.get(message, original(message))  # type: ignore[attr-defined]  # as above
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]  # as above


def localise(parser: argparse.ArgumentParser, lang: str | None = None) -> None:
    """Every help text of the parser's arguments through the catalogue (they are Vietnamese in the source).

    A command with its own sub-commands (`tin-bao add`, `mo-hinh list`…) is walked too: their one-line
    helps, descriptions and options are the same marked texts.
    """
    for action in parser._actions:  # noqa: SLF001 - argparse keeps no public list
        if isinstance(action.help, str) and action.help != argparse.SUPPRESS and action.dest != "help":
            action.help = text(action.help, lang)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001 - the lines listed in the parent's help
                if isinstance(choice.help, str):
                    choice.help = text(choice.help, lang)
            for sub in action.choices.values():
                if sub.description:
                    sub.description = text(sub.description, lang)
                localise(sub, lang)
