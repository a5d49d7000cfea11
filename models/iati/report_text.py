"""An IATI import's report as text: what the terminal prints and the app's dialog shows.

Every line is a message id with its parameters; ``render`` turns each into the reader's
language (``str``, the default, is English, as the command line prints it).
"""

from __future__ import annotations

from collections.abc import Callable

from models.iati.report import FileReport, ImportReport, Severity
from models.messages import ENGLISH, Message, say

PROBLEMS_SHOWN = 100  # per file; the counts above them always cover every problem

Render = Callable[[Message], str]


def report_lines(report: ImportReport, render: Render = str) -> list[str]:
    """The report as lines of text, for the terminal and for the app's import dialog."""
    lines: list[str] = []
    for file in report.files:
        lines += _file_lines(file, render)
    if report.dry_run:
        lines.append(render(say("iati.report.dry_run")))
    if report.unchanged:
        lines.append(render(say("iati.report.unchanged")))
    added, changed = ("would_add", "would_change") if report.dry_run else ("added", "changed")
    for verb, counts in ((added, report.load.added), (changed, report.load.changed)):
        for kind, count in sorted(counts.items()):
            lines.append(render(say(f"iati.report.{verb}", count=count, kind=_kind(kind, count))))
    for verb, titles in ((added, report.load.added_titles), (changed, report.load.changed_titles)):
        if titles:
            lines.append(render(say(f"iati.report.{verb}_titles")))
            lines += [f"  {title}" for title in titles[:PROBLEMS_SHOWN]]
            if len(titles) > PROBLEMS_SHOWN:
                lines.append(
                    "  " + render(say("iati.report.more", more=len(titles) - PROBLEMS_SHOWN))
                )
    return lines


def _kind(kind: str, count: int) -> Message | str:
    """The record kind ("engagements"), one or several; a list the catalogue does not name
    yet is shown by its name."""
    message_id = f"iati.kind.{kind}" + (".one" if count == 1 else "")
    return say(message_id) if message_id in ENGLISH else kind.replace("_", " ")


def _file_lines(file: FileReport, render: Render) -> list[str]:
    name = (
        render(say("iati.report.file", file=file.name, version=file.version))
        if file.version
        else file.name
    )
    counted = {"imported": file.activities_imported, "skipped": file.activities_skipped}
    activities = (
        say("iati.report.activities_kept", **counted, kept=file.activities_kept)
        if file.activities_kept
        else say("iati.report.activities", **counted)
    )
    money = say(
        "iati.report.money",
        budgets=file.budgets,
        planned=file.planned_disbursements,
        transactions=file.transactions,
        results=file.results,
    )
    lines = [name, "  " + render(activities), "  " + render(money)]
    if file.transactions_ignored:
        ignored = say("iati.report.transactions_ignored", ignored=file.transactions_ignored)
        lines.append("  " + render(ignored))
    critical, errors, warnings = (file.count(severity) for severity in Severity)
    problems = say("iati.report.problems", critical=critical, errors=errors, warnings=warnings)
    lines.append("  " + render(problems))
    in_order = sorted(file.problems, key=lambda problem: problem.line or 0)
    lines += ["    " + render(problem.reported) for problem in in_order[:PROBLEMS_SHOWN]]
    if len(file.problems) > PROBLEMS_SHOWN:
        more = say("iati.report.more", more=len(file.problems) - PROBLEMS_SHOWN)
        lines.append("    " + render(more))
    return lines
