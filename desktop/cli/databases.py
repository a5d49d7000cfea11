"""Opening the database a command works on, with the rule for each kind of command."""

from __future__ import annotations

import argparse
import os

from models.db import DATABASE_ENV, Database
from models.schema import open_database


def database_was_named(arguments: argparse.Namespace) -> bool:
    """True when the user named the database (``--database`` or the environment)."""
    return bool(getattr(arguments, "database", None) or os.environ.get(DATABASE_ENV))


def open_to_read(url: str, arguments: argparse.Namespace) -> Database:
    """A database a command only reads: it must exist and hold a knowledge base.

    A mistyped name must fail, never become a new database filled with the built-in
    knowledge base. The user's own default database is the exception: it is created on
    first use, as the app does, so a new user's first command works.
    """
    return open_database(url, create=not database_was_named(arguments))
