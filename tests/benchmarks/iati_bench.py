"""P6: importing a large IATI file — activities per second and peak memory.

Generates a deterministic 20,000-activity IATI 2.03 file (titles in two languages,
partners, budgets, transactions and now and then results, like the real files), imports it
into a fresh database and prints ``P6 <n> activities/s target >=2000/s`` and the peak memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from models.db import sqlite_url
from models.iati import ImportOptions, import_iati_files
from models.schema import open_database

TARGET = 2000
COUNTRIES = ("ML", "NE", "BF", "KE", "TZ", "UG", "ET", "SO", "MZ", "GH", "BD", "MM", "AF", "IQ")
SECTORS = ("15110", "15160", "15170", "12220", "14030", "31120", "72010", "41010", "11220")
PARTNERS = (
    ("XM-DAC-41114", "40", "United Nations Development Programme"),
    ("DK-CVR-20699310", "21", "Dansk Flygtningehjælp"),
    ("DK-CVR-16224716", "21", "Folkekirkens Nødhjælp"),
    ("XM-DAC-41121", "40", "UNHCR"),
    ("XI-IATI-EC_INTPA", "15", "European Commission"),
)


def activity_xml(number: int, rng: random.Random) -> str:
    identifier = f"XM-DAC-5-BENCH {number:06d}/{rng.randint(1, 99)}"
    start = rng.randint(2010, 2024)
    country = rng.choice(COUNTRIES)
    partner = rng.choice(PARTNERS)
    parts = [
        f'<iati-activity xml:lang="en" default-currency="DKK" '
        f'last-updated-datetime="2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00">',
        f"<iati-identifier>{escape(identifier)}</iati-identifier>",
        '<reporting-org ref="XM-DAC-5" type="10"><narrative>Ministry of Foreign Affairs of '
        'Denmark</narrative><narrative xml:lang="da">Udenrigsministeriet</narrative>'
        "</reporting-org>",
        f"<title><narrative>Programme {number} in {country}</narrative>"
        f'<narrative xml:lang="da">Program {number} i {country}</narrative></title>',
        f'<description type="1"><narrative>Support to partner {number} for '
        f"{'resilience and livelihoods ' * rng.randint(1, 6)}</narrative></description>",
        '<participating-org ref="XM-DAC-5" type="10" role="1"><narrative>Ministry of Foreign '
        'Affairs of Denmark</narrative><narrative xml:lang="da">Udenrigsministeriet'
        "</narrative></participating-org>",
        f'<participating-org ref={quoteattr(partner[0])} type="{partner[1]}" role="4">'
        f"<narrative>{escape(partner[2])}</narrative></participating-org>",
        f'<activity-status code="{rng.choice("12234")}"/>',
        f'<activity-date iso-date="{start}-01-01" type="1"/>',
        f'<activity-date iso-date="{start + rng.randint(1, 5)}-12-31" type="3"/>',
        f'<recipient-country code="{country}" percentage="100"/>',
        f'<sector vocabulary="1" code="{rng.choice(SECTORS)}" percentage="100"/>',
    ]
    for year in range(start, start + 2):
        parts.append(
            f'<budget type="1" status="2"><period-start iso-date="{year}-01-01"/>'
            f'<period-end iso-date="{year}-12-31"/><value value-date="{year}-01-01">'
            f"{rng.randint(100, 50_000) * 1000}</value></budget>"
        )
    for code in ("2", "3"):
        parts.append(
            f'<transaction><transaction-type code="{code}"/><transaction-date '
            f'iso-date="{start}-0{rng.randint(1, 9)}-15"/><value currency="DKK" '
            f'value-date="{start}-01-01">{rng.randint(100, 50_000) * 1000}</value></transaction>'
        )
    if number % 10 == 0:
        parts.append(
            '<result type="1"><title><narrative>People reached</narrative></title>'
            '<indicator measure="1"><title><narrative>People with access to water</narrative>'
            '</title><baseline year="2019" value="0"/><period><period-start iso-date="2020-01-01"'
            '/><period-end iso-date="2020-12-31"/><target value="5000"/><actual value="N/A"/>'
            "</period></indicator></result>"
        )
    parts.append("</iati-activity>")
    return "\n".join(parts)


def write_file(path: Path, activities: int, seed: int = 6) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        handle.write('<iati-activities version="2.03" generated-datetime="2025-10-01T00:00:00">\n')
        for number in range(activities):
            handle.write(activity_xml(number, rng))
            handle.write("\n")
        handle.write("</iati-activities>\n")


def peak_memory_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(activities: int = 20_000) -> float:
    """Run P6 and return the rate in activities per second."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench-activities.xml"
        write_file(path, activities)
        size_mb = path.stat().st_size / 1_000_000
        database = open_database(sqlite_url(Path(folder) / "bench.sqlite"))
        before = peak_memory_mb()
        try:
            started = time.perf_counter()
            with database.writing() as session, session.begin():
                report = import_iati_files(session, [path], ImportOptions())
            elapsed = time.perf_counter() - started
        finally:
            database.close()
    imported = report.files[0].activities_imported
    rate = imported / elapsed
    print(
        f"P6 {rate:.0f} activities/s target >={TARGET}/s "
        f"({imported} activities, {size_mb:.0f} MB file, {elapsed:.1f} s)"
    )
    print(
        f"P6 peak memory {peak_memory_mb():.0f} MB resident "
        f"({before:.0f} MB before the import started)"
    )
    return rate


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=20_000)
    main(parser.parse_args().activities)
