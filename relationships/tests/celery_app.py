"""The project's Celery app for the worker test, with a default queue of that test's own.

`celery -A relationships.tests.celery_app worker` is `celery -A crossmentor worker` except that
every task (including those the worker itself enqueues, such as the email of a notification) goes
to CROSSMENTOR_TEST_QUEUE, so that another worker on the same Redis never takes them.
"""

import os

from crossmentor.celery import app

app.conf.task_default_queue = os.environ["CROSSMENTOR_TEST_QUEUE"]

__all__ = ["app"]
