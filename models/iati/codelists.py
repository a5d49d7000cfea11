"""IATI code lists translated into the knowledge base's own words.

Only the codes the import needs are listed; a code missing here is reported, never guessed.
The sector-to-theme table is data (``resources/knowledge/dac_sector_themes.json``) so a
desk can adjust it without touching code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from models.vocabulary import EngagementStatus, FundingKind, OrganisationKind, OrganisationRole

SECTOR_THEMES_FILE = "dac_sector_themes.json"

# IATI ActivityStatus codelist.
ACTIVITY_STATUS = {
    "1": EngagementStatus.PLANNED,
    "2": EngagementStatus.ACTIVE,
    "3": EngagementStatus.COMPLETED,
    "4": EngagementStatus.COMPLETED,
    "5": EngagementStatus.CANCELLED,
    "6": EngagementStatus.PAUSED,
}

# IATI OrganisationRole codelist.
ORGANISATION_ROLE = {
    "1": OrganisationRole.FUNDING,
    "2": OrganisationRole.ACCOUNTABLE,
    "3": OrganisationRole.EXTENDING,
    "4": OrganisationRole.IMPLEMENTING,
}

# IATI OrganisationType codelist, reduced to the kinds a brief distinguishes.
ORGANISATION_KIND = {
    "10": OrganisationKind.GOVERNMENT,
    "21": OrganisationKind.NGO,
    "22": OrganisationKind.NGO,
    "23": OrganisationKind.NGO,
    "24": OrganisationKind.NGO,
    "40": OrganisationKind.UN_AGENCY,
}

# IATI TransactionType codes kept as funding lines; the others (incoming funds, loan
# repayments, expenditure, ...) are counted but not imported.
TRANSACTION_KIND = {"2": FundingKind.COMMITMENT, "3": FundingKind.DISBURSEMENT}

# OECD DAC recipient regions (IATI RegionVocabulary 1) that match a built-in region.
# Wider groupings ("South of Sahara", "Developing countries, unspecified") match none.
DAC_REGIONS = {
    "89": "europe",
    "189": "north-africa",
    "589": "middle-east",
    "619": "asia",
    "679": "asia",
    "689": "asia",
    "789": "asia",
    "798": "asia",
    "1027": "east-africa",
    "1029": "southern-africa",
    "1030": "west-africa",
}

# IATI BudgetIdentifierVocabulary: 4 "Country Chart of Accounts", 5 "Other Country System".
# Danida reports Finance Act (Finanslov) lines in these.
COUNTRY_SYSTEM_VOCABULARIES = frozenset({"4", "5"})

DA, EN = "da", "en"


@dataclass(frozen=True)
class SectorThemes:
    """DAC sector codes to theme codes: five-digit overrides first, then the category."""

    categories: dict[str, str | None]
    codes: dict[str, str | None]

    def theme_for(self, code: str) -> tuple[bool, str | None]:
        """(known, theme): known is False when the code's category is not in the table."""
        if code in self.codes:
            return True, self.codes[code]
        category = code[:3]
        if category in self.categories:
            return True, self.categories[category]
        return False, None


@cache
def sector_themes() -> SectorThemes:
    """The default table shipped with the program (read once per process)."""
    path = resources.files("resources") / "knowledge" / SECTOR_THEMES_FILE
    data = json.loads(path.read_text("utf-8"))
    return SectorThemes(dict(data["categories"]), dict(data.get("codes", {})))


def with_overrides(defaults: SectorThemes, overrides: dict[str, str | None]) -> SectorThemes:
    """The defaults with the user's choices (3-digit categories, 5-digit codes) on top."""
    categories = dict(defaults.categories)
    codes = dict(defaults.codes)
    for code, theme in overrides.items():
        (categories if len(code) == 3 else codes)[code] = theme
    return SectorThemes(categories, codes)
