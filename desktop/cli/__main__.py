"""``python -m desktop.cli`` runs the command line (used by tests and without an install)."""

from desktop.cli.main import main

raise SystemExit(main())
