"""Two people editing the same engagement: a stale save is refused, no update is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from models import entities as e
from models.errors import EditConflictError
from models.queries.detail import engagement_detail
from models.services.changes import SetEngagementField, apply_change

KEY = "mali-klimapuljen"
FUNDED = "strategi-2022-nordafrika-relationer"
ROOT = Path(__file__).resolve().parents[2]


def _apply(database, change):
    with database.writing() as session, session.begin():
        return apply_change(session, change)


def test_saving_over_a_newer_version_is_refused_with_both_values(database) -> None:
    with database.session() as session:
        opened = engagement_detail(session, KEY)
    assert opened is not None
    _apply(database, SetEngagementField(KEY, "title_da", "Klimapuljen i Mali", opened.version))
    with pytest.raises(EditConflictError) as conflict:
        _apply(database, SetEngagementField(KEY, "title_da", "Klima i Mali", opened.version))
    assert conflict.value.theirs == "Klimapuljen i Mali"
    assert conflict.value.mine == "Klima i Mali"
    assert "Klimapuljen i Mali" in str(conflict.value)
    with database.session() as session:
        assert (
            session.scalar(select(e.Engagement.title_da).where(e.Engagement.key == KEY))
            == "Klimapuljen i Mali"
        )


EDITOR = """
import sys
from models.db import connect
from models.errors import EditConflictError
from models.queries.detail import engagement_detail
from models.services.changes import SetEngagementField, apply_change
database = connect(sys.argv[1])
conflicts = 0
for number in range(int(sys.argv[3])):
    while True:
        with database.session() as session:
            detail = engagement_detail(session, sys.argv[4])
        summary = (detail.row.summary or "") + f" {sys.argv[2]}{number}"
        try:
            with database.writing() as session, session.begin():
                apply_change(session, SetEngagementField(sys.argv[4], "summary_da", summary,
                                                         detail.version))
            break
        except EditConflictError:
            conflicts += 1
print(conflicts)
"""


def test_two_sessions_editing_concurrently_lose_no_update(database) -> None:
    edits = 40
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, database.url, tag, str(edits), KEY],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for tag in ("a", "b")
    ]
    outputs = [editor.communicate(timeout=240) for editor in editors]
    for editor, (_out, error) in zip(editors, outputs, strict=True):
        assert editor.returncode == 0, error
    with database.session() as session:
        summary = session.scalar(select(e.Engagement.summary_da).where(e.Engagement.key == KEY))
    words = set(summary.split())
    assert {f"a{n}" for n in range(edits)} <= words
    assert {f"b{n}" for n in range(edits)} <= words


def test_undo_never_overwrites_a_colleagues_later_save(database) -> None:
    from models.services.child_changes import SetFundingAmount

    with database.session() as session:
        opened = engagement_detail(session, KEY)
    assert opened is not None
    original = opened.row.title
    undo = _apply(database, SetEngagementField(KEY, "title_da", "Mit udkast", opened.version))
    _apply(database, SetEngagementField(KEY, "title_da", "Kollegaens titel"))  # their later save
    with pytest.raises(EditConflictError) as conflict:
        _apply(database, undo)
    assert conflict.value.theirs == "Kollegaens titel"
    with database.session() as session:
        title = session.scalar(select(e.Engagement.title_da).where(e.Engagement.key == KEY))
    assert title == "Kollegaens titel" != original
    with database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == FUNDED)
        ).first()
        assert line is not None
        line_key, version = line.key, line.version
    amount_undo = _apply(database, SetFundingAmount(FUNDED, line_key, "123", version))
    _apply(database, SetFundingAmount(FUNDED, line_key, "456"))
    with pytest.raises(EditConflictError):
        _apply(database, amount_undo)


def test_undo_and_redo_of_ones_own_edits_in_turn_are_no_conflict(database) -> None:
    with database.session() as session:
        opened = engagement_detail(session, KEY)
    assert opened is not None
    undo_title = _apply(database, SetEngagementField(KEY, "title_da", "Ny titel", opened.version))
    undo_summary = _apply(database, SetEngagementField(KEY, "summary_da", "Nyt resumé"))
    redo_summary = _apply(database, undo_summary)
    redo_title = _apply(database, undo_title)
    _apply(database, redo_title)
    _apply(database, redo_summary)
    with database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        assert (row.title_da, row.summary_da) == ("Ny titel", "Nyt resumé")


def test_undoing_an_addition_never_deletes_a_colleagues_later_change(database) -> None:
    from models.services.changes import DuplicateEngagement
    from models.services.child_changes import AddFundingLine, SetFundingField

    line = {"key": f"{FUNDED}--f99", "amount": 0, "currency": "DKK", "kind": "commitment"}
    undo_line = _apply(database, AddFundingLine(FUNDED, line))
    _apply(database, SetFundingField(FUNDED, line["key"], "note_da", "Kollegaens note"))
    with pytest.raises(EditConflictError, match="after it was added"):
        _apply(database, undo_line)
    copy = f"{FUNDED}-kopi"
    undo_copy = _apply(database, DuplicateEngagement(copy, FUNDED, "Kopi"))
    _apply(database, SetEngagementField(copy, "summary_da", "Kollegaens resumé"))
    with pytest.raises(EditConflictError, match="after it was added"):
        _apply(database, undo_copy)
    with database.session() as session:
        assert session.scalar(select(e.FundingLine.note_da).where(e.FundingLine.key == line["key"]))
        assert session.scalar(select(e.Engagement.summary_da).where(e.Engagement.key == copy))


def test_undoing_ones_own_addition_after_undoing_its_edits_deletes_it(database) -> None:
    from models.services.changes import DuplicateEngagement

    copy = f"{FUNDED}-kopi"
    undo_copy = _apply(database, DuplicateEngagement(copy, FUNDED, "Kopi"))
    undo_title = _apply(database, SetEngagementField(copy, "title_da", "Ny kopi"))
    _apply(database, undo_title)
    _apply(database, undo_copy)
    with database.session() as session:
        assert session.scalar(select(e.Engagement).where(e.Engagement.key == copy)) is None
