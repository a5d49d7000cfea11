"""Entry point of ``briefing``: parse the arguments, run one command, map errors to exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from models.db import default_database_url
from models.errors import BriefingError

EXIT_OK = 0
EXIT_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli import brief_commands, iati_commands, knowledge_commands, safety_commands

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Briefing Builder: a knowledge base of engagements abroad and PDF briefs. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: $BRIEFING_DATABASE_URL or a file in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    knowledge_commands.register(commands)
    brief_commands.register(commands)
    safety_commands.register(commands)
    iati_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    url = arguments.database or default_database_url()
    if arguments.command is None:
        from desktop.app import run_app

        return run_app(url)
    try:
        result: int = arguments.handler(url, arguments)
        return result
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("briefing: interrupted; nothing was written.", file=sys.stderr)
        return 130
