"""``db path``, ``db upgrade``, ``dump`` and ``load``: the knowledge base as a file."""

from __future__ import annotations

import argparse
import shlex
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from models.db import without_password
from models.errors import BriefingError
from models.files import write_atomically
from models.interchange.dump import dump_document
from models.interchange.fileformat import read_file, to_json
from models.interchange.inventory import count_records, describe_counts, document_record_count
from models.interchange.load import LoadReport, load_document
from models.interchange.replace import drop_unneeded, keep, replace_contents, with_backup
from models.schema import open_database
from models.services.validation import as_stored

from desktop.cli.databases import open_to_read


def register(commands: Any) -> None:
    db = commands.add_parser("db", help="where the database is; create or upgrade it")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    path = db_commands.add_parser("path", help="print the database URL in use")
    path.set_defaults(handler=show_path)
    upgrade = db_commands.add_parser("upgrade", help="create the database or upgrade its schema")
    upgrade.set_defaults(handler=upgrade_database)

    dump = commands.add_parser("dump", help="write the whole knowledge base as JSON")
    dump.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    dump.set_defaults(handler=dump_knowledge)

    load = commands.add_parser("load", help="merge a JSON dump into the knowledge base")
    load.add_argument("file", type=Path)
    load.add_argument(
        "--replace",
        action="store_true",
        help="replace everything instead of merging by key (a backup is taken first)",
    )
    load.add_argument(
        "--restore",
        action="store_true",
        help="the file is a backup or dump of a knowledge base: take its texts as stored, "
        "even those saved before today's limits",
    )
    load.add_argument(
        "--allow-empty",
        action="store_true",
        help="let --replace load a file that holds no records (empties the knowledge base)",
    )
    load.set_defaults(handler=load_knowledge)

    copy = commands.add_parser("copy", help="copy a whole knowledge base to another database")
    copy.add_argument("--from", dest="source", metavar="URL", required=True)
    copy.add_argument("--to", dest="target", metavar="URL", required=True)
    copy.add_argument(
        "--replace",
        action="store_true",
        help="replace what the target holds (a backup of it is taken first)",
    )
    copy.set_defaults(handler=copy_knowledge)


def show_path(url: str, _arguments: argparse.Namespace) -> int:
    print(without_password(url))
    return 0


def upgrade_database(url: str, _arguments: argparse.Namespace) -> int:
    database = open_database(url)
    database.close()
    print(f"Database ready: {without_password(url)}")
    return 0


def dump_knowledge(url: str, arguments: argparse.Namespace) -> int:
    database = open_to_read(url, arguments)
    try:
        with database.session() as session:
            text = to_json(dump_document(session))
    finally:
        database.close()
    if arguments.output:
        write_atomically(arguments.output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0


def load_knowledge(url: str, arguments: argparse.Namespace) -> int:
    document = read_file(arguments.file)
    if arguments.replace and not document_record_count(document) and not arguments.allow_empty:
        raise BriefingError(
            f"{arguments.file.name} holds no records: replacing with it would empty the "
            "knowledge base. Nothing was changed (add --allow-empty if that is what you want)."
        )
    database = open_database(url)
    try:
        if arguments.replace:
            replacement = replace_contents(database, document, texts_as_stored=arguments.restore)
            report = replacement.report
        else:  # a merge overwrites what the file changes: a copy of it comes first
            with as_stored() if arguments.restore else nullcontext():
                report, backup = with_backup(
                    database, lambda session: load_document(session, document)
                )
    finally:
        database.close()
    if arguments.replace:
        print(f"Replaced {describe_counts(replacement.replaced)} with the file's records.")
        _print_backup(replacement.backup, url)
    elif report.unchanged:
        drop_unneeded(backup)
        print("Nothing changed.")
    _print_report(report)
    if not arguments.replace and not report.unchanged:
        if report.changed:  # records were overwritten: say where their old values are
            keep(database, backup)
            _print_backup(backup, url)
        else:
            drop_unneeded(backup)
    return 0


def copy_knowledge(_url: str, arguments: argparse.Namespace) -> int:
    """Dump one database and load it into the other (either engine), replacing only on request.

    The source is only read: it must exist and hold a knowledge base. A target that holds
    records is replaced only with ``--replace``, and only after a backup of it is taken.
    Texts are copied as stored, even those saved before today's limits.
    """
    source = open_database(arguments.source, create=False)
    try:
        with source.session() as session:
            document = dump_document(session)
    finally:
        source.close()
    target = open_database(arguments.target, seed=False)
    try:
        with target.session() as session:
            held = count_records(session)
        if held and not arguments.replace:
            raise BriefingError(
                f"{without_password(arguments.target)} already holds {describe_counts(held)}. "
                "Nothing was copied; add --replace to replace it (a backup is taken first)."
            )
        replacement = replace_contents(target, document, texts_as_stored=True)
    finally:
        target.close()
    print(
        f"Copied {len(document['engagements'])} engagements to {without_password(arguments.target)}"
    )
    if replacement.replaced:
        print(f"Replaced {describe_counts(replacement.replaced)}.")
        _print_backup(replacement.backup, arguments.target)
    return 0


def _print_backup(backup: Path | None, url: str) -> None:
    """Where the copy is, and the whole command that puts it back into that database."""
    if backup is None:
        return
    print(f"The previous knowledge base was kept as {backup}")
    database = shlex.quote(without_password(url))
    copy = shlex.quote(str(backup))
    if backup.suffix == ".json":
        print(f"To put it back: briefing --database {database} load --replace --restore {copy}")
    else:
        print(f"To put it back: briefing --database {database} restore {copy}")


def _print_report(report: LoadReport) -> None:
    for kind, count in sorted(report.added.items()):
        print(f"Added {count} {kind.replace('_', ' ')}.")
    for kind, count in sorted(report.changed.items()):
        print(f"Changed {count} {kind.replace('_', ' ')}.")
