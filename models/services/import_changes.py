"""An IATI import as one undoable change: undo puts back the knowledge base as it was before
the import, redo puts back what the import made (without reading the files again).

Both directions are whole-contents snapshots (the dump format, loaded as stored), so every
record the import added, updated or linked comes back exactly. A snapshot is refused when
someone saved engagement data after it was taken: their edit is never overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from models.errors import EditConflictError
from models.iati import ImportOptions, import_iati_files
from models.iati.report import ImportReport
from models.interchange.dump import dump_document
from models.interchange.load import load_document
from models.messages import say
from models.queries.engagement_list import data_stamp
from models.services.validation import as_stored


@dataclass(frozen=True)
class PutBackContents:
    """The whole knowledge base set to ``document`` again (an import undone or redone)."""

    document: dict[str, Any]
    expected_stamp: tuple[int, int]  # the data as the other snapshot left it
    engagement_key: str = ""
    touches_everything: ClassVar[bool] = True

    def apply(self, session: Session) -> PutBackContents:
        if data_stamp(session) != self.expected_stamp:
            raise EditConflictError(say("conflict.import"))
        before = dump_document(session)
        with as_stored():
            load_document(session, self.document, replace=True)
        session.flush()
        return PutBackContents(before, data_stamp(session))


@dataclass(frozen=True)
class ImportIatiFiles:
    """Import ``paths``; the inverse puts back what was there. ``report`` is filled in."""

    paths: Sequence[Path]
    options: ImportOptions
    report: list[ImportReport] = field(default_factory=list)
    engagement_key: str = ""
    touches_everything: ClassVar[bool] = True

    def apply(self, session: Session) -> PutBackContents:
        before = dump_document(session)
        self.report.append(import_iati_files(session, list(self.paths), self.options))
        session.flush()
        return PutBackContents(before, data_stamp(session))
