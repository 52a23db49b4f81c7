"""Time the CSV import of N people (default 100k) into a fresh database; prints the figures.

    .venv/bin/python benchmarks/import_people.py [--people 100000]

Uses DATABASE_URL when set (e.g. PostgreSQL), else a throw-away SQLite file.
"""

import argparse
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build_files(people: int, seed: int = 7) -> tuple[str, str]:
    rng = random.Random(seed)
    organisations = [f"org-{i}" for i in range(200)]
    countries = ["NL", "BE", "DE", "FR", "ES"]
    slugs = [f"skill-{i}" for i in range(40)]
    orgs = io.StringIO()
    orgs.write("key,name,country,sector,competitors\n")
    for i, key in enumerate(organisations):
        rival = organisations[i + 1] if i % 10 == 0 else ""
        orgs.write(f"{key},Organisation {i},{rng.choice(countries)},sector-{i % 12},{rival}\n")
    rows = io.StringIO()
    rows.write("email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone\n")
    for i in range(people):
        role = rng.choice(["mentee", "mentee", "mentee", "mentor", "both"])
        offers = ";".join(rng.sample(slugs, 2)) if role != "mentee" else ""
        needs = ";".join(rng.sample(slugs, rng.randint(1, 3))) if role != "mentor" else ""
        rows.write(
            f"person{i}@example.org,Person {i},{rng.choice(organisations)},{rng.choice(countries)},en;nl,"
            f"{role},{offers},{needs},{rng.randint(1, 4)},{rng.randint(1, 5)},Europe/Amsterdam\n"
        )
    return orgs.getvalue(), rows.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp()
    os.environ.setdefault("CROSSMENTOR_DATA_DIR", data_dir)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{data_dir}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crossmentor.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from programmes.importer import people_import
    from programmes.services import programme_create

    call_command("migrate", verbosity=0)
    programme = programme_create(actor=None, slug="bench", name="Benchmark")
    organisations, people = build_files(args.people)
    for attempt in ("first import", "re-import (all updates)"):
        started = time.perf_counter()
        report = people_import(
            programme=programme, organisations_data=organisations, people_data=people, invite=False
        )
        seconds = time.perf_counter() - started
        print(f"{attempt}: {args.people:,} people in {seconds:.1f} s — {'; '.join(report.lines()[:3])}")
    bad = people.replace("person5@example.org,Person 5,", "person5@example.org,,", 1)
    started = time.perf_counter()
    try:
        people_import(programme=programme, organisations_data=organisations, people_data=bad, invite=False)
    except Exception as failure:  # the expected ImportFailed
        print(f"refused file with one bad row in {time.perf_counter() - started:.1f} s: {failure}")


if __name__ == "__main__":
    main()
