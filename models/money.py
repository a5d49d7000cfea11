"""Which money counts: one rule for tables, summaries and briefs alike."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

# Commitments are what a brief reports; budgets stand in where nothing is committed yet,
# disbursements where only payments are known. Kinds are never added together.
COUNTED_KINDS = ("commitment", "budget", "disbursement")


def counted_total(lines: Iterable[tuple[Decimal, str, str]], currency: str = "DKK") -> Decimal:
    """Total of (amount, currency, kind) lines in ``currency`` by the rule above."""
    in_currency = [
        (amount, kind) for amount, line_currency, kind in lines if line_currency == currency
    ]
    for kind in COUNTED_KINDS:
        amounts = [Decimal(amount) for amount, line_kind in in_currency if line_kind == kind]
        if amounts:
            return sum(amounts, Decimal(0))
    return Decimal(0)


def counted_kind(kinds: Iterable[str]) -> str | None:
    """The kind whose lines count, given the kinds present."""
    present = set(kinds)
    return next((kind for kind in COUNTED_KINDS if kind in present), None)
