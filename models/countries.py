"""Country names in English and Danish from pycountry, with the names a brief would use."""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache

import pycountry

# pycountry's Danish catalogue gives formal names ("Syriske Arabiske Republik"); a briefing
# uses the everyday ones.
_DANISH_COMMON = {
    "BO": "Bolivia",
    "CD": "DR Congo",
    "CZ": "Tjekkiet",
    "FM": "Mikronesien",
    "GB": "Storbritannien",
    "IR": "Iran",
    "KP": "Nordkorea",
    "KR": "Sydkorea",
    "LA": "Laos",
    "MD": "Moldova",
    "PS": "Palæstina",
    "RU": "Rusland",
    "SY": "Syrien",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "USA",
    "VE": "Venezuela",
    "VN": "Vietnam",
}


@dataclass(frozen=True)
class CountryName:
    iso2: str
    iso3: str
    name_en: str
    name_da: str


@cache
def _danish() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"])


def iso_country(iso2: str) -> CountryName | None:
    """The ISO 3166-1 entry for an alpha-2 code, or None when there is none."""
    record = pycountry.countries.get(alpha_2=iso2.upper())
    if record is None:
        return None
    english = getattr(record, "common_name", None) or record.name
    danish = _DANISH_COMMON.get(record.alpha_2) or _danish().gettext(record.name)
    return CountryName(record.alpha_2, record.alpha_3, english, danish)


def all_iso_countries() -> list[CountryName]:
    names = (iso_country(record.alpha_2) for record in pycountry.countries)
    return sorted((name for name in names if name), key=lambda name: name.iso2)
