"""A report's queries side by side: on PostgreSQL, several connections reading one snapshot.

A report is a dozen independent aggregate queries, and most of each runs on one core. On
PostgreSQL, outside a transaction of the caller's, `run` spreads them over
`settings.REPORT_CONNECTIONS` connections: this thread's and helper threads' own. Every helper
imports the snapshot this thread exported (`pg_export_snapshot`), so all figures describe the same
moment, as if they had been read in one transaction.

Elsewhere they run one after the other in one transaction:
- on SQLite;
- inside a transaction the caller opened, whose rows other connections cannot see yet (tests).
"""

import re
import threading
from collections.abc import Callable
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation

SNAPSHOT_ID = re.compile(r"^[0-9A-F]+-[0-9A-F]+(-[0-9A-F]+)?$")


def run[T](tasks: list[Callable[[], T]]) -> list[T]:
    """Each task's result, in order. Tasks only read; give the slowest first."""
    width = min(settings.REPORT_CONNECTIONS, len(tasks))
    if width < 2 or connection.vendor != "postgresql" or connection.in_atomic_block:
        with report_transaction():
            return [task() for task in tasks]
    with report_transaction(export=True) as snapshot:
        return _side_by_side(tasks, snapshot, width)


@contextmanager
def report_transaction(*, export: bool = False, snapshot: str | None = None):
    """A read-only report transaction, tuned on PostgreSQL (nothing on SQLite, whose transactions
    here take the write lock). Yields the id of its exported snapshot with `export`; reads the
    snapshot `snapshot` (exported by another connection) when given.

    - work_mem: a report's distinct counts sort a few hundred thousand rows, which the default
      4 MB would spill to disk; raised for this transaction only.
    - jit off: compiling a report query takes longer than running it.
    - Alone, a report's queries are encouraged to use parallel workers; side by side, its own
      connections already keep the cores busy, and workers would only compete with them.
    """
    if connection.vendor != "postgresql":
        yield None
        return
    shared = export or snapshot is not None
    with transaction.atomic():
        with connection.cursor() as cursor:
            if shared:
                # Before any query: a snapshot is shared by repeatable-read transactions only.
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            if snapshot is not None:
                if not SNAPSHOT_ID.match(snapshot):
                    raise ValueError(f"not a snapshot id: {snapshot!r}")
                cursor.execute(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
            cursor.execute("SET LOCAL work_mem = '32MB'")
            cursor.execute("SET LOCAL jit = off")
            if shared:
                cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
            else:
                cursor.execute("SET LOCAL parallel_setup_cost = 0")
                cursor.execute("SET LOCAL parallel_tuple_cost = 0.001")
            exported = None
            if export:
                cursor.execute("SELECT pg_export_snapshot()")
                exported = cursor.fetchone()[0]
        yield exported


def _side_by_side(tasks, snapshot: str, width: int) -> list:
    """Run `tasks` on this thread and `width - 1` helpers, each taking the next task when free."""
    results = [None] * len(tasks)
    failures: list[BaseException] = []
    queue = iter(range(len(tasks)))
    lock = threading.Lock()

    def work():
        while not failures:
            with lock:
                index = next(queue, None)
            if index is None:
                return
            results[index] = tasks[index]()

    # The language and time zone are per thread: the helpers take this request's (labels, months).
    language, zone = translation.get_language(), timezone.get_current_timezone()

    def helper():
        try:
            with (
                translation.override(language),
                timezone.override(zone),
                report_transaction(snapshot=snapshot),
            ):
                work()
        except BaseException as error:  # re-raised by the calling thread
            failures.append(error)
        finally:
            connection.close()  # this thread's own connection, not the caller's

    helpers = [threading.Thread(target=helper, name=f"report-{i}", daemon=True) for i in range(width - 1)]
    for thread in helpers:
        thread.start()
    try:
        work()
    except BaseException as error:
        failures.append(error)
    finally:
        for thread in helpers:
            thread.join()
    if failures:
        raise failures[0]
    return results
