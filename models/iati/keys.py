"""Engagement and source keys made from IATI identifiers and file names.

A key is a function of the identifier alone, so importing the same activity again finds the
same engagement. Identifiers are long and hold spaces, "/" and ","; when the readable slug
would be too long, or another identifier in the same knowledge base already has it, a short
hash of the exact identifier keeps the key unique and still deterministic.
"""

from __future__ import annotations

import hashlib

from models.services.keys import slugify

PREFIX = "iati-"
# Room after the key for the loader's child keys ("--f12345") and "add" suffixes ("-99").
ENGAGEMENT_KEY_LENGTH = 64
_HASH_LENGTH = 8


def _digest(identifier: str) -> str:
    return hashlib.sha1(identifier.encode("utf-8")).hexdigest()[:_HASH_LENGTH]


def engagement_key(identifier: str) -> str:
    """ "FI-3-2020- 2020000056" → "iati-fi-3-2020-2020000056"; long ones end in a hash."""
    slug = PREFIX + slugify(identifier, max_length=200)
    if len(slug) <= ENGAGEMENT_KEY_LENGTH:
        return slug
    return hashed_engagement_key(identifier)


def hashed_engagement_key(identifier: str) -> str:
    """The readable start of the slug plus a hash of the exact identifier."""
    room = ENGAGEMENT_KEY_LENGTH - _HASH_LENGTH - 1
    slug = (PREFIX + slugify(identifier, max_length=200))[:room].rstrip("-")
    return f"{slug}-{_digest(identifier)}"


def source_key(file_name: str) -> str:
    """ "fi-mfa-FI-3-2020.xml" → "iati-fi-mfa-fi-3-2020"."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    return PREFIX + slugify(stem, max_length=75)
