"""`hoanhap`: the command line (entry point in `entry.py`); importing the package registers every command.

`from desktop.cli import main` stays the entry point of `pyproject.toml`, `python -m desktop` and older launchers.
"""

from desktop.cli.entry import main, main_gui

__all__ = ["main", "main_gui"]
