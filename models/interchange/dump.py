"""The whole knowledge base as one deterministic document (format ``briefing-builder/3``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from models import entities as e
from models.bilingual import LANGUAGES
from models.interchange.fileformat import FORMAT
from models.partial_dates import PartialDate


def _date(value: PartialDate | None) -> str | None:
    return value.isoformat() if value else None


def _fact(row: e.FundingLine | e.Result | e.KeyFact | e.Engagement) -> dict[str, Any]:
    return {
        "start": _date(row.start),
        "end": _date(row.end),
        "source": row.source.key,
        "as_of": _date(row.as_of),
        **_internal(row),
    }


def _internal(row: e.FundingLine | e.Result | e.KeyFact | e.Engagement | e.Event) -> dict[str, Any]:
    """The internal note, always written: loading a dump sets it (a missing key, as in
    older files, would leave what is there)."""
    return {"internal_note": row.internal_note}


def _texts(row: Any, field: str) -> dict[str, str | None] | None:
    """A text in both languages (``{"da": …, "en": …}``, and as first written where that
    was another language), null when none was written."""
    texts = {language: getattr(row, f"{field}_{language}") for language in LANGUAGES}
    kept = (row.original_texts or {}).get(field)
    if kept:
        texts[row.language] = kept
    return texts if any(texts.values()) else None


def _written(row: Any, *fields: str) -> dict[str, Any]:
    """The record's language and each of its ``fields`` in both languages."""
    return {"language": row.language, **{field: _texts(row, field) for field in fields}}


def _codes(rows: list[Any], attribute: str) -> list[str]:
    return sorted(getattr(row, attribute) for row in rows)


def region_record(row: e.Region) -> dict[str, Any]:
    return {
        "key": row.key,
        "name_en": row.name_en,
        "name_da": row.name_da,
        "countries": _codes(row.countries, "iso2"),
    }


def country_record(row: e.Country) -> dict[str, Any]:
    return {"iso2": row.iso2, "iso3": row.iso3, "name_en": row.name_en, "name_da": row.name_da}


def coded_record(row: e.Theme | e.Instrument) -> dict[str, Any]:
    return {"code": row.code, "name_en": row.name_en, "name_da": row.name_da}


def organisation_record(row: e.Organisation) -> dict[str, Any]:
    return {
        "key": row.key,
        **_written(row, "name", "acronym"),
        "kind": row.kind,
        "iati_ref": row.iati_ref,
    }


def sector_theme_record(row: e.SectorTheme) -> dict[str, Any]:
    return {"code": row.code, "theme": row.theme.code if row.theme else None}


def dump_document(session: Session) -> dict[str, Any]:
    """Every record, sorted by its stable key, references written as keys."""
    engagements = (
        select(e.Engagement)
        .order_by(e.Engagement.key)
        .options(
            selectinload(e.Engagement.countries),
            selectinload(e.Engagement.regions),
            selectinload(e.Engagement.themes),
            selectinload(e.Engagement.instruments),
            selectinload(e.Engagement.participations),
            selectinload(e.Engagement.funding_lines),
            selectinload(e.Engagement.results),
        )
    )
    return {
        "format": FORMAT,
        "sources": [
            source_record(r) for r in session.scalars(select(e.Source).order_by(e.Source.key))
        ],
        "regions": [
            region_record(r) for r in session.scalars(select(e.Region).order_by(e.Region.key))
        ],
        "countries": [
            country_record(r) for r in session.scalars(select(e.Country).order_by(e.Country.iso2))
        ],
        "themes": [
            coded_record(r) for r in session.scalars(select(e.Theme).order_by(e.Theme.code))
        ],
        "instruments": [
            coded_record(r)
            for r in session.scalars(select(e.Instrument).order_by(e.Instrument.code))
        ],
        "organisations": [
            organisation_record(r)
            for r in session.scalars(select(e.Organisation).order_by(e.Organisation.key))
        ],
        "engagements": [engagement_record(r) for r in session.scalars(engagements)],
        "key_facts": [
            key_fact_record(r) for r in session.scalars(select(e.KeyFact).order_by(e.KeyFact.key))
        ],
        "events": [event_record(r) for r in session.scalars(select(e.Event).order_by(e.Event.key))],
        "sector_themes": [
            sector_theme_record(r)
            for r in session.scalars(select(e.SectorTheme).order_by(e.SectorTheme.code))
        ],
    }


def source_record(row: e.Source) -> dict[str, Any]:
    return {
        "key": row.key,
        "title": row.title,
        "translated_title": row.translated_title,
        "publisher": row.publisher,
        "url": row.url,
        "published": _date(row.published),
        "language": row.language,
        "note": row.note,
    }


def _shares(row: e.Engagement) -> dict[str, dict[str, Any]]:
    """The engagement's percentages per country and region, where any are set."""
    session = object_session(row)
    out: dict[str, dict[str, Any]] = {}
    if session is None:
        return out
    for field, table, column, target in (
        ("country_shares", e.engagement_countries, "country_id", e.Country.iso2),
        ("region_shares", e.engagement_regions, "region_id", e.Region.key),
    ):
        owner = target.class_
        rows = session.execute(
            select(target, table.c.percentage)
            .join(owner, owner.id == table.c[column])
            .where(table.c.engagement_id == row.id, table.c.percentage.is_not(None))
            .order_by(target)
        ).all()
        if rows:
            out[field] = {code: share for code, share in rows}
    return out


def engagement_record(row: e.Engagement) -> dict[str, Any]:
    partners = sorted((p.organisation.key, p.role) for p in row.participations)
    return {
        "key": row.key,
        **_written(row, "title", "summary"),
        "status": row.status,
        "parent": row.parent.key if row.parent else None,
        "iati_identifier": row.iati_identifier,
        "lead_unit": row.lead_unit,
        "countries": _codes(row.countries, "iso2"),
        "regions": _codes(row.regions, "key"),
        **_shares(row),
        "themes": _codes(row.themes, "code"),
        "primary_theme": row.primary_theme.code if row.primary_theme else None,
        "instruments": _codes(row.instruments, "code"),
        "organisations": [{"organisation": key, "role": role} for key, role in partners],
        **_fact(row),
        "funding": [
            {
                "key": line.key,
                "amount": line.amount,
                "currency": line.currency,
                "kind": line.kind,
                "qualifier": line.qualifier,
                "finance_act_line": line.finance_act_line,
                **_written(line, "note"),
                **_fact(line),
            }
            for line in sorted(row.funding_lines, key=lambda line: line.key)
        ],
        "results": [
            {
                "key": result.key,
                **_written(
                    result,
                    "indicator",
                    "unit",
                    "baseline_text",
                    "target_text",
                    "actual_text",
                    "note",
                ),
                "baseline": result.baseline,
                "baseline_qualifier": result.baseline_qualifier,
                "target": result.target,
                "target_qualifier": result.target_qualifier,
                "actual": result.actual,
                "actual_qualifier": result.actual_qualifier,
                **_fact(result),
            }
            for result in sorted(row.results, key=lambda result: result.key)
        ],
    }


def key_fact_record(row: e.KeyFact) -> dict[str, Any]:
    return {
        "key": row.key,
        **_written(row, "text", "unit", "value_text"),
        "value": row.value,
        "value_qualifier": row.value_qualifier,
        "countries": _codes(row.countries, "iso2"),
        "regions": _codes(row.regions, "key"),
        "themes": _codes(row.themes, "code"),
        **_fact(row),
    }


def event_record(row: e.Event) -> dict[str, Any]:
    return {
        "key": row.key,
        "date": _date(row.occurred),
        "kind": row.kind,
        **_written(row, "title", "description"),
        "reference": row.reference,
        "countries": _codes(row.countries, "iso2"),
        "engagements": _codes(row.engagements, "key"),
        "source": row.source.key,
        "as_of": _date(row.as_of),
        **_internal(row),
    }
