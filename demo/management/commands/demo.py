from django.conf import settings
from django.core.management.base import BaseCommand

from demo.services import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = "Load (or refresh) the demo programmes and print the demo logins."

    def handle(self, *args, **options):
        logins = demo_load()
        self.stdout.write(
            self.style.SUCCESS("Demo loaded: Kempenpoort Crossings 2026 and Women Leading Across Borders.")
        )
        self.stdout.write(f"Open {settings.SITE_URL}/ and log in with password “{DEMO_PASSWORD}” as:")
        for role, email in logins.items():
            self.stdout.write(f"  {role:<12} {email}")
        self.stdout.write(f"Mail sent by the demo is written to {settings.MAIL_DIR}")
