"""Reading and writing the JSON of format ``briefing-builder/1`` deterministically."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.errors import ValidationError
from models.messages import say

FORMAT = "briefing-builder/3"
# Files this program reads: version 1 has no qualifiers, internal notes, estimated dates or
# primary themes, and reads as if none were set.
READABLE = ("briefing-builder/1", "briefing-builder/2", FORMAT)
# A file is parsed whole (about three times its size in memory); 100,000 engagements with
# their funding lines and results come to about 150 MB.
MAX_FILE_BYTES = 300_000_000
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
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def _number(value: Decimal) -> str:
    """A Decimal as an exact JSON number: never through float, never in exponent form.

    ``1234567890123456.78`` stays as written and an integral amount has no decimals
    (``parse_json`` reads numbers back as Decimal, so dump → load is lossless).
    """
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(value.normalize(), "f")


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
    if isinstance(value, Decimal):
        return _number(value)
    return json.dumps(value, ensure_ascii=False, default=_plain)


def parse_json(text: str, *, name: str = "the file") -> dict[str, Any]:
    """Parse and check the envelope; numbers become Decimal so amounts stay exact."""
    try:
        document = json.loads(text, parse_float=Decimal, object_pairs_hook=_refusing_repeats)
    except json.JSONDecodeError as error:
        raise ValidationError(
            say(
                "knowledge.not_json",
                name=name,
                line=error.lineno,
                column=error.colno,
                detail=error.msg,
            )
        ) from None
    except _RepeatedNameError as repeat:
        raise ValidationError(say("knowledge.name_twice", name=name, field=repeat.name)) from None
    except RecursionError:
        raise ValidationError(say("knowledge.too_deep", name=name)) from None
    except ValueError:  # an integer of thousands of digits (Python refuses to convert it)
        raise ValidationError(say("knowledge.number_too_long", name=name)) from None
    if not isinstance(document, dict):
        raise ValidationError(say("knowledge.not_ours", name=name))
    found = document.get("format")
    if found not in READABLE:
        raise ValidationError(
            say("knowledge.too_new", name=name, found=found, format=FORMAT)
            if found
            else say("knowledge.no_format", name=name)
        )
    for list_name in LISTS:
        value = document.get(list_name, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValidationError(say("knowledge.not_records", list=list_name), record=name)
        _refuse_repeated_keys(list_name, value, name)
    for child_list in CHILD_LISTS:  # funding lines and results: their keys are global
        children = [
            child
            for engagement in document.get("engagements", [])
            if isinstance(engagement.get(child_list), list)  # else the loader says it is wrong
            for child in engagement[child_list]
            if isinstance(child, dict)
        ]
        _refuse_repeated_keys(child_list, children, name)
    return document


class _RepeatedNameError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _refusing_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose names are all different (``json`` keeps the last one silently)."""
    record: dict[str, Any] = {}
    for key, value in pairs:
        if key in record:
            raise _RepeatedNameError(key)
        record[key] = value
    return record


IDENTITY = ("key", "code", "iso2")  # the field that names a record, by list
CHILD_LISTS = ("funding", "results")


def _refuse_repeated_keys(list_name: str, records: list[dict[str, Any]], name: str) -> None:
    """Two records of one list under one key would be merged into one: refuse the file."""
    seen: set[object] = set()
    for record in records:
        identity = next((record[field] for field in IDENTITY if field in record), None)
        if identity is None or not isinstance(identity, str | int):
            continue
        if identity in seen:
            raise ValidationError(
                say("knowledge.key_twice", key=identity, list=list_name),
                record=name,
            )
        seen.add(identity)


def read_file(path: Path) -> dict[str, Any]:
    """Read a knowledge file whole, after refusing one too big to read in memory."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                say(
                    "knowledge.too_big",
                    name=path.name,
                    size=f"{size / 1_000_000:,.0f}",
                    limit=MAX_FILE_BYTES // 1_000_000,
                )
            )
        if not path.is_file():
            raise ValidationError(say("knowledge.not_a_file", path=path))
        raw = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            say("knowledge.unreadable", path=path, cause=error.strerror)
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(say("knowledge.not_utf8", name=path.name)) from None
    return parse_json(text, name=path.name)
