from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from programmes.importer import ImportFailed, people_import, read_file
from programmes.models import Programme


class Command(BaseCommand):
    help = "Import organisations and people into a programme (both enrolled and approved)."

    def add_arguments(self, parser):
        parser.add_argument("programme", metavar="PROGRAMME_SLUG")
        parser.add_argument("organisations", metavar="organisations.csv")
        parser.add_argument("people", metavar="people.csv")

    def handle(self, *args, programme, organisations, people, **options):
        found = Programme.objects.filter(slug=programme).first()
        if found is None:
            raise CommandError(f"unknown programme “{programme}”", returncode=2)
        organisations_path, people_path = Path(organisations), Path(people)
        for path in (organisations_path, people_path):
            if not path.is_file():
                raise CommandError(f"{path}: no such file", returncode=2)
        try:
            report = people_import(
                programme=found,
                organisations_data=read_file(organisations_path),
                people_data=read_file(people_path),
                organisations_filename=organisations_path.name,
                people_filename=people_path.name,
            )
        except ImportFailed as failure:
            for problem in failure.problems:
                self.stderr.write(str(problem))
            raise CommandError(failure.message, returncode=2) from None
        for line in report.lines():
            self.stdout.write(line)
