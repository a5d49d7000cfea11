"""Reading a from/to pair of partial dates typed by the user."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from models.errors import BriefingError
from models.partial_dates import PartialDate

from desktop.messages import message_text


def read_period(start_text: str, end_text: str) -> tuple[dt.date | None, dt.date | None, str]:
    """(first day, last day, message); the message is empty when both fields are valid."""
    start = end = None
    try:
        if start_text.strip():
            start = PartialDate.parse(start_text).first_day()
        if end_text.strip():
            end = PartialDate.parse(end_text).last_day()
    except BriefingError as error:
        return None, None, message_text(error)
    if start and end and end < start:
        return None, None, QCoreApplication.translate("Period", "The period ends before it starts.")
    return start, end, ""
