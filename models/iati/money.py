"""Budgets, planned disbursements and transactions as funding lines.

A money line the import cannot read faithfully (no currency, no number, a negative amount)
is left out and reported with its line; guessing a currency would put wrong totals in a
brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models.iati.codelists import COUNTRY_SYSTEM_VOCABULARIES, TRANSACTION_KIND
from models.iati.context import ActivityContext, decimal_or_none
from models.iati.xmlfile import Element
from models.messages import say
from models.vocabulary import FundingKind

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_FINANCE_ACT = re.compile(r"^§?\s*(\d{2})\.(\d{2})\.(\d{2})(?:\.(\d{2}))?$")
_CENT = Decimal("0.01")
_TOO_LARGE = Decimal(10) ** 16
# The words a note is made of, in Danish and English (IATI's BudgetType and BudgetStatus).
_BUDGET = {"da": "Budget", "en": "Budget"}
_BUDGET_TYPE = {
    "1": {"da": "oprindeligt", "en": "original"},
    "2": {"da": "revideret", "en": "revised"},
}
_BUDGET_STATUS = {
    "1": {"da": "vejledende", "en": "indicative"},
    "2": {"da": "bindende", "en": "committed"},
}
_PLANNED = {"da": "Planlagt udbetaling", "en": "Planned disbursement"}
_BUDGET_ITEMS = {"da": "Budgetposter (kodeliste {0})", "en": "Budget items (vocabulary {0})"}

Wording = dict[str, str]  # a text by language code


def joined(parts: list[Wording], separator: str) -> Wording | None:
    """The parts joined, in each language all of them are given in: a note is never half
    Danish. Parts that share no language (a Danish description beside an English one) are
    joined in every language any gives, rather than lose one."""
    given = [part for part in parts if part]
    if not given:
        return None
    languages = set.intersection(*(set(part) for part in given)) or set().union(*given)
    return {
        code: separator.join(part[code] for part in given if code in part)
        for code in sorted(languages)
    }


@dataclass
class MoneyCounts:
    budgets: int = 0
    planned_disbursements: int = 0
    transactions: int = 0
    transactions_ignored: int = 0


@dataclass(frozen=True)
class BudgetLines:
    """What country-budget-items say about the Finance Act line(s) of an activity."""

    finance_act_line: str | None = None
    note: Wording | None = None


def finance_act_line(code: str) -> str | None:
    """ "06.32.01.20" or "§06.32.01.20" → "§06.32.01.20"; None for any other code."""
    match = _FINANCE_ACT.match(code.strip())
    if match is None:
        return None
    return "§" + ".".join(part for part in match.groups() if part)


def budget_lines(activity: Element, context: ActivityContext) -> BudgetLines:
    """One Finance Act line for all money lines when the activity names exactly one."""
    items = activity.find("country-budget-items")
    if items is None:
        return BudgetLines()
    vocabulary = (items.get("vocabulary") or "").strip()
    described: list[Wording] = []
    lines: list[str] = []
    for item in items.iterchildren("budget-item"):
        code = (item.get("code") or "").strip()
        share = f" ({item.get('percentage')} %)" if item.get("percentage") else ""
        line = finance_act_line(code) if vocabulary in COUNTRY_SYSTEM_VOCABULARIES else None
        if line:
            lines.append(line)
        figure = f"{line or code}{share}"
        words = context.wording(item.find("description"), one_line=True)
        described.append(
            {code: f"{figure} {text}" for code, text in words.items()}
            or _in_every_language(figure, context)
        )
    if not described:
        return BudgetLines()
    if len(lines) == 1 and len(described) == 1:
        return BudgetLines(finance_act_line=lines[0])
    items_said = joined(described, "; ") or {}
    heading = _in_every_language(_BUDGET_ITEMS, context, vocabulary or "?")
    return BudgetLines(note={code: f"{heading[code]}: {text}" for code, text in items_said.items()})


def _in_every_language(words: Wording | str, context: ActivityContext, *values: str) -> Wording:
    """Words the import writes itself, in Danish, English and the activity's own language
    (English words there: IATI's code lists have no other)."""
    if isinstance(words, str):
        words = {"da": words, "en": words}
    said = {code: text.format(*values) for code, text in words.items()}
    said.setdefault(context.language, said["en"])
    return said


class FundingReader:
    """Reads the money elements of one activity into funding-line records."""

    def __init__(self, context: ActivityContext, engagement_key: str, budget: BudgetLines) -> None:
        self.context = context
        self.key = engagement_key
        self.budget = budget
        self.records: list[dict[str, Any]] = []
        self.counts = MoneyCounts()

    def read(self, activity: Element) -> list[dict[str, Any]]:
        for element in activity.iterchildren("budget"):
            words = [
                _BUDGET,
                _BUDGET_TYPE.get((element.get("type") or "").strip(), {}),
                _BUDGET_STATUS.get((element.get("status") or "").strip(), {}),
            ]
            note = joined([_in_every_language(word, self.context) for word in words if word], " ")
            if self._period_line(element, FundingKind.BUDGET, note, "budget"):
                self.counts.budgets += 1
        planned = _in_every_language(_PLANNED, self.context)
        for element in activity.iterchildren("planned-disbursement"):
            if self._period_line(element, FundingKind.BUDGET, planned, "planned-disbursement"):
                self.counts.planned_disbursements += 1
        for element in activity.iterchildren("transaction"):
            type_element = element.find("transaction-type")
            code = (type_element.get("code") if type_element is not None else "") or ""
            kind = TRANSACTION_KIND.get(code.strip())
            if kind is None:
                self.counts.transactions_ignored += 1
                continue
            when = self.context.date(element.find("transaction-date"), "transaction-date")
            description = self.context.wording(element.find("description"), one_line=True)
            if self._line(element, kind, when, when, description, "transaction"):
                self.counts.transactions += 1
        return self.records

    def _period_line(
        self, element: Element, kind: FundingKind, note: Wording | None, what: str
    ) -> bool:
        start = self.context.date(element.find("period-start"), f"{what} period-start")
        end = self.context.date(element.find("period-end"), f"{what} period-end")
        if start and end and end.last_day() < start.first_day():
            self.context.problems.warning(
                say("iati.money_ends_before_start", element=what, end=end, start=start),
                element.sourceline,
            )
            end = None
        return self._line(element, kind, start, end, note, what)

    def _line(
        self,
        element: Element,
        kind: FundingKind,
        start: Any,
        end: Any,
        note: Wording | None,
        what: str,
    ) -> bool:
        problems = self.context.problems
        value = element.find("value")
        line = value.sourceline if value is not None else element.sourceline
        if value is None:
            problems.error(say("iati.money_no_value", element=what), line)
            return False
        written = (value.text or "").strip()
        raw = (value.get("currency") or self.context.default_currency or "").strip().upper()
        if raw and not _CURRENCY.match(raw):
            problems.error(
                say("iati.currency_unknown", element=what, value=written, currency=raw), line
            )
            return False
        if not raw:
            problems.error(say("iati.currency_missing", element=what, value=written), line)
            return False
        amount = decimal_or_none(value.text)
        if amount is None:
            problems.error(say("iati.value_not_number", element=what, value=written), line)
            return False
        if amount < 0:
            problems.error(
                say("iati.amount_negative", element=what, amount=amount, currency=raw), line
            )
            return False
        if amount >= _TOO_LARGE:
            problems.error(
                say("iati.amount_too_large", element=what, amount=amount, currency=raw), line
            )
            return False
        cents = amount.quantize(_CENT)
        if cents != amount:  # amounts are kept to the cent; the file's own figure is named
            problems.warning(
                say("iati.amount_cents", element=what, amount=amount, currency=raw, cents=cents),
                line,
            )
            amount = cents
        said = joined([part for part in (note, self.budget.note) if part], "\n")
        self.records.append(
            {
                "key": f"{self.key}--f{len(self.records) + 1}",
                "amount": amount,
                "currency": raw,
                "kind": kind.value,
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
                "finance_act_line": self.budget.finance_act_line,
                "language": self.context.language,
                "note": said,
                "source": self.context.source_key,
                "as_of": self.context.as_of.isoformat(),
            }
        )
        return True
