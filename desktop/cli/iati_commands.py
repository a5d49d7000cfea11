"""``import-iati``: IATI activity files into the knowledge base, with a report of what was kept."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from models.iati import (
    ImportOptions,
    ImportReport,
    OnConflict,
    import_iati_files,
)
from models.iati.report_text import report_lines
from models.interchange.replace import drop_unneeded, keep, with_backup
from models.schema import open_database

from desktop.cli.databases import open_to_read


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-iati", help="import IATI activity files (versions 2.01–2.03)"
    )
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="read, check and report, but write nothing",
    )
    parser.add_argument(
        "--on-conflict",
        choices=[policy.value for policy in OnConflict],
        default=OnConflict.UPDATE.value,
        help="an activity already in the knowledge base: update it (default), skip it, "
        "or add it again under a new key",
    )
    parser.set_defaults(handler=import_iati)


def import_iati(url: str, arguments: argparse.Namespace) -> int:
    options = ImportOptions(
        on_conflict=OnConflict(arguments.on_conflict), dry_run=arguments.dry_run
    )
    # A dry run only reads: a mistyped database is refused, not created.
    database = open_to_read(url, arguments) if arguments.dry_run else open_database(url)
    backup = None
    try:
        if arguments.dry_run:
            report = database.write(
                lambda session: import_iati_files(session, arguments.files, options)
            )
        else:  # an import updates records already there: a copy of them comes first
            report, backup = with_backup(
                database, lambda session: import_iati_files(session, arguments.files, options)
            )
    finally:
        database.close()
    print_report(report)
    if backup is not None and report.load.changed:  # records were overwritten
        keep(database, backup)
        print(f"The knowledge base before the import was kept as {backup}")
    else:
        drop_unneeded(backup)  # only additions, or nothing: the copy holds nothing lost
    return 0


def print_report(report: ImportReport) -> None:
    print("\n".join(report_lines(report, str)))  # the command line speaks English
