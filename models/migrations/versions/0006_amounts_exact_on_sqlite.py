"""amounts exact on SQLite: whole cents instead of floating point

SQLite kept NUMERIC(18, 2) amounts as floating-point numbers, which cannot hold every amount
of 16 digits and two decimals. From this revision its column holds whole cents (an
integer, exact); PostgreSQL already keeps NUMERIC exactly and is not touched. The schema's
declared type stays NUMERIC(18, 2) on both engines.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:45:00

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE funding_lines SET amount = CAST(ROUND(amount * 100) AS INTEGER)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE funding_lines SET amount = amount / 100.0")
