"""Importing IATI activity files (versions 2.01–2.03) into the knowledge base, without Qt."""

from __future__ import annotations

from models.iati.catalogue import OnConflict
from models.iati.importer import ImportOptions, import_iati_files
from models.iati.report import FileReport, ImportReport, Problem, Severity
from models.iati.xmlfile import IatiFileError

__all__ = [
    "FileReport",
    "IatiFileError",
    "ImportOptions",
    "ImportReport",
    "OnConflict",
    "Problem",
    "Severity",
    "import_iati_files",
]
