"""A report's reads: one moment, and on PostgreSQL several connections side by side.

A report is a dozen independent aggregate queries, and most of each runs on one core. Inside
`reading()`, `run` spreads them over `settings.REPORT_CONNECTIONS` connections: this thread's and
helper threads' own. This thread's transaction is repeatable-read and exports its snapshot
(`pg_export_snapshot`); every helper imports it, so all figures describe the same moment, as if
read in one transaction (and, with one connection, they are).

They run one after the other on this thread's connection instead:
- with `REPORT_CONNECTIONS` 1;
- on SQLite, where a read needs no transaction (one here would take the write lock);
- inside a transaction the caller opened, whose rows other connections cannot see yet (tests).

A helper that fails (it cannot connect, or waits for a lock: a migration queued behind this
thread's reads would otherwise wait for it forever) stops taking tasks, and this thread reruns its
task: a report never fails because a helper did.
"""

import logging
import re
import threading
from collections.abc import Callable
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation

logger = logging.getLogger(__name__)

SNAPSHOT_ID = re.compile(r"^[0-9A-F]+-[0-9A-F]+(-[0-9A-F]+)?$")
# This thread's `reading()`: .active inside it, .snapshot the snapshot it shares (None: it shares none).
_reading = threading.local()
_NOT_RUN = object()  # a task's result before it ran (a result may itself be None)


@contextmanager
def reading():
    """One report's reads, in one transaction whose snapshot `run`'s helpers share."""
    if getattr(_reading, "active", False):
        yield  # already reading (a report built inside another's reads)
        return
    share = (
        connection.vendor == "postgresql"
        and not connection.in_atomic_block
        and settings.REPORT_CONNECTIONS > 1
    )
    _reading.active = True
    try:
        with report_transaction(export=share) as snapshot:
            _reading.snapshot = snapshot
            yield
    finally:
        _reading.active, _reading.snapshot = False, None


def run[T](tasks: list[Callable[[], T]]) -> list[T]:
    """Each task's result, in order. Tasks only read; give the slowest first."""
    if not getattr(_reading, "active", False):
        with reading():
            return run(tasks)
    width = min(settings.REPORT_CONNECTIONS, len(tasks))
    if _reading.snapshot is None or width < 2:
        return [task() for task in tasks]
    return _side_by_side(tasks, _reading.snapshot, width)


@contextmanager
def report_transaction(*, export: bool = False, snapshot: str | None = None):
    """A read-only report transaction, tuned on PostgreSQL (nothing on SQLite). Repeatable-read
    unless nested in the caller's transaction. Yields the id of its exported snapshot with
    `export`; reads the snapshot `snapshot` (exported by another connection) when given.

    - work_mem: a report's distinct counts sort a few hundred thousand rows, which the default
      4 MB would spill to disk; raised for this transaction only.
    - jit off: compiling a report query takes longer than running it.
    - Alone, a report's queries are encouraged to use parallel workers; side by side, its own
      connections already keep the cores busy, and workers would only compete with them.
    - A helper gives up waiting for a lock after a second (see the module's docstring).
    """
    if connection.vendor != "postgresql":
        yield None
        return
    shared = export or snapshot is not None
    repeatable = not connection.in_atomic_block
    with transaction.atomic():
        with connection.cursor() as cursor:
            if repeatable:
                # Before any query: a transaction's isolation is set first, and a snapshot is
                # shared between repeatable-read transactions only.
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            if snapshot is not None:
                if not SNAPSHOT_ID.match(snapshot):
                    raise ValueError(f"not a snapshot id: {snapshot!r}")
                cursor.execute(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
                cursor.execute("SET LOCAL lock_timeout = '1s'")
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
    results = [_NOT_RUN] * len(tasks)
    pending = list(reversed(range(len(tasks))))  # popped from the end: in the order given
    lock = threading.Lock()
    stop = threading.Event()

    def take() -> int | None:
        with lock:
            return pending.pop() if pending and not stop.is_set() else None

    def work():
        while (index := take()) is not None:
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
        except BaseException as error:  # its task is rerun on the calling thread
            logger.warning("A report helper stopped, its tasks run on the request's connection: %s", error)
        finally:
            connection.close()  # this thread's own connection, not the caller's

    helpers = [threading.Thread(target=helper, name=f"report-{i}", daemon=True) for i in range(width - 1)]
    for thread in helpers:
        thread.start()
    try:
        work()
    except BaseException:
        stop.set()  # the helpers finish the task in hand and take no more
        raise
    finally:
        for thread in helpers:
            thread.join()
    for index, result in enumerate(results):  # the tasks a failed helper took and did not finish
        if result is _NOT_RUN:
            results[index] = tasks[index]()
    return results
