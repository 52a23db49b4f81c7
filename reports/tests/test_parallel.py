"""A report read side by side on several PostgreSQL connections is the report read on one.

The helpers' connections see committed rows only, so these tests commit their scene
(transaction=True) and run on PostgreSQL, where the side-by-side path is taken.
"""

import threading
import time

import pytest
from django.db import connection, transaction
from django.utils import timezone, translation

from core.access import programme_access_for
from core.factories import OrganisationFactory
from organisations.models import Organisation
from reports import parallel
from reports.filters import Population
from reports.selectors import report_build

from .builders import NOW

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="side by side only on PostgreSQL (DATABASE_URL=postgres://…); SQLite reads on one connection",
    ),
]


def everything(report) -> list:
    """Each figure as computed (people behind it included), and whether it is shown."""
    return [
        (table.key, table.title, row.key, figure.value, figure.n, figure.n_own, figure.suppressed)
        for table in report.tables
        for row in table.all_rows()
        for figure in row.figures
    ]


def reports_of(scene):
    personas = scene.personas
    population = Population(programme=scene.regional)
    manager = programme_access_for(personas.manager, scene.regional.slug)
    coordinator = programme_access_for(personas.coordinator_acme, scene.regional.slug)
    return [
        report_build(access=manager, population=population, now=NOW),
        report_build(access=coordinator, population=population, now=NOW),
        report_build(access=coordinator, population=population, organisation=personas.acme, now=NOW),
    ]


def test_side_by_side_reports_equal_reports_read_on_one_connection(scene, settings, caplog):
    settings.REPORT_CONNECTIONS = 3
    side_by_side = [everything(report) for report in reports_of(scene)]
    settings.REPORT_CONNECTIONS = 1
    one_connection = [everything(report) for report in reports_of(scene)]

    assert side_by_side == one_connection
    assert all(side_by_side)
    assert "A report helper stopped" not in caplog.text  # the helpers did their share


def in_a_thread(function):
    """`function()` on a thread of its own, with its own connection (closed after); raises its error."""
    found = {}

    def target():
        try:
            found["result"] = function()
        except Exception as error:
            found["error"] = error
        finally:
            connection.close()

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in found:
        raise found["error"]
    return found["result"]


def test_a_helper_reads_the_exported_moment_not_what_was_committed_after():
    def organisations():
        return Organisation.objects.count()

    def read_in(snapshot):
        with parallel.report_transaction(snapshot=snapshot), connection.cursor() as cursor:
            cursor.execute("SHOW transaction_isolation")
            return organisations(), cursor.fetchone()[0]

    with parallel.report_transaction(export=True) as snapshot:
        before = organisations()
        in_a_thread(lambda: OrganisationFactory(key="latecomer", name="Latecomer", country="NL"))
        assert in_a_thread(lambda: read_in(snapshot)) == (before, "repeatable read")
        assert organisations() == before
    assert organisations() == before + 1


def test_a_snapshot_id_that_is_not_one_is_refused():
    with pytest.raises(ValueError, match="not a snapshot id"), parallel.report_transaction(snapshot="x'; --"):
        pass


def meeting_point(width: int):
    """A task that returns once `width` threads run one at the same time: its thread's connection
    (backend pid), language and time zone."""
    barrier = threading.Barrier(width, timeout=10)

    def task():
        barrier.wait()
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        return pid, translation.get_language(), timezone.get_current_timezone_name()

    return task


def test_helpers_run_tasks_at_the_same_time_in_the_callers_language_and_time_zone(settings):
    settings.REPORT_CONNECTIONS = 3
    with translation.override("es"), timezone.override("Europe/Madrid"):
        found = parallel.run([meeting_point(3)] * 3)

    assert len({pid for pid, _language, _zone in found}) == 3
    assert {(language, zone) for _pid, language, zone in found} == {("es", "Europe/Madrid")}


def test_helpers_close_their_connections():
    def others():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            return cursor.fetchone()[0]

    before = others()
    parallel.run([meeting_point(2)] * 2)
    deadline = time.monotonic() + 5  # a closed connection's server process takes a moment to exit
    while others() != before and time.monotonic() < deadline:
        time.sleep(0.05)

    assert others() == before


def test_a_failing_task_fails_the_report(settings):
    settings.REPORT_CONNECTIONS = 2

    def broken():
        raise RuntimeError("a figure failed")

    with pytest.raises(RuntimeError, match="a figure failed"):
        parallel.run([lambda: 1, broken, lambda: 3, lambda: 4])


def test_a_helper_waiting_behind_a_migration_leaves_its_task_to_the_report(settings, caplog):
    settings.REPORT_CONNECTIONS = 2

    def slow_count():
        time.sleep(0.3)  # long enough for each thread to take one
        return Organisation.objects.count()

    def migration():
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("LOCK TABLE organisations_organisation IN ACCESS EXCLUSIVE MODE")

    with parallel.reading():
        before = Organisation.objects.count()  # the report holds its read lock on the table
        waiting = threading.Thread(target=lambda: in_a_thread(migration))
        waiting.start()  # queued behind the report; a helper's read queues behind it
        time.sleep(0.3)
        counts = parallel.run([slow_count, slow_count])
    waiting.join(timeout=10)

    assert counts == [before, before]
    assert not waiting.is_alive()
    assert "A report helper stopped" in caplog.text


def test_inside_the_callers_transaction_the_tasks_run_on_its_connection(settings):
    settings.REPORT_CONNECTIONS = 3
    with transaction.atomic():
        backend = connection.connection
        assert parallel.run([lambda: connection.connection is backend] * 3) == [True, True, True]
