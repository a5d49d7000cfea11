"""The built-in knowledge base holds the facts of each seed document, with their sources."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e


@pytest.fixture
def session(database):
    with database.session() as opened:
        yield opened


def _results(session: Session, source_title: str) -> dict[Decimal, e.Result]:
    rows = session.scalars(select(e.Result).join(e.Source).where(e.Source.title == source_title))
    return {row.actual if row.actual is not None else row.target: row for row in rows}


def _period(row: e.Result | e.FundingLine) -> str:
    return f"{row.start}-{row.end}"


def test_mali_seed_has_all_ten_results_with_their_periods(session: Session) -> None:
    results = _results(session, "Danmark i Mali: Instrumenter, centrale partnere og resultater")
    expected = {
        1061: "2008-2013",
        5924: "2008-2013",
        1127: "2008-2013",
        500000: "2013-2015",
        1073: "2013-2015",
        579: "2013-2015",
        4500: "2013-2015",
        123: "2013-2015",
        183: "2013-2015",
        147: "2014-2014",
        2146: "2014-2014",
        32: "2014-2014",
        80000: "2014-2014",
    }
    assert {int(value): _period(row) for value, row in results.items()} == expected
    assert "40 %" in (results[Decimal(1127)].note_da or "")
    assert "40 per cent" in (results[Decimal(1127)].note_en or "")
    assert results[Decimal(32)].unit_da == results[Decimal(32)].unit_en == "%"


def test_mali_seed_has_the_seven_toolbox_instruments(session: Session) -> None:
    mali = session.scalar(
        select(e.Engagement).where(e.Engagement.key == "mali-samtaenkt-engagement")
    )
    assert mali is not None
    codes = {
        child_instrument.code for child in mali.children for child_instrument in child.instruments
    }
    assert {
        "active-diplomacy",
        "bilateral-development",
        "peace-stabilisation-fund",
        "military-contribution",
        "civilian-contribution",
        "humanitarian-aid",
        "climate-fund",
        "economic-diplomacy",
    } <= codes
    partners = {
        p.organisation.key for child in [mali, *mali.children] for p in child.participations
    }
    assert {"minusma", "eu", "france", "world-bank"} <= partners


def test_migration_seed_has_every_amount_with_period_and_purpose(session: Session) -> None:
    lines = session.scalars(
        select(e.FundingLine).join(e.Source).where(e.Source.title.like("Migrationsdiplomati%"))
    ).all()
    by_amount = {int(line.amount): line for line in lines}
    two_hundred = {
        (line.engagement.key, _period(line)) for line in lines if line.amount == 200_000_000
    }
    assert two_hundred == {
        ("strategi-2022-nordafrika-relationer", "2021-2024"),
        ("strategi-2022-sahel-regionalt-freds-og-stabiliseringsprogram-2022-2025", "2022-2025"),
    }
    assert _period(by_amount[190_000_000]) == "2022-2022"
    assert {110_000_000, 172_000_000, 2_700_000_000} <= set(by_amount)
    assert by_amount[172_000_000].qualifier == "approximately"  # "ca. 172 mio. kr."
    assert by_amount[2_700_000_000].qualifier == "approximately"  # "ca. 2,7 mia. kr."
    assert all(line.currency == "DKK" for line in lines)
    facts = {fact.key: fact for fact in session.scalars(select(e.KeyFact))}
    assert facts["strategi-2022-fordrevne-globalt"].value == 80_000_000
    assert facts["strategi-2022-fordrevne-globalt"].value_qualifier == "more_than"
    # "250 mio. kr." stands alone after the heading of the Sahel box on women and girls: the
    # text gives it no purpose, period or kind, so it is left out, with a note saying why.
    assert 250_000_000 not in by_amount
    assert all(fact.value != 250_000_000 for fact in facts.values())
    women = session.scalar(
        select(e.Engagement).where(e.Engagement.key == "strategi-2022-sahel-piger-og-kvinder")
    )
    assert "250 mio. kr." in (women.internal_note or "")


def test_withdrawal_seed_has_the_withdrawal_and_the_events_before_it(session: Session) -> None:
    events = session.scalars(
        select(e.Event)
        .join(e.Source)
        .where(e.Source.title == "UPDATE: Danish troops leaving Mali")
        .order_by(e.Event.occurred_on)
    ).all()
    kinds = [(str(event.occurred), event.kind) for event in events]
    assert ("2021-05", "parliamentary_decision") in kinds
    assert ("~2021", "coup") in kinds  # "a military coup last year": the year is estimated
    assert ("~2022-01-27", "withdrawal") in kinds  # the article's date is not printed
    takuba = session.scalar(
        select(e.Engagement).where(e.Engagement.key == "mali-task-force-takuba")
    )
    assert takuba is not None and takuba.status == "withdrawn"
    assert takuba.results[0].actual == 90


def test_isil_seed_has_each_parliamentary_decision_with_its_date(session: Session) -> None:
    decisions = {
        event.reference: str(event.occurred)
        for event in session.scalars(
            select(e.Event).where(e.Event.kind == "parliamentary_decision")
        )
        if event.reference
    }
    assert decisions == {
        "B 123": "2014-10-02",
        "B 8": "2015-11-10",
        "B 108": "2016-04-19",
        "B 50": "2018-01-16",
        "B 159": "2020-06-11",
    }


def test_institute_seed_has_its_results_in_four_countries_and_the_nhri_programme(
    session: Session,
) -> None:
    engagements = session.scalars(
        select(e.Engagement)
        .join(e.Source)
        .where(e.Source.publisher == "Institut for Menneskerettigheder")
    ).all()
    countries = {country.iso2 for item in engagements for country in item.countries}
    assert {"CN", "NE", "TN", "ZM"} <= countries
    actuals = {int(r.actual) for item in engagements for r in item.results if r.actual is not None}
    assert {86, 2000, 15000, 80, 46, 20} <= actuals
    assert any("NHRI" in (item.title_da or "") for item in engagements)


def test_every_fact_points_to_a_source_and_has_an_as_of_date(session: Session) -> None:
    for model in (e.Engagement, e.FundingLine, e.Result, e.KeyFact, e.Event):
        for row in session.scalars(select(model)):
            assert row.source is not None and row.as_of is not None, row.key


def test_every_built_in_text_is_in_danish_and_english(session: Session) -> None:
    """The built-in knowledge base is complete in both languages; the original is the
    source's language and the record says so."""
    from models.bilingual import TEXT_FIELDS

    models = {
        "engagements": e.Engagement,
        "funding_lines": e.FundingLine,
        "results": e.Result,
        "key_facts": e.KeyFact,
        "events": e.Event,
        "organisations": e.Organisation,
    }
    missing = []
    for table, model in models.items():
        for row in session.scalars(select(model)):
            for field in TEXT_FIELDS[table]:
                da, en = getattr(row, f"{field}_da"), getattr(row, f"{field}_en")
                if bool(da) != bool(en):
                    missing.append((table, row.key, field))
            source = getattr(row, "source", None)
            if source is not None:
                assert row.language == (source.language or "da"), (table, row.key)
    assert missing == []
    english = session.scalar(select(e.Organisation).where(e.Organisation.key == "dihr"))
    assert (english.acronym_da, english.acronym_en) == ("IMR", "DIHR")
    un = session.scalar(select(e.Event).where(e.Event.key == "isil-2014-10-02-b-123"))
    assert un.title_en.startswith("Parliamentary resolution B 123")
