"""The arrows desktop -> reports -> models hold, and our packages are the ones imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import models

import reports

import desktop

ROOT = Path(__file__).resolve().parents[1]


def test_the_three_packages_are_imported_from_this_repository() -> None:
    for package in (desktop, models, reports):
        assert Path(package.__file__).resolve().parent.parent == ROOT, package.__file__


def test_importing_models_and_reports_loads_no_qt() -> None:
    code = (
        "import sys, models, reports, models.schema, models.interchange.load, "
        "models.interchange.dump, models.services.changes; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert output.stdout.strip() == "[]"


def test_command_line_without_a_window_loads_no_qt() -> None:
    code = (
        "import sys; from desktop.cli.main import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert output.stdout.strip() == "[]"


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--config", "pyproject.toml"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
