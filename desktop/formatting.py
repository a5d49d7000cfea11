"""Short display forms for the window: amounts, periods and statuses in the UI language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from models.partial_dates import PartialDate

from reports.text import BriefText


def amount_text(value: Decimal, language: str) -> str:
    return BriefText(language).amount(value)


def period_text(start: PartialDate | None, end: PartialDate | None, language: str) -> str:
    return BriefText(language).period(start, end)


def status_text(status: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("Status", "planned"),
        "active": QCoreApplication.translate("Status", "active"),
        "paused": QCoreApplication.translate("Status", "paused"),
        "completed": QCoreApplication.translate("Status", "completed"),
        "withdrawn": QCoreApplication.translate("Status", "withdrawn"),
        "cancelled": QCoreApplication.translate("Status", "cancelled"),
    }
    return labels.get(status, status)


def role_text(role: str) -> str:
    labels = {
        "funding": QCoreApplication.translate("Role", "funding"),
        "accountable": QCoreApplication.translate("Role", "accountable"),
        "extending": QCoreApplication.translate("Role", "extending"),
        "implementing": QCoreApplication.translate("Role", "implementing"),
        "lead": QCoreApplication.translate("Role", "lead"),
        "partner": QCoreApplication.translate("Role", "partner"),
        "beneficiary": QCoreApplication.translate("Role", "beneficiary"),
    }
    return labels.get(role, role)


def event_kind_text(kind: str) -> str:
    labels = {
        "parliamentary_decision": QCoreApplication.translate("EventKind", "parliamentary decision"),
        "deployment": QCoreApplication.translate("EventKind", "deployment"),
        "withdrawal": QCoreApplication.translate("EventKind", "withdrawal"),
        "coup": QCoreApplication.translate("EventKind", "coup"),
        "agreement": QCoreApplication.translate("EventKind", "agreement"),
        "mandate_renewal": QCoreApplication.translate("EventKind", "mandate renewal"),
        "statement": QCoreApplication.translate("EventKind", "statement"),
        "other": QCoreApplication.translate("EventKind", "other"),
    }
    return labels.get(kind, kind)


def kind_text(kind: str) -> str:
    """ "committed", "budgeted", "disbursed" in the interface language."""
    labels = {
        "commitment": QCoreApplication.translate("Kind", "committed"),
        "budget": QCoreApplication.translate("Kind", "budgeted"),
        "disbursement": QCoreApplication.translate("Kind", "disbursed"),
    }
    return labels.get(kind, kind)


def organisation_kind_text(kind: str) -> str:
    """An organisation's kind as the interface names it, not its stored code."""
    labels = {
        "un_mission": QCoreApplication.translate("OrganisationKind", "UN mission"),
        "un_agency": QCoreApplication.translate("OrganisationKind", "UN agency"),
        "eu": QCoreApplication.translate("OrganisationKind", "EU"),
        "nato": QCoreApplication.translate("OrganisationKind", "NATO"),
        "government": QCoreApplication.translate("OrganisationKind", "government"),
        "ngo": QCoreApplication.translate("OrganisationKind", "NGO"),
        "nhri": QCoreApplication.translate("OrganisationKind", "national human rights institution"),
        "international_coalition": QCoreApplication.translate(
            "OrganisationKind", "international coalition"
        ),
        "other": QCoreApplication.translate("OrganisationKind", "other"),
    }
    return labels.get(kind, kind)
