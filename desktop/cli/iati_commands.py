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
from models.interchange.replace import drop_unneeded, keep, with_backup
from models.schema import open_database

from desktop.cli.databases import open_to_read

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
    print("\n".join(report_lines(report)))


def report_lines(report: ImportReport) -> list[str]:
    """The report as lines of text, for the terminal and for the app's import dialog."""
    lines: list[str] = []
    for file in report.files:
        lines += _file_lines(file)
    if report.dry_run:
        lines.append("Dry run: nothing was written.")
    if report.unchanged:
        lines.append("Nothing changed in the knowledge base.")
    verb = "Would add" if report.dry_run else "Added"
    for kind, count in sorted(report.load.added.items()):
        lines.append(f"{verb} {count} {kind.replace('_', ' ')}.")
    verb = "Would change" if report.dry_run else "Changed"
    for kind, count in sorted(report.load.changed.items()):
        lines.append(f"{verb} {count} {kind.replace('_', ' ')}.")
    return lines


def _file_lines(file: FileReport) -> list[str]:
    version = f" (IATI {file.version})" if file.version else ""
    kept = (
        f", {file.activities_kept} already present and left alone" if file.activities_kept else ""
    )
    lines = [
        f"{file.name}{version}",
        f"  activities: {file.activities_imported} imported, {file.activities_skipped} skipped"
        + kept,
        f"  budgets: {file.budgets}, planned disbursements: {file.planned_disbursements}, "
        f"transactions: {file.transactions}, results: {file.results}",
    ]
    if file.transactions_ignored:
        lines.append(
            f"  {file.transactions_ignored} transactions of other types than "
            "commitment and disbursement were not imported"
        )
    critical, errors, warnings = (file.count(severity) for severity in Severity)
    lines.append(f"  problems: critical {critical}, errors {errors}, warnings {warnings}")
    in_order = sorted(file.problems, key=lambda problem: problem.line or 0)
    lines += [f"    {problem}" for problem in in_order[:PROBLEMS_SHOWN]]
    if len(file.problems) > PROBLEMS_SHOWN:
        lines.append(f"    … and {len(file.problems) - PROBLEMS_SHOWN} more")
    return lines
