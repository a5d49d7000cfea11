"""Reading IATI activity files safely and in little memory, one ``iati-activity`` at a time.

IATI files come from anywhere: the parser loads no DTD, resolves no entity and opens no
network connection, and a file that declares a DOCTYPE at all (the carrier of XXE and
"billion laughs" attacks) is refused before any activity is read. Elements are cleared as
soon as they are used, so a file of any size needs memory for one activity only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from models.errors import BriefingError
from models.messages import say
from models.partial_dates import PartialDate

SUPPORTED_VERSIONS = ("2.01", "2.02", "2.03")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ROOT, ACTIVITY = "iati-activities", "iati-activity"

# lxml's elements are untyped; the alias says what a value is without pretending to check it.
Element = Any


class IatiFileError(BriefingError):
    """A file that cannot be imported at all: unsafe, broken or not IATI. Nothing was written."""


def parser_options() -> dict[str, Any]:
    """The only parser settings the import uses: nothing outside the file is ever read."""
    return {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
        "remove_comments": True,
        "remove_pis": True,
    }


@dataclass
class FileHeader:
    """What the import needs to know about a file before the first activity is written."""

    version: str | None = None
    generated: PartialDate | None = None
    language: str | None = None
    publishers: list[str] = field(default_factory=list)
    activities: int = 0


def iso_date(text: str | None) -> PartialDate | None:
    """The date part of an ISO date or datetime ("2021-02-12T16:05:40" → 2021-02-12)."""
    if not text or not text.strip():
        return None
    try:
        return PartialDate.parse(text.strip()[:10])
    except BriefingError:
        return None


def language_of(element: Element) -> str | None:
    """The element's xml:lang as a language code: "en-GB" is English ("en")."""
    value = element.get(XML_LANG)
    return value.strip().lower().split("-")[0] if value and value.strip() else None


def text_of(element: Element | None) -> str:
    """All text inside an element, stripped; "" for a missing element."""
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def pick_narrative(
    element: Element | None, languages: tuple[str, ...], default_language: str | None
) -> str | None:
    """The element's narrative in the first preferred language, else the default, else any.

    A narrative without xml:lang is in the activity's default language (IATI rule).
    """
    if element is None:
        return None
    texts: list[tuple[str | None, str]] = []
    for child in element.iterchildren("narrative"):
        text = text_of(child)
        if text:
            texts.append((language_of(child) or default_language, text))
    if not texts:
        # IATI 1.x style text straight in the element; some 2.0x files still do it.
        own = (element.text or "").strip()
        return own or None
    for wanted in (*languages, default_language):
        for language, text in texts:
            if wanted is not None and language == wanted:
                return text
    return texts[0][1]


def all_narratives(element: Element | None, default_language: str) -> dict[str, str]:
    """The element's narratives by language, the first of each (IATI 1.x text straight in
    the element counts as the default language's)."""
    if element is None:
        return {}
    texts: dict[str, str] = {}
    for child in element.iterchildren("narrative"):
        text = text_of(child)
        if text:
            texts.setdefault(language_of(child) or default_language, text)
    if not texts:
        own = (element.text or "").strip()
        if own:
            texts[default_language] = own
    return texts


def _events(
    path: Path, tags: tuple[str, ...], events: tuple[str, ...] = ("start", "end")
) -> Iterator[tuple[str, Element]]:
    """(event, element) pairs for ``tags``, refusing DOCTYPEs and reporting where XML breaks."""
    checked = False
    try:
        with path.open("rb") as handle:
            context = etree.iterparse(handle, events=events, tag=tags, **parser_options())
            for event, element in context:
                if not checked:
                    _refuse_doctype(path, element)
                    checked = True
                yield event, element
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (error.lineno, 0)
        raise IatiFileError(
            say("iati.not_xml", name=path.name, line=line, column=column, detail=error.msg)
        ) from None
    except OSError as error:
        raise IatiFileError(say("iati.unreadable", name=path.name, cause=error)) from None
    root = context.root
    if root is None:
        raise IatiFileError(say("iati.no_xml", name=path.name))
    _refuse_doctype(path, root)
    if root.tag != ROOT:
        raise IatiFileError(
            say("iati.not_activities", name=path.name, root=root.tag, expected=ROOT)
        )


def _refuse_doctype(path: Path, element: Element) -> None:
    info = element.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise IatiFileError(say("iati.doctype", name=path.name))


def _release(element: Element) -> None:
    """Free an activity and the already-read siblings before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def scan_file(path: Path, languages: tuple[str, ...] = ()) -> FileHeader:
    """Read a whole file once without keeping it: check it and collect its header.

    Scanning every file before writing anything means a broken or unsafe file stops the
    import while the knowledge base is still untouched.
    """
    if not path.is_file():
        raise IatiFileError(say("backup.no_file", path=path))
    header = FileHeader()
    for event, element in _events(path, (ROOT, ACTIVITY, "reporting-org")):
        if event == "start":
            if element.tag == ROOT:
                header.version = (element.get("version") or "").strip() or None
                header.generated = iso_date(element.get("generated-datetime"))
                header.language = language_of(element)
            elif element.tag == ACTIVITY and header.language is None:
                header.language = language_of(element)
            continue
        if element.tag == "reporting-org":
            name = pick_narrative(element, languages, header.language)
            name = " ".join(name.split()) if name else None
            if name and name not in header.publishers:
                header.publishers.append(name)
        elif element.tag == ACTIVITY:
            header.activities += 1
            _release(element)
    if header.version and header.version.startswith("1."):
        raise IatiFileError(
            say(
                "iati.version",
                name=path.name,
                version=header.version,
                supported=", ".join(SUPPORTED_VERSIONS),
            )
        )
    return header


def iter_activities(path: Path) -> Iterator[Element]:
    """Each ``iati-activity`` element, complete, then freed once the caller moves on."""
    for _event, element in _events(path, (ACTIVITY,), ("end",)):
        yield element
        _release(element)
