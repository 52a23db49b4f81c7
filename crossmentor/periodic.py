"""Everything that runs on a schedule, in one list.

In production Celery beat sends these tasks on their schedule (`celery.py` installs
`BEAT_SCHEDULE`); in the embedded default `crossmentor reminders` runs them all once, from cron or
by hand. Every task is idempotent (notifications are keyed by event), so running one early, late or
twice never sends an email twice.
"""

from celery.schedules import crontab

BEAT_SCHEDULE = {
    # Expire unanswered requests, remind mentors before expiry, ask for due check-ins, nudge quiet
    # mentorships, close those whose cohort ended, remind tomorrow's meetings.
    "relationships-reminders": {"task": "relationships.tasks.run_reminders", "schedule": crontab(minute=7)},
    # Tell people when their end assessment or the closing survey opens.
    "evaluation-open-reminders": {
        "task": "evaluation.tasks.remind_evaluation_open",
        "schedule": crontab(hour=8, minute=17),
    },
    # Pair opted-in people for virtual coffee when a programme's cycle is due.
    "coffee-due-rounds": {"task": "coffee.tasks.run_due_rounds", "schedule": crontab(hour=6, minute=37)},
}


def run_all() -> dict[str, int]:
    """Run every periodic task once, in this process; returns what each did."""
    from coffee.tasks import run_due_rounds
    from evaluation.tasks import remind_evaluation_open
    from relationships.tasks import run_reminders

    results = dict(run_reminders())
    results["evaluation_reminders"] = remind_evaluation_open()
    results["coffee_rounds"] = run_due_rounds()
    return results
