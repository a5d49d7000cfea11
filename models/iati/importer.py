"""Importing IATI activity files into the knowledge base in one transaction.

Every file is scanned before anything is written, so an unsafe or broken file leaves the
knowledge base untouched. Activities are then mapped one at a time and handed to the
ordinary knowledge-file loader in batches: big files stay small in memory, and a batch the
loader refuses is retried record by record so one bad activity costs only itself.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from models import entities as e
from models.errors import ValidationError
from models.iati.activity import MappedActivity, as_of_date, identifier_of, map_activity
from models.iati.catalogue import EngagementCatalogue, OnConflict
from models.iati.codelists import sector_themes, with_overrides
from models.iati.context import ActivityContext, Vocabulary
from models.iati.keys import source_key
from models.iati.organisations import OrganisationDirectory
from models.iati.report import (
    FileReport,
    ImportReport,
    Problem,
    ProblemList,
    Severity,
    refusal,
)
from models.iati.xmlfile import (
    SUPPORTED_VERSIONS,
    Element,
    FileHeader,
    iter_activities,
    language_of,
    scan_file,
)
from models.interchange.load import LoadReport, load_document
from models.messages import Message, say
from models.partial_dates import PartialDate

PUBLISHER_LENGTH = 200


@dataclass(frozen=True)
class ImportOptions:
    on_conflict: OnConflict = OnConflict.UPDATE
    dry_run: bool = False
    languages: tuple[str, ...] = ("da", "en")
    batch_size: int = 5000

    def __post_init__(self) -> None:
        # "update" and OnConflict.UPDATE are one policy; the catalogue compares members.
        object.__setattr__(self, "on_conflict", OnConflict(self.on_conflict))


@dataclass
class _Pending:
    mapped: MappedActivity
    file: FileReport

    def count(self, sign: int) -> None:
        money = self.mapped.money
        self.file.activities_imported += sign
        self.file.budgets += sign * money.budgets
        self.file.planned_disbursements += sign * money.planned_disbursements
        self.file.transactions += sign * money.transactions
        self.file.transactions_ignored += sign * money.transactions_ignored
        self.file.results += sign * self.mapped.results


def import_iati_files(
    session: Session, paths: Sequence[Path], options: ImportOptions | None = None
) -> ImportReport:
    """Import ``paths`` inside the caller's transaction; a dry run rolls its work back."""
    options = options or ImportOptions()
    headers = [(path, scan_file(path, options.languages)) for path in paths]
    savepoint = session.begin_nested()
    try:
        with _collector_paused():
            importer = IatiImporter(session, options)
            for path, header in headers:
                importer.import_file(path, header)
            importer.finish()
    except BaseException:
        savepoint.rollback()
        raise
    if options.dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
    return importer.report


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the import builds ORM rows.

    The import creates hundreds of thousands of objects that all stay alive until the
    transaction ends; the collector re-scanned them again and again (about 40 % of the
    time). It is switched back on afterwards, exactly as it was.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class IatiImporter:
    """Maps activities file by file and loads them in batches; use once per import."""

    def __init__(self, session: Session, options: ImportOptions) -> None:
        self.session = session
        self.options = options
        self.report = ImportReport(dry_run=options.dry_run)
        self.catalogue = EngagementCatalogue.read(session)
        self.organisations = OrganisationDirectory.read(session)
        self.vocabulary = Vocabulary(
            themes=frozenset(session.scalars(select(e.Theme.code))),
            instruments=frozenset(session.scalars(select(e.Instrument.code))),
            regions=frozenset(session.scalars(select(e.Region.key))),
            sector_themes=with_overrides(
                sector_themes(),
                {
                    row.code: row.theme.code if row.theme else None
                    for row in session.scalars(select(e.SectorTheme))
                },
            ),
        )
        self.sources: list[dict[str, Any]] = []
        self.batch: list[_Pending] = []
        self.deferred: list[_Pending] = []
        self.deferred_keys: set[str] = set()
        self.parents: dict[str, str] = {}  # engagement key -> parent key, this import

    # -- files ---------------------------------------------------------------------------
    def import_file(self, path: Path, header: FileHeader) -> None:
        file = FileReport(name=path.name, source_key=source_key(path.name), version=header.version)
        self.report.files.append(file)
        if header.version not in SUPPORTED_VERSIONS:
            supported = ", ".join(SUPPORTED_VERSIONS)
            file.problems.append(
                _file_warning(
                    say("iati.version_unsupported", version=header.version, supported=supported)
                    if header.version
                    else say("iati.version_missing", supported=supported)
                )
            )
        self.sources.append(_source_record(path, header, file.source_key))
        fallback: PartialDate | None = None
        for activity in iter_activities(path):
            if as_of_date(activity, header.generated) is None and fallback is None:
                fallback = PartialDate.from_date(date.today())
                file.problems.append(_file_warning(say("iati.no_file_date", date=fallback)))
            self._activity(activity, header, file, fallback)

    def _activity(
        self, activity: Element, header: FileHeader, file: FileReport, fallback: PartialDate | None
    ) -> None:
        line = activity.sourceline
        identifier = identifier_of(activity)
        problems = ProblemList(identifier)
        try:
            if identifier is None:
                problems.critical(say("iati.no_identifier"), line)
                file.activities_skipped += 1
                return
            if identifier in self.catalogue.imported:
                problems.critical(say("iati.identifier_twice"), line)
                file.activities_skipped += 1
                return
            choice = self.catalogue.choose(identifier, self.options.on_conflict, problems, line)
            if choice is None:
                file.activities_kept += 1
                return
            as_of = as_of_date(activity, header.generated) or fallback
            assert as_of is not None  # the caller set a fallback when the file has no date
            context = ActivityContext(
                languages=self.options.languages,
                default_language=language_of(activity) or header.language,
                default_currency=(activity.get("default-currency") or "").strip() or None,
                as_of=as_of,
                source_key=file.source_key,
                vocabulary=self.vocabulary,
                problems=problems,
            )
            mapped = map_activity(
                activity,
                identifier=identifier,
                key=choice.key,
                keep_identifier=choice.keep_identifier,
                context=context,
                directory=self.organisations,
            )
            if mapped is None:
                self.catalogue.release(identifier)
                file.activities_skipped += 1
                return
            self._enqueue(_Pending(mapped, file), problems)
        finally:
            file.problems.extend(problems.items)

    # -- parents and batches -------------------------------------------------------------
    def _enqueue(self, pending: _Pending, problems: ProblemList) -> None:
        pending.count(+1)
        parent = pending.mapped.parent_identifier
        if parent is not None:
            parent_key = self.catalogue.parent_key(parent)
            if parent_key is None or parent_key in self.deferred_keys:
                # The parent may come later in this import; load the child after it.
                self.deferred.append(pending)
                self.deferred_keys.add(pending.mapped.record["key"])
                return
            self._set_parent(pending, parent_key, problems)
        self.batch.append(pending)
        if len(self.batch) >= self.options.batch_size:
            self._flush(self.batch)
            self.batch = []

    def _set_parent(self, pending: _Pending, parent_key: str, problems: ProblemList) -> None:
        key = pending.mapped.record["key"]
        ancestor: str | None = parent_key
        while ancestor is not None:
            if ancestor == key:
                problems.warning(say("iati.parent_circle"), pending.mapped.parent_line)
                return
            ancestor = self.parents.get(ancestor)
        pending.mapped.record["parent"] = parent_key
        self.parents[key] = parent_key

    def finish(self) -> None:
        self._flush(self.batch)
        self.batch = []
        for pending in self.deferred:
            problems = ProblemList(pending.mapped.identifier)
            identifier = pending.mapped.parent_identifier or ""
            parent_key = self.catalogue.parent_key(identifier)
            if parent_key is None:
                problems.warning(
                    say("iati.parent_missing", identifier=identifier), pending.mapped.parent_line
                )
            else:
                self._set_parent(pending, parent_key, problems)
            pending.file.problems.extend(problems.items)
        self._flush(self.deferred)
        self.deferred = []
        # What is left are the sources of files none of whose activities were imported:
        # nothing rests on them, so they are not added.
        self.sources = []

    def _flush(self, batch: list[_Pending]) -> None:
        if not batch:
            return
        used = {pending.file.source_key for pending in batch}
        sources = [source for source in self.sources if source["key"] in used]
        document = {
            "sources": sources,
            "organisations": list(self.organisations.new_records.values()),
            "engagements": [pending.mapped.record for pending in batch],
        }
        unloaded: list[dict[str, Any]] = []
        try:
            self.report.merge_load(self._load(document))
        except ValidationError:
            unloaded = self._load_one_by_one(batch, sources)
        self.organisations.forget_created()
        # A source goes in with the first activity of its file that loads; while none has,
        # the next batch still brings it (else all later activities would name nothing).
        self.sources = [
            source for source in self.sources if source["key"] not in used or source in unloaded
        ]

    def _load(self, document: dict[str, Any]) -> LoadReport:
        """Load without autoflush and without asking the database for children it cannot have.

        The loader flushes where it needs ids; an autoflush before every lazy load of a new
        engagement's children, and the lazy loads themselves, made large imports ten times
        slower.
        """
        event.listen(self.session, "pending_to_persistent", _no_children_yet)
        try:
            with self.session.no_autoflush:
                return load_document(self.session, document)
        finally:
            event.remove(self.session, "pending_to_persistent", _no_children_yet)

    def _load_one_by_one(
        self, batch: list[_Pending], sources: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """The loader refused the batch: find the activities it refuses and skip only them.

        The sources and organisations go in with the first activity that loads, so a batch
        in which every activity is refused adds nothing; returns the sources not loaded.
        """
        new_organisations = {
            record["key"]: record for record in self.organisations.new_records.values()
        }
        for pending in batch:
            # Each activity brings only the new organisations it names: one that the
            # loader refuses costs the activities naming it, not the whole batch.
            named = {
                link.get("organisation")
                for link in pending.mapped.record.get("organisations") or []
            }
            organisations = [new_organisations[key] for key in named if key in new_organisations]
            document = {
                "sources": sources,
                "organisations": organisations,
                "engagements": [pending.mapped.record],
            }
            try:
                self.report.merge_load(self._load(document))
                sources = []
                for record in organisations:
                    new_organisations.pop(record["key"], None)
            except ValidationError as error:
                pending.count(-1)
                pending.file.activities_skipped += 1
                self.catalogue.release(pending.mapped.identifier)
                problems = ProblemList(pending.mapped.identifier)
                problems.critical(
                    say("iati.not_imported", cause=refusal(error)), pending.mapped.line
                )
                pending.file.problems.extend(problems.items)
        return sources


def _no_children_yet(_session: Session, instance: object) -> None:
    """A just-inserted engagement has no rows pointing at it: say so instead of a SELECT."""
    if isinstance(instance, e.Engagement):
        loaded = inspect(instance).dict
        for name in ("participations", "funding_lines", "results", "children"):
            if name not in loaded:
                set_committed_value(instance, name, [])


def _file_warning(said: Message) -> Problem:
    return Problem(Severity.WARNING, said)


def _source_record(path: Path, header: FileHeader, key: str) -> dict[str, Any]:
    publishers = header.publishers
    publisher = None
    if publishers:
        publisher = "; ".join(publishers[:3])
        if len(publishers) > 3:
            publisher += f" and {len(publishers) - 3} more"
        publisher = publisher[:PUBLISHER_LENGTH]
    return {
        "key": key,
        "title": f"IATI: {path.name}",
        "publisher": publisher,
        "url": None,
        "published": header.generated.isoformat() if header.generated else None,
        "language": header.language[:8] if header.language else None,
        "note": f"IATI activity file, version {header.version or 'unknown'}.",
    }
