"""Countries (ISO 3166-1) and the user-definable regions that group them."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, int_pk, short_text, stable_key

region_countries = Table(
    "region_countries",
    Base.metadata,
    Column("region_id", ForeignKey("regions.id", ondelete="CASCADE"), primary_key=True),
    Column("country_id", ForeignKey("countries.id", ondelete="CASCADE"), primary_key=True),
)


class Country(Timestamped, Base):
    __tablename__ = "countries"
    __table_args__ = (
        CheckConstraint("length(iso2) = 2", name="iso2_length"),
        CheckConstraint("length(iso3) = 3", name="iso3_length"),
        CheckConstraint("length(trim(name_en)) > 0", name="name_en_not_empty"),
    )

    id: Mapped[int_pk]
    iso2: Mapped[str] = mapped_column(String(2), unique=True)
    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    name_en: Mapped[short_text]
    name_da: Mapped[short_text]
    regions: Mapped[list[Region]] = relationship(
        secondary=region_countries, back_populates="countries"
    )

    def name(self, language: str) -> str:
        return self.name_da if language == "da" else self.name_en


class Region(Timestamped, Base):
    __tablename__ = "regions"
    __table_args__ = (CheckConstraint("length(trim(name_en)) > 0", name="name_en_not_empty"),)

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    name_en: Mapped[short_text]
    name_da: Mapped[short_text]
    countries: Mapped[list[Country]] = relationship(
        secondary=region_countries, back_populates="regions"
    )

    def name(self, language: str) -> str:
        return self.name_da if language == "da" else self.name_en
