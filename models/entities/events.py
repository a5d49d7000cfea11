"""What happened when: coups, deployments, withdrawals, parliamentary decisions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Column, Date, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import (
    Base,
    Dated,
    Timestamped,
    Written,
    int_pk,
    source_fk,
    stable_key,
    written_check,
)
from models.entities.engagement import Engagement
from models.entities.geography import Country
from models.entities.sources import Source
from models.partial_dates import PartialDate
from models.vocabulary import EventKind, sql_in

event_countries = Table(
    "event_countries",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("country_id", ForeignKey("countries.id", ondelete="CASCADE"), primary_key=True),
)
event_engagements = Table(
    "event_engagements",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("engagement_id", ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True),
)


class Event(Timestamped, Dated, Written, Base):
    __tablename__ = "events"
    __table_args__ = (
        written_check("title"),
        CheckConstraint(f"kind IN ({sql_in(EventKind)})", name="kind_known"),
    )

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    occurred_precision: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(30), default=EventKind.OTHER.value)
    title_da: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    description_da: Mapped[str | None] = mapped_column(Text)
    description_en: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(120))
    source_id: Mapped[int] = source_fk()

    source: Mapped[Source] = relationship()
    countries: Mapped[list[Country]] = relationship(secondary=event_countries)
    engagements: Mapped[list[Engagement]] = relationship(secondary=event_engagements)

    @property
    def occurred(self) -> PartialDate | None:
        return PartialDate.from_stored(self.occurred_on, self.occurred_precision)

    @occurred.setter
    def occurred(self, value: PartialDate) -> None:
        self.occurred_on = value.first_day()
        self.occurred_precision = value.stored_precision
