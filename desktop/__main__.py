"""``python -m desktop`` starts the app."""

from desktop.cli.main import main

raise SystemExit(main([]))
