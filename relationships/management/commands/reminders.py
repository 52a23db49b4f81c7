from django.core.management.base import BaseCommand

from crossmentor.periodic import run_all


class Command(BaseCommand):
    help = (
        "Run every periodic task once: expire unanswered requests, remind mentors of requests about to "
        "expire, ask for due check-ins, nudge quiet mentorships, close mentorships whose cohort has "
        "ended, remind tomorrow's meetings, tell people their evaluation is open, pair people for "
        "virtual coffee. Safe to run as often as you like (each email goes once); run it from cron, "
        "e.g. hourly, when there is no Celery beat."
    )

    def handle(self, *args, **options):
        for name, count in run_all().items():
            self.stdout.write(f"{name.replace('_', ' ')}: {count}")
