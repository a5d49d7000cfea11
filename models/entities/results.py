"""What was achieved (results) and figures that belong to no engagement (key facts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import (
    Base,
    Dated,
    Period,
    Timestamped,
    Written,
    int_pk,
    quantity,
    source_fk,
    stable_key,
    written_check,
)
from models.entities.geography import Country, Region
from models.entities.reference import Theme
from models.entities.sources import Source
from models.vocabulary import Qualifier, sql_in

if TYPE_CHECKING:
    from models.entities.engagement import Engagement

PERIOD_CHECK = "end_on IS NULL OR start_on IS NULL OR end_on >= start_on"


def _percent_check(column: str) -> CheckConstraint:
    return CheckConstraint(
        f"(coalesce(unit_da, '') <> '%' AND coalesce(unit_en, '') <> '%') "
        f"OR {column} IS NULL OR ({column} >= 0 AND {column} <= 100)",
        name=f"{column}_percentage",
    )


def _qualifier_check(column: str) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR {column} IN ({sql_in(Qualifier)})", name=f"{column}_known"
    )


class Result(Timestamped, Period, Dated, Written, Base):
    """An indicator with baseline, target and actual, numbers and the words as written."""

    __tablename__ = "results"
    __table_args__ = (
        written_check("indicator"),
        CheckConstraint(PERIOD_CHECK, name="end_after_start"),
        _percent_check("baseline"),
        _percent_check("target"),
        _percent_check("actual"),
        _qualifier_check("baseline_qualifier"),
        _qualifier_check("target_qualifier"),
        _qualifier_check("actual_qualifier"),
    )

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), index=True
    )
    indicator_da: Mapped[str | None] = mapped_column(Text)
    indicator_en: Mapped[str | None] = mapped_column(Text)
    unit_da: Mapped[str | None] = mapped_column(String(40))
    unit_en: Mapped[str | None] = mapped_column(String(40))
    baseline: Mapped[quantity | None]
    baseline_qualifier: Mapped[str | None] = mapped_column(String(20))
    baseline_text_da: Mapped[str | None] = mapped_column(Text)
    baseline_text_en: Mapped[str | None] = mapped_column(Text)
    target: Mapped[quantity | None]
    target_qualifier: Mapped[str | None] = mapped_column(String(20))
    target_text_da: Mapped[str | None] = mapped_column(Text)
    target_text_en: Mapped[str | None] = mapped_column(Text)
    actual: Mapped[quantity | None]
    actual_qualifier: Mapped[str | None] = mapped_column(String(20))
    actual_text_da: Mapped[str | None] = mapped_column(Text)
    actual_text_en: Mapped[str | None] = mapped_column(Text)
    note_da: Mapped[str | None] = mapped_column(Text)
    note_en: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = source_fk()

    engagement: Mapped[Engagement] = relationship(back_populates="results")
    source: Mapped[Source] = relationship()


def _fact_link(name: str, target: str, table: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("key_fact_id", ForeignKey("key_facts.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{target}_id", ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True),
    )


key_fact_countries = _fact_link("key_fact_countries", "country", "countries")
key_fact_regions = _fact_link("key_fact_regions", "region", "regions")
key_fact_themes = _fact_link("key_fact_themes", "theme", "themes")


class KeyFact(Timestamped, Period, Dated, Written, Base):
    """A figure about a country, region or theme, e.g. "86 % trust the police"."""

    __tablename__ = "key_facts"
    __table_args__ = (
        written_check("text"),
        CheckConstraint(PERIOD_CHECK, name="end_after_start"),
        _percent_check("value"),
        _qualifier_check("value_qualifier"),
    )

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    text_da: Mapped[str | None] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    value: Mapped[quantity | None]
    value_qualifier: Mapped[str | None] = mapped_column(String(20))
    unit_da: Mapped[str | None] = mapped_column(String(40))
    unit_en: Mapped[str | None] = mapped_column(String(40))
    value_text_da: Mapped[str | None] = mapped_column(Text)
    value_text_en: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = source_fk()

    source: Mapped[Source] = relationship()
    countries: Mapped[list[Country]] = relationship(secondary=key_fact_countries)
    regions: Mapped[list[Region]] = relationship(secondary=key_fact_regions)
    themes: Mapped[list[Theme]] = relationship(secondary=key_fact_themes)
