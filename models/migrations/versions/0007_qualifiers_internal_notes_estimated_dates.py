"""qualifiers beside figures, internal notes, estimated dates and a primary theme

- A figure's qualifier ("ca.", "mere end", "op mod", …) is data: funding lines, key facts and
  each of a result's three figures get a qualifier column.
- Editorial notes (why a date was estimated, where a figure came from) move out of the
  printed texts into ``internal_note`` on every dated record; it is shown in the app, never
  printed.
- Dates may be estimated: the precision columns hold "~year" etc., so they widen to 8.
- Each engagement has a primary theme, by which every brief groups it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUALIFIERS = "'approximately', 'more_than', 'up_to', 'at_least', 'less_than'"
DATED = ("engagements", "funding_lines", "results", "key_facts", "events")
PRECISIONS = {
    "sources": ("published_precision",),
    "engagements": ("start_precision", "end_precision", "as_of_precision"),
    "funding_lines": ("start_precision", "end_precision", "as_of_precision"),
    "results": ("start_precision", "end_precision", "as_of_precision"),
    "key_facts": ("start_precision", "end_precision", "as_of_precision"),
    "events": ("occurred_precision", "as_of_precision"),
}
QUALIFIED = {
    "funding_lines": ("qualifier",),
    "key_facts": ("value_qualifier",),
    "results": ("baseline_qualifier", "target_qualifier", "actual_qualifier"),
}


def upgrade() -> None:
    for table in DATED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("internal_note", sa.Text(), nullable=True))
            for column in QUALIFIED.get(table, ()):
                batch.add_column(sa.Column(column, sa.String(length=20), nullable=True))
                batch.create_check_constraint(
                    op.f(f"ck_{table}_{column}_known"),
                    f"{column} IS NULL OR {column} IN ({QUALIFIERS})",
                )
            for column in PRECISIONS[table]:
                batch.alter_column(
                    column, type_=sa.String(length=8), existing_type=sa.String(length=5)
                )
            if table == "engagements":
                batch.add_column(sa.Column("primary_theme_id", sa.Integer(), nullable=True))
                batch.create_foreign_key(
                    op.f("fk_engagements_primary_theme_id_themes"),
                    "themes",
                    ["primary_theme_id"],
                    ["id"],
                    ondelete="SET NULL",
                )
                batch.create_index(
                    op.f("ix_engagements_primary_theme_id"), ["primary_theme_id"], unique=False
                )
    with op.batch_alter_table("sources") as batch:
        batch.alter_column(
            "published_precision", type_=sa.String(length=8), existing_type=sa.String(length=5)
        )


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.alter_column(
            "published_precision", type_=sa.String(length=5), existing_type=sa.String(length=8)
        )
    for table in reversed(DATED):
        with op.batch_alter_table(table) as batch:
            if table == "engagements":
                batch.drop_index(op.f("ix_engagements_primary_theme_id"))
                batch.drop_constraint(
                    op.f("fk_engagements_primary_theme_id_themes"), type_="foreignkey"
                )
                batch.drop_column("primary_theme_id")
            for column in PRECISIONS[table]:
                batch.alter_column(
                    column, type_=sa.String(length=5), existing_type=sa.String(length=8)
                )
            for column in QUALIFIED.get(table, ()):
                batch.drop_constraint(op.f(f"ck_{table}_{column}_known"), type_="check")
                batch.drop_column(column)
            batch.drop_column("internal_note")
