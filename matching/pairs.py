"""Which (mentee, mentor) pairs a programme never proposes, recommends or lets be asked for again:
the one pair rule of matching rounds, Find a mentor and requests.

A pair is out, for every need of the mentee, when
- someone excluded it (a declined or refused proposal, the manager, a participant: `PairExclusion`);
- a published or accepted proposal pairs them (waiting for approval or answers, or already a
  mentorship);
- the two have a mentorship in the programme: open (they work together already) or closed (it
  ended; the need it was for returns to the pool, but for another mentor).

Only models are imported here, so that the matching adapter and the relationships services both
use it without importing each other.
"""

from programmes.models import Enrolment, Programme
from relationships.models import Mentorship

from .models import PairExclusion, Proposal

EXCLUDED, PROPOSED, WORKING, ENDED = "excluded", "proposed", "working", "ended"
LIVE_PROPOSAL = (*Proposal.WAITING, Proposal.Status.ACCEPTED)


def excluded_pairs(programme: Programme) -> set[tuple[int, int]]:
    """Every (mentee enrolment id, mentor enrolment id) pair that is out in this programme."""
    pairs = set(PairExclusion.objects.filter(programme=programme).values_list("mentee_id", "mentor_id"))
    live = Proposal.objects.filter(programme=programme, status__in=LIVE_PROPOSAL)
    pairs |= set(live.values_list("mentee_id", "mentor_id"))
    pairs |= set(Mentorship.objects.filter(programme=programme).values_list("mentee_id", "mentor_id"))
    return pairs


def pair_exclusion(*, mentee: Enrolment, mentor: Enrolment) -> str:
    """Why this pair is out ('excluded', 'proposed', 'working', 'ended'), or '' when it is not."""
    programme_id = mentee.programme_id
    if PairExclusion.objects.filter(programme_id=programme_id, mentee=mentee, mentor=mentor).exists():
        return EXCLUDED
    mentorships = Mentorship.objects.filter(programme_id=programme_id, mentee=mentee, mentor=mentor)
    if mentorships.exclude(status=Mentorship.Status.CLOSED).exists():
        return WORKING
    if mentorships.exists():
        return ENDED
    live = Proposal.objects.filter(programme_id=programme_id, mentee=mentee, mentor=mentor)
    return PROPOSED if live.filter(status__in=LIVE_PROPOSAL).exists() else ""
