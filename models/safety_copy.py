"""A copy of a knowledge base taken before a command replaces its contents, on either engine.

A SQLite file is copied with the online backup API into its ``backups/`` folder; a server
database has no file to copy, so its whole contents are dumped as a knowledge file into the
user's data folder, from which ``briefing load --replace`` brings them back.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from models.backup import STAMP_FORMAT, backup_file
from models.db import APP_NAME, Database, sqlite_path
from models.files import write_atomically


def server_backups_folder() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups"


def take_safety_copy(
    database: Database, session: Session | None = None, *, rotating: bool = True
) -> Path:
    """Copy everything ``database`` holds now; returns the copy's path.

    A server database is dumped through ``session`` when given, so the copy is what that
    transaction sees (see ``models.interchange.replace``). The file is readable by the
    user alone: it holds the whole team's knowledge base.
    """
    path = sqlite_path(database.url)
    if path is not None:
        return backup_file(path, rotating=rotating)
    from models.interchange.dump import dump_document
    from models.interchange.fileformat import to_json

    url = make_url(database.url)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{url.host or 'local'}-{url.database or 'db'}")
    stamp = dt.datetime.now().strftime(STAMP_FORMAT)
    target = server_backups_folder() / f"{name}-{stamp}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    if session is None:
        with database.session() as own:
            text = to_json(dump_document(own))
    else:
        text = to_json(dump_document(session))
    write_atomically(target, text.encode("utf-8"), mode=0o600)
    return target
