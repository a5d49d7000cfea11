"""Undoing an IATI import puts everything back exactly (who made each record included), and
never over a colleague's later edit to any record."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from models import entities as e
from models.errors import EditConflictError
from models.iati import ImportOptions
from models.services.changes import apply_change
from models.services.import_changes import ImportIatiFiles, snapshot

from tests.fixtures import MINISTRY


def _import(database) -> object:
    change = ImportIatiFiles((MINISTRY,), ImportOptions())
    return database.write(lambda session: apply_change(session, change))


def test_undo_puts_back_every_record_with_who_made_it(database) -> None:
    with database.session() as session, session.begin():
        session.execute(update(e.Engagement).values(created_by="karen"))
    with database.session() as session:
        before = snapshot(session).fingerprint
    undo = _import(database)
    redo = database.write(lambda session: apply_change(session, undo))
    with database.session() as session:
        assert snapshot(session).fingerprint == before
        makers = set(session.scalars(select(e.Engagement.created_by)))
        assert makers == {"karen"}
    database.write(lambda session: apply_change(session, redo))
    with database.session() as session:
        assert snapshot(session).fingerprint != before


def test_undo_is_refused_after_a_colleague_changed_any_record(database) -> None:
    undo = _import(database)
    with database.session() as session, session.begin():
        result = session.scalars(select(e.Result)).first()
        result.note_da = "Changed by a colleague after the import"
    with pytest.raises(EditConflictError):
        database.write(lambda session: apply_change(session, undo))
    with database.session() as session:
        assert session.scalars(
            select(e.Result.note_da).where(e.Result.note_da.like("Changed by a colleague%"))
        ).one()
