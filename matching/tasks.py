from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone

from .models import MatchRound, Proposal


@shared_task
def run_round(round_id: int) -> None:
    """Run a queued match round; a second delivery of the same task does nothing."""
    from .services import round_run

    match_round = MatchRound.objects.select_related("programme").filter(pk=round_id).first()
    if match_round is not None:
        round_run(match_round=match_round)


@shared_task
def notify_proposal(proposal_id: int) -> None:
    """Tell the mentee and the mentor about a published proposal, once."""
    claimed = Proposal.objects.filter(pk=proposal_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return
    proposal = Proposal.objects.select_related(
        "programme", "mentee__user", "mentor__user", "need__competence"
    ).get(pk=proposal_id)
    url = f"{settings.SITE_URL}/p/{proposal.programme.slug}/proposals/"
    for person in (proposal.mentee.user, proposal.mentor.user):
        context = {"proposal": proposal, "person": person, "url": url}
        subject = render_to_string("matching/email/proposal_subject.txt", context).strip()
        send_mail(subject, render_to_string("matching/email/proposal.txt", context), None, [person.email])
