"""An IATI import's report speaks the reader's language: Danish in the Danish interface, and
English, word for word as before, on the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from models.db import Database
from models.iati import ImportOptions, ImportReport, OnConflict, import_iati_files
from models.iati.report_text import report_lines
from models.messages import ENGLISH, Message

from desktop.message_catalogue import DANISH, danish_word

FIXTURES = Path(__file__).resolve().parent / "iati_fixtures"
CRAFTED = FIXTURES / "crafted.xml"

# Words of the English report; none may be left in the Danish one.
ENGLISH_WORDS = re.compile(
    r"\b(skipped|imported|problems|Added|Would|Changed|Dry run|Nothing|activities|budgets|"
    r"transactions|critical|error|warning|line|file|engagements|sources|funding|results|"
    r"organisations|the|is|has|no|not|of|and|more|was|left out|kept|cut|characters|recorded|"
    r"neither|nor|which|named)\b"
)

FAULTY = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities>
 <iati-activity default-currency="EUR">
  <iati-identifier>XM-FAULTY-1</iati-identifier>
  <title><narrative>Brønde i Mopti</narrative></title>
  <activity-status code="9"/>
  <activity-date iso-date="2022-03-01" type="2"/>
  <activity-date iso-date="2021-12-31" type="4"/>
  <activity-date iso-date="2022-02-30" type="1"/>
  <recipient-country code="XX"/>
  <recipient-country code="ML" percentage="120"/>
  <recipient-region code="1027" vocabulary="99"/>
  <sector vocabulary="1" code="1403"/>
  <sector vocabulary="1" code="99999"/>
  <related-activity ref="XM-FAULTY-1" type="1"/>
  <related-activity ref="XM-FAULTY-2" type="1"/>
  <related-activity ref="XM-ELSEWHERE" type="1"/>
  <participating-org role="7"><narrative>Seven</narrative></participating-org>
  <participating-org role="1"/>
  <participating-org role="4" ref="{long_ref}">
   <narrative>{long_name}</narrative>
  </participating-org>
  <budget><period-start iso-date="2022-01-01"/><period-end iso-date="2021-01-01"/>
   <value>1000.005</value></budget>
  <budget><value>abc</value></budget>
  <budget><value>-5</value></budget>
  <budget><value>1e20</value></budget>
  <budget><value currency="EURO">10</value></budget>
  <budget/>
  <transaction><transaction-type code="4"/><value>5</value></transaction>
  <result>
   <indicator><baseline value="1"/></indicator>
  </result>
  <result>
   <title><narrative>Adgang til vand</narrative></title>
   <indicator measure="2">
    <baseline value="150"/>
    <period><period-start iso-date="2022-01-01"/><period-end iso-date="2021-01-01"/>
     <target value="1.123456"/><target value="2"/></period>
   </indicator>
  </result>
 </iati-activity>
 <iati-activity default-currency="EUR">
  <iati-identifier>XM-FAULTY-2</iati-identifier>
  <title><narrative>Skoler i Gao</narrative></title>
  <activity-status code="2"/>
  <related-activity ref="XM-FAULTY-1" type="1"/>
 </iati-activity>
 <iati-activity default-currency="EUR">
  <iati-identifier>XM-FAULTY-4</iati-identifier>
  <title><narrative>Klinikker i Kayes</narrative></title>
  <activity-status code="2"/>
  <related-activity ref="XM-NOWHERE" type="1"/>
 </iati-activity>
 <iati-activity>
  <iati-identifier>XM-FAULTY-2</iati-identifier>
  <title><narrative>Skoler i Gao, igen</narrative></title>
 </iati-activity>
 <iati-activity><title><narrative>Uden identifikator</narrative></title></iati-activity>
 <iati-activity><iati-identifier>XM-FAULTY-UNTITLED</iati-identifier></iati-activity>
 <iati-activity>
  <iati-identifier>XM-FAULTY-LONG-TITLE</iati-identifier>
  <title><narrative>{long_title}</narrative></title>
 </iati-activity>
 <iati-activity>
  <iati-identifier>{long_identifier}</iati-identifier>
  <title><narrative>Lang identifikator</narrative></title>
 </iati-activity>
 <iati-activity>
  <iati-identifier>XM-FAULTY-3</iati-identifier>
  <title><narrative>Veje i Sikasso</narrative></title>
  <budget><value>10</value></budget>
  <transaction><transaction-type code="4"/><value currency="EUR">5</value></transaction>
 </iati-activity>
 <iati-activity default-currency="EUR">
  <iati-identifier>XM-FAULTY-FLAG</iati-identifier>
  <title><narrative>Mali 🇲🇱</narrative></title>
  <activity-status code="2"/>
 </iati-activity>
</iati-activities>
"""

# Ids a refused file raises (it reports no problems), and the one problem these files cannot
# provoke: a theme the sector table names that the knowledge base lacks.
NOT_PROBLEMS = {
    "iati.not_xml",
    "iati.unreadable",
    "iati.no_xml",
    "iati.not_activities",
    "iati.doctype",
    "iati.version",
}
NOT_PROVOKED = {"iati.theme_missing"}


def run_import(
    database: Database,
    paths: list[Path],
    *,
    dry_run: bool = False,
    on_conflict: OnConflict = OnConflict.UPDATE,
) -> ImportReport:
    with database.writing() as session, session.begin():
        options = ImportOptions(on_conflict=on_conflict, dry_run=dry_run)
        return import_iati_files(session, paths, options)


def in_danish(message: Message) -> str:
    return message.render(DANISH, danish_word)


def sentences(report: ImportReport, lines: list[str]) -> list[str]:
    """The report's own lines, without the engagement titles it lists (the files' words)."""
    titles = {f"  {title}" for title in report.load.added_titles + report.load.changed_titles}
    return [line for line in lines if line not in titles]


@pytest.mark.parametrize("dry_run", [True, False])
def test_the_report_of_the_crafted_import_reads_wholly_in_danish(
    database: Database, dry_run: bool
) -> None:
    report = run_import(database, [CRAFTED], dry_run=dry_run)
    lines = report_lines(report, in_danish)
    for line in sentences(report, lines):
        assert not ENGLISH_WORDS.search(line), line
    assert lines[:4] == [
        "crafted.xml (IATI 2.03)",
        "  aktiviteter: 3 importeret, 2 sprunget over",
        "  budgetter: 1, planlagte udbetalinger: 0, transaktioner: 2, resultater: 2",
        "  problemer: kritiske 2, fejl 1, advarsler 3",
    ]
    assert (
        "    kritisk (linje 65) [XM-TEST-3]: aktiviteten har ingen titel; sprunget over." in lines
    )
    assert "    kritisk (linje 69): aktiviteten har ingen iati-identifier; sprunget over." in lines
    assert (
        "    fejl (linje 29) [XM-TEST-1, phase 2/3]: budget på 1000000 har ingen valuta "
        "(hverken på værdien eller som aktivitetens default-currency); udeladt."
    ) in lines
    verb = "Vil blive tilføjet" if dry_run else "Tilføjet"
    assert f"{verb}: 3 engagementer." in lines
    assert f"{verb}: 1 kilde." in lines  # one of a kind is named in the singular
    assert f"{verb}:" in lines  # the titles follow
    assert ("Forhåndsvisning: intet er skrevet." in lines) is dry_run


def test_the_report_of_the_crafted_import_is_unchanged_in_english(database: Database) -> None:
    report = run_import(database, [CRAFTED])
    lines = report_lines(report)
    assert lines == report_lines(report, str)
    assert lines == [
        "crafted.xml (IATI 2.03)",
        "  activities: 3 imported, 2 skipped",
        "  budgets: 1, planned disbursements: 0, transactions: 2, results: 2",
        "  problems: critical 2, errors 1, warnings 3",
        "    warning (line 3) [XM-TEST-GRANDCHILD]: no activity-status; recorded as active.",
        "    warning (line 20) [XM-TEST-1, phase 2/3]: recipient-country “XX” is no ISO 3166-1 "
        "code; left out.",
        "    warning (line 21) [XM-TEST-1, phase 2/3]: recipient-region 289 (vocabulary 1) "
        "matches no region of the knowledge base; left out.",
        "    error (line 29) [XM-TEST-1, phase 2/3]: budget of 1000000 has no currency (neither "
        "on the value nor as the activity's default-currency); left out.",
        "    critical (line 65) [XM-TEST-3]: the activity has no title; skipped.",
        "    critical (line 69): the activity has no iati-identifier; skipped.",
        "Added 3 engagements.",
        "Added 3 funding.",
        "Added 2 organisations.",
        "Added 2 results.",
        "Added 1 sources.",
        "Added:",
        "  Water for Mopti",
        "  Child of the Mopti programme",
        "  Named before its parent",
    ]
    (problem,) = [p for p in report.files[0].problems if p.said.id == "iati.no_title"]
    assert problem.message == "the activity has no title; skipped."
    assert str(problem) == "critical (line 65) [XM-TEST-3]: the activity has no title; skipped."


def test_every_problem_the_import_reports_has_a_danish_sentence(
    database: Database, tmp_path: Path
) -> None:
    faulty = tmp_path / "faulty.xml"
    faulty.write_text(
        FAULTY.format(
            long_ref="XM-" + "R" * 130,
            long_name="N" * 210,
            long_title="Lang " * 120,
            long_identifier="X" * 201,
        ),
        encoding="utf-8",
    )
    newer = tmp_path / "newer.xml"  # a version this program does not know
    newer.write_text(
        CRAFTED.read_text(encoding="utf-8").replace('version="2.03"', 'version="2.04"', 1),
        encoding="utf-8",
    )
    reported: set[str] = set()
    for policy in (OnConflict.UPDATE, OnConflict.ADD):  # the second run imports copies
        report = run_import(database, [faulty, newer], on_conflict=policy)
        for problem in (problem for file in report.files for problem in file.problems):
            reported.add(problem.said.id)
            danish = in_danish(problem.reported)
            assert danish != str(problem)
            assert not ENGLISH_WORDS.search(danish), danish
        for line in sentences(report, report_lines(report, in_danish)):
            assert not ENGLISH_WORDS.search(line), line
    problem_ids = {
        message_id
        for message_id in ENGLISH
        if message_id.startswith("iati.")
        and not message_id.startswith(
            ("iati.report.", "iati.kind.", "iati.severity.", "iati.where.", "iati.problem")
        )
        and not message_id.startswith("iati.refused.")
    }
    assert problem_ids - NOT_PROBLEMS - NOT_PROVOKED <= reported


def test_a_refused_activity_names_its_record_and_field_in_danish(
    database: Database, tmp_path: Path
) -> None:
    flagged = tmp_path / "flagged.xml"
    flagged.write_text(
        CRAFTED.read_text(encoding="utf-8").replace("Named before its parent", "Mali 🇲🇱"),
        encoding="utf-8",
    )
    report = run_import(database, [flagged])
    (refused,) = [p for p in report.files[0].problems if p.said.id == "iati.not_imported"]
    assert refused.message == (
        "not imported: engagement “iati-xm-test-grandchild”, title_en: holds a flag "
        "(at position 6), which briefs cannot print."
    )
    assert in_danish(refused.said) == (
        "ikke importeret: engagementet “iati-xm-test-grandchild”, title_en: indeholder et flag "
        "(på plads 6), som notater ikke kan gengive."
    )


def test_the_app_renders_the_report_as_the_danish_catalogue_does(database: Database) -> None:
    pytest.importorskip("PySide6")
    from desktop.messages import in_language

    report = run_import(database, [CRAFTED], dry_run=True)
    danish = report_lines(report, lambda message: in_language(message, "da"))
    assert danish == report_lines(report, in_danish)
    assert report_lines(report, lambda message: in_language(message, "en")) == report_lines(report)
