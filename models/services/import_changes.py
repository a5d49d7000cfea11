"""An IATI import as one undoable change: undo puts back the knowledge base as it was before
the import, redo puts back what the import made (without reading the files again).

Both directions are whole-contents snapshots: the dump (loaded as stored) and, beside it,
who created and last changed each record and when, so that undoing an import does not make
every record "created by" the person who undid it. A snapshot is put back only while the
knowledge base is exactly as the other snapshot left it (a fingerprint of the whole dump):
a colleague's later edit, to any record, is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.base import Base, Timestamped
from models.errors import EditConflictError
from models.iati import ImportOptions, import_iati_files
from models.iati.report import ImportReport
from models.interchange.dump import dump_document
from models.interchange.load import load_document
from models.messages import say
from models.services.validation import as_stored

AUDIT = ("created_at", "created_by", "updated_at", "updated_by")
Audit = dict[str, dict[str, tuple[Any, ...]]]  # table → key → the audit columns


@dataclass(frozen=True)
class Snapshot:
    """The whole contents, the audit columns by record key, and the fingerprint of both."""

    document: dict[str, Any]
    audit: Audit
    fingerprint: str


def snapshot(session: Session) -> Snapshot:
    session.flush()
    document = dump_document(session)
    audit: Audit = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, Timestamped) and hasattr(model, "key"):
            columns = [getattr(model, name) for name in AUDIT]
            audit[str(getattr(model, "__tablename__"))] = {  # noqa: B009
                key: tuple(values) for key, *values in session.execute(select(model.key, *columns))
            }
    text = json.dumps([document, audit], sort_keys=True, default=str, ensure_ascii=False)
    return Snapshot(document, audit, hashlib.sha256(text.encode()).hexdigest())


def _put_back(session: Session, kept: Snapshot) -> None:
    with as_stored():
        load_document(session, kept.document, replace=True)
    session.flush()
    for mapper in Base.registry.mappers:
        model = mapper.class_
        rows = kept.audit.get(getattr(model, "__tablename__", ""), {})
        for key, values in rows.items():
            session.execute(
                update(model)
                .where(model.key == key)
                .values(dict(zip(AUDIT, values, strict=True)))
                .execution_options(synchronize_session=False)
            )
    session.expire_all()


@dataclass(frozen=True)
class PutBackContents:
    """The whole knowledge base set to ``kept`` again (an import undone or redone)."""

    kept: Snapshot
    expected_fingerprint: str  # the contents as the other snapshot left them
    engagement_key: str = ""
    touches_everything: ClassVar[bool] = True

    def apply(self, session: Session) -> PutBackContents:
        now = snapshot(session)
        if now.fingerprint != self.expected_fingerprint:
            raise EditConflictError(say("conflict.import"))
        _put_back(session, self.kept)
        return PutBackContents(now, snapshot(session).fingerprint)


@dataclass(frozen=True)
class ImportIatiFiles:
    """Import ``paths``; the inverse puts back what was there. ``report`` is filled in."""

    paths: Sequence[Path]
    options: ImportOptions
    report: list[ImportReport] = field(default_factory=list)
    engagement_key: str = ""
    touches_everything: ClassVar[bool] = True

    def apply(self, session: Session) -> PutBackContents:
        before = snapshot(session)
        self.report.append(import_iati_files(session, list(self.paths), self.options))
        return PutBackContents(before, snapshot(session).fingerprint)
