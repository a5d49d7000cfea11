"""texts in a third language as jsonb on PostgreSQL

PostgreSQL's ``json`` has no equality, so a query that compares whole rows (DISTINCT, a
UNION) fails on a table holding it; ``jsonb`` compares. SQLite keeps its JSON text.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 19:50:00

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("engagements", "funding_lines", "results", "key_facts", "events", "organisations")


def _retype(to: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(
            f"ALTER TABLE {table} ALTER COLUMN original_texts TYPE {to} USING original_texts::{to}"
        )


def upgrade() -> None:
    _retype("jsonb")


def downgrade() -> None:
    _retype("json")
