"""One ``iati-activity`` as an engagement record of the knowledge-file format.

The record goes through the same loader as ``briefing load``, so validation, merging by key
and "a second import changes nothing" are the loader's, not re-invented here. This module
only decides what each IATI element means and reports what it had to leave out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from models.countries import iso_country
from models.iati.codelists import ACTIVITY_STATUS, DAC_REGIONS, sector_themes
from models.iati.context import ActivityContext, decimal_or_none
from models.iati.money import FundingReader, MoneyCounts, budget_lines
from models.iati.organisations import OrganisationDirectory, participating_organisations
from models.iati.results import result_records
from models.iati.xmlfile import Element, iso_date, text_of
from models.messages import say
from models.partial_dates import PartialDate
from models.services.validation import TITLE_LENGTH
from models.vocabulary import EngagementStatus

IDENTIFIER_LENGTH = 200
_DAC_VOCABULARIES = ("", "1", "2")  # 5-digit purpose codes, 3-digit categories
_HUMANITARIAN, _DEVELOPMENT = "humanitarian-aid", "bilateral-development"


@dataclass
class MappedActivity:
    """An engagement record and what it brings along, ready for the loader."""

    identifier: str
    line: int
    record: dict[str, Any]
    organisations: list[dict[str, Any]]
    parent_identifier: str | None = None
    parent_line: int | None = None
    money: MoneyCounts = field(default_factory=MoneyCounts)
    results: int = 0


def identifier_of(activity: Element) -> str | None:
    """The iati-identifier, trimmed; None when missing or empty."""
    return text_of(activity.find("iati-identifier")) or None


def as_of_date(activity: Element, file_generated: PartialDate | None) -> PartialDate | None:
    """When the activity's facts were true: last updated, else when its file was generated."""
    updated = iso_date(activity.get("last-updated-datetime"))
    if updated:
        return updated
    for name, value in activity.attrib.items():
        if name.endswith("}generated-datetime"):  # d-portal extracts keep it per activity
            generated = iso_date(value)
            if generated:
                return generated
    return file_generated


def map_activity(
    activity: Element,
    *,
    identifier: str,
    key: str,
    keep_identifier: bool,
    context: ActivityContext,
    directory: OrganisationDirectory,
) -> MappedActivity | None:
    """The mapped activity, or None after a critical problem (then it is skipped)."""
    line = activity.sourceline
    titles = context.titles(activity.find("title"))
    if not titles:
        context.problems.critical(say("iati.no_title"), line)
        return None
    longest = max(len(title) for title in titles.values())
    if longest > TITLE_LENGTH:
        context.problems.critical(
            say("iati.title_too_long", length=longest, limit=TITLE_LENGTH), line
        )
        return None
    if len(identifier) > IDENTIFIER_LENGTH:
        context.problems.critical(say("iati.identifier_too_long", limit=IDENTIFIER_LENGTH), line)
        return None
    start, end = _period(activity, context)
    themes, instruments = _themes_and_instruments(activity, context)
    partners, organisations = participating_organisations(activity, context, directory)
    money = FundingReader(context, key, budget_lines(activity, context))
    funding = money.read(activity)
    results = result_records(activity, context, key)
    record = {
        "key": key,
        "language": context.language,
        "title": titles,
        "summary": _summary(activity, context),
        "status": _status(activity, context).value,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "parent": None,
        "iati_identifier": identifier if keep_identifier else None,
        "lead_unit": None,
        "countries": _countries(activity, context),
        "regions": _regions(activity, context),
        **_shares(activity, context),
        "themes": themes,
        "instruments": instruments,
        "organisations": partners,
        "source": context.source_key,
        "as_of": context.as_of.isoformat(),
        "funding": funding,
        "results": results,
    }
    mapped = MappedActivity(identifier, line, record, organisations, money=money.counts)
    mapped.results = len(results)
    _parent(activity, identifier, mapped, context)
    return mapped


def _summary(activity: Element, context: ActivityContext) -> dict[str, str] | None:
    descriptions = list(activity.iterchildren("description"))
    general = [d for d in descriptions if (d.get("type") or "1").strip() == "1"]
    for description in general or descriptions:
        texts = context.wording(description)
        if texts:
            return texts
    return None


def _status(activity: Element, context: ActivityContext) -> EngagementStatus:
    element = activity.find("activity-status")
    code = (element.get("code") or "").strip() if element is not None else ""
    status = ACTIVITY_STATUS.get(code)
    if status is None:
        where = element.sourceline if element is not None else activity.sourceline
        said = say("iati.status_unknown", code=code) if code else say("iati.no_status")
        context.problems.warning(said, where)
        return EngagementStatus.ACTIVE
    return status


def _period(
    activity: Element, context: ActivityContext
) -> tuple[PartialDate | None, PartialDate | None]:
    """Start: actual (2) else planned (1); end: actual (4) else planned (3)."""
    dates: dict[str, PartialDate] = {}
    for element in activity.iterchildren("activity-date"):
        kind = (element.get("type") or "").strip()
        parsed = context.date(element, f"activity-date type {kind}")
        if parsed and kind not in dates:
            dates[kind] = parsed
    start = dates.get("2") or dates.get("1")
    end = dates.get("4") or dates.get("3")
    if start and end and end.last_day() < start.first_day():
        context.problems.error(
            say("iati.ends_before_start", end=end, start=start), activity.sourceline
        )
        end = None
    return start, end


def _countries(activity: Element, context: ActivityContext) -> list[str]:
    codes: list[str] = []
    for element in activity.iterchildren("recipient-country"):
        code = (element.get("code") or "").strip().upper()
        country = iso_country(code) if len(code) == 2 else None
        if country is None:
            context.problems.warning(say("iati.country_unknown", code=code), element.sourceline)
        elif country.iso2 not in codes:
            codes.append(country.iso2)
    return codes


def _shares(activity: Element, context: ActivityContext) -> dict[str, dict[str, Decimal]]:
    """Recipient percentages (IATI ``@percentage``) as country_shares and region_shares."""
    out: dict[str, dict[str, Decimal]] = {}
    for element_name, share_field in (
        ("recipient-country", "country_shares"),
        ("recipient-region", "region_shares"),
    ):
        shares: dict[str, Decimal] = {}
        for element in activity.iterchildren(element_name):
            raw = (element.get("percentage") or "").strip()
            if not raw:
                continue
            code = (element.get("code") or "").strip()
            if element_name == "recipient-country":
                country = iso_country(code.upper()) if len(code) == 2 else None
                key = country.iso2 if country else None
            else:
                vocabulary = (element.get("vocabulary") or "1").strip()
                key = DAC_REGIONS.get(code) if vocabulary == "1" else None
                if key not in context.vocabulary.regions:
                    key = None
            value = decimal_or_none(raw)
            if key is None or key in shares:
                continue
            if value is None or not Decimal(0) <= value <= Decimal(100):
                context.problems.warning(
                    say("iati.share_range", element=element_name, code=code, value=raw),
                    element.sourceline,
                )
                continue
            shares[key] = value
        if shares:
            out[share_field] = shares
    return out


def _regions(activity: Element, context: ActivityContext) -> list[str]:
    keys: list[str] = []
    for element in activity.iterchildren("recipient-region"):
        vocabulary = (element.get("vocabulary") or "1").strip()
        code = (element.get("code") or "").strip()
        key = DAC_REGIONS.get(code) if vocabulary == "1" else None
        if key is None or key not in context.vocabulary.regions:
            context.problems.warning(
                say("iati.region_unknown", code=code, vocabulary=vocabulary), element.sourceline
            )
        elif key not in keys:
            keys.append(key)
    return keys


def _themes_and_instruments(
    activity: Element, context: ActivityContext
) -> tuple[list[str], list[str]]:
    table = context.vocabulary.sector_themes or sector_themes()
    themes: list[str] = []
    humanitarian = (activity.get("humanitarian") or "").strip().lower() in ("1", "true")
    development = False
    for element in activity.iterchildren("sector"):
        vocabulary = (element.get("vocabulary") or "").strip()
        if vocabulary not in _DAC_VOCABULARIES:
            continue  # other vocabularies (SDG targets, publishers' own) name no theme
        code = (element.get("code") or "").strip()
        digits = 3 if vocabulary == "2" else 5
        if len(code) != digits or not code.isdigit():
            context.problems.warning(
                say("iati.sector_code", code=code, digits=digits), element.sourceline
            )
            continue
        if code.startswith("7"):
            humanitarian = True
        else:
            development = True
        known, theme = table.theme_for(code)
        if not known:
            context.problems.warning(say("iati.sector_no_theme", code=code), element.sourceline)
        elif theme and theme not in context.vocabulary.themes:
            context.problems.warning(
                say("iati.theme_missing", theme=theme, code=code), element.sourceline
            )
        elif theme and theme not in themes:
            themes.append(theme)
    wanted = [_DEVELOPMENT] if development else []
    wanted += [_HUMANITARIAN] if humanitarian else []
    instruments = [code for code in wanted if code in context.vocabulary.instruments]
    return themes, instruments


def _parent(
    activity: Element, identifier: str, mapped: MappedActivity, context: ActivityContext
) -> None:
    for element in activity.iterchildren("related-activity"):
        if (element.get("type") or "").strip() != "1":
            continue
        ref = (element.get("ref") or "").strip()
        if not ref or ref == identifier:
            context.problems.warning(say("iati.parent_none"), element.sourceline)
            continue
        if mapped.parent_identifier is None:
            mapped.parent_identifier, mapped.parent_line = ref, element.sourceline
        else:
            context.problems.warning(
                say("iati.parent_second", ref=ref, first=mapped.parent_identifier),
                element.sourceline,
            )
