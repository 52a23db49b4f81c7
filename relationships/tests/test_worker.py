"""One run through a real Redis broker and a real Celery worker process.

How the worker sees the test's data, robustly on both databases:
- SQLite: the suite's test database lives in memory, invisible to another process. The test gives
  the worker and a helper process their own data directory (CROSSMENTOR_DATA_DIR, a temp dir):
  the settings then put the SQLite file there, `migrate` creates it, and mail is written as files
  there too (the file backend, since no EMAIL_HOST is set).
- PostgreSQL: `django_db(transaction=True)` makes the test database a real, committed one;
  both processes get DATABASE_URL pointing at it, and it is flushed after the test.
The data are made and the tasks enqueued by a `manage.py shell` process, exactly as the web process
would: after the commit, on the broker. The worker is the project's app with a default queue named
for this test only (relationships/tests/celery_app.py), so another worker on the same Redis never
takes its tasks, nor this worker theirs.
"""

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.db import connection

REPO = Path(__file__).resolve().parents[2]
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
DEADLINE_SECONDS = 90

ENQUEUE = """
from django.db import transaction
from relationships.tests.celery_app import app
from relationships import services
from relationships.factories import MentorshipFactory
from relationships.tasks import notify_message
with transaction.atomic():
    mentorship = MentorshipFactory()
    first = services.message_post(mentorship=mentorship, user=mentorship.mentee.user, body="Secret one")
notify_message.delay(first.pk)  # a second delivery of the same notification: must send nothing
with transaction.atomic():
    services.message_post(mentorship=mentorship, user=mentorship.mentee.user, body="Secret two")
print(mentorship.mentor.user.email)
"""


def redis_reachable() -> bool:
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=1):
            return True
    except OSError:
        return False


def database_url() -> str | None:
    """The test database's URL for another process (PostgreSQL), or None for SQLite."""
    if connection.vendor != "postgresql":
        return None
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def mails_about_messages(mail_dir: Path) -> int:
    if not mail_dir.exists():
        return 0
    return sum(path.read_text().count("Subject: New message from") for path in mail_dir.glob("*.log"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not redis_reachable(), reason=f"no Redis broker at {REDIS_HOST}:{REDIS_PORT}")
def test_a_real_worker_sends_each_notification_once_through_redis(tmp_path):
    queue = f"test-{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/0",
        "CROSSMENTOR_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "crossmentor.settings",
        "PYTHONPATH": str(REPO),
        "CROSSMENTOR_TEST_QUEUE": queue,
    }
    env.pop("EMAIL_HOST", None)
    url = database_url()
    if url:
        env["DATABASE_URL"] = url
    else:
        env.pop("DATABASE_URL", None)
        run = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", "migrate", "--noinput"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
    celery = str(Path(sys.executable).with_name("celery"))
    log = tmp_path / "worker.log"
    worker_output = log.open("w")
    worker = subprocess.Popen(  # noqa: S603 - the project's own worker
        [
            celery,
            "-A",
            "relationships.tests.celery_app",
            "worker",
            "--pool",
            "solo",
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
            "--loglevel",
            "INFO",
        ],
        cwd=REPO,
        env=env,
        stdout=worker_output,
        stderr=subprocess.STDOUT,
    )
    try:
        enqueue = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", "shell", "-c", ENQUEUE],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
        )
        assert enqueue.returncode == 0, enqueue.stderr
        # The worker takes the tasks in order (one process, one at a time): when the second
        # message's email is there, the duplicate delivery of the first has been handled too.
        deadline = time.monotonic() + DEADLINE_SECONDS
        while mails_about_messages(tmp_path / "mail") < 2 and time.monotonic() < deadline:
            assert worker.poll() is None, "the worker stopped"
            time.sleep(0.2)
        assert mails_about_messages(tmp_path / "mail") == 2, log.read_text()
        text = "".join(path.read_text() for path in (tmp_path / "mail").glob("*.log"))
        assert enqueue.stdout.strip().splitlines()[-1] in text
        assert "Secret one" not in text and "Secret two" not in text
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        worker_output.close()
        redis.Redis(REDIS_HOST, REDIS_PORT).delete(
            queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}"
        )
    assert "relationships.tasks.notify_message" in log.read_text()
