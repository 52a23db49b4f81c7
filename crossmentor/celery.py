import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crossmentor.settings")
# One BLAS thread: the matching engine's many small products run 4-5x faster than with two.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

app = Celery("crossmentor")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# Goals and meetings live in a subpackage of relationships, which app discovery does not look into.
app.autodiscover_tasks(["relationships.work"])

from .periodic import BEAT_SCHEDULE  # noqa: E402 - after the app exists, like autodiscovery

app.conf.beat_schedule = BEAT_SCHEDULE
