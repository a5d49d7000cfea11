"""``import-iati``: IATI activity files into the knowledge base, with a report of what was kept."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from models.iati import (
    FileReport,
    ImportOptions,
    ImportReport,
    OnConflict,
    Severity,
    import_iati_files,
)
from models.schema import open_database

PROBLEMS_SHOWN = 100  # per file; the counts above them always cover every problem


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
    database = open_database(url)
    try:
        with database.writing() as session, session.begin():
            report = import_iati_files(session, arguments.files, options)
    finally:
        database.close()
    print_report(report)
    return 0


def print_report(report: ImportReport) -> None:
    for file in report.files:
        _print_file(file)
    if report.dry_run:
        print("Dry run: nothing was written.")
    if report.unchanged:
        print("Nothing changed in the knowledge base.")
    verb = "Would add" if report.dry_run else "Added"
    for kind, count in sorted(report.load.added.items()):
        print(f"{verb} {count} {kind.replace('_', ' ')}.")
    verb = "Would change" if report.dry_run else "Changed"
    for kind, count in sorted(report.load.changed.items()):
        print(f"{verb} {count} {kind.replace('_', ' ')}.")


def _print_file(file: FileReport) -> None:
    version = f" (IATI {file.version})" if file.version else ""
    print(f"{file.name}{version}")
    print(
        f"  activities: {file.activities_imported} imported, {file.activities_skipped} skipped"
        + (
            f", {file.activities_kept} already present and left alone"
            if file.activities_kept
            else ""
        )
    )
    print(
        f"  budgets: {file.budgets}, planned disbursements: {file.planned_disbursements}, "
        f"transactions: {file.transactions}, results: {file.results}"
    )
    if file.transactions_ignored:
        print(
            f"  {file.transactions_ignored} transactions of other types than commitment and "
            "disbursement were not imported"
        )
    critical, errors, warnings = (file.count(severity) for severity in Severity)
    print(f"  problems: critical {critical}, errors {errors}, warnings {warnings}")
    in_order = sorted(file.problems, key=lambda problem: problem.line or 0)
    for problem in in_order[:PROBLEMS_SHOWN]:
        print(f"    {problem}")
    if len(file.problems) > PROBLEMS_SHOWN:
        print(f"    … and {len(file.problems) - PROBLEMS_SHOWN} more")
