from decimal import Decimal
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.spreadsheets import CsvWriter
from matching.models import MatchRound
from matching.services import round_run
from programmes.models import Programme


class Command(BaseCommand):
    help = "Run a match round for a programme and write its proposals as CSV (mentee,mentor,need,score)."

    def add_arguments(self, parser):
        parser.add_argument("programme", metavar="SLUG")
        parser.add_argument("--output", required=True, metavar="matches.csv")

    def handle(self, *args, programme, output, **options):
        found = Programme.objects.filter(slug=programme).first()
        if found is None:
            raise CommandError(f"unknown programme “{programme}”", returncode=2)
        path = Path(output)
        if not path.parent.exists():
            raise CommandError(f"{path.parent}: no such directory for --output", returncode=2)
        # Runs in this process: a command's caller wants the answer, not a queued job.
        match_round = round_run(match_round=MatchRound.objects.create(programme=found))
        proposals = match_round.proposals.select_related("mentee__user", "mentor__user", "need__competence")
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = CsvWriter(handle)
            writer.writerow(["mentee", "mentor", "need", "score"])
            for p in proposals.order_by("mentee__user__email", "need__competence__slug"):
                writer.writerow(
                    [
                        p.mentee.user.email,
                        p.mentor.user.email,
                        p.need.competence.slug,
                        Decimal(f"{p.score:.4f}"),
                    ]
                )
        stats = match_round.stats
        self.stdout.write(
            f"{stats.get('proposals', 0)} proposals for {stats.get('needs', 0)} open needs "
            f"of {stats.get('mentees', 0)} mentees; written to {path}"
        )
        if match_round.unmatched:
            self.stdout.write(f"{len(match_round.unmatched)} needs unmatched (see the round in the web UI)")
