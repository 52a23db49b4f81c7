"""A report read side by side on several PostgreSQL connections is the report read on one.

The helpers' connections see committed rows only, so these tests commit their scene
(transaction=True) and run on PostgreSQL, where the side-by-side path is taken.
"""

import threading

import pytest
from django.db import connection
from django.utils import translation

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


def test_side_by_side_reports_equal_reports_read_on_one_connection(scene, settings):
    settings.REPORT_CONNECTIONS = 3
    side_by_side = [everything(report) for report in reports_of(scene)]
    settings.REPORT_CONNECTIONS = 1
    one_connection = [everything(report) for report in reports_of(scene)]

    assert side_by_side == one_connection
    assert all(side_by_side)


def test_the_helpers_read_in_the_callers_language(scene, settings):
    def titles():
        with translation.override("nl"):
            return [table.title for table in reports_of(scene)[0].tables]

    settings.REPORT_CONNECTIONS = 3
    side_by_side = titles()
    settings.REPORT_CONNECTIONS = 1

    assert side_by_side == titles()
    assert "Gehouden gesprekken per maand" in side_by_side


def in_a_thread(function):
    """`function()` on a thread of its own, with its own connection (closed after)."""
    found = []

    def target():
        try:
            found.append(function())
        finally:
            connection.close()

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    return found[0]


def test_a_helper_reads_the_exported_moment_not_what_was_committed_after(db):
    def organisations():
        return Organisation.objects.count()

    def read_in(snapshot):
        with parallel.report_transaction(snapshot=snapshot):
            return organisations(), connection.cursor().execute("SHOW transaction_isolation").fetchone()[0]

    with parallel.report_transaction(export=True) as snapshot:
        before = organisations()
        in_a_thread(lambda: OrganisationFactory(key="latecomer", name="Latecomer", country="NL"))
        assert in_a_thread(lambda: read_in(snapshot)) == (before, "repeatable read")
        assert organisations() == before
    assert organisations() == before + 1


def test_a_snapshot_id_that_is_not_one_is_refused(db):
    with pytest.raises(ValueError, match="not a snapshot id"), parallel.report_transaction(snapshot="x'; --"):
        pass


def test_a_failing_task_fails_the_report(settings, db):
    settings.REPORT_CONNECTIONS = 2

    def broken():
        raise RuntimeError("a figure failed")

    with pytest.raises(RuntimeError, match="a figure failed"):
        parallel.run([lambda: 1, broken, lambda: 3, lambda: 4])


def test_inside_the_callers_transaction_the_tasks_run_on_its_connection(settings, db):
    from django.db import transaction

    settings.REPORT_CONNECTIONS = 3
    with transaction.atomic():
        backend = connection.connection
        assert parallel.run([lambda: connection.connection is backend] * 3) == [True, True, True]
