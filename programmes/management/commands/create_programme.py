from django.core.management.base import BaseCommand, CommandError

from core.errors import ServiceError
from programmes.importer import SLUG
from programmes.models import Programme
from programmes.services import programme_create


class Command(BaseCommand):
    help = "Create a programme: crossmentor create_programme SLUG --name NAME [options]"

    def add_arguments(self, parser):
        parser.add_argument("slug", help="short name used in URLs, e.g. regional-2026")
        parser.add_argument("--name", required=True)
        parser.add_argument("--kind", default=Programme.Kind.ONE_TO_ONE, choices=Programme.Kind.values)
        parser.add_argument(
            "--cross-country", action="store_true", help="the mentor comes from another country"
        )
        parser.add_argument("--exclude-competitors", action="store_true", help="never pair competitors")
        parser.add_argument("--max-mentors-per-mentee", type=int, default=1, metavar="N")
        parser.add_argument("--max-mentees-per-mentor", type=int, default=None, metavar="N")
        parser.add_argument("--matching-mode", default="rounds", choices=Programme.MatchingMode.values)

    def handle(self, *args, slug, name, kind, cross_country, exclude_competitors, **options):
        if not SLUG.match(slug):
            raise CommandError(
                f"“{slug}” is not a valid SLUG: use lowercase letters, digits and -", returncode=2
            )
        if not 1 <= options["max_mentors_per_mentee"] <= 10:
            raise CommandError("--max-mentors-per-mentee must be between 1 and 10", returncode=2)
        fields = {
            "kind": kind,
            "cross_country": cross_country or kind == Programme.Kind.CROSS_COUNTRY,
            "exclude_competitors": exclude_competitors,
            "max_mentors_per_mentee": options["max_mentors_per_mentee"],
            "matching_mode": options["matching_mode"],
        }
        if options["max_mentees_per_mentor"] is not None:
            fields["max_mentees_per_mentor"] = options["max_mentees_per_mentor"]
        try:
            programme = programme_create(actor=None, slug=slug, name=name, **fields)
        except ServiceError as error:
            raise CommandError(error.message, returncode=2) from None
        except Exception as error:  # a model validation error names the field at fault
            raise CommandError(str(error), returncode=2) from None
        self.stdout.write(
            f"Created programme {programme.slug}: {programme.name} ({programme.get_kind_display()})"
        )
