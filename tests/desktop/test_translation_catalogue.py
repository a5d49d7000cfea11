"""Every text desktop/ shows is in the Danish catalogue, translated: lupdate run afresh over
the code finds nothing the committed catalogue lacks, unfinished or empty."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "briefing_da.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def test_every_string_of_the_desktop_is_in_the_catalogue_with_a_danish_text(tmp_path: Path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "desktop").rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(CATALOGUE)
    missing = sorted(key for key in _messages(fresh) if key not in committed)
    assert missing == [], f"run `make translations` and translate: {missing[:5]}"
    untranslated = sorted(key for key, message in committed.items() if not _translated(message))
    assert untranslated == [], untranslated[:5]
