"""Where facts come from: every engagement, figure and event points to a source."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, int_pk, stable_key
from models.partial_dates import PartialDate


class Source(Timestamped, Base):
    __tablename__ = "sources"
    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),)

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    title: Mapped[str] = mapped_column(Text)  # as published, in ``language``
    # The title in the other of Danish and English, where someone translated it.
    translated_title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[date | None] = mapped_column(Date)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)

    @property
    def published(self) -> PartialDate | None:
        return PartialDate.from_stored(self.published_on, self.published_precision)

    @published.setter
    def published(self, value: PartialDate | None) -> None:
        self.published_on = value.first_day() if value else None
        self.published_precision = value.stored_precision if value else None
