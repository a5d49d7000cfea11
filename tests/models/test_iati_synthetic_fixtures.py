"""The synthetic IATI files: valid IATI, invented, and as quirky as the real files they stand for.

Each synthetic file in tests/fixtures/iati_synthetic is the twin of one real file in
../shared/data/iati. With the shared folder present, these tests check that a twin is valid
against the IATI schema, copies none of the real file's text, and leads the importer down every
path that the real file does, so the import tests on the twins test what the real files test.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from lxml import etree

import models
from models.db import sqlite_url
from models.iati import ImportOptions, import_iati_files
from models.schema import open_database

from tests.fixtures import (
    ANNOTATED,
    IATI_SCHEMA,
    SYNTHETIC_FILES,
    SYNTHETIC_IATI,
    TWINS,
    needs_iati_schema,
    needs_shared_iati,
)

MODELS = Path(models.__file__).resolve().parent
ALL_SYNTHETIC = (*SYNTHETIC_FILES, ANNOTATED)
PAIRS = [pytest.param(real, twin, id=twin.name) for real, twin in TWINS.items()]


def test_every_synthetic_file_is_listed_and_has_invented_identifiers() -> None:
    assert sorted(SYNTHETIC_IATI.glob("*.xml")) == sorted(ALL_SYNTHETIC)
    for path in ALL_SYNTHETIC:
        root = etree.parse(str(path)).getroot()
        identifiers = [text.strip() for text in root.xpath("//iati-identifier/text()")]
        assert identifiers, path.name
        assert all(identifier.startswith("XM-EXAMPLE-") for identifier in identifiers), path.name


@needs_iati_schema
@pytest.mark.parametrize("path", ALL_SYNTHETIC, ids=lambda path: path.name)
def test_each_synthetic_file_is_valid_against_the_iati_schema(path: Path) -> None:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    schema = etree.XMLSchema(etree.parse(str(IATI_SCHEMA), parser))
    assert schema.validate(etree.parse(str(path), parser)), [str(e) for e in schema.error_log]


def _texts(path: Path) -> set[str]:
    """Narratives, identifiers and organisation references: what a publisher wrote."""
    root = etree.parse(str(path)).getroot()
    found = {" ".join(text.split()) for text in root.xpath("//narrative/text()")}
    found |= {" ".join(text.split()) for text in root.xpath("//iati-identifier/text()")}
    found |= {ref for ref in root.xpath("//@ref") if any(c.isalpha() for c in ref)}
    return {text for text in found if text}


@needs_shared_iati
@pytest.mark.parametrize(("real", "twin"), PAIRS)
def test_the_twin_copies_no_text_of_the_real_files(real: Path, twin: Path) -> None:
    written = set().union(*(_texts(path) for path in TWINS))
    assert sorted(_texts(twin) & written) == []


@contextmanager
def _lines_run(into: set[tuple[str, int]]) -> Iterator[None]:
    """Collect the lines of the models package that run inside the block."""

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        filename = frame.f_code.co_filename
        if not filename.startswith(str(MODELS)):
            return None
        if event == "line":
            into.add((filename, frame.f_lineno))
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        yield
    finally:
        sys.settrace(previous)


def _clear_caches() -> None:
    """Forget what earlier imports cached (sector table, countries): each run starts cold."""
    for name, module in list(sys.modules.items()):
        if name == "models" or name.startswith("models."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _importer_lines(path: Path, folder: Path) -> set[tuple[str, int]]:
    database = open_database(sqlite_url(folder / f"{path.stem}.sqlite"))
    lines: set[tuple[str, int]] = set()
    _clear_caches()
    try:
        with database.writing() as session, session.begin(), _lines_run(lines):
            import_iati_files(session, [path], ImportOptions())
    finally:
        database.close()
    return lines


@needs_shared_iati
@pytest.mark.parametrize(("real", "twin"), PAIRS)
def test_the_twin_takes_every_path_through_the_import_that_the_real_file_takes(
    tmp_path: Path, real: Path, twin: Path
) -> None:
    """A line the real file runs and its twin does not is a quirk the twin lacks."""
    missing = _importer_lines(real, tmp_path) - _importer_lines(twin, tmp_path)
    described = [
        f"{Path(name).relative_to(MODELS.parent)}:{line}: {linecache.getline(name, line).strip()}"
        for name, line in sorted(missing)
    ]
    assert described == [], f"{twin.name} lacks a quirk of {real.name}"
