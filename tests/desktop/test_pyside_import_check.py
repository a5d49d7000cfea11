"""The stand-in for PySide6's per-import source check answers as PySide's own does."""

from __future__ import annotations

import sys

import pytest
import sqlalchemy.orm

import models.queries.engagement_list

import desktop.app
import desktop.editors.engagement_editor
from desktop.pyside_import_check import MARK, use_fast_check


def test_the_stand_in_gives_pysides_answers_faster() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no per-import check")
    assert use_fast_check() and use_fast_check()  # installing twice keeps one stand-in
    check = feature._mod_uses_pyside
    assert getattr(check, MARK)
    original = check.__closure__[0].cell_contents
    assert not getattr(original, MARK, False)
    for module in (
        desktop.app,
        desktop.editors.engagement_editor,
        models.queries.engagement_list,
        sqlalchemy.orm,
        sys,
    ):
        assert check(module) == original(module)
    assert check(desktop.app) and not check(models.queries.engagement_list)
