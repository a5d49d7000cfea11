from __future__ import annotations

from datetime import date

import pytest

from reports.request import BriefRequest

BRIEF_DATE = date(2026, 11, 23)


@pytest.fixture
def mali_request() -> BriefRequest:
    return BriefRequest(
        countries=("ML",),
        classification="TIL TJENESTEBRUG",
        author="Jens Hansen",
        unit="Afrika, Politik og Udvikling",
        case_number="2026-12345",
        addressee="Udviklingsministeren",
        brief_date=BRIEF_DATE,
    )
