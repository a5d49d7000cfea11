"""``briefing export-pdf`` as a user runs it."""

from __future__ import annotations

from pathlib import Path

from tests.reports.pdf_reading import all_text
from tests.test_cli import briefing, knowledge_base


def _db(tmp_path: Path) -> str:
    return knowledge_base(tmp_path / "kb.sqlite")


def test_export_pdf_for_mali_by_name_in_english(tmp_path: Path) -> None:
    output = tmp_path / "mali.pdf"
    result = briefing(
        "--database",
        _db(tmp_path),
        "export-pdf",
        "--country",
        "mali",
        "--lang",
        "en",
        "--classification",
        "UNCLASSIFIED",
        "--purpose",
        "decision",
        "-o",
        str(output),
    )
    assert result.returncode == 0, result.stderr
    text = all_text(output.read_bytes())
    assert "Mali" in text and "For decision" in text and "UNCLASSIFIED" in text


def test_themes_and_regions_are_accepted_by_danish_name(tmp_path: Path) -> None:
    output = tmp_path / "sahel.pdf"
    result = briefing(
        "--database",
        _db(tmp_path),
        "export-pdf",
        "--region",
        "Nordafrika",
        "--theme",
        "MIGRATION",
        "--theme",
        "stabilisering",
        "-o",
        str(output),
    )
    assert result.returncode == 0, result.stderr
    assert output.exists()


def test_an_unknown_country_lists_close_matches_and_writes_nothing(tmp_path: Path) -> None:
    output = tmp_path / "x.pdf"
    result = briefing(
        "--database", _db(tmp_path), "export-pdf", "--country", "Malli", "-o", str(output)
    )
    assert result.returncode == 1
    assert "There is no country “Malli”. Did you mean: Mali" in result.stderr
    assert not output.exists()


def test_a_bad_date_is_refused_with_the_option_named(tmp_path: Path) -> None:
    output = tmp_path / "x.pdf"
    result = briefing(
        "--database",
        _db(tmp_path),
        "export-pdf",
        "--country",
        "ML",
        "--from",
        "2020-13-01",
        "-o",
        str(output),
    )
    assert result.returncode == 1
    assert "--from" in result.stderr and "month 13" in result.stderr
    assert not output.exists()
    assert list(tmp_path.glob("*.pdf*")) == []


def test_a_period_that_ends_before_it_starts_is_refused(tmp_path: Path) -> None:
    result = briefing(
        "--database",
        _db(tmp_path),
        "export-pdf",
        "--country",
        "ML",
        "--from",
        "2022",
        "--to",
        "2020",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert result.returncode == 1
    assert "ends before it starts" in result.stderr


def test_an_unknown_section_is_a_usage_error(tmp_path: Path) -> None:
    result = briefing(
        "--database",
        _db(tmp_path),
        "export-pdf",
        "--section",
        "gossip",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_the_sources_annex_can_name_who_last_updated_each_source(tmp_path: Path) -> None:
    import getpass

    output = tmp_path / "mali.pdf"
    result = briefing(
        "--database",
        _db(tmp_path),
        "export-pdf",
        "--country",
        "ML",
        "--lang",
        "en",
        "--show-updated-by",
        "-o",
        str(output),
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(all_text(output.read_bytes()).split())
    assert f"Last updated by {getpass.getuser()}." in text
    plain = tmp_path / "plain.pdf"
    briefing("--database", _db(tmp_path), "export-pdf", "--country", "ML", "-o", str(plain))
    assert "opdateret af" not in all_text(plain.read_bytes())


def test_an_empty_selection_exits_non_zero_and_writes_nothing(tmp_path: Path) -> None:
    database = _db(tmp_path)
    for command, name in (("export-pdf", "empty.pdf"), ("export-xlsx", "empty.xlsx")):
        output = tmp_path / name
        result = briefing(
            "--database",
            database,
            command,
            "--country",
            "ML",
            "--from",
            "1990",
            "--to",
            "1995",
            "-o",
            str(output),
        )
        assert result.returncode == 1, result.stderr
        assert "Nothing in the knowledge base matches Mali; 1990–1995" in result.stderr
        assert "without the period" in result.stderr and "Traceback" not in result.stderr
        assert not output.exists()


def test_allow_empty_writes_a_brief_stamped_as_a_draft(tmp_path: Path) -> None:
    output = tmp_path / "draft.pdf"
    result = briefing(
        "--database",
        _db(tmp_path),
        "export-pdf",
        "--country",
        "ML",
        "--search",
        "zzzqqq",
        "--allow-empty",
        "--lang",
        "en",
        "-o",
        str(output),
    )
    assert result.returncode == 0, result.stderr
    text = all_text(output.read_bytes())
    assert "DRAFT – NO DATA" in text and "Search: “zzzqqq”" in text


def test_the_marking_defaults_to_unclassified_and_is_in_the_metadata(tmp_path: Path) -> None:
    from tests.reports.pdf_reading import reader

    output = tmp_path / "mali.pdf"
    result = briefing(
        "--database", _db(tmp_path), "export-pdf", "--country", "ML", "-o", str(output)
    )
    assert result.returncode == 0, result.stderr
    pdf = reader(output.read_bytes())
    assert pdf.metadata["/Classification"] == "UKLASSIFICERET"
    assert "UKLASSIFICERET" in pdf.metadata["/Subject"]
    assert all("UKLASSIFICERET" in page.extract_text() for page in pdf.pages)


def test_own_records_and_a_publisher_narrow_the_brief(tmp_path: Path) -> None:
    database = _db(tmp_path)
    own = tmp_path / "own.pdf"
    result = briefing(
        "--database", database, "export-pdf", "--country", "ML", "--own-records", "-o", str(own)
    )
    assert result.returncode == 0, result.stderr
    assert "Indberettet af: egne registreringer" in all_text(own.read_bytes())
    other = tmp_path / "other.pdf"
    result = briefing(
        "--database", database, "export-pdf", "--country", "ML", "--lang", "en",
        "--reported-by", "Nobody MFA", "-o", str(other),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr  # Mali's key facts still print
    text = all_text(other.read_bytes())
    assert "Reported by: Nobody MFA" in text and "No engagements in the selection" in text
