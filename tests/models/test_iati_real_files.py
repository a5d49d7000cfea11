"""Importing whole IATI files: counts match the XML, narratives, keys, conflicts, dry runs.

Every test runs on the real files in ../shared/data/iati (skipped when that folder is absent)
and on their synthetic twins in tests/fixtures/iati_synthetic, which reproduce the same quirks
with invented data, so a clone without the shared folder still imports whole files.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select

from models import entities as e
from models.bilingual import Untranslated, text_in
from models.db import Database
from models.iati import ImportOptions, ImportReport, OnConflict, import_iati_files
from models.interchange.dump import dump_document
from models.interchange.fileformat import to_json

from tests.fixtures import (
    AGENCY,
    ANNOTATED,
    DANISH_NGOS,
    FINLAND,
    MINISTRY,
    NGOS,
    REAL_FILES,
    SPAIN,
    STANDARD_EXAMPLE,
    SYNTHETIC_FILES,
    needs_shared_iati,
    real,
    synthetic,
)


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


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.mark.parametrize(
    "path",
    [
        *(real(path) for path in (*REAL_FILES, STANDARD_EXAMPLE)),
        *(synthetic(path) for path in (*SYNTHETIC_FILES, ANNOTATED)),
    ],
)
def test_each_file_imports_every_activity_and_money_line_it_holds(
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


@needs_shared_iati
def test_finnish_file_identifiers_with_spaces_give_clean_keys_and_keep_the_identifier(
    database: Database,
) -> None:
    run_import(database, [FINLAND])
    with database.session() as session:
        benin = session.scalars(
            select(e.Engagement).where(e.Engagement.key == "iati-fi-3-2020-2020000056")
        ).one()
        assert benin.iati_identifier == "FI-3-2020- 2020000056"
        assert (
            text_in(benin, "title", "en") == "Quality laboratory testing -training project in Benin"
        )
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
        roles = {(text_in(p.organisation, "name", "en"), p.role) for p in benin.participations}
        assert roles == {
            ("Ministry for Foreign Affairs of Finland", "funding"),
            ("Laakarin Sosialinen Vastuu ry", "extending"),
        }
        assert str(benin.as_of) == "2021-02-12"
        source = benin.source
        assert source.title == "IATI: fi-mfa-FI-3-2020.xml"
        assert source.publisher == "Ministry for Foreign Affairs of Finland"
        assert str(source.published) == "2021-02-12"


def test_ministry_file_identifiers_with_spaces_give_clean_keys_and_keep_the_identifier(
    database: Database,
) -> None:
    """The synthetic twin of the Finnish test: the same quirks, invented data."""
    report = run_import(database, [MINISTRY])
    (file,) = report.files
    cents = [p for p in file.problems if "kept to the cent" in p.message]
    assert [p.line for p in cents] == [line_of(MINISTRY, ">412345.6789</value>")]
    with database.session() as session:
        clinics = session.scalars(
            select(e.Engagement).where(e.Engagement.key == "iati-xm-example-min-2023-0001")
        ).one()
        assert clinics.iati_identifier == "XM-EXAMPLE-MIN-2023- 0001"
        assert (
            text_in(clinics, "title", "en") == "Safe water for district clinics in Ghana"
        )  # not the Finnish
        assert clinics.status == "active"
        assert (str(clinics.start), str(clinics.end)) == ("2023-03-15", "2025-06-30")
        assert [c.iso2 for c in clinics.countries] == ["GH"]
        assert [t.code for t in clinics.themes] == ["health"]  # DAC 12220
        assert [i.code for i in clinics.instruments] == ["bilateral-development"]
        amounts = sorted((line.kind, line.amount, line.currency) for line in clinics.funding_lines)
        assert amounts == [  # the commitment has no currency of its own: the default
            ("budget", Decimal("43750.00"), "EUR"),
            ("budget", Decimal("61250.00"), "EUR"),
            ("commitment", Decimal("105000.00"), "EUR"),
        ]
        roles = {(text_in(p.organisation, "name", "en"), p.role) for p in clinics.participations}
        assert roles == {
            ("Ministry of Example Affairs", "funding"),
            ("Friends of Clinics Association", "extending"),
        }
        assert str(clinics.as_of) == "2023-05-02"  # last updated, not generated
        source = clinics.source
        assert source.title == "IATI: xm-example-ministry-2.03.xml"
        assert source.publisher == "Ministry of Example Affairs"
        assert str(source.published) == "2023-05-10"
        reading = session.scalars(
            select(e.Engagement).where(e.Engagement.key == "iati-xm-example-min-2023-0002")
        ).one()
        # "22000" is a CRS channel code that many organisations share: kept apart by name.
        assert {
            text_in(p.organisation, "name", "en")
            for p in reading.participations
            if p.role == "extending"
        } == {"Books Across Borders"}
        planning = session.scalars(
            select(e.Engagement).where(e.Engagement.key == "iati-xm-example-min-2023-0003")
        ).one()
        assert planning.themes == [] and planning.regions == []  # DAC 91010, region 998
        assert planning.parent is None  # its parent is in last year's file


@needs_shared_iati
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
    assert text_in(organisation, "name", "da") == "Dansk Flygtningehjaelp"
    assert organisation.kind == "ngo"
    assert engagement.key.startswith("iati-dk-cvr-29439915-2018-21-strategic")
    assert len(engagement.key) <= 64
    assert spaced.key == "iati-dk-cvr-14766383-hp-405-266"


def test_danish_narratives_are_chosen_over_english_ones_in_the_ngo_extract(
    database: Database,
) -> None:
    """The synthetic twin of the Danish test: the same quirks, invented data."""
    run_import(database, [NGOS])
    with database.session() as session:
        organisation = session.scalars(
            select(e.Organisation).where(e.Organisation.iati_ref == "XM-EXAMPLE-NGO2")
        ).one()
        engagement = session.scalars(
            select(e.Engagement).where(
                e.Engagement.iati_identifier
                == "XM-EXAMPLE-NGO3-2019/22 Framework Partnership Agreement HUMANITARIAN LOT"
            )
        ).one()
        spaced = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-EXAMPLE-NGO1 HP 101-202")
        ).one()
        nameless = session.scalars(
            select(e.Organisation).where(e.Organisation.iati_ref == "XM-EXAMPLE-NGO1")
        ).one()
        parent = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-EXAMPLE-NGO2-GA05")
        ).one()
        children = sorted(child.iati_identifier for child in parent.children)
        dated = str(spaced.as_of)  # d-portal's generated-datetime on the activity
    assert text_in(organisation, "name", "da") == "Eksempel Nødhjælpsråd"
    assert organisation.kind == "ngo"
    assert engagement.key.startswith("iati-xm-example-ngo3-2019-22-framework")
    assert len(engagement.key) <= 64
    assert spaced.key == "iati-xm-example-ngo1-hp-101-202"
    assert (
        text_in(nameless, "name", "en") == "Example Sign Language Association’s Fund"
    )  # its reporting-org
    assert children == ["XM-EXAMPLE-NGO2-CH01-21", "XM-EXAMPLE-NGO2-CH02-21"]  # named before it
    assert dated == "2022-06-01"


@needs_shared_iati
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
        assert text_in(engagement, "title", "en") == (
            "Personas cooperantes voluntarias en organismos internacionales"
        )
        assert sorted(line.kind for line in engagement.funding_lines) == [
            "budget",
            "budget",
            "commitment",
            "disbursement",
        ]
        assert [r.key for r in engagement.regions] == ["asia"]


def test_agency_v201_file_reads_budgets_planned_disbursements_and_reports_negatives(
    database: Database,
) -> None:
    """The synthetic twin of the Spanish test: the same quirks, invented data."""
    report = run_import(database, [AGENCY])
    file = report.files[0]
    assert file.version == "2.01"
    negatives = [p for p in file.problems if "negative" in p.message]
    assert all(p.severity == "error" for p in negatives)
    assert sorted(p.line for p in negatives) == [  # a budget, a planned disbursement, a payment
        number
        for number, line in enumerate(AGENCY.read_text(encoding="utf-8").splitlines(), 1)
        if ">-47210.35</value>" in line
    ]
    assert len(negatives) == 3
    with database.session() as session:
        engagement = session.scalars(
            select(e.Engagement).where(e.Engagement.iati_identifier == "XM-EXAMPLE-AGY-0001-2014")
        ).one()
        assert engagement.status == "completed"
        # only Spanish: kept as written, in the record's own language, and marked as such
        title = text_in(engagement, "title", "da")
        assert title == "Personal voluntario en organismos regionales"
        assert isinstance(title, Untranslated) and title.language == engagement.language == "es"
        assert engagement.title_da is None and engagement.title_en is None
        assert sorted(line.kind for line in engagement.funding_lines) == [
            "budget",
            "budget",
            "commitment",
            "disbursement",
        ]
        assert {line.currency for line in engagement.funding_lines} == {"EUR"}
        assert [r.key for r in engagement.regions] == ["asia"]


@pytest.mark.parametrize(
    "paths",
    [
        pytest.param([*REAL_FILES, STANDARD_EXAMPLE], marks=needs_shared_iati, id="real"),
        pytest.param([*SYNTHETIC_FILES, ANNOTATED], id="synthetic"),
    ],
)
def test_importing_the_same_files_twice_changes_nothing(
    database: Database, paths: list[Path]
) -> None:
    first = run_import(database, paths)
    assert not first.unchanged
    before = dump(database)
    second = run_import(database, paths)
    assert second.unchanged, (second.load.added, second.load.changed)
    assert dump(database) == before


@pytest.mark.parametrize(
    ("paths", "engagements"),
    [
        pytest.param([FINLAND, DANISH_NGOS], 35, marks=needs_shared_iati, id="real"),
        pytest.param([MINISTRY, NGOS], 13, id="synthetic"),
    ],
)
def test_dry_run_writes_nothing_but_reports_the_same_counts(
    database: Database, paths: list[Path], engagements: int
) -> None:
    before = dump(database)
    dry = run_import(database, paths, dry_run=True)
    assert dump(database) == before
    assert dry.dry_run and dry.load.added["engagements"] == engagements
    real = run_import(database, paths)
    assert real.load.added == dry.load.added


@pytest.mark.parametrize(
    ("path", "key", "activities"),
    [
        real(FINLAND, "iati-fi-3-2020-2020000056", 6),
        synthetic(MINISTRY, "iati-xm-example-min-2023-0001", 5),
    ],
)
def test_on_conflict_skip_leaves_edited_engagements_alone(
    database: Database, path: Path, key: str, activities: int
) -> None:
    run_import(database, [path])
    with database.writing() as session, session.begin():
        edited = session.scalars(select(e.Engagement).where(e.Engagement.key == key)).one()
        edited.title_en = "Edited by hand"
    report = run_import(database, [path], on_conflict=OnConflict.SKIP)
    assert report.files[0].activities_kept == activities
    assert report.unchanged
    updated = run_import(database, [path], on_conflict=OnConflict.UPDATE)
    assert updated.load.changed == {"engagements": 1}


@pytest.mark.parametrize(
    ("path", "key", "activities", "title"),
    [
        real(
            FINLAND,
            "iati-fi-3-2020-2020000056",
            6,
            "Quality laboratory testing -training project in Benin",
        ),
        synthetic(
            MINISTRY, "iati-xm-example-min-2023-0001", 5, "Safe water for district clinics in Ghana"
        ),
    ],
)
def test_on_conflict_add_imports_copies_under_new_keys(
    database: Database, path: Path, key: str, activities: int, title: str
) -> None:
    run_import(database, [path])
    report = run_import(database, [path], on_conflict=OnConflict.ADD)
    assert report.load.added["engagements"] == activities
    with database.session() as session:
        copy = session.scalars(select(e.Engagement).where(e.Engagement.key == f"{key}-2")).one()
        assert copy.iati_identifier is None
        assert text_in(copy, "title", "en") == title
        assert len(copy.funding_lines) == 3
    assert all(p.severity == "warning" for p in report.files[0].problems)


@needs_shared_iati
def test_recipient_percentages_are_kept_as_shares(database) -> None:
    path = SPAIN
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


def test_recipient_percentages_are_kept_as_shares_in_the_agency_file(database) -> None:
    """The synthetic twin: whole, fractional and zero percentages of one country."""
    with database.writing() as session, session.begin():
        import_iati_files(session, [AGENCY], ImportOptions())
    with database.session() as session:
        records = [
            r for r in dump_document(session)["engagements"] if r["key"].startswith("iati-xm")
        ]
    shares = {r["key"].removeprefix("iati-xm-example-agy-"): r["country_shares"] for r in records}
    assert shares == {
        "0001-2014": {"KH": Decimal("100")},
        "0002-2014": {"KH": Decimal("25.5")},
        "0003-2014": {"KH": Decimal("100")},
        "0004-2014": {"KH": Decimal("0")},
        "0005-2014": {"KH": Decimal("12.34")},
        "0006-2014": {"KH": Decimal("100")},
    }
    assert all(r["countries"] == ["KH"] and "region_shares" not in r for r in records)


def test_a_record_written_in_spanish_shows_and_is_found_in_the_table(database: Database) -> None:
    from models.queries.engagement_list import list_engagements

    run_import(database, [AGENCY])
    with database.session() as session:
        rows = [r for r in list_engagements(session, language="en") if r.key.endswith("0001-2014")]
    (row,) = rows
    assert row.title == "Personal voluntario en organismos regionales"
    assert isinstance(row.title, Untranslated) and row.title.language == "es"
    assert row.matches(["voluntario"]) and row.missing_languages == {"da", "en"}
