"""Time a match round of the product on PostgreSQL: load the pool, solve, save the proposals.

    .venv/bin/python benchmarks/match_round.py [--mentees 10000] [--seed 1] [--keep]

Creates a database ``crossmentor_bench_<pid>`` on PostgreSQL (``--server``, default
``postgresql://postgres@127.0.0.1:5432``), migrates it, imports a programme of N mentees and
N/4 mentors with the CSV import (the people of ``benchmarks/instances.py``: Zipf-sized
organisations in several countries and languages, 40 competences, 1-3 needs each), adds need
contexts and mentor bios with ``bulk_update``, then runs ``round_start`` / ``round_run`` twice
(the second run keeps 100 locked pairs) and prints load, solve and save seconds.  The database is
dropped at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

COUNTRY_CODES = ["GB", "NL", "DE", "FR", "US", "US", "IN", "JP", "BE", "TR"]
COUNTRY_ZONES = [
    "Europe/London",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Paris",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Europe/Brussels",
    "Europe/Istanbul",
]
LANGUAGES = ["en", "nl", "de", "fr", "es", "hi", "ja", "it", "tr"]
FUNCTIONS = [
    "challenging-assignments",
    "relationship-coaching",
    "personal-mentoring",
    "skills-mentoring",
    "professional-mentoring",
]


def _instances():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("bench_instances", HERE / "instances.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_files(mentees: int, seed: int) -> tuple[str, str, dict, dict]:
    """CSV files of the benchmark instance, plus need contexts and bios keyed for bulk_update."""
    cols, rules = _instances().make_instance(mentees, seed, True)
    n_orgs = int(max(cols.mentee_org.max(), cols.mentor_org.max())) + 1
    rivals: dict[int, set[int]] = {}
    for a, b in rules.competitor_pairs.tolist():
        rivals.setdefault(a, set()).add(b)
    org_country = {}
    for org, country in zip(cols.mentee_org.tolist(), cols.mentee_country.tolist(), strict=True):
        org_country.setdefault(org, country)
    orgs = io.StringIO()
    orgs.write("key,name,country,sector,competitors\n")
    for org in range(n_orgs):
        rival = ";".join(f"org-{r}" for r in sorted(rivals.get(org, ())))
        country = COUNTRY_CODES[org_country.get(org, 0)]
        orgs.write(f"org-{org},Organisation {org},{country},sector-{org % 12},{rival}\n")
    needs_of: dict[int, list[tuple[int, int]]] = {}
    contexts: dict[tuple[str, str], str] = {}
    for n, (e, comp, kind) in enumerate(
        zip(cols.need_mentee.tolist(), cols.need_competence.tolist(), cols.need_kind.tolist(), strict=True)
    ):
        if all(c != comp for c, _ in needs_of.get(e, [])):
            needs_of.setdefault(e, []).append((comp, kind))
            contexts[(f"mentee{e}@example.org", f"skill-{comp}")] = cols.need_text[n]
    offers_of: dict[int, list[int]] = {}
    for j, comp in zip(cols.offer_mentor.tolist(), cols.offer_competence.tolist(), strict=True):
        offers_of.setdefault(j, []).append(comp)
    rows = io.StringIO()
    rows.write("email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone\n")

    def person(email, name, org, country, langs, role, offers, needs, capacity, seniority):  # noqa: ANN001, ANN202
        spoken = ";".join(LANGUAGES[k] for k in range(len(LANGUAGES)) if langs >> k & 1)
        rows.write(
            f"{email},{name},org-{org},{COUNTRY_CODES[country]},{spoken},{role},{offers},{needs},"
            f"{capacity},{seniority},{COUNTRY_ZONES[country]}\n"
        )

    for e in range(cols.n_mentees):
        needs = ";".join(
            f"skill-{comp}" + (f":{FUNCTIONS[kind]}" if kind >= 0 else "") for comp, kind in needs_of[e]
        )
        person(
            f"mentee{e}@example.org",
            f"Mentee {e}",
            int(cols.mentee_org[e]),
            int(cols.mentee_country[e]),
            int(cols.mentee_langs[e]),
            "mentee",
            "",
            needs,
            1,
            int(cols.mentee_seniority[e]),
        )
    bios = {}
    for j in range(cols.n_mentors):
        email = f"mentor{j}@example.org"
        person(
            email,
            f"Mentor {j}",
            int(cols.mentor_org[j]),
            int(cols.mentor_country[j]),
            int(cols.mentor_langs[j]),
            "mentor",
            ";".join(f"skill-{c}" for c in offers_of.get(j, [])),
            "",
            int(cols.mentor_capacity[j]),
            int(cols.mentor_seniority[j]),
        )
        bios[email] = cols.mentor_bio[j]
    return orgs.getvalue(), rows.getvalue(), contexts, bios


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentees", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--keep", action="store_true", help="do not drop the database at the end")
    args = parser.parse_args()
    import psycopg

    name = f"crossmentor_bench_{os.getpid()}"
    with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        _run(args, f"{args.server}/{name}")
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            print(f"kept database {name}")


def _run(args: argparse.Namespace, url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["CROSSMENTOR_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["REDIS_URL"] = ""  # tasks inline; the round is run below, by hand
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crossmentor.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from accounts.models import Profile, User
    from matching import tasks
    from matching.models import MatchRound, Proposal
    from matching.services import proposal_lock, round_run, round_start
    from programmes.importer import people_import
    from programmes.models import Need
    from programmes.services import programme_create

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    organisations, people, contexts, bios = build_files(args.mentees, args.seed)
    manager = User.objects.create_user(email="manager@example.org", password="x")
    programme = programme_create(
        actor=manager, slug="bench", name="Benchmark", max_mentors_per_mentee=2, exclude_competitors=True
    )
    report = people_import(
        programme=programme, organisations_data=organisations, people_data=people, invite=False
    )
    needs = list(
        Need.objects.filter(enrolment__programme=programme).select_related("enrolment__user", "competence")
    )
    for need in needs:
        need.context = contexts.get((need.enrolment.user.email, need.competence.slug), "")
    Need.objects.bulk_update(needs, ["context"], batch_size=2000)
    profiles = list(Profile.objects.filter(user__email__in=bios.keys()).select_related("user"))
    for profile in profiles:
        profile.bio = bios[profile.user.email]
    Profile.objects.bulk_update(profiles, ["bio"], batch_size=2000)
    print(
        f"programme: {args.mentees:,} mentees, {len(bios):,} mentors, {len(needs):,} needs, "
        f"set up in {time.perf_counter() - started:.1f} s ({'; '.join(report.lines()[:1])})"
    )
    for run in ("first round", "re-run with 100 locked pairs"):
        with mock.patch.object(tasks.run_round, "delay"):
            match_round = round_start(programme=programme, actor=manager)
        started = time.perf_counter()
        match_round = round_run(match_round=MatchRound.objects.get(pk=match_round.pk))
        total = time.perf_counter() - started
        stats = match_round.stats
        load, solve = stats["load_seconds"], stats["solve_seconds"]
        print(
            f"{run}: {total:.1f} s end to end — load {load:.1f} s, solve {solve:.1f} s "
            f"(engine {stats.get('seconds_total', 0):.1f} s), save {total - load - solve:.1f} s; "
            f"{stats['proposals']:,} proposals for {stats['needs']:,} open needs, "
            f"{len(match_round.unmatched):,} unmatched, status {match_round.status}"
        )
        for proposal in Proposal.objects.filter(round=match_round).order_by("pk")[:100]:
            proposal_lock(proposal=proposal, locked=True)


if __name__ == "__main__":
    main()
