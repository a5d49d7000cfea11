"""``export-pdf``: a briefing note from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from models.errors import ValidationError
from models.partial_dates import PartialDate
from models.queries.lookup import find_countries, find_regions, find_themes
from models.selection import OWN_RECORDS
from models.vocabulary import EngagementStatus

from reports.render import write_brief
from reports.request import BriefRequest, Purpose, Section

from desktop.cli.databases import open_to_read


def _selection_arguments(parser: Any) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    parser.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="CODE",
        help="ISO code or name, Danish or English (repeatable)",
    )
    parser.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="NAME",
        help="region key or name (repeatable)",
    )
    parser.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="CODE",
        help="theme code or name (repeatable; none = all themes)",
    )
    parser.add_argument(
        "--from",
        dest="period_from",
        metavar="DATE",
        help="start of the period: YYYY, YYYY-MM or YYYY-MM-DD",
    )
    parser.add_argument("--to", dest="period_to", metavar="DATE", help="end of the period")
    parser.add_argument(
        "--instrument",
        action="append",
        default=[],
        metavar="CODE",
        help="instrument code (repeatable; none = all instruments)",
    )
    parser.add_argument(
        "--reported-by",
        action="append",
        default=[],
        metavar="PUBLISHER",
        help="only records an IATI file's publisher reported (repeatable; none = all)",
    )
    parser.add_argument(
        "--own-records",
        action="store_true",
        help="only the ministry's own records, not imported ones (with --reported-by: both)",
    )
    parser.add_argument(
        "--status",
        action="append",
        default=[],
        choices=[s.value for s in EngagementStatus],
        help="engagement status (repeatable; none = all)",
    )
    parser.add_argument(
        "--search", default="", metavar="WORDS", help="only engagements with all these words"
    )
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="write a file stamped as a draft even when nothing matches (else: exit 1)",
    )


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export-pdf", help="write a PDF briefing note for countries, regions and themes"
    )
    _selection_arguments(export)
    export.add_argument("--classification", metavar="TEXT", help="marking such as FORTROLIGT")
    export.add_argument("--purpose", choices=[p.value for p in Purpose], default="info")
    export.add_argument("--title", metavar="TEXT")
    export.add_argument("--addressee", metavar="TEXT")
    export.add_argument("--author", metavar="NAME")
    export.add_argument("--unit", metavar="NAME")
    export.add_argument("--case-number", metavar="TEXT")
    export.add_argument(
        "--date",
        dest="brief_date",
        metavar="YYYY-MM-DD",
        help="date printed on the brief (default: today)",
    )
    export.add_argument(
        "--stale-months",
        type=int,
        default=12,
        metavar="N",
        help="mark data older than N months as possibly outdated",
    )
    export.add_argument(
        "--show-updated-by",
        action="store_true",
        help="name who last changed each source in the sources annex",
    )
    export.add_argument(
        "--section",
        action="append",
        default=[],
        choices=[s.value for s in Section],
        help="sections to include, in order (repeatable; default: all)",
    )
    export.set_defaults(handler=export_pdf)
    for kind in ("csv", "xlsx"):
        table = commands.add_parser(
            f"export-{kind}",
            help=f"write the selected engagements, funding and results as {kind.upper()}",
        )
        _selection_arguments(table)
        table.set_defaults(handler=export_csv if kind == "csv" else export_xlsx)


def _day(text: str | None, *, end: bool, name: str) -> date | None:
    if not text:
        return None
    try:
        value = PartialDate.parse(text)
    except ValidationError as error:
        raise ValidationError(error.message, field=name) from None
    return value.last_day() if end else value.first_day()


def _selection(session: Any, arguments: argparse.Namespace) -> dict[str, Any]:
    return {
        "countries": tuple(c.code for c in find_countries(session, arguments.country)),
        "regions": tuple(r.code for r in find_regions(session, arguments.region)),
        "themes": tuple(t.code for t in find_themes(session, arguments.theme)),
        "instruments": tuple(arguments.instrument),
        "statuses": tuple(arguments.status),
        "reported_by": (
            *arguments.reported_by,
            *((OWN_RECORDS,) if arguments.own_records else ()),
        ),
        "search": arguments.search,
        "allow_empty": arguments.allow_empty,
        "period_start": _day(arguments.period_from, end=False, name="--from"),
        "period_end": _day(arguments.period_to, end=True, name="--to"),
        "language": arguments.lang,
    }


def export_csv(url: str, arguments: argparse.Namespace) -> int:
    from reports.exports.rows import export_sheets
    from reports.exports.writers import write_csv

    database = open_to_read(url, arguments)
    try:
        with database.session() as session:
            request = BriefRequest(**_selection(session, arguments))
            paths = write_csv(arguments.output, export_sheets(session, request), request.language)
    finally:
        database.close()
    print("Wrote " + ", ".join(str(path) for path in paths))
    return 0


def export_xlsx(url: str, arguments: argparse.Namespace) -> int:
    from reports.exports.rows import export_sheets
    from reports.exports.writers import write_xlsx

    database = open_to_read(url, arguments)
    try:
        with database.session() as session:
            request = BriefRequest(**_selection(session, arguments))
            write_xlsx(arguments.output, export_sheets(session, request), request.language)
    finally:
        database.close()
    print(f"Wrote {arguments.output}")
    return 0


def export_pdf(url: str, arguments: argparse.Namespace) -> int:
    database = open_to_read(url, arguments)
    try:
        with database.session() as session:
            request = BriefRequest(
                **_selection(session, arguments),
                sections=tuple(Section(s) for s in arguments.section) or tuple(Section),
                classification=arguments.classification,
                purpose=Purpose(arguments.purpose),
                title=arguments.title,
                addressee=arguments.addressee,
                author=arguments.author,
                unit=arguments.unit,
                case_number=arguments.case_number,
                brief_date=_day(arguments.brief_date, end=False, name="--date") or date.today(),
                stale_after_months=arguments.stale_months,
                show_updated_by=arguments.show_updated_by,
            )
            size = write_brief(session, request, arguments.output)
    finally:
        database.close()
    print(f"Wrote {arguments.output} ({size // 1024} KB).")
    return 0
