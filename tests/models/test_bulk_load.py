"""The bulk path for many new engagements writes exactly what the ORM path writes."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.interchange import bulk
from models.interchange.builtin import builtin_text
from models.interchange.dump import dump_document
from models.interchange.fileformat import parse_json, to_json
from models.interchange.load import load_document
from models.schema import open_database


def _load_twice(tmp_path, document, monkeypatch):
    """Load ``document`` into two empty databases: ORM path, then bulk path."""
    dumps = []
    for name, minimum in (("orm", 10**9), ("bulk", 1)):
        monkeypatch.setattr(bulk, "BULK_MINIMUM", minimum)
        database = open_database(f"sqlite:///{tmp_path / name}.sqlite", seed=False)
        with database.writing() as session, session.begin():
            load_document(session, {k: v for k, v in document.items() if k != "engagements"})
            load_document(
                session, {"format": document["format"], "engagements": document["engagements"]}
            )
        with database.session() as session:
            dumps.append(to_json(dump_document(session)))
        database.close()
    return dumps


def test_bulk_and_orm_paths_give_identical_dumps(tmp_path, monkeypatch) -> None:
    document = parse_json(builtin_text())
    document.pop("events")
    orm, fast = _load_twice(tmp_path, document, monkeypatch)
    assert fast == orm


def test_the_bulk_path_refuses_a_bad_record_and_writes_nothing(tmp_path, monkeypatch) -> None:
    document = parse_json(builtin_text())
    document.pop("events")
    document["engagements"][5]["funding"] = [
        {"key": "x--f1", "amount": -3, "source": document["sources"][0]["key"], "as_of": "2020"}
    ]
    monkeypatch.setattr(bulk, "BULK_MINIMUM", 1)
    database = open_database(f"sqlite:///{tmp_path / 'kb.sqlite'}", seed=False)
    with database.writing() as session, session.begin():
        load_document(session, {k: v for k, v in document.items() if k != "engagements"})
    with (
        pytest.raises(ValidationError, match="cannot be negative"),
        database.writing() as session,
        session.begin(),
    ):
        load_document(
            session, {"format": document["format"], "engagements": document["engagements"]}
        )
    with database.session() as session:
        assert dump_document(session)["engagements"] == []
    database.close()
