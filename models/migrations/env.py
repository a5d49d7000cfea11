"""Alembic's entry: always runs on a connection handed in by ``models.schema.upgrade``."""

from alembic import context

import models.entities  # noqa: F401 - registers every table
from models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through models.schema.upgrade().")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
