"""An IATI import's report as text: what the terminal prints and the app's dialog shows."""

from __future__ import annotations

from models.iati.report import FileReport, ImportReport, Severity

PROBLEMS_SHOWN = 100  # per file; the counts above them always cover every problem


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
    for heading, titles in (
        ("Would add" if report.dry_run else "Added", report.load.added_titles),
        ("Would change" if report.dry_run else "Changed", report.load.changed_titles),
    ):
        if titles:
            lines.append(f"{heading}:")
            lines += [f"  {title}" for title in titles[:PROBLEMS_SHOWN]]
            if len(titles) > PROBLEMS_SHOWN:
                lines.append(f"  … and {len(titles) - PROBLEMS_SHOWN} more")
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
