"""Reference lists a desk officer picks from: themes, instruments and organisations."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Written, int_pk, short_text, stable_key, written_check
from models.bilingual import text_in
from models.vocabulary import OrganisationKind, sql_in


class Theme(Timestamped, Base):
    __tablename__ = "themes"
    __table_args__ = (CheckConstraint("length(trim(name_en)) > 0", name="name_en_not_empty"),)

    id: Mapped[int_pk]
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name_en: Mapped[short_text]
    name_da: Mapped[short_text]

    def name(self, language: str) -> str:
        return self.name_da if language == "da" else self.name_en


class Instrument(Timestamped, Base):
    __tablename__ = "instruments"
    __table_args__ = (CheckConstraint("length(trim(name_en)) > 0", name="name_en_not_empty"),)

    id: Mapped[int_pk]
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name_en: Mapped[short_text]
    name_da: Mapped[short_text]

    def name(self, language: str) -> str:
        return self.name_da if language == "da" else self.name_en


class Organisation(Timestamped, Written, Base):
    __tablename__ = "organisations"
    __table_args__ = (
        written_check("name"),
        CheckConstraint(f"kind IN ({sql_in(OrganisationKind)})", name="kind_known"),
    )

    id: Mapped[int_pk]
    key: Mapped[stable_key]
    name_da: Mapped[str | None] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    acronym_da: Mapped[str | None] = mapped_column(String(40))
    acronym_en: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(30), default=OrganisationKind.OTHER.value)
    iati_ref: Mapped[str | None] = mapped_column(String(120))

    def label(self, language: str) -> str:
        """The short name used in tables: the acronym where there is one."""
        return text_in(self, "acronym", language) or text_in(self, "name", language) or ""


class SectorTheme(Timestamped, Base):
    """A user's choice of theme for a DAC sector code (3-digit category or 5-digit code).

    The program ships defaults (resources/knowledge/dac_sector_themes.json); a row here
    overrides them for IATI imports. No theme means "this sector names no theme".
    """

    __tablename__ = "sector_themes"
    __table_args__ = (CheckConstraint("length(code) = 3 OR length(code) = 5", name="code_dac"),)

    id: Mapped[int_pk]
    code: Mapped[str] = mapped_column(String(5), unique=True)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), index=True
    )
    theme: Mapped[Theme | None] = relationship()
