"""What an IATI import did and what it could not do, per file, with the XML line of each problem.

Real IATI files break the standard in small ways; the import keeps what it can and says
exactly what it left out, so a desk officer can trust the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from models.errors import BriefingError, ValidationError
from models.interchange.load import LoadReport
from models.messages import Message, say


class Severity(StrEnum):
    CRITICAL = "critical"  # the activity was skipped
    ERROR = "error"  # one field or money line was skipped
    WARNING = "warning"  # imported, but not quite as written


@dataclass(frozen=True)
class Problem:
    """One problem: ``said`` is its message id and parameters, rendered in either language."""

    severity: Severity
    said: Message
    line: int | None = None
    identifier: str | None = None

    @property
    def message(self) -> str:
        """The problem in English, as the command line prints it."""
        return str(self.said)

    @property
    def reported(self) -> Message:
        """The report's line for it: severity, XML line (or the file), activity, problem."""
        severity = say(f"iati.severity.{self.severity.value}")
        where = say("iati.where.line", line=self.line) if self.line else say("iati.where.file")
        if self.identifier:
            return say(
                "iati.problem.activity",
                severity=severity,
                where=where,
                identifier=self.identifier,
                problem=self.said,
            )
        return say("iati.problem", severity=severity, where=where, problem=self.said)

    def __str__(self) -> str:
        return str(self.reported)


class ProblemList:
    """Problems found while reading one activity (or the file around it)."""

    def __init__(self, identifier: str | None = None) -> None:
        self.identifier = identifier
        self.items: list[Problem] = []

    def add(self, severity: Severity, said: Message, line: int | None) -> None:
        self.items.append(Problem(severity, said, line, self.identifier))

    def critical(self, said: Message, line: int | None) -> None:
        self.add(Severity.CRITICAL, said, line)

    def error(self, said: Message, line: int | None) -> None:
        self.add(Severity.ERROR, said, line)

    def warning(self, said: Message, line: int | None) -> None:
        self.add(Severity.WARNING, said, line)

    @property
    def has_critical(self) -> bool:
        return any(problem.severity is Severity.CRITICAL for problem in self.items)


def refusal(error: BriefingError) -> Message | str:
    """What the model said when it refused something, with the record and field it names, as
    a message (``str(error)`` in English); text without an identity stays as it is."""
    if error.said is None:
        return str(error)
    if not isinstance(error, ValidationError) or not (error.record or error.field):
        return error.said
    # "what" and "name" are the parameters a Danish rendering names in Danish
    if error.record and error.field:
        return say(
            "iati.refused.record_field", what=error.record, name=error.field, refusal=error.said
        )
    if error.record:
        return say("iati.refused.record", what=error.record, refusal=error.said)
    return say("iati.refused.field", name=error.field, refusal=error.said)


@dataclass
class FileReport:
    """Counts and problems for one imported file."""

    name: str
    source_key: str = ""
    version: str | None = None
    activities_imported: int = 0
    activities_skipped: int = 0
    activities_kept: int = 0  # already in the knowledge base, left alone (--on-conflict skip)
    budgets: int = 0
    planned_disbursements: int = 0
    transactions: int = 0
    transactions_ignored: int = 0  # types other than commitment and disbursement
    results: int = 0
    problems: list[Problem] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for problem in self.problems if problem.severity is severity)


@dataclass
class ImportReport:
    """The whole import: one report per file and what the knowledge base load changed."""

    files: list[FileReport] = field(default_factory=list)
    load: LoadReport = field(default_factory=LoadReport)
    dry_run: bool = False

    def merge_load(self, report: LoadReport) -> None:
        for kind, number in report.added.items():
            self.load.added[kind] = self.load.added.get(kind, 0) + number
        for kind, number in report.changed.items():
            self.load.changed[kind] = self.load.changed.get(kind, 0) + number
        self.load.added_titles += report.added_titles
        self.load.changed_titles += report.changed_titles

    @property
    def unchanged(self) -> bool:
        return self.load.unchanged
