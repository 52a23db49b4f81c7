"""How many places a mentor has left, how many more mentors a mentee may get, and whether a need
is taken: the one rule that requests, matching proposals and matching rounds all count by.

A mentor has min(enrolment.capacity, programme.max_mentees_per_mentor) places; a mentee may have
programme.max_mentors_per_mentee mentors. A place is held by
- an open (agreeing or active) mentorship; a two-way one holds a place on both sides, since each
  of the two mentors the other;
- a published matching proposal still waiting for its answers (or, first, for the approval of
  the mentee's coordinator): the manager published the pair, so it must be able to start when it
  is approved and both accept, and nothing else may take its place meanwhile.
An open request holds no place: a mentor may be asked by more mentees than they have room for and
chooses among them; accepting counts again, under the enrolments' row locks (see services).
A need is taken by an open mentorship for it (either direction of a two-way one) or by a waiting
proposal.

Only models are imported here, so that the relationships services and the matching adapter both
count with it without importing each other.
"""

from collections import Counter

from django.db.models import Count, Q, QuerySet

from matching.models import Proposal
from programmes.models import Enrolment, Need, Programme

from .models import Mentorship

OPEN_MENTORSHIP = (Mentorship.Status.AGREEING, Mentorship.Status.ACTIVE)


def mentor_capacity(mentor: Enrolment) -> int:
    return capacity_of(capacity=mentor.capacity, programme=mentor.programme)


def capacity_of(*, capacity: int, programme: Programme) -> int:
    """The places of a mentor who offers `capacity`: never more than the programme allows."""
    return min(capacity, programme.max_mentees_per_mentor)


def _open_mentorships(programme_id: int) -> QuerySet:
    return Mentorship.objects.filter(programme_id=programme_id, status__in=OPEN_MENTORSHIP)


def _waiting_proposals(programme_id: int) -> QuerySet:
    return Proposal.objects.filter(programme_id=programme_id, status__in=Proposal.WAITING)


def _holding_mentor_places(programme_id: int) -> list[tuple[QuerySet, str]]:
    """(rows, field): each row holds one place of the mentor whose enrolment id is in `field`."""
    mentorships = _open_mentorships(programme_id)
    return [
        (mentorships, "mentor_id"),
        (mentorships.filter(mutual=True), "mentee_id"),
        (_waiting_proposals(programme_id), "mentor_id"),
    ]


def _holding_mentee_places(programme_id: int) -> list[tuple[QuerySet, str]]:
    """(rows, field): each row gives the mentee whose enrolment id is in `field` one mentor."""
    mentorships = _open_mentorships(programme_id)
    return [
        # A team's mentorship gives the team a mentor, not its first founder (`mentee`) one of theirs.
        (mentorships.filter(team__isnull=True), "mentee_id"),
        (mentorships.filter(mutual=True), "mentor_id"),
        (_waiting_proposals(programme_id), "mentee_id"),
    ]


def _count(sources, *, enrolment_id=None, except_proposal=None) -> Counter:
    load: Counter = Counter()
    for rows, field in sources:
        if enrolment_id is not None:
            rows = rows.filter(**{field: enrolment_id})
        if except_proposal is not None and rows.model is Proposal:
            rows = rows.exclude(pk=except_proposal.pk)
        for key, n in rows.values(field).annotate(n=Count("id")).values_list(field, "n"):
            load[key] += n
    return load


def mentor_loads(programme: Programme) -> Counter:
    """Per enrolment id: the mentee places held (absent means none)."""
    return _count(_holding_mentor_places(programme.pk))


def mentee_loads(programme: Programme) -> Counter:
    """Per enrolment id: the mentors held or on offer (absent means none)."""
    return _count(_holding_mentee_places(programme.pk))


def mentor_places_left(mentor: Enrolment, *, except_proposal: Proposal | None = None) -> int:
    """The mentor's free places; `except_proposal` is the proposal being answered, whose place is its own."""
    held = _count(
        _holding_mentor_places(mentor.programme_id), enrolment_id=mentor.pk, except_proposal=except_proposal
    )
    return mentor_capacity(mentor) - held[mentor.pk]


def mentee_places_left(mentee: Enrolment, *, except_proposal: Proposal | None = None) -> int:
    held = _count(
        _holding_mentee_places(mentee.programme_id), enrolment_id=mentee.pk, except_proposal=except_proposal
    )
    return mentee.programme.max_mentors_per_mentee - held[mentee.pk]


def need_taken_by(need: Need, *, except_proposal: Proposal | None = None) -> str:
    """'mentorship' or 'proposal' when the need is taken, '' when it is free."""
    mentorships = Mentorship.objects.filter(status__in=OPEN_MENTORSHIP)
    if mentorships.filter(Q(need=need) | Q(reverse_need=need)).exists():
        return "mentorship"
    proposals = Proposal.objects.filter(need=need, status__in=Proposal.WAITING)
    if except_proposal is not None:
        proposals = proposals.exclude(pk=except_proposal.pk)
    return "proposal" if proposals.exists() else ""


def taken_need_ids(programme: Programme) -> set[int]:
    mentorships = _open_mentorships(programme.pk)
    taken = set(mentorships.values_list("need_id", flat=True))
    taken |= set(mentorships.values_list("reverse_need_id", flat=True))
    taken |= set(_waiting_proposals(programme.pk).values_list("need_id", flat=True))
    taken.discard(None)
    return taken
