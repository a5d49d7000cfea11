"""Closed lists of the domain: statuses, roles and kinds, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class EngagementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


class OrganisationKind(StrEnum):
    UN_MISSION = "un_mission"
    UN_AGENCY = "un_agency"
    EU = "eu"
    NATO = "nato"
    GOVERNMENT = "government"
    NGO = "ngo"
    NHRI = "nhri"
    INTERNATIONAL_COALITION = "international_coalition"
    OTHER = "other"


class OrganisationRole(StrEnum):
    """Roles of the IATI participating-org codelist plus the seeds' lead/partner/beneficiary."""

    FUNDING = "funding"
    ACCOUNTABLE = "accountable"
    EXTENDING = "extending"
    IMPLEMENTING = "implementing"
    LEAD = "lead"
    PARTNER = "partner"
    BENEFICIARY = "beneficiary"


class FundingKind(StrEnum):
    COMMITMENT = "commitment"
    BUDGET = "budget"
    DISBURSEMENT = "disbursement"
    EXPENDITURE = "expenditure"


class Qualifier(StrEnum):
    """How a figure is meant: "ca. 2,7 mia.", "mere end 140.000", "op mod 15.000"."""

    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"


class EventKind(StrEnum):
    PARLIAMENTARY_DECISION = "parliamentary_decision"
    DEPLOYMENT = "deployment"
    WITHDRAWAL = "withdrawal"
    COUP = "coup"
    AGREEMENT = "agreement"
    MANDATE_RENEWAL = "mandate_renewal"
    STATEMENT = "statement"
    OTHER = "other"


def sql_in(values: type[StrEnum]) -> str:
    """The SQL list for a CHECK constraint that keeps a column inside an enumeration."""
    return ", ".join(f"'{member.value}'" for member in values)
