"""``python -m desktop.cli`` runs the command line (used by tests and without an install)."""

from desktop.cli.main import main

if __name__ == "__main__":  # helper processes import this module again; they must not run it
    raise SystemExit(main())
