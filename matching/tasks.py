from celery import shared_task
from django.contrib.auth import get_user_model
from django.utils import timezone

from notifications.services import notify

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
    """Tell the mentee and the mentor about a published proposal, once, each in their language."""
    claimed = Proposal.objects.filter(pk=proposal_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return
    proposal = Proposal.objects.select_related(
        "programme", "mentee__user__profile", "mentor__user__profile", "need__competence"
    ).get(pk=proposal_id)
    for person in (proposal.mentee.user, proposal.mentor.user):
        notify(
            user=person,
            key=f"proposal-published:{proposal.pk}",
            kind="proposal-published",
            template="matching/email/proposal",
            context={"proposal": proposal},
            path=f"/p/{proposal.programme.slug}/proposals/",
        )


@shared_task
def notify_coordinators(round_id: int) -> None:
    """Tell each coordinator of a mentee's organisation that matches of the round wait for them,
    once per round: one email however many of their people were matched."""
    match_round = MatchRound.objects.select_related("programme").filter(pk=round_id).first()
    if match_round is None:
        return
    waiting = match_round.proposals.filter(status=Proposal.Status.AWAITING_COORDINATOR)
    organisation_ids = set(waiting.values_list("mentee__organisation_id", flat=True))
    coordinators = get_user_model().objects.filter(coordinated_organisations__in=organisation_ids).distinct()
    for coordinator in coordinators:
        notify(
            user=coordinator,
            key=f"proposals-awaiting:{match_round.pk}",
            kind="proposals-awaiting",
            template="matching/email/proposals_awaiting",
            context={"programme": match_round.programme},
            path=f"/p/{match_round.programme.slug}/proposals/",
        )
