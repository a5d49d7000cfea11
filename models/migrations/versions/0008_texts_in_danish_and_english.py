"""every printed text in Danish and English, and the language each record was written in

Each text column (an engagement's title and summary, a result's indicator, …) becomes two,
``<name>_da`` and ``<name>_en``; a record's ``language`` says which was written first. The
existing text moves, character for character, into the column of its source's language
(English for a source marked "en" or "en-GB", Danish for "da" or none; organisations, which
have no source, count as English when they came from an IATI file). A record whose source is
in a third language ("fr") keeps that language and its texts as written, in
``original_texts``, as a file load keeps them: never in a column that would call them Danish.
Sources gain a translated title.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 13:40:00

"""

import re
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


THREE_LETTER = {"dan": "da", "eng": "en"}


def _code(written: str | None) -> str:
    """A source's language as a record's: "en-GB" is "en", none or an unreadable one "da"."""
    code = (written or "").strip().lower().split("-")[0]
    code = THREE_LETTER.get(code, code)
    return code if re.fullmatch(r"[a-z]{2,3}", code) else "da"


def _set_languages(table: str) -> None:
    """Each record's language: its source's, or for an organisation English when it came
    from an IATI file."""
    if table == "organisations":
        op.execute(
            "UPDATE organisations SET language = "
            "CASE WHEN iati_ref IS NOT NULL THEN 'en' ELSE 'da' END"
        )
        return
    connection = op.get_bind()
    by_language: dict[str, list[int]] = {}
    for source_id, written in connection.execute(sa.text("SELECT id, language FROM sources")):
        by_language.setdefault(_code(written), []).append(source_id)
    records = sa.table(table, sa.column("source_id"), sa.column("language"))
    for code, sources in by_language.items():
        if code != "da":  # the column's default
            connection.execute(
                records.update().where(records.c.source_id.in_(sources)).values(language=code)
            )


def _keep_third_language(table: str, columns: Sequence[str]) -> None:
    """Texts of records written in neither Danish nor English, kept as written."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(f"SELECT id, {', '.join(columns)} FROM {table} WHERE language NOT IN ('da', 'en')")
    ).all()
    records = sa.table(table, sa.column("id"), sa.column("original_texts", sa.JSON()))
    kept = [
        {"record": row[0], "texts": texts}
        for row in rows
        if (texts := {name: text for name, text in zip(columns, row[1:], strict=True) if text})
    ]
    if kept:
        connection.execute(
            records.update()
            .where(records.c.id == sa.bindparam("record"))
            .values(original_texts=sa.bindparam("texts")),
            kept,
        )


def _restore_third_language(table: str, columns: Sequence[str]) -> None:
    """Put texts kept as written in a third language back in the one column of each."""
    connection = op.get_bind()
    records = sa.table(table, sa.column("id"), sa.column("original_texts", sa.JSON()))
    rows = connection.execute(
        sa.select(records.c.id, records.c.original_texts).where(
            records.c.original_texts.is_not(None)
        )
    ).all()
    for record, texts in rows:
        given = {name: texts[name] for name in columns if texts and texts.get(name)}
        if given:
            flat = sa.table(table, sa.column("id"), *(sa.column(name) for name in given))
            connection.execute(flat.update().where(flat.c.id == record).values(**given))


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
        _set_languages(table)
        _keep_third_language(table, [column for column, _type in columns])
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
        _restore_third_language(table, [column for column, _type in columns])
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
