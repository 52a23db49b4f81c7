"""Celery beat entries of this app, to be merged into the project's CELERY_BEAT_SCHEDULE by the settings.

Once a day: the task is idempotent (one notification per person and role), so a missed or repeated
run changes nothing.
"""

from celery.schedules import crontab

BEAT_SCHEDULE = {
    "evaluation-open-reminders": {
        "task": "evaluation.tasks.remind_evaluation_open",
        "schedule": crontab(hour=8, minute=17),
    },
}
