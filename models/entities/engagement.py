"""Engagements — what Denmark does where, with whom — and the money committed to them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import (
    Base,
    Dated,
    Period,
    Timestamped,
    Written,
    int_pk,
    money,
    source_fk,
    stable_key,
    written_check,
)
from models.entities.geography import Country, Region
from models.entities.reference import Instrument, Organisation, Theme
from models.entities.sources import Source
from models.vocabulary import EngagementStatus, FundingKind, OrganisationRole, Qualifier, sql_in


def _link_table(name: str, target: str, table: str, *, shares: bool = False) -> Table:
    """Engagement ↔ target; ``shares`` adds the percentage of the engagement going there
    (IATI recipient-country/-region percentages)."""
    extra: list[Any] = []
    if shares:
        extra = [
            Column("percentage", Numeric(7, 4), nullable=True),
            CheckConstraint(
                "percentage IS NULL OR (percentage >= 0 AND percentage <= 100)",
                name="percentage_range",
            ),
        ]
    return Table(
        name,
        Base.metadata,
        Column("engagement_id", ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{target}_id", ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True),
        *extra,
    )


engagement_countries = _link_table("engagement_countries", "country", "countries", shares=True)
engagement_regions = _link_table("engagement_regions", "region", "regions", shares=True)
engagement_themes = _link_table("engagement_themes", "theme", "themes")
engagement_instruments = _link_table("engagement_instruments", "instrument", "instruments")

PERIOD_CHECK = "end_on IS NULL OR start_on IS NULL OR end_on >= start_on"


class Engagement(Timestamped, Period, Dated, Written, Base):
    __tablename__ = "engagements"
    __table_args__ = (
        written_check("title"),
        CheckConstraint(PERIOD_CHECK, name="end_after_start"),
        CheckConstraint(f"status IN ({sql_in(EngagementStatus)})", name="status_known"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    title_da: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    summary_da: Mapped[str | None] = mapped_column(Text)
    summary_en: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=EngagementStatus.ACTIVE.value)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("engagements.id", ondelete="SET NULL"), index=True
    )
    iati_identifier: Mapped[str | None] = mapped_column(String(200), unique=True)
    lead_unit: Mapped[str | None] = mapped_column(String(200))
    source_id: Mapped[int] = source_fk()
    # The theme every brief groups the engagement under.
    primary_theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), index=True
    )

    parent: Mapped[Engagement | None] = relationship(
        remote_side="Engagement.id", back_populates="children"
    )
    children: Mapped[list[Engagement]] = relationship(back_populates="parent")
    source: Mapped[Source] = relationship()
    countries: Mapped[list[Country]] = relationship(secondary=engagement_countries)
    regions: Mapped[list[Region]] = relationship(secondary=engagement_regions)
    themes: Mapped[list[Theme]] = relationship(secondary=engagement_themes)
    primary_theme: Mapped[Theme | None] = relationship()
    instruments: Mapped[list[Instrument]] = relationship(secondary=engagement_instruments)
    participations: Mapped[list[EngagementOrganisation]] = relationship(
        back_populates="engagement", cascade="all, delete-orphan", passive_deletes=True
    )
    funding_lines: Mapped[list[FundingLine]] = relationship(
        back_populates="engagement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FundingLine.key",
    )
    results: Mapped[list[Result]] = relationship(
        back_populates="engagement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Result.key",
    )

    def total(self, currency: str = "DKK") -> Decimal:
        """Money counted for this engagement (see ``models.money``)."""
        from models.money import counted_total

        lines = ((line.amount, line.currency, line.kind) for line in self.funding_lines)
        return counted_total(lines, currency)


class EngagementOrganisation(Timestamped, Base):
    """An organisation taking part in an engagement in a named role (IATI participating-org)."""

    __tablename__ = "engagement_organisations"
    __table_args__ = (
        UniqueConstraint("engagement_id", "organisation_id", "role"),
        CheckConstraint(f"role IN ({sql_in(OrganisationRole)})", name="role_known"),
    )

    id: Mapped[int_pk]
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))

    engagement: Mapped[Engagement] = relationship(back_populates="participations")
    organisation: Mapped[Organisation] = relationship()


class FundingLine(Timestamped, Period, Dated, Written, Base):
    """Money for an engagement over a period (IATI budget / transaction)."""

    __tablename__ = "funding_lines"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
        CheckConstraint(PERIOD_CHECK, name="end_after_start"),
        CheckConstraint(f"kind IN ({sql_in(FundingKind)})", name="kind_known"),
        CheckConstraint(
            f"qualifier IS NULL OR qualifier IN ({sql_in(Qualifier)})", name="qualifier_known"
        ),
    )

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[money]
    currency: Mapped[str] = mapped_column(String(3), default="DKK")
    kind: Mapped[str] = mapped_column(String(20), default=FundingKind.COMMITMENT.value)
    finance_act_line: Mapped[str | None] = mapped_column(String(40))
    qualifier: Mapped[str | None] = mapped_column(String(20))  # "ca.", "mere end", …
    note_da: Mapped[str | None] = mapped_column(Text)
    note_en: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = source_fk()

    engagement: Mapped[Engagement] = relationship(back_populates="funding_lines")
    source: Mapped[Source] = relationship()


from models.entities.results import Result  # noqa: E402 - the relationship target above
