"""Hostile and broken IATI files are refused whole; faulty activities cost only what is faulty."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import entities as e
from models.bilingual import text_in
from models.db import Database
from models.iati import IatiFileError, ImportOptions, ImportReport, import_iati_files
from models.interchange.dump import dump_document
from models.interchange.fileformat import to_json

from tests.fixtures import FINLAND, MINISTRY, real, synthetic

FIXTURES = Path(__file__).resolve().parent / "iati_fixtures"
CRAFTED = FIXTURES / "crafted.xml"


def run_import(database: Database, paths: list[Path]) -> ImportReport:
    with database.writing() as session, session.begin():
        return import_iati_files(session, paths, ImportOptions())


def dump(database: Database) -> str:
    with database.session() as session:
        return to_json(dump_document(session))


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.mark.parametrize("name", ["xxe.xml", "billion-laughs.xml"])
def test_a_file_with_a_doctype_is_refused_and_nothing_is_written(
    database: Database, name: str
) -> None:
    before = dump(database)
    with pytest.raises(IatiFileError, match="declares a DOCTYPE"):
        run_import(database, [CRAFTED, FIXTURES / name])
    assert dump(database) == before


@pytest.mark.parametrize("whole", [real(FINLAND), synthetic(MINISTRY)])
def test_a_truncated_file_imports_nothing_and_names_the_line(
    database: Database, tmp_path: Path, whole: Path
) -> None:
    text = whole.read_text(encoding="utf-8")
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    last_line = len(text[: len(text) // 2].splitlines())
    before = dump(database)
    with pytest.raises(IatiFileError) as refused:
        run_import(database, [CRAFTED, cut])
    assert "cut.xml is not well-formed XML" in str(refused.value)
    assert f"line {last_line}" in str(refused.value)
    assert dump(database) == before


def test_a_file_that_is_no_iati_is_refused(database: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(IatiFileError, match="not an IATI activity file"):
        run_import(database, [other])
    with pytest.raises(IatiFileError, match="There is no file"):
        run_import(database, [tmp_path / "missing.xml"])


def test_a_budget_without_currency_is_an_error_with_its_line_and_the_rest_imports(
    database: Database,
) -> None:
    report = run_import(database, [CRAFTED])
    file = report.files[0]
    currency = [p for p in file.problems if "no currency" in p.message]
    assert len(currency) == 1
    assert currency[0].severity == "error"
    assert currency[0].line == line_of(CRAFTED, ">1000000</value>")
    assert currency[0].identifier == "XM-TEST-1, phase 2/3"
    assert (file.budgets, file.transactions, file.results) == (1, 2, 2)
    with database.session() as session:
        mopti = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-TEST-1, phase 2/3")
        ).one()
        lines = sorted((line.kind, line.amount, line.currency) for line in mopti.funding_lines)
        assert lines == [
            ("budget", Decimal("2000000.00"), "DKK"),
            ("commitment", Decimal("3000000.00"), "DKK"),
            ("disbursement", Decimal("500000.00"), "DKK"),
        ]
        assert {line.finance_act_line for line in mopti.funding_lines} == {"§06.32.01.20"}


def test_crafted_activity_maps_every_field_it_can(database: Database) -> None:
    report = run_import(database, [CRAFTED])
    file = report.files[0]
    assert (file.activities_imported, file.activities_skipped) == (3, 2)
    critical = sorted(p.message for p in file.problems if p.severity == "critical")
    assert critical == [
        "the activity has no iati-identifier; skipped.",
        "the activity has no title; skipped.",
    ]
    warnings = " | ".join(p.message for p in file.problems if p.severity == "warning")
    assert "recipient-country “XX”" in warnings
    assert "recipient-region 289" in warnings
    with database.session() as session:
        mopti = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-TEST-1, phase 2/3")
        ).one()
        assert mopti.key == "iati-xm-test-1-phase-2-3"
        # every narrative in Danish and English is kept; the file's own language is English
        assert (mopti.title_da, mopti.title_en) == ("Vand til Mopti", "Water for Mopti")
        assert (mopti.summary_da, mopti.summary_en, mopti.language) == (
            None,
            "Wells and pumps.",
            "en",
        )
        assert mopti.status == "paused"
        assert (str(mopti.start), str(mopti.end)) == ("2021-04-15", "2024-12-31")
        assert str(mopti.as_of) == "2024-02-15"
        assert sorted(t.code for t in mopti.themes) == ["humanitarian-aid", "water-sanitation"]
        assert sorted(i.code for i in mopti.instruments) == [
            "bilateral-development",
            "humanitarian-aid",
        ]
        names = sorted(
            (text_in(p.organisation, "name", "da"), p.role) for p in mopti.participations
        )
        assert names == [
            ("Udenrigsministeriet", "funding"),
            ("Wells Without Borders", "implementing"),
        ]
        results = [
            (
                r.indicator_en,
                r.unit_en,
                r.baseline,
                r.target,
                r.actual,
                r.actual_text_en,
                str(r.start),
            )
            for r in mopti.results
        ]
        assert results == [
            ("Share of households with a well", "%", 12, 40, None, "N/A", "2021-01-01"),
            ("Share of households with a well", "%", 12, 60, Decimal("55.5"), None, "2022-01-01"),
        ]
        child = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-TEST-2")
        ).one()
        grandchild = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-TEST-GRANDCHILD")
        ).one()
        assert child.parent is mopti
        assert grandchild.parent is child  # named before its parent in the file
        assert str(child.as_of) == "2024-03-01"  # no last-updated: the file's date


ALL_SKIPPED = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-11-01T00:00:00">
  <iati-activity default-currency="EUR">
    <iati-identifier>XM-TEST-1</iati-identifier>
    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
  </iati-activity>
  <iati-activity default-currency="EUR">
    <iati-identifier>XM-TEST-2</iati-identifier>
    <title><narrative>{long_title}</narrative></title>
    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
  </iati-activity>
</iati-activities>
"""


def test_a_file_whose_activities_are_all_skipped_adds_no_source(
    database: Database, tmp_path: Path
) -> None:
    """Before: the source was added although nothing rests on it."""
    path = tmp_path / "all-skipped.xml"
    path.write_text(ALL_SKIPPED.format(long_title="Lang " * 200), encoding="utf-8")
    before = dump(database)
    report = run_import(database, [path])
    (file,) = report.files
    assert (file.activities_imported, file.activities_skipped) == (0, 2)
    assert any("characters long" in problem.message for problem in file.problems)
    assert dump(database) == before


def test_an_unknown_currency_is_named_not_called_missing(
    database: Database, tmp_path: Path
) -> None:
    """Before: a value in "EURO" was reported as having no currency."""
    text = CRAFTED.read_text(encoding="utf-8").replace(
        'currency="DKK" value-date="2022-01-01"', 'currency="EURO" value-date="2022-01-01"'
    )
    path = tmp_path / "euro.xml"
    path.write_text(text, encoding="utf-8")
    report = run_import(database, [path])
    messages = [problem.message for problem in report.files[0].problems]
    assert any("“EURO”, which is no ISO 4217 code" in message for message in messages)


def test_a_file_whose_activities_the_loader_all_refuses_adds_no_source(
    database: Database, tmp_path: Path
) -> None:
    """Before: two activities refused by the loader (flags in their titles) still added their
    file's source ("0 imported, 2 skipped … Added 1 sources")."""
    path = tmp_path / "refused.xml"
    text = ALL_SKIPPED.format(long_title="Danmark 🇩🇰").replace(
        "<reporting-org", "<title><narrative>Mali 🇲🇱</narrative></title>\n    <reporting-org", 1
    )
    path.write_text(text, encoding="utf-8")
    before = dump(database)
    report = run_import(database, [path])
    (file,) = report.files
    assert (file.activities_imported, file.activities_skipped) == (0, 2)
    assert dump(database) == before


def test_a_figure_that_would_change_at_rest_is_kept_as_text(
    database: Database, tmp_path: Path
) -> None:
    """A result value of five decimals keeps its activity, as the publisher's words."""
    path = tmp_path / "figures.xml"
    text = CRAFTED.read_text(encoding="utf-8")
    path.write_text(text.replace('<target value="40"/>', '<target value="12.34567"/>'), "utf-8")
    report = run_import(database, [path])
    (file,) = report.files
    assert (file.activities_imported, file.activities_skipped) == (3, 2)
    assert any(
        "12.34567" in problem.message and "Kept as text" in problem.message
        for problem in file.problems
    )
    with database.session() as session:
        assert "12.34567" in set(session.scalars(select(e.Result.target_text_en)))


TWO_PARTNERS = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-11-01T00:00:00">
  <iati-activity default-currency="EUR">
    <iati-identifier>XM-TEST-ORG-1</iati-identifier>
    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
    <title><narrative>Vand i Mopti</narrative></title>
    <participating-org type="22" role="4"><narrative>وزارة المياه</narrative></participating-org>
  </iati-activity>
  <iati-activity default-currency="EUR">
    <iati-identifier>XM-TEST-ORG-2</iati-identifier>
    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
    <title><narrative>Skoler i Gao</narrative></title>
    <participating-org type="22" role="4"><narrative>Schools for Gao</narrative></participating-org>
  </iati-activity>
</iati-activities>
"""


def test_an_organisation_the_loader_refuses_costs_only_the_activities_naming_it(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "partners.xml"
    path.write_text(TWO_PARTNERS, encoding="utf-8")
    report = run_import(database, [path])
    (file,) = report.files
    assert (file.activities_imported, file.activities_skipped) == (1, 1)
    with database.session() as session:
        titles = set(session.scalars(select(e.Engagement.title_en)))  # no xml:lang: English
    assert "Skoler i Gao" in titles and "Vand i Mopti" not in titles


REFUSED_FIRST = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-11-01T00:00:00">
  <iati-activity default-currency="EUR">
    <iati-identifier>XM-TEST-FLAG-1</iati-identifier>
    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
    <title><narrative>Vand \U0001f1e9\U0001f1f0 i Mopti</narrative></title>
  </iati-activity>
  <iati-activity default-currency="EUR">
    <iati-identifier>XM-TEST-FLAG-2</iati-identifier>
    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
    <title><narrative>Skoler i Gao</narrative></title>
  </iati-activity>
</iati-activities>
"""


def test_an_activity_refused_in_a_batch_of_its_own_leaves_the_files_source_for_the_next(
    database: Database, tmp_path: Path
) -> None:
    """Batches of one: the first activity is refused, so its file's source is not in the
    knowledge base yet; the next batch must still bring it, or every later activity fails."""
    path = tmp_path / "refused-first.xml"
    path.write_text(REFUSED_FIRST, encoding="utf-8")
    with database.writing() as session, session.begin():
        report = import_iati_files(session, [path], ImportOptions(batch_size=1))
    (file,) = report.files
    assert (file.activities_imported, file.activities_skipped) == (1, 1)


REGIONAL_TAGS = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-11-01T00:00:00">
  <iati-activity xml:lang="en-GB" default-currency="EUR">
    <iati-identifier>XM-TEST-GB-1</iati-identifier>
    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
    <title><narrative xml:lang="en-GB">Schools in Gao</narrative>
      <narrative xml:lang="da-DK">Skoler i Gao</narrative></title>
  </iati-activity>
</iati-activities>
"""


def test_regional_language_tags_count_as_their_language(database: Database, tmp_path: Path):
    path = tmp_path / "regional.xml"
    path.write_text(REGIONAL_TAGS, encoding="utf-8")
    run_import(database, [path])
    with database.session() as session:
        row = session.scalar(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-TEST-GB-1")
        )
        assert (row.language, row.title_en, row.title_da) == (
            "en",
            "Schools in Gao",
            "Skoler i Gao",
        )
