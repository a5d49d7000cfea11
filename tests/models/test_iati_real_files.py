"""Importing the real IATI files: counts match the XML, narratives, keys, conflicts, dry runs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select

from models import entities as e
from models.db import Database
from models.iati import ImportOptions, ImportReport, OnConflict, import_iati_files
from models.interchange.dump import dump_document
from models.interchange.fileformat import to_json

from tests.fixtures import IATI

FINLAND = IATI / "fi-mfa-FI-3-2020.xml"
SPAIN = IATI / "es-maec-indonesia-2015-v2.01.xml"
DANISH_NGOS = IATI / "dk-ngos-DK-CVR-covid-2021-extract.xml"
EXAMPLE = IATI / "schema" / "activity-standard-example-annotated-2.03.xml"
REAL_FILES = [FINLAND, SPAIN, DANISH_NGOS]


def expected_counts(path: Path) -> dict[str, int]:
    """What the file holds, counted independently of the importer with plain lxml."""
    root = etree.parse(str(path)).getroot()
    counts = {"activities": 0, "budgets": 0, "planned": 0, "transactions": 0, "results": 0}

    def usable(element: etree._Element, default: str | None) -> bool:
        value = element.find("value")
        currency = value.get("currency") or default
        return bool(currency) and Decimal(value.text.strip()) >= 0

    for activity in root.iter("iati-activity"):
        default = activity.get("default-currency")
        counts["activities"] += 1
        counts["budgets"] += sum(usable(b, default) for b in activity.iter("budget"))
        counts["planned"] += sum(usable(p, default) for p in activity.iter("planned-disbursement"))
        counts["transactions"] += sum(
            usable(t, default)
            for t in activity.iter("transaction")
            if t.find("transaction-type").get("code") in ("2", "3")
        )
        counts["results"] += sum(
            max(1, len(indicator.findall("period"))) for indicator in activity.iter("indicator")
        )
    return counts


def run_import(database: Database, paths: list[Path], **options: object) -> ImportReport:
    with database.writing() as session, session.begin():
        return import_iati_files(session, paths, ImportOptions(**options))  # type: ignore[arg-type]


def dump(database: Database) -> str:
    with database.session() as session:
        return to_json(dump_document(session))


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: path.name)
def test_each_real_file_imports_every_activity_and_money_line_it_holds(
    database: Database, path: Path
) -> None:
    report = run_import(database, [path])
    expected = expected_counts(path)
    file = report.files[0]
    assert file.activities_imported == expected["activities"]
    assert file.activities_skipped == 0
    assert file.budgets == expected["budgets"]
    assert file.planned_disbursements == expected["planned"]
    assert file.transactions == expected["transactions"]
    assert file.results == expected["results"]
    with database.session() as session:
        source = session.scalars(select(e.Source).where(e.Source.key == file.source_key)).one()
        engagements = session.scalar(
            select(func.count()).select_from(e.Engagement).where(e.Engagement.source == source)
        )
        lines = session.scalar(
            select(func.count()).select_from(e.FundingLine).where(e.FundingLine.source == source)
        )
        results = session.scalar(
            select(func.count()).select_from(e.Result).where(e.Result.source == source)
        )
    assert engagements == expected["activities"]
    assert lines == expected["budgets"] + expected["planned"] + expected["transactions"]
    assert results == expected["results"]


def test_finnish_file_identifiers_with_spaces_give_clean_keys_and_keep_the_identifier(
    database: Database,
) -> None:
    run_import(database, [FINLAND])
    with database.session() as session:
        benin = session.scalars(
            select(e.Engagement).where(e.Engagement.key == "iati-fi-3-2020-2020000056")
        ).one()
        assert benin.iati_identifier == "FI-3-2020- 2020000056"
        assert benin.title == "Quality laboratory testing -training project in Benin"
        assert benin.status == "active"
        assert (str(benin.start), str(benin.end)) == ("2020-06-24", "2022-12-31")
        assert [c.iso2 for c in benin.countries] == ["BJ"]
        assert [t.code for t in benin.themes] == ["health"]  # DAC 12281
        assert [i.code for i in benin.instruments] == ["bilateral-development"]
        amounts = sorted((line.kind, line.amount, line.currency) for line in benin.funding_lines)
        assert amounts == [
            ("budget", Decimal("98461.00"), "EUR"),
            ("budget", Decimal("128189.00"), "EUR"),
            ("commitment", Decimal("226650.00"), "EUR"),
        ]
        roles = {(p.organisation.name, p.role) for p in benin.participations}
        assert roles == {
            ("Ministry for Foreign Affairs of Finland", "funding"),
            ("Laakarin Sosialinen Vastuu ry", "extending"),
        }
        assert str(benin.as_of) == "2021-02-12"
        source = benin.source
        assert source.title == "IATI: fi-mfa-FI-3-2020.xml"
        assert source.publisher == "Ministry for Foreign Affairs of Finland"
        assert str(source.published) == "2021-02-12"


def test_danish_narratives_are_chosen_over_english_ones(database: Database) -> None:
    run_import(database, [DANISH_NGOS])
    with database.session() as session:
        organisation = session.scalars(
            select(e.Organisation).where(e.Organisation.iati_ref == "DK-CVR-20699310")
        ).one()
        engagement = session.scalars(
            select(e.Engagement).where(
                e.Engagement.iati_identifier
                == "DK-CVR-29439915-2018/21 Strategic Partnerships Agreement LOT HUM"
            )
        ).one()
        spaced = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "DK-CVR-14766383 HP 405-266")
        ).one()
    assert organisation.name == "Dansk Flygtningehjaelp"
    assert organisation.kind == "ngo"
    assert engagement.key.startswith("iati-dk-cvr-29439915-2018-21-strategic")
    assert len(engagement.key) <= 64
    assert spaced.key == "iati-dk-cvr-14766383-hp-405-266"


def test_spanish_v201_file_reads_budgets_planned_disbursements_and_reports_negatives(
    database: Database,
) -> None:
    report = run_import(database, [SPAIN])
    file = report.files[0]
    assert file.version == "2.01"
    negatives = [p for p in file.problems if "negative" in p.message]
    assert negatives and all(p.severity == "error" and p.line for p in negatives)
    with database.session() as session:
        engagement = session.scalars(
            select(e.Engagement).where(
                e.Engagement.iati_identifier == "ES-DIR3-E04585801-009-001301"
            )
        ).one()
        assert engagement.status == "completed"
        assert engagement.title == "Personas cooperantes voluntarias en organismos internacionales"
        assert sorted(line.kind for line in engagement.funding_lines) == [
            "budget",
            "budget",
            "commitment",
            "disbursement",
        ]
        assert [r.key for r in engagement.regions] == ["asia"]


def test_importing_the_same_files_twice_changes_nothing(database: Database) -> None:
    first = run_import(database, [*REAL_FILES, EXAMPLE])
    assert not first.unchanged
    before = dump(database)
    second = run_import(database, [*REAL_FILES, EXAMPLE])
    assert second.unchanged, (second.load.added, second.load.changed)
    assert dump(database) == before


def test_dry_run_writes_nothing_but_reports_the_same_counts(database: Database) -> None:
    before = dump(database)
    dry = run_import(database, [FINLAND, DANISH_NGOS], dry_run=True)
    assert dump(database) == before
    assert dry.dry_run and dry.load.added["engagements"] == 35
    real = run_import(database, [FINLAND, DANISH_NGOS])
    assert real.load.added == dry.load.added


def test_on_conflict_skip_leaves_edited_engagements_alone(database: Database) -> None:
    run_import(database, [FINLAND])
    with database.writing() as session, session.begin():
        benin = session.scalars(
            select(e.Engagement).where(e.Engagement.key == "iati-fi-3-2020-2020000056")
        ).one()
        benin.title = "Edited by hand"
    report = run_import(database, [FINLAND], on_conflict=OnConflict.SKIP)
    assert report.files[0].activities_kept == 6
    assert report.unchanged
    updated = run_import(database, [FINLAND], on_conflict=OnConflict.UPDATE)
    assert updated.load.changed == {"engagements": 1}


def test_on_conflict_add_imports_copies_under_new_keys(database: Database) -> None:
    run_import(database, [FINLAND])
    report = run_import(database, [FINLAND], on_conflict=OnConflict.ADD)
    assert report.load.added["engagements"] == 6
    with database.session() as session:
        copy = session.scalars(
            select(e.Engagement).where(e.Engagement.key == "iati-fi-3-2020-2020000056-2")
        ).one()
        assert copy.iati_identifier is None
        assert copy.title == "Quality laboratory testing -training project in Benin"
        assert len(copy.funding_lines) == 3
    assert all(p.severity == "warning" for p in report.files[0].problems)


def test_recipient_percentages_are_kept_as_shares(database) -> None:
    path = IATI / "es-maec-indonesia-2015-v2.01.xml"
    with database.writing() as session, session.begin():
        import_iati_files(session, [path], ImportOptions())
    with database.session() as session:
        records = [
            r for r in dump_document(session)["engagements"] if r["key"].startswith("iati-es")
        ]
    with_shares = [r for r in records if "country_shares" in r]
    assert len(with_shares) == 83
    assert all(set(r["country_shares"]) <= set(r["countries"]) for r in with_shares)
    assert {str(v) for r in with_shares for v in r["country_shares"].values()} <= {
        "100",
        "100.0000",
        "100.00",
    } or all(0 <= v <= 100 for r in with_shares for v in r["country_shares"].values())
