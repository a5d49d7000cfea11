"""Declarative base, constraint naming and the column types shared by every entity."""

from __future__ import annotations

import getpass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Annotated, Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeEngine

from models.partial_dates import PartialDate

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

int_pk = Annotated[int, mapped_column(primary_key=True)]
stable_key = Annotated[str, mapped_column(String(80), unique=True)]
short_text = Annotated[str, mapped_column(String(200))]
long_text = Annotated[str, mapped_column(Text)]


class _Cents(Numeric):  # type: ignore[type-arg]
    """NUMERIC(18, 2) in the schema, whose values travel as integers untouched."""

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class ExactMoney(TypeDecorator[Decimal]):
    """Money to the cent, exact on both engines.

    PostgreSQL keeps NUMERIC exactly. SQLite would keep it as a floating-point number
    (1234567890123456.78 came back as …456.8), so there the column holds whole cents, an
    integer that SQLite stores exactly up to the largest amount the rules accept.
    """

    impl = Numeric(18, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return _Cents(18, 2)
        return dialect.type_descriptor(Numeric(18, 2))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        cents = Decimal(value) * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"{value} is not a whole number of cents")
        return int(cents)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name != "sqlite":
            return Decimal(value)
        if isinstance(value, float):  # never after migration 0006; read as well as it can be
            return Decimal(repr(value)).quantize(CENT)
        return (Decimal(int(value)) / 100).quantize(CENT)


CENT = Decimal("0.01")
money = Annotated[Decimal, mapped_column(ExactMoney())]
quantity = Annotated[Decimal, mapped_column(Numeric(20, 4))]
day = Annotated[date, mapped_column(Date)]
precision = Annotated[str, mapped_column(String(8))]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


@cache
def current_user() -> str:
    """Who is making the change: the operating-system user (a database role in team mode)."""
    try:
        return getpass.getuser()[:100]
    except (KeyError, OSError):  # no name for this uid, e.g. in a bare container
        return "unknown"


class Timestamped:
    """Created/updated stamps and who made them, set when the row is written."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=func.now(), onupdate=func.now())
    created_by: Mapped[str | None] = mapped_column(String(100), default=current_user)
    updated_by: Mapped[str | None] = mapped_column(
        String(100), default=current_user, onupdate=current_user
    )
    # Raised by every UPDATE; an UPDATE that finds another version changed nothing and
    # fails, so two people saving the same record cannot silently overwrite each other.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's convention
        return {"version_id_col": cls.version}


def source_fk() -> Mapped[int]:
    """Every fact names where it comes from; a source in use cannot be deleted."""
    return mapped_column(ForeignKey("sources.id", ondelete="RESTRICT"), index=True)


class Period:
    """A start and end known to year, month or day; the end is stored as its last day.

    Storing the end's last day makes "overlaps the brief's period" a plain comparison.
    """

    start_on: Mapped[date | None] = mapped_column(Date)
    start_precision: Mapped[str | None] = mapped_column(String(8))
    end_on: Mapped[date | None] = mapped_column(Date)
    end_precision: Mapped[str | None] = mapped_column(String(8))

    @property
    def start(self) -> PartialDate | None:
        return PartialDate.from_stored(self.start_on, self.start_precision)

    @start.setter
    def start(self, value: PartialDate | None) -> None:
        self.start_on = value.first_day() if value else None
        self.start_precision = value.stored_precision if value else None

    @property
    def end(self) -> PartialDate | None:
        return PartialDate.from_stored(self.end_on, self.end_precision)

    @end.setter
    def end(self, value: PartialDate | None) -> None:
        self.end_on = value.last_day() if value else None
        self.end_precision = value.stored_precision if value else None


def written_check(field: str) -> CheckConstraint:
    """A required text is written in Danish, English or (imported) its own language."""
    return CheckConstraint(
        f"length(trim(coalesce({field}_da, ''))) > 0 "
        f"OR length(trim(coalesce({field}_en, ''))) > 0 "
        "OR original_texts IS NOT NULL",
        name=f"{field}_written",
    )


class Written:
    """The language a record's texts were first written in ("da" or "en"); its texts in the
    other language are translations (``models.bilingual``)."""

    language: Mapped[str] = mapped_column(String(8), default="da", server_default="da")
    # A record written in neither Danish nor English (an IATI file in Spanish, say) keeps
    # its texts as written here, by field name, until someone translates them.
    original_texts: Mapped[dict[str, str] | None] = mapped_column(
        JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
    )


class Dated:
    """The "as of" date of a fact and the source it comes from."""

    as_of_on: Mapped[date] = mapped_column(Date)
    # Editorial: why a date was estimated, where a figure came from. Shown in the app,
    # never printed in a brief.
    internal_note: Mapped[str | None] = mapped_column(Text)
    as_of_precision: Mapped[str] = mapped_column(String(8))

    @property
    def as_of(self) -> PartialDate | None:
        # None only on a new record not yet filled in; the column itself is NOT NULL.
        return PartialDate.from_stored(self.as_of_on, self.as_of_precision)

    @as_of.setter
    def as_of(self, value: PartialDate) -> None:
        self.as_of_on = value.first_day()
        self.as_of_precision = value.stored_precision
