"""The notes an IATI import writes on funding lines are in Danish and English, never half of
each: the import's own words in both, a file's description only in the languages it gives."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models import entities as e
from models.db import Database
from models.iati import ImportOptions, import_iati_files

ACTIVITY = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2024-03-01T12:00:00">
 <iati-activity xml:lang="da" default-currency="DKK">
  <iati-identifier>XM-NOTES-1</iati-identifier>
  <reporting-org ref="XM-DAC-5" type="10"><narrative>Udenrigsministeriet</narrative></reporting-org>
  <title><narrative>Vand til Mopti</narrative>
   <narrative xml:lang="en">Water for Mopti</narrative></title>
  <activity-status code="2"/>
  <activity-date iso-date="2021-03-01" type="2"/>
  <recipient-country code="ML" percentage="100"/>
  <budget type="2" status="1">
   <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
   <value value-date="2021-01-01">1000000</value>
  </budget>
  <planned-disbursement>
   <period-start iso-date="2022-01-01"/><period-end iso-date="2022-12-31"/>
   <value value-date="2022-01-01">500000</value>
  </planned-disbursement>
  <transaction>
   <transaction-type code="3"/><transaction-date iso-date="2021-06-01"/>
   <description><narrative xml:lang="en">First instalment</narrative></description>
   <value value-date="2021-06-01">250000</value>
  </transaction>
 </iati-activity>
</iati-activities>
"""


def test_funding_line_notes_are_in_both_languages_or_only_in_the_file_s(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "notes.xml"
    path.write_text(ACTIVITY, encoding="utf-8")
    with database.writing() as session, session.begin():
        import_iati_files(session, [path], ImportOptions())
    with database.session() as session:
        lines = session.scalars(
            select(e.FundingLine)
            .join(e.Engagement)
            .where(e.Engagement.iati_identifier == "XM-NOTES-1")
            .order_by(e.FundingLine.amount.desc())
        ).all()
        notes = [(line.language, line.note_da, line.note_en) for line in lines]
    assert notes == [
        ("da", "Budget revideret vejledende", "Budget revised indicative"),
        ("da", "Planlagt udbetaling", "Planned disbursement"),
        ("da", None, "First instalment"),  # the file gives it in English only
    ]
