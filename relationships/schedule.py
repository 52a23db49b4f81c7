"""Celery beat entries of this app, merged into the project's CELERY_BEAT_SCHEDULE by the settings.

One sweep every hour: every task it runs is idempotent (notifications are keyed by event and
period), so running it more often only makes reminders more punctual, never repeated.
"""

from celery.schedules import crontab

BEAT_SCHEDULE = {
    "relationships-reminders": {
        "task": "relationships.tasks.run_reminders",
        "schedule": crontab(minute=7),
    },
}
