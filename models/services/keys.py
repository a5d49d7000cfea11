"""Stable keys made from titles, unique within their table."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import Base

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slugify(text: str, *, max_length: int = 60) -> str:
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_DANISH)).encode("ascii", "ignore").decode()
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "item"


def unique_key(session: Session, model: type[Base], text: str) -> str:
    """A key from ``text`` not yet used in ``model``'s table ("mali", "mali-2", ...)."""
    base = slugify(text)
    column = model.__table__.c.key
    taken = set(session.scalars(select(column).where(column.like(f"{base}%"))))
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
