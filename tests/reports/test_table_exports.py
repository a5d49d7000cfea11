"""CSV and XLSX exports of a selection: readable labels, amounts as numbers, totals."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from reports.exports.rows import export_sheets
from reports.exports.writers import write_csv, write_xlsx
from reports.request import BriefRequest


def test_xlsx_has_three_sheets_with_numbers_and_a_total(database, tmp_path: Path) -> None:
    request = BriefRequest(regions=("north-africa",), language="da")
    with database.session() as session:
        sheets = export_sheets(session, request)
    path = write_xlsx(tmp_path / "nordafrika.xlsx", sheets, "da")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Engagementer", "Bevillinger", "Resultater"]
    main = workbook["Engagementer"]
    headers = [cell.value for cell in main[1]]
    assert headers[0] == "Engagement" and "Kr." in headers
    titles = [row[0].value for row in main.iter_rows(min_row=2)]
    assert any("nordafrikanske" in (title or "") for title in titles)
    amounts = [row[headers.index("Kr.")].value for row in main.iter_rows(min_row=2)]
    assert 200_000_000 in amounts
    # one total per kind of money, never one sum of budgets, commitments and payments
    assert main.cell(row=main.max_row, column=1).value == "I alt, budgetteret"
    assert str(main.cell(row=main.max_row, column=headers.index("Kr.") + 1).value).startswith(
        "=SUMIF("
    )
    assert headers[headers.index("Kr.") + 1] == "Art"
    funding = workbook["Bevillinger"]
    assert [row[4].value for row in funding.iter_rows(min_row=2)] == ["budget"]


def test_csv_files_are_utf8_with_danish_letters_and_semicolons(database, tmp_path: Path):
    request = BriefRequest(countries=("ML",), language="da")
    with database.session() as session:
        paths = write_csv(tmp_path / "mali.csv", export_sheets(session, request), "da")
    assert [p.name for p in paths] == ["mali.csv", "mali-bevillinger.csv", "mali-resultater.csv"]
    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Engagement", "Lande", "Regioner"]
    assert any(row[0] == "Økonomisk diplomati i Mali" for row in rows)
    results = list(csv.reader(paths[2].read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert any(row[7] == "1061" for row in results[1:])  # the actual figure
