"""every printed text in Danish and English, and the language each record was written in

Each text column (an engagement's title and summary, a result's indicator, …) becomes two,
``<name>_da`` and ``<name>_en``; a record's ``language`` says which was written first. The
existing text moves, character for character, into the column of its source's language
(English for a source marked "en", Danish otherwise; organisations, which have no source,
count as English when they came from an IATI file). Sources gain a translated title.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 13:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXTS = {  # table: ((column, type), ...)
    "engagements": (("title", sa.Text()), ("summary", sa.Text())),
    "funding_lines": (("note", sa.Text()),),
    "results": (
        ("indicator", sa.Text()),
        ("unit", sa.String(length=40)),
        ("baseline_text", sa.Text()),
        ("target_text", sa.Text()),
        ("actual_text", sa.Text()),
        ("note", sa.Text()),
    ),
    "key_facts": (("text", sa.Text()), ("unit", sa.String(length=40)), ("value_text", sa.Text())),
    "events": (("title", sa.Text()), ("description", sa.Text())),
    "organisations": (("name", sa.String(length=200)), ("acronym", sa.String(length=40))),
}
REQUIRED = {  # table: (the text that must be written, its old check's name)
    "engagements": ("title", "title_not_empty"),
    "results": ("indicator", "indicator_not_empty"),
    "key_facts": ("text", "text_not_empty"),
    "events": ("title", "title_not_empty"),
    "organisations": ("name", "name_not_empty"),
}

PERCENTAGES = {  # figures that must lie within 0-100 when their unit is "%"
    "results": ("baseline", "target", "actual"),
    "key_facts": ("value",),
}


def _percentage(column: str) -> str:
    return (
        "(coalesce(unit_da, '') <> '%' AND coalesce(unit_en, '') <> '%') "
        f"OR {column} IS NULL OR ({column} >= 0 AND {column} <= 100)"
    )


def _old_percentage(column: str) -> str:
    return f"unit IS NULL OR unit <> '%' OR {column} IS NULL OR ({column} >= 0 AND {column} <= 100)"


def _written(column: str) -> str:
    return (
        f"length(trim(coalesce({column}_da, ''))) > 0 "
        f"OR length(trim(coalesce({column}_en, ''))) > 0 "
        "OR original_texts IS NOT NULL"
    )


def _language_of_records(table: str) -> str:
    if table == "organisations":
        return "CASE WHEN iati_ref IS NOT NULL THEN 'en' ELSE 'da' END"
    return (
        f"CASE WHEN (SELECT language FROM sources WHERE sources.id = {table}.source_id) = 'en' "
        "THEN 'en' ELSE 'da' END"
    )


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("translated_title", sa.Text(), nullable=True))
    for table, columns in TEXTS.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("language", sa.String(length=8), nullable=False, server_default="da")
            )
            batch.add_column(sa.Column("original_texts", sa.JSON(none_as_null=True), nullable=True))
            for column, type_ in columns:
                batch.add_column(sa.Column(f"{column}_da", type_, nullable=True))
                batch.add_column(sa.Column(f"{column}_en", type_, nullable=True))
        op.execute(f"UPDATE {table} SET language = {_language_of_records(table)}")
        for column, _type in columns:
            op.execute(
                f"UPDATE {table} SET "
                f"{column}_da = CASE WHEN language = 'da' THEN {column} END, "
                f"{column}_en = CASE WHEN language = 'en' THEN {column} END"
            )
        with op.batch_alter_table(table) as batch:
            if table in REQUIRED:
                column, old_check = REQUIRED[table]
                batch.drop_constraint(op.f(f"ck_{table}_{old_check}"), type_="check")
                batch.create_check_constraint(
                    op.f(f"ck_{table}_{column}_written"), _written(column)
                )
            for figure in PERCENTAGES.get(table, ()):
                name = op.f(f"ck_{table}_{figure}_percentage")
                batch.drop_constraint(name, type_="check")
                batch.create_check_constraint(name, _percentage(figure))
            for column, _type in columns:
                batch.drop_column(column)


def downgrade() -> None:
    for table, columns in TEXTS.items():
        with op.batch_alter_table(table) as batch:
            for column, type_ in columns:
                batch.add_column(sa.Column(column, type_, nullable=True))
        for column, _type in columns:
            first, then = "da", "en"
            op.execute(
                f"UPDATE {table} SET {column} = CASE WHEN language = 'en' "
                f"THEN coalesce({column}_{then}, {column}_{first}) "
                f"ELSE coalesce({column}_{first}, {column}_{then}) END"
            )
        with op.batch_alter_table(table) as batch:
            if table in REQUIRED:
                column, old_check = REQUIRED[table]
                batch.drop_constraint(op.f(f"ck_{table}_{column}_written"), type_="check")
                batch.create_check_constraint(
                    op.f(f"ck_{table}_{old_check}"), f"length(trim({column})) > 0"
                )
            for figure in PERCENTAGES.get(table, ()):
                name = op.f(f"ck_{table}_{figure}_percentage")
                batch.drop_constraint(name, type_="check")
                batch.create_check_constraint(name, _old_percentage(figure))
            for column, _type in columns:
                batch.drop_column(f"{column}_da")
                batch.drop_column(f"{column}_en")
            batch.drop_column("original_texts")
            batch.drop_column("language")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("translated_title")
