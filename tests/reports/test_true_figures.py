"""Every figure, period and event of a built-in brief true to the data (issue: briefs a
minister can rely on). Each test fails without the rule it names."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from models import entities as e
from models.money import Money

from reports.content.build import build_brief, read_brief_data
from reports.content.gather import gather
from reports.render import render_request
from reports.request import BriefRequest

from tests.reports.pdf_reading import all_text, squashed

BRIEF_DATE = date(2026, 12, 1)


def _region_money(session, key: str) -> Money:
    """The money granted within the region, computed from the tables, not by the brief:
    each engagement tied to the region or one of its countries once, in full when all its
    places lie inside the region, else only its recorded percentages."""
    region = session.scalar(select(e.Region).where(e.Region.key == key))
    members = {c.iso2 for c in region.countries}
    total = Money()
    for engagement in session.scalars(select(e.Engagement)):
        countries = {c.iso2 for c in engagement.countries}
        regions = {r.key for r in engagement.regions}
        if key not in regions and not countries & members:
            continue
        own_regions = {
            r.key for r in engagement.regions if not {c.iso2 for c in r.countries} & countries
        }
        money = Money.of((f.amount, f.currency, f.kind) for f in engagement.funding_lines)
        if countries <= members and own_regions <= {key}:
            total += money
    return total


def test_the_sahel_sections_add_up_to_the_money_in_the_region(database) -> None:
    request = BriefRequest(regions=("sahel",), brief_date=BRIEF_DATE)
    with database.session() as session:
        parts = gather(read_brief_data(session, request), (), ("sahel",))
        expected = _region_money(session, "sahel")
    summed = Money()
    for part in parts:
        summed += part.counted
    assert summed.home() == expected.home()
    assert expected.only("budget") == Decimal("2900000000")  # ca. 2.7 bn + 200 m
    assert summed.qualifier("budget") == "approximately"  # "ca. 2,7 mia." makes it "ca."
    assert expected.only("disbursement") == Decimal("172000000")
    # no country is credited the 2.7 billion it shares with two others
    for part in parts:
        if not part.regional:
            assert not part.counted, part.key


def test_the_sahel_brief_prints_each_kind_apart_and_shared_money_outside_totals(database):
    request = BriefRequest(regions=("sahel",), brief_date=BRIEF_DATE, language="en")
    with database.session() as session:
        text = squashed(all_text(render_request(session, request)))
    assert squashed("Total budgeted about 2,900") in text
    assert squashed("Total disbursed about 172") in text
    assert "3,322" not in text  # budgets and payments were once added into one figure
    shared = "Shared with Burkina Faso and Niger: about DKK 2.7 billion budgeted, not counted here."
    assert squashed(shared) in text
    assert "split evenly" not in text and "spread evenly" not in text


def test_a_country_brief_credits_shared_money_to_no_one(database) -> None:
    request = BriefRequest(countries=("ML",), brief_date=BRIEF_DATE, language="en")
    with database.session() as session:
        brief = build_brief(session, request)
        text = squashed(all_text(render_request(session, request)))
    (mali,) = brief.places
    assert mali.totals == ()  # Mali's own lines record no money
    assert squashed("Shared with Burkina Faso and Niger: about DKK 2.7 billion budgeted") in text
    assert any("several places together" in line for line in brief.summary)


def test_a_1990_to_1995_mali_brief_holds_nothing_of_the_2020s(database) -> None:
    request = BriefRequest(
        countries=("ML",),
        period_start=date(1990, 1, 1),
        period_end=date(1995, 12, 31),
        brief_date=BRIEF_DATE,
        language="en",
        allow_empty=True,
    )
    with database.session() as session:
        text = squashed(all_text(render_request(session, request)))
    assert "Takuba" not in text and "2.7billion" not in text and "2,7mia" not in text
    assert not re.search(r"202[0-5]", text)
    assert squashed("Left out because their period is not stated: 11 engagements") in text


def test_a_theme_alone_covers_every_engagement_with_it_placed_or_not(database) -> None:
    request = BriefRequest(themes=("migration",), brief_date=BRIEF_DATE)
    with database.session() as session:
        brief = build_brief(session, request)
        wanted = {
            row.title_da
            for row in session.scalars(
                select(e.Engagement).where(e.Engagement.themes.any(e.Theme.code == "migration"))
            )
        }
        text = squashed(all_text(render_request(session, request)))
    printed = {line.title for place in brief.places for g in place.groups for line in g.lines}
    assert printed == wanted
    headings = [place.heading for place in brief.places]
    assert "Ikke knyttet til et sted" in headings
    # what was granted for several regions together is shown once, not in each region
    assert "Flere regioner samlet" in headings
    regional = [
        line.title
        for place in brief.places
        if place.heading.endswith("regionale engagementer") or place.heading.startswith("Flere")
        for g in place.groups
        for line in g.lines
    ]
    assert len(regional) == len(set(regional))  # never once per region
    assert squashed("Modtagecentre uden for EU") in text or any("Modtage" in t for t in printed)


def test_the_iraq_brief_lists_every_parliamentary_decision_on_isil(database) -> None:
    request = BriefRequest(countries=("IQ",), brief_date=BRIEF_DATE)
    with database.session() as session:
        text = squashed(all_text(render_request(session, request)))
    for reference, day in (
        ("B 123", "2. oktober 2014"),
        ("B 8", "10. november 2015"),
        ("B 108", "19. april 2016"),
        ("B 50", "16. januar 2018"),
        ("B 159", "11. juni 2020"),
    ):
        assert squashed(f"Folketingsbeslutning {reference}") in text, reference
        assert squashed(day) in text, day


def test_an_engagement_past_its_end_is_not_shown_as_active(database) -> None:
    request = BriefRequest(regions=("sahel",), brief_date=BRIEF_DATE, language="en")
    with database.session() as session:
        brief = build_brief(session, request)
    lines = {line.title: line for place in brief.places for g in place.groups for line in g.lines}
    programme = lines["The regional peace and stabilisation programme for the Sahel 2022-2025"]
    assert programme.status == "ended 2025"


def test_each_text_is_hyphenated_by_its_own_language(database) -> None:
    from reports.layout.styles import brief_styles
    from reports.layout.tables import _in

    with database.session() as session, session.begin():  # an English text not translated
        withdrawal = session.scalar(select(e.Event).where(e.Event.kind == "withdrawal"))
        assert withdrawal.language == "en"
        withdrawal.title_da = withdrawal.description_da = None
    request = BriefRequest(countries=("ML",), brief_date=BRIEF_DATE, language="da")
    with database.session() as session:
        brief = build_brief(session, request)
    (mali,) = brief.places
    languages = {entry.lang for entry in mali.timeline}
    assert languages == {"", "en"}  # the brief's language, and the untranslated English one
    danish = brief_styles("da")
    assert _in("en", danish).cell.hyphenationLang is not danish.cell.hyphenationLang
    assert _in("da", danish) is danish


def test_identical_sections_are_merged_and_shared_facts_printed_once(database) -> None:
    with database.session() as session:
        theme = build_brief(session, BriefRequest(themes=("migration",), brief_date=BRIEF_DATE))
        sahel = build_brief(session, BriefRequest(regions=("sahel",), brief_date=BRIEF_DATE))
    assert "Burkina Faso, Mali og Niger" in [place.heading for place in theme.places]
    printed = [fact.text for place in sahel.places for fact in place.facts]
    referred = [text for text in printed if text.startswith("Se ")]
    assert referred  # a fact of several sections is referred to from the others
    assert len([t for t in printed if not t.startswith("Se ")]) == len(
        {t for t in printed if not t.startswith("Se ")}
    )
