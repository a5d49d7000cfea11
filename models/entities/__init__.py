"""All mapped entities; importing this package registers every table on ``Base.metadata``."""

from models.entities.engagement import (
    Engagement,
    EngagementOrganisation,
    FundingLine,
    engagement_countries,
    engagement_instruments,
    engagement_regions,
    engagement_themes,
)
from models.entities.events import Event, event_countries, event_engagements
from models.entities.geography import Country, Region, region_countries
from models.entities.reference import Instrument, Organisation, SectorTheme, Theme
from models.entities.results import KeyFact, Result
from models.entities.sources import Source

__all__ = [
    "Country",
    "Engagement",
    "EngagementOrganisation",
    "Event",
    "FundingLine",
    "Instrument",
    "KeyFact",
    "Organisation",
    "Region",
    "Result",
    "SectorTheme",
    "Source",
    "Theme",
    "engagement_countries",
    "engagement_instruments",
    "engagement_regions",
    "engagement_themes",
    "event_countries",
    "event_engagements",
    "region_countries",
]
