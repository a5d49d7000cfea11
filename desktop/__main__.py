"""``python -m desktop`` starts the app."""

from desktop.cli.main import main

if __name__ == "__main__":  # helper processes import this module again; they must not start
    raise SystemExit(main([]))
