"""The mapped classes' tables, for the queries the window runs before showing.

Compiling a query on ORM classes or attributes first configures every mapper (about 0.03 s
for this schema); queries on the tables themselves do not. The pickers and the row count
use these, so start-up leaves that work to the first ORM query, after the window shows.
"""

from __future__ import annotations

from sqlalchemy import Table

from models import entities as e
from models.base import Base


def table_of(entity: type[Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


COUNTRIES = table_of(e.Country)
REGIONS = table_of(e.Region)
THEMES = table_of(e.Theme)
INSTRUMENTS = table_of(e.Instrument)
ENGAGEMENTS = table_of(e.Engagement)
