"""Reading and writing the JSON of format ``briefing-builder/1`` deterministically."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.errors import ValidationError

FORMAT = "briefing-builder/1"
LISTS = (
    "sources",
    "regions",
    "countries",
    "themes",
    "instruments",
    "organisations",
    "engagements",
    "key_facts",
    "events",
    "sector_themes",
)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def to_json(document: dict[str, Any]) -> str:
    """Stable, readable text: two-space indent, lists of codes on one line, final newline."""
    return _encode(document, 0) + "\n"


def _encode(value: Any, depth: int) -> str:
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (
            f"{inner}{json.dumps(key, ensure_ascii=False)}: {_encode(item, depth + 1)}"
            for key, item in value.items()
        )
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(item, dict | list) for item in value):
            return "[" + ", ".join(_encode(item, depth) for item in value) + "]"
        return "[\n" + ",\n".join(inner + _encode(item, depth + 1) for item in value) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False, default=_plain)


def parse_json(text: str, *, name: str = "the file") -> dict[str, Any]:
    """Parse and check the envelope; numbers become Decimal so amounts stay exact."""
    try:
        document = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    if not isinstance(document, dict):
        raise ValidationError(f"{name} is not a Briefing Builder knowledge file.")
    found = document.get("format")
    if found != FORMAT:
        raise ValidationError(
            f"{name} has format “{found}”; this program reads “{FORMAT}”."
            if found
            else f"{name} is not a Briefing Builder knowledge file (no “format”)."
        )
    for list_name in LISTS:
        value = document.get(list_name, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValidationError(f"“{list_name}” must be a list of records.", record=name)
    return document


def read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"{path} cannot be read: {error.strerror}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(f"{path.name} is not UTF-8 text.") from None
    return parse_json(text, name=path.name)
