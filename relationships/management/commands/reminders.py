from django.core.management.base import BaseCommand

from relationships.tasks import run_reminders


class Command(BaseCommand):
    help = (
        "Run every due reminder and expiry of mentorships once: expire unanswered requests, remind "
        "mentors of requests about to expire, ask for due check-ins, nudge quiet mentorships, close "
        "mentorships whose cohort has ended. Safe to run as often as you like (each email goes once); "
        "run it from cron, e.g. hourly, when there is no Celery beat."
    )

    def handle(self, *args, **options):
        results = run_reminders()
        for name, count in results.items():
            self.stdout.write(f"{name.replace('_', ' ')}: {count}")
