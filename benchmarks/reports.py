"""Time the reports of a programme of 100k participants and 300k meetings on PostgreSQL.

    .venv/bin/python benchmarks/reports.py [--participants 100000] [--meetings 300000]
        [--database-url postgres://postgres@127.0.0.1:5432/crossmentor_bench_reports] [--reuse]

Creates (drops and re-creates unless --reuse) the named PostgreSQL database, migrates it, generates
the programme inside PostgreSQL with INSERT … SELECT over generate_series (seconds, not minutes),
then prints the time of each figure alone, of each report as the manager and a coordinator see it
(its queries side by side on REPORT_CONNECTIONS connections, see reports/parallel.py), and of the
whole report page rendered through Django's test client, then two reports at the same moment
(median of 5 runs after a warm-up).
"""

import argparse
import os
import statistics
import sys
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ORGANISATIONS = 40
RUNS = 5


def recreate_database(url: str, reuse: bool) -> bool:
    """Create the database; True when it is new (and so needs data)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and reuse:
            return False
        if exists:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return True


def insert_select(model, source: str, **columns) -> int:
    """INSERT INTO model's table SELECT … FROM `source`: given columns as SQL expressions, every other
    NOT NULL column from its model default (uuid4 -> gen_random_uuid(), timestamps -> now())."""
    from django.db import connection, models

    names, expressions, defaults = [], [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        given = columns.pop(field.name, columns.pop(field.attname, None))
        if given is not None:
            names.append(field.column)
            expressions.append(given.replace("%", "%%"))
            continue
        if field.null:
            continue
        if isinstance(field, models.UUIDField):
            sql = "gen_random_uuid()"
        elif isinstance(field, models.DateTimeField):
            sql = "now()"
        else:
            value = field.get_db_prep_save(field.get_default(), connection)
            if value is None:
                raise ValueError(f"{model.__name__}.{field.name} needs a value")
            defaults.append(value)
            sql = "%s"
        names.append(field.column)
        expressions.append(sql)
    if columns:
        raise ValueError(f"unknown columns of {model.__name__}: {sorted(columns)}")
    table = model._meta.db_table
    source = source.replace("%", "%%")
    statement = f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(expressions)} FROM {source}"
    with connection.cursor() as cursor:
        cursor.execute(statement, defaults)
        return cursor.rowcount


def generate(participants: int, meetings: int) -> dict:
    """The programme `bench`: organisations, people, needs, mentorships, meetings, check-ins, goals,
    proposals, invitations, assessments and survey answers. Returns counts and the personas."""
    from django.db import connection

    from accounts.models import Profile, User
    from evaluation import services as evaluation_services
    from evaluation.models import Assessment, SurveyAnswer, SurveyQuestion, SurveyResponse
    from matching.models import MatchRound, Proposal
    from organisations.models import Organisation
    from programmes.models import Competence, Enrolment, Invitation, Need, Programme, ProgrammeOrganisation
    from relationships.models import CheckIn, Goal, Meeting, Mentorship

    started = time.perf_counter()
    programme = Programme.objects.create(slug="bench", name="Benchmark programme", attention_after_weeks=8)
    organisations = Organisation.objects.bulk_create(
        [Organisation(key=f"org-{k}", name=f"Organisation {k}", country="NL") for k in range(ORGANISATIONS)]
    )
    ProgrammeOrganisation.objects.bulk_create(
        [ProgrammeOrganisation(programme=programme, organisation=o, status="joined") for o in organisations]
    )
    org_ids = "ARRAY[" + ",".join(str(o.pk) for o in organisations) + "]::bigint[]"
    manager = User.objects.create_user(
        email="manager@bench.example", password="bench-password", name="Manager"
    )
    coordinator = User.objects.create_user(email="hr@bench.example", password="bench-password", name="HR")
    programme.managers.add(manager)
    organisations[0].coordinators.add(coordinator)
    competence, _ = Competence.objects.get_or_create(slug="bench-skill", defaults={"names": {"en": "Bench"}})

    def series(n: int) -> str:
        return f"generate_series(1, {n}) AS g(i)"

    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM accounts_user")
        user_base = cursor.fetchone()[0]
    insert_select(
        User,
        series(participants),
        email="'p' || i || '@bench.example'",
        name="'Person ' || i",
        password="'!'",
    )
    insert_select(
        Profile,
        f"accounts_user u, LATERAL (SELECT u.id - {user_base} AS i) AS g WHERE u.id > {user_base}",
        user_id="u.id",
        organisation_id=f"({org_ids})[1 + i % {ORGANISATIONS}]",
        languages="'[\"en\"]'::jsonb",
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM programmes_enrolment")
        enrolment_base = cursor.fetchone()[0]
    # Person i: a mentor when i % 5 is 0 or 1 (40%), a mentee otherwise; enrolment id = base + i.
    insert_select(
        Enrolment,
        f"accounts_user u, LATERAL (SELECT u.id - {user_base} AS i) AS g "
        f"WHERE u.id > {user_base} ORDER BY u.id",
        programme_id=str(programme.pk),
        user_id="u.id",
        organisation_id=f"({org_ids})[1 + i % {ORGANISATIONS}]",
        role="CASE WHEN i % 5 < 2 THEN 'mentor' ELSE 'mentee' END",
        status=(
            "CASE WHEN i % 50 = 7 THEN 'applied' WHEN i % 50 = 8 THEN 'rejected'"
            " WHEN i % 50 = 9 THEN 'withdrawn' WHEN i % 10 = 3 THEN 'alumni' ELSE 'active' END"
        ),
        created_at="now() - (30 + i % 500) * interval '1 day'",
        decided_at="CASE WHEN i % 50 = 7 THEN NULL ELSE now() - (25 + i % 500) * interval '1 day' END",
    )
    kinds = "ARRAY['challenging-assignments','relationship-coaching','personal-mentoring','skills-mentoring',"
    kinds += "'professional-mentoring']"
    insert_select(
        Need,
        f"programmes_enrolment e WHERE e.programme_id = {programme.pk} AND e.role = 'mentee'",
        enrolment_id="e.id",
        competence_id=str(competence.pk),
        function=f"({kinds})[1 + e.id % 5]",
    )
    mentors = participants * 2 // 5
    # About nine in ten mentees get a mentor: person 5k or 5k+1 (a mentor) chosen by a hash.
    mentor_of = f"{enrolment_base} + 5 * (1 + (n.id * 7919) % {mentors // 2 - 1}) + (n.id % 2)"
    insert_select(
        Mentorship,
        f"programmes_need n JOIN programmes_enrolment e ON e.id = n.enrolment_id "
        f"WHERE e.programme_id = {programme.pk} AND n.id % 10 <> 0",
        programme_id=str(programme.pk),
        mentor_id=mentor_of,
        mentee_id="e.id",
        need_id="n.id",
        origin="'proposal'",
        status="CASE WHEN n.id % 10 < 6 THEN 'active' WHEN n.id % 10 < 9 THEN 'closed' ELSE 'agreeing' END",
        created_at="coalesce(e.decided_at, e.created_at) + (n.id % 40) * interval '1 day'",
        started_at=(
            "CASE WHEN n.id % 10 < 9 THEN"
            " coalesce(e.decided_at, e.created_at) + (5 + n.id % 40) * interval '1 day' END"
        ),
        closed_at="CASE WHEN n.id % 10 BETWEEN 6 AND 8 THEN now() - (n.id % 20) * interval '1 day' END",
        close_reason=(
            "CASE WHEN n.id % 10 = 6 THEN 'cohort-ended' WHEN n.id % 10 = 7 THEN "
            "(ARRAY['goals-reached','no-time','mismatch','left-organisation','other'])[1 + n.id % 5] "
            "WHEN n.id % 10 = 8 THEN 'no-time' ELSE '' END"
        ),
        close_note="''",
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_agg(id ORDER BY id) FROM relationships_mentorship WHERE programme_id = %s",
            [programme.pk],
        )
        mentorship_ids = cursor.fetchone()[0]
    count = len(mentorship_ids)
    first = mentorship_ids[0]
    # Ids are consecutive (one INSERT); a meeting belongs to mentorship first + (i % count).
    insert_select(
        Meeting,
        series(meetings),
        mentorship_id=f"{first} + (i * 7) % {count}",
        starts_at="now() - ((i * 13) % 420 - 20) * interval '1 day' - (i % 9) * interval '1 hour'",
        status="CASE WHEN i % 15 = 0 THEN 'cancelled' ELSE 'scheduled' END",
        agenda="''",
    )
    insert_select(
        CheckIn,
        "relationships_mentorship m JOIN programmes_enrolment e ON e.id = m.mentee_id, "
        "generate_series(1, 2) p "
        f"WHERE m.programme_id = {programme.pk} AND m.status <> 'agreeing'",
        mentorship_id="m.id",
        author_id="e.user_id",
        period="p",
        satisfaction="1 + (m.id * p) % 5",
        wants_contact="(m.id + p) % 37 = 0",
        created_at="now() - ((m.id * 3 + p * 60) % 360) * interval '1 day'",
        progress="''",
        blockers="''",
    )
    insert_select(
        Goal,
        f"relationships_mentorship m, generate_series(1, 2) p WHERE m.programme_id = {programme.pk}",
        mentorship_id="m.id",
        title="'Goal'",
        specific="''",
        measurable="''",
        achievable="''",
        relevant="''",
        due_on="current_date + 90",
        status=(
            "CASE WHEN (m.id + p) % 3 = 0 THEN 'achieved' WHEN (m.id + p) % 11 = 0 THEN 'dropped'"
            " ELSE 'open' END"
        ),
        created_at="now() - ((m.id + p * 17) % 300) * interval '1 day'",
    )
    match_round = MatchRound.objects.create(programme=programme, status=MatchRound.Status.PUBLISHED)
    insert_select(
        Proposal,
        f"relationships_mentorship m WHERE m.programme_id = {programme.pk}",
        round_id=str(match_round.pk),
        programme_id=str(programme.pk),
        need_id="m.need_id",
        mentee_id="m.mentee_id",
        mentor_id="m.mentor_id",
        score="0.5",
        components="'{}'::jsonb",
        status="CASE WHEN m.id % 7 = 0 THEN 'declined' ELSE 'accepted' END",
        responded_at="m.created_at",
        decline_reason="''",
    )
    insert_select(
        Invitation,
        series(participants // 5),
        token="md5(random()::text || i)",
        programme_id=str(programme.pk),
        organisation_id=f"({org_ids})[1 + i % {ORGANISATIONS}]",
        email="'invited' || i || '@bench.example'",
        expires_at="now() + interval '30 days'",
        created_at="now() - (i % 400) * interval '1 day'",
    )
    framework = evaluation_services.framework_get_or_create(programme=programme)
    competences = (
        "ARRAY[" + ",".join(str(pk) for pk in framework.competences.values_list("pk", flat=True)) + "]"
    )
    assessed = f"e.programme_id = {programme.pk} AND e.role = 'mentee' AND e.id % 3 = 0"
    insert_select(
        Assessment,
        f"programmes_enrolment e CROSS JOIN unnest({competences}) AS c(id) WHERE {assessed}",
        programme_id=str(programme.pk),
        enrolment_id="e.id",
        competence_id="c.id",
        phase="'start'",
        assessor="'self'",
        level="1 + (e.id + c.id) % 3",
    )
    # An end row stores its start's level (`start_level`, as assessment_submit does): joined here
    # at insert time rather than updated afterwards, which would leave every row a dead copy.
    insert_select(
        Assessment,
        f"programmes_enrolment e CROSS JOIN unnest({competences}) AS c(id) "
        "LEFT JOIN evaluation_assessment s ON s.enrolment_id = e.id AND s.competence_id = c.id "
        f"AND s.phase = 'start' AND s.assessor = 'self' WHERE {assessed}",
        programme_id=str(programme.pk),
        enrolment_id="e.id",
        competence_id="c.id",
        phase="'end'",
        assessor="'self'",
        level="2 + (e.id + c.id) % 3",
        start_level="s.level",
    )
    survey = evaluation_services.survey_get_or_create(programme=programme)
    scale = (
        "ARRAY["
        + ",".join(
            str(pk)
            for pk in survey.questions.filter(kind=SurveyQuestion.Kind.SCALE).values_list("pk", flat=True)
        )
        + "]"
    )
    insert_select(
        SurveyResponse,
        f"programmes_enrolment e WHERE e.programme_id = {programme.pk} AND e.id % 4 = 0",
        survey_id=str(survey.pk),
        enrolment_id="e.id",
        role="e.role",
        submitted_at="now() - (e.id % 60) * interval '1 day'",
    )
    insert_select(
        SurveyAnswer,
        f"evaluation_surveyresponse r CROSS JOIN unnest({scale}) AS q(id) WHERE r.survey_id = {survey.pk}",
        response_id="r.id",
        question_id="q.id",
        role="r.role",  # the response's role, copied as survey_submit does
        value="1 + (r.id + q.id) % 5",
        text="''",
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    counts = {
        "participants": Enrolment.objects.filter(programme=programme).count(),
        "mentorships": count,
        "meetings": Meeting.objects.filter(mentorship__programme=programme).count(),
        "check-ins": CheckIn.objects.filter(mentorship__programme=programme).count(),
        "goals": Goal.objects.filter(mentorship__programme=programme).count(),
        "proposals": Proposal.objects.filter(programme=programme).count(),
        "assessments": Assessment.objects.filter(programme=programme).count(),
        "survey answers": SurveyAnswer.objects.filter(response__survey=survey).count(),
    }
    print(
        f"generated in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
    )
    return counts


def timed(label: str, function) -> float:
    function()  # warm-up: plans, caches
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        runs.append(time.perf_counter() - started)
    median = statistics.median(runs)
    print(f"  {label:<52} {median * 1000:8.1f} ms   (max {max(runs) * 1000:.1f} ms)")
    return median


def measure() -> None:
    from django.conf import settings
    from django.db import connection

    from organisations.models import Organisation
    from programmes.models import Programme
    from reports import parallel
    from reports.filters import Population

    programme = Programme.objects.get(slug="bench")
    whole = Population(programme=programme)
    organisation = Organisation.objects.get(key="org-0")
    one = whole.narrowed_to({organisation.pk})
    filtered = Population(programme=programme, kind="skills-mentoring")
    print(f"PostgreSQL {connection.pg_version}; median of {RUNS} runs after a warm-up")
    print(f"a report reads on {settings.REPORT_CONNECTIONS} connections side by side (REPORT_CONNECTIONS)")
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average before measuring: {load} ({os.cpu_count()} cores)")
    with connection.cursor() as cursor:  # a yardstick for this machine's speed right now
        timed(
            "calibration: SELECT count(*) FROM relationships_meeting",
            lambda: cursor.execute("SELECT count(*) FROM relationships_meeting"),
        )
    with parallel.report_transaction():  # the settings a report runs with
        _measure_figures(whole, one)
    _measure_reports(whole, filtered, organisation)
    print(f"load average after measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def _measure_figures(whole, one) -> None:
    from reports import figures

    print("figures over the whole programme:")
    timed("enrolment funnel", lambda: figures.funnel(whole))
    timed("funnel per organisation", lambda: figures.organisation_breakdown(whole))
    timed("time to match", lambda: figures.time_to_match(whole))
    timed("proposal acceptance", lambda: figures.proposal_acceptance(whole))
    timed("active relationships and their health", lambda: figures.health(whole))
    timed("meetings held per month", lambda: figures.meetings_held(whole))
    timed("goals", lambda: figures.goals(whole))
    timed("check-in satisfaction per month", lambda: figures.satisfaction(whole))
    timed("early endings by reason", lambda: figures.early_endings(whole))
    timed("competence growth", lambda: figures.competence_growth(whole))
    timed("evaluation results", lambda: figures.evaluation_results(whole))
    print("one organisation (1/40 of the programme):")
    timed("health of one organisation's relationships", lambda: figures.health(one))
    timed("meetings of one organisation", lambda: figures.meetings_held(one))


def _measure_reports(whole, filtered, organisation) -> None:
    from django.test import Client

    from accounts.models import User
    from core.access import programme_access_for
    from reports import selectors

    manager = programme_access_for(User.objects.get(email="manager@bench.example"), "bench")
    coordinator = programme_access_for(User.objects.get(email="hr@bench.example"), "bench")
    print("whole reports (every table, suppression included):")
    timed("manager, whole programme", lambda: selectors.report_build(access=manager, population=whole))
    timed("manager, filtered by kind", lambda: selectors.report_build(access=manager, population=filtered))
    timed(
        "coordinator, whole programme (differences withheld)",
        lambda: selectors.report_build(access=coordinator, population=whole),
    )
    timed(
        "coordinator, own organisation",
        lambda: selectors.report_build(access=coordinator, population=whole, organisation=organisation),
    )
    # An intake quarter and a half-year: filters narrow every table by subqueries of their own.
    narrowed = replace(whole, cohort="2026-Q1", start=date(2026, 1, 1), end=date(2026, 6, 30))
    timed(
        "coordinator, filtered by cohort and period",
        lambda: selectors.report_build(access=coordinator, population=narrowed),
    )
    timed(
        "manager, filtered by cohort and period",
        lambda: selectors.report_build(access=manager, population=narrowed),
    )
    print("pages and exports through the test client (access, queries, template, SVG charts):")
    for user, label in ((manager.user, "manager"), (coordinator.user, "coordinator")):
        client = Client()
        client.force_login(user)
        for path in ("/p/bench/reports/", "/p/bench/reports/organisation/org-0/"):
            timed(f"{label} GET {path}", lambda c=client, p=path: _ok(c.get(p)))
    client = Client()
    client.force_login(manager.user)
    timed("manager GET /p/bench/reports/report.xlsx", lambda: _ok(client.get("/p/bench/reports/report.xlsx")))
    timed("manager GET /p/bench/reports/report.pdf", lambda: _ok(client.get("/p/bench/reports/report.pdf")))
    _measure_at_once(manager, whole)


def _measure_at_once(manager, whole) -> None:
    """Two managers' reports at the same moment: what side by side costs a busy server."""
    from django.db import connection
    from django.test import override_settings

    from reports import selectors

    def report():
        try:
            selectors.report_build(access=manager, population=whole)
        finally:
            connection.close()

    def two_at_once():
        threads = [threading.Thread(target=report) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    print("two reports at the same moment (each one's time is the time of both):")
    for width in (1, 2):
        with override_settings(REPORT_CONNECTIONS=width):
            timed(f"two managers, whole programme, {width} connection(s) each", two_at_once)


def _ok(response):
    if response.status_code != 200:
        raise RuntimeError(f"{response.status_code} for {response.request['PATH_INFO']}")
    return response


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=300_000)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/crossmentor_bench_reports"
    )
    parser.add_argument("--reuse", action="store_true", help="keep an existing benchmark database")
    args = parser.parse_args()
    fresh = recreate_database(args.database_url, args.reuse)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crossmentor.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    if fresh:
        call_command("migrate", verbosity=0)
        with transaction.atomic():
            generate(args.participants, args.meetings)
        # A table filled in one go has no visibility map yet; autovacuum sets it within minutes on
        # a live database. Measure that steady state, not the first minutes after a bulk load.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    measure()


if __name__ == "__main__":
    main()
