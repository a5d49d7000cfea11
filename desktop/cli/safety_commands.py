"""``backup`` and ``restore``: copies of the knowledge base, and getting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from models.backup import backup_file, restore_file
from models.db import sqlite_path
from models.errors import BriefingError
from models.schema import open_database

from desktop.cli.databases import open_to_read


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="copy the knowledge base (SQLite)")
    backup.add_argument(
        "-o", "--output", type=Path, help="file to write (default: a dated copy in backups/)"
    )
    backup.set_defaults(handler=backup_database)
    restore = commands.add_parser("restore", help="replace the knowledge base with a copy")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=restore_database)


def _file(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise BriefingError("Backup and restore work on SQLite files; use the server's tools.")
    return path


def backup_database(url: str, arguments: argparse.Namespace) -> int:
    open_to_read(url, arguments).close()  # checks the file; only the default one is created
    target = backup_file(_file(url), arguments.output)
    print(f"Backed up to {target}")
    return 0


def restore_database(url: str, arguments: argparse.Namespace) -> int:
    safety = restore_file(arguments.file, _file(url))
    if safety is not None:
        print(f"The previous knowledge base was kept as {safety}")
    open_database(url).close()  # upgrades a restored copy from an older version
    print(f"Restored {arguments.file}")
    return 0
