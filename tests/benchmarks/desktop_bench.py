"""Desktop figures for ``make bench``: start-up, search keystroke, preview refresh, memory.

Start-up is measured in fresh processes (imports included) against a bare QMainWindow shown
in the same run, so the ratio holds on any machine.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import time, json
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1280, 800); window.show(); app.processEvents()
print(json.dumps({"seconds": time.perf_counter() - started}))
"""

FULL = """
import time, json, sys
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
import desktop
settings = __import__("pathlib").Path(sys.argv[2])
window = desktop.create_main_window(sys.argv[1], settings_path=settings)
window.show(); QApplication.instance().processEvents()
seconds = time.perf_counter() - started
rows = window.table_model.rowCount()
rss = int([l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]) / 1024
print(json.dumps({"seconds": seconds, "rows": rows, "rss_mb": rss}))
window.close()
"""


def _run(code: str, *arguments: str) -> dict[str, float]:
    # An installed app starts from cached bytecode; this machine sets PYTHONDONTWRITEBYTECODE,
    # which would make every start compile our ~100 modules again (about 0.1 s).
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
    )
    if done.returncode != 0:  # say why: the last lines of what the measured window printed
        raise RuntimeError("the measured window failed:\n" + done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


STARTS = 5


def startup(database_url: str, settings: Path) -> tuple[float, float, float]:
    """Median seconds for the full window and the bare window, and resident memory.

    Both are started in turns, after one untimed start of each, so a busy moment of the
    machine falls on both sides; the bare window alone varied from 0.07 to 0.10 s between
    runs when its three starts followed the full ones.
    """
    _run(FULL, database_url, str(settings))  # warm the disk cache
    _run(BARE)
    full, bare = [], []
    for _ in range(STARTS):
        full.append(_run(FULL, database_url, str(settings)))
        bare.append(_run(BARE)["seconds"])
    seconds = statistics.median(item["seconds"] for item in full)
    return seconds, statistics.median(bare), max(item["rss_mb"] for item in full)


TABLE_FILL = """
import json, sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
import desktop
from tests.benchmarks.desktop_bench import fill_in_window
settings = __import__("pathlib").Path(sys.argv[2])
window = desktop.create_main_window(sys.argv[1], settings_path=settings)
window.show(); QApplication.instance().processEvents()
print(json.dumps(fill_in_window(window, started)))
window.close(); window.brief.jobs.wait()
"""


def table_fill(database_url: str, settings: Path) -> dict[str, float]:
    """Start to a filled table on a big knowledge base, and the window's longest stall
    meanwhile (the rows come from the helper after the window shows); median of three."""
    runs = [_run(TABLE_FILL, database_url, str(settings)) for _ in range(3)]
    middle = sorted(runs, key=lambda run: run["seconds"])[1]
    return {"seconds": middle["seconds"], "stall_ms": max(run["stall_ms"] for run in runs)}


def fill_in_window(window: object, started: float) -> dict[str, float]:
    """Runs inside the benchmark process: waits for the rows, timing every event-loop turn."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock = QElapsedTimer()
    clock.start()
    last, longest = [clock.elapsed()], [0]

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    wait_until(lambda: window.browser.rows_ready, 60)  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    wait_until(lambda: False, 0.2)  # the turns right after the rows count too
    timer.stop()
    return {"seconds": seconds, "stall_ms": float(longest[0])}


def keystroke_and_preview(database_url: str, settings: Path) -> dict[str, float]:
    code = """
import json, sys, time, pathlib
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication
import desktop
from tests.benchmarks.desktop_bench import measure_in_window
window = desktop.create_main_window(sys.argv[1], settings_path=pathlib.Path(sys.argv[2]))
window.show(); QApplication.instance().processEvents()
print(json.dumps(measure_in_window(window)))
window.close(); window.brief.jobs.wait()
"""
    return _run(code, database_url, str(settings))


def measure_in_window(window: object) -> dict[str, float]:
    """Runs inside the benchmark process: P4 and P5 on a live window."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    wait_until(lambda: window.browser.rows_ready, 60)  # type: ignore[attr-defined]
    # let the preview helper finish starting, as it has long before a user's first click
    brief = window.brief  # type: ignore[attr-defined]
    brief.jobs.run("rows", None, lambda _rows: None, lambda _error: None)
    wait_until(lambda: not brief.jobs.busy, 60)
    model = window.table_model  # type: ignore[attr-defined]
    timings = []
    for text in ("s", "st", "sta", "stab", "stabi", "stabil"):
        started = time.perf_counter()
        window.search_box.setText(text)  # type: ignore[attr-defined]
        app.processEvents()
        timings.append(time.perf_counter() - started)
    window.search_box.clear()  # type: ignore[attr-defined]
    keystroke = sorted(timings)[len(timings) // 2]
    assert model.rowCount() > 0
    edit_ms, resets = one_field_edit(window)

    countries = window.selection.countries  # type: ignore[attr-defined]
    choice, themes = _ten_page_selection(window)
    from tests.desktop.conftest import check_themes

    settled: list[int] = []
    brief.rendered.connect(settled.append)
    for step in (lambda: countries.set_checked({"ML"}), lambda: check_themes(window, *themes)):
        settled.clear()
        step()
        countries.itemChanged.emit(countries.item(0))
        wait_until(lambda: bool(settled) and not brief.jobs.busy, 120)
    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        stalls.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(tick)
    heartbeat.start()
    pages = []
    brief.rendered.connect(pages.append)
    started = time.perf_counter()
    countries.set_checked({choice})
    countries.itemChanged.emit(countries.item(0))
    wait_until(lambda: bool(pages), 60)
    refresh = time.perf_counter() - started
    heartbeat.stop()
    return {
        "edit_ms": edit_ms,
        "edit_resets": resets,
        "keystroke_ms": keystroke * 1000,
        "refresh_ms": refresh * 1000,
        "stall_ms": max(stalls) if stalls else 0.0,
        "pages": pages[0] if pages else 0,
    }


def one_field_edit(window: object) -> tuple[float, int]:
    """P4e: a title typed and left, until the table's row and the editor show it (median
    of five edits on different rows); also how many times the table was reset meanwhile."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    model = window.table_model  # type: ignore[attr-defined]
    table = window.table  # type: ignore[attr-defined]
    editor = window.editor  # type: ignore[attr-defined]
    title = editor.overview.title_edit
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    timings = []
    for number in range(5):
        # rows spread over what is shown (a restored selection may show only some)
        table.setCurrentIndex(model.index((40 + number * 97) % max(1, model.rowCount()), 0))
        app.processEvents()
        key = model.row_for(table.currentIndex()).key
        new_title = f"Edited title {number}"
        started = time.perf_counter()
        title.setText(new_title)
        title.editingFinished.emit()  # the bench stands in for the user leaving the field
        shown = model.data(model.index_of(key)) == new_title
        timings.append(time.perf_counter() - started)
        assert shown and editor.detail.row.title == new_title, key
    return sorted(timings)[len(timings) // 2] * 1000, len(resets)


def wait_until(condition: Callable[[], bool], seconds: float) -> None:
    """Run the event loop until ``condition`` holds.

    Never a loop of ``processEvents()``: it spins the CPU the bench is measuring (and in
    PySide6 6.12.0 each call dropped a reference to None, which killed the process).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()


def _ten_page_selection(window: object) -> tuple[str, list[str]]:
    """A country and themes whose brief runs to about ten pages (about 75 engagements).

    Generated countries hold 130–190 engagements each, so themes narrow one down; the
    themes are checked first and only the country click is measured.
    """
    rows = window.table_model._all  # type: ignore[attr-defined]
    by_country: dict[str, list[object]] = {}
    for row in rows:
        for code, _en, _da in row.countries:
            by_country.setdefault(code, []).append(row)
    country = min(
        (code for code, found in by_country.items() if len(found) >= 75),
        key=lambda code: len(by_country[code]),
    )
    themes: list[str] = []
    matching = 0
    all_themes = sorted({code for row in rows for code in row.theme_codes})
    for theme in all_themes:
        if matching >= 75:
            break
        themes.append(theme)
        wanted = set(themes)
        matching = sum(1 for row in by_country[country] if row.theme_codes & wanted)
    return country, themes


def copy_tables(source_url: str, target_url: str) -> None:
    """Bulk-copy every table from one database to a migrated empty one (bench only)."""
    from sqlalchemy import insert, select

    from models.base import Base
    from models.db import connect
    from models.schema import open_database

    open_database(target_url, seed=False).close()
    source, target = connect(source_url), connect(target_url)
    try:
        with source.engine.connect() as reading, target.engine.begin() as writing:
            if writing.dialect.name == "postgresql":  # the cluster's own superuser
                writing.exec_driver_sql("SET session_replication_role = replica")
            for table in Base.metadata.sorted_tables:
                rows = [dict(row._mapping) for row in reading.execute(select(table))]
                if rows:
                    writing.execute(insert(table), rows)
            if writing.dialect.name == "postgresql":
                for table in Base.metadata.sorted_tables:
                    if "id" in table.c:
                        writing.exec_driver_sql(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"coalesce(max(id), 1)) FROM {table.name}"
                        )
    finally:
        source.close()
        target.close()


def postgres_figures(sqlite_url: str, settings: Path) -> dict[str, float]:
    """P3 and P4 on a PostgreSQL server on this machine holding the same knowledge base."""
    from tests.postgres import PostgresCluster

    cluster = PostgresCluster()
    cluster.start()
    try:
        url = cluster.new_database()
        copy_tables(sqlite_url, url)
        seconds, _bare, _rss = startup(url, settings)
        live = keystroke_and_preview(url, settings)
    finally:
        cluster.stop()
    return {"startup": seconds, "keystroke_ms": live["keystroke_ms"]}
