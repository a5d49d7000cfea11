"""Writing export sheets as CSV files or one XLSX workbook, whole or not at all."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.files import write_atomically

from reports.exports.rows import Sheet
from reports.text import BriefText


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):  # a brief's non-breaking spaces are plain ones in a sheet
        return value.replace("\u00a0", " ")
    return value


def csv_paths(path: Path, sheets: list[Sheet]) -> list[Path]:
    """The first sheet at ``path``; the others beside it, named after their sheet."""
    stem, suffix = path.stem, path.suffix or ".csv"
    return [path] + [path.with_name(f"{stem}-{sheet.name.lower()}{suffix}") for sheet in sheets[1:]]


def write_csv(path: Path, sheets: list[Sheet], language: str) -> list[Path]:
    """UTF-8 with a byte-order mark, so spreadsheet programs read æ ø å; ";" in Danish."""
    delimiter = ";" if language == "da" else ","
    paths = csv_paths(path, sheets)
    for target, sheet in zip(paths, sheets, strict=True):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(sheet.headers)
        writer.writerows([_plain(value) for value in row] for row in sheet.rows)
        write_atomically(target, buffer.getvalue().encode("utf-8-sig"))
    return paths


def write_xlsx(path: Path, sheets: list[Sheet], language: str) -> Path:
    """One workbook, a sheet per table, amounts as numbers with a total under the main one."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for sheet in sheets:
        page = workbook.create_sheet(sheet.name[:31])
        page.append(list(sheet.headers))
        for cell in page[1]:
            cell.font = bold
        for row in sheet.rows:
            page.append([_plain(value) for value in row])
        for column in sheet.money_columns:
            for cell in page.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
                cell[0].number_format = "#,##0"
        if sheet.total_column is not None and sheet.rows:
            _kind_totals(page, sheet, language, bold)
        page.freeze_panes = "A2"
        for index, header in enumerate(sheet.headers, start=1):
            longest = max([len(str(header))] + [len(str(row[index - 1])) for row in sheet.rows])
            page.column_dimensions[get_column_letter(index)].width = min(60, max(10, longest + 2))
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())
    return path


def _kind_totals(page: Any, sheet: Sheet, language: str, bold: Any) -> None:
    """A total row per kind of money (SUMIF on the kind column): kinds are never added."""
    from openpyxl.utils import get_column_letter

    assert sheet.total_column is not None and sheet.kind_column is not None
    text = BriefText(language)
    amounts = get_column_letter(sheet.total_column + 1)
    kinds_at = get_column_letter(sheet.kind_column + 1)
    last = len(sheet.rows) + 1
    kinds = list(
        dict.fromkeys(row[sheet.kind_column] for row in sheet.rows if row[sheet.kind_column])
    )
    page.append([])
    for number, kind in enumerate(kinds):
        row = [""] * len(sheet.headers)
        row[0] = f"{text('Total')}, {kind}"
        row[sheet.total_column] = (
            f'=SUMIF({kinds_at}2:{kinds_at}{last},"{kind}",{amounts}2:{amounts}{last})'
        )
        page.append(row)
        at = last + 2 + number
        page.cell(row=at, column=1).font = bold
        total = page.cell(row=at, column=sheet.total_column + 1)
        total.font = bold
        total.number_format = "#,##0"
