"""`python -m desktop` opens the GUI; with a command it runs the CLI."""

from desktop.cli import main

raise SystemExit(main())
