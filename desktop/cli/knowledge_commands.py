"""``db path``, ``db upgrade``, ``dump`` and ``load``: the knowledge base as a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from models.files import write_atomically
from models.interchange.dump import dump_document
from models.interchange.fileformat import read_file, to_json
from models.interchange.load import load_document
from models.schema import open_database


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
        "--replace", action="store_true", help="replace everything instead of merging by key"
    )
    load.set_defaults(handler=load_knowledge)

    copy = commands.add_parser("copy", help="copy a whole knowledge base to another database")
    copy.add_argument("--from", dest="source", metavar="URL", required=True)
    copy.add_argument("--to", dest="target", metavar="URL", required=True)
    copy.set_defaults(handler=copy_knowledge)


def show_path(url: str, _arguments: argparse.Namespace) -> int:
    print(url)
    return 0


def upgrade_database(url: str, _arguments: argparse.Namespace) -> int:
    database = open_database(url)
    database.close()
    print(f"Database ready: {url}")
    return 0


def dump_knowledge(url: str, arguments: argparse.Namespace) -> int:
    database = open_database(url)
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
    database = open_database(url)
    try:
        with database.writing() as session, session.begin():
            report = load_document(session, document, replace=arguments.replace)
    finally:
        database.close()
    if report.unchanged:
        print("Nothing changed.")
    for kind, count in sorted(report.added.items()):
        print(f"Added {count} {kind.replace('_', ' ')}.")
    for kind, count in sorted(report.changed.items()):
        print(f"Changed {count} {kind.replace('_', ' ')}.")
    return 0


def copy_knowledge(_url: str, arguments: argparse.Namespace) -> int:
    """Dump one database and load it, replacing everything, into the other (either engine)."""
    source = open_database(arguments.source)
    try:
        with source.session() as session:
            document = dump_document(session)
    finally:
        source.close()
    target = open_database(arguments.target, seed=False)
    try:
        with target.writing() as session, session.begin():
            load_document(session, document, replace=True)
    finally:
        target.close()
    print(f"Copied {len(document['engagements'])} engagements to {arguments.target}")
    return 0
