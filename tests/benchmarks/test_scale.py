"""The scale generator builds what the benchmarks promise."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import distinct, func, select

from models import entities as e

from tests.benchmarks.scale import build_scale_database


def test_scale_database_spreads_engagements_over_sixty_countries(tmp_path: Path) -> None:
    database = build_scale_database(tmp_path / "scale.sqlite", engagements=600)
    with database.session() as session:
        generated = session.scalar(
            select(func.count()).select_from(e.Engagement).where(e.Engagement.key.like("scale-%"))
        )
        countries = session.scalar(
            select(func.count(distinct(e.engagement_countries.c.country_id)))
        )
        lines = session.scalar(select(func.count()).select_from(e.FundingLine))
    database.close()
    assert generated == 600
    assert countries is not None and countries >= 60
    assert lines is not None and lines >= 600
