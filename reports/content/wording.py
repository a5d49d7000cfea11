"""Short phrases a brief builds from data: lists of names, amounts per kind, status."""

from __future__ import annotations

from datetime import date

from models.money import Money
from models.rows import EngagementRow, Named
from models.selection import OWN_RECORDS

from reports.text import BriefText

KIND_WORDS = {
    "commitment": "committed",
    "disbursement": "disbursed",
    "budget": "budgeted",
    "expenditure": "spent",
}


def join_names(items: list[str], text: BriefText) -> str:
    """ "Burkina Faso og Niger" / "Burkina Faso and Niger"."""
    if len(items) <= 1:
        return "".join(items)
    word = " og " if text.language == "da" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def kind_amounts(money: Money, text: BriefText) -> str:
    """ "2,7 mia. kr. budgetteret og 172 mio. kr. udbetalt": each kind on its own."""
    parts = [
        f"{text.qualified(text.amount(amount), money.qualifier(kind))} "
        f"{text(KIND_WORDS.get(kind, kind))}"
        for kind, amount in money.home()
    ]
    parts += [
        f"{text.qualified(text.amount(amount, currency), money.qualifier(kind, currency))} "
        f"{text(KIND_WORDS.get(kind, kind))}"
        for kind, currency, amount in money.foreign()
    ]
    return join_names(parts, text)


def section_heading(names: tuple[Named, ...], regional: bool, text: BriefText) -> str:
    joined = join_names([n.name(text.language) for n in names], text)
    if regional:
        return f"{joined} – {text('Regional engagements').lower()}"
    return joined


def status_on(row: EngagementRow, brief_date: date, text: BriefText) -> str:
    """The status as it reads on the brief's date: an engagement whose recorded end has
    passed is "ended 2021", whatever the stored status still says."""
    running = row.status in ("active", "planned")
    if running and row.end is not None and row.end.last_day() < brief_date:
        return text("ended {date}").format(date=text.partial(row.end))
    return text(row.status)


def reported_by_names(publishers: tuple[str, ...], text: BriefText) -> str:
    """The publishers a selection is limited to, the ministry's own records by that name."""
    return join_names(
        [text("our own records") if name == OWN_RECORDS else name for name in publishers], text
    )
