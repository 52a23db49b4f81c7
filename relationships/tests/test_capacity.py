"""One capacity rule for requests, proposals and matching rounds (relationships.capacity).

A mentor's place is held by an open mentorship and by a published proposal waiting for answers;
a need is taken by either. A request never takes a place a waiting proposal holds, and a proposal
that can no longer start is refused on its first accept, never left half-accepted.
"""

import pytest

from core.errors import ServiceError
from core.factories import OrganisationFactory, UserFactory, enrol, join
from matching import services as matching
from matching.models import MatchRound, Proposal
from relationships import capacity, services
from relationships.models import Mentorship, Request

from .helpers import ask


def waiting_proposal(personas, mentee="mentee_initech", mentor="mentor_acme", status="published"):
    """A proposal of a matching round for the mentee's first need, published unless told otherwise."""
    mentee_enrolment = personas.enrolments[mentee]
    match_round = MatchRound.objects.create(programme=personas.regional, status=status)
    return Proposal.objects.create(
        round=match_round,
        programme=personas.regional,
        need=mentee_enrolment.needs.first(),
        mentee=mentee_enrolment,
        mentor=personas.enrolments[mentor],
        score=1.0,
        status=status,
    )


def newcomer(personas, key="umbrella"):
    """An approved mentee of a fourth organisation, who may ask mentor_acme."""
    organisation = OrganisationFactory(key=key, name=key.title(), country="NL")
    join(personas.regional, organisation)
    return enrol(UserFactory(email=f"mentee@{key}.example", organisation=organisation), personas.regional)


def request_from(enrolment, mentor):
    return services.request_send(mentee=enrolment, mentor=mentor, need=enrolment.needs.first(), message="Hi")


def test_a_request_cannot_take_the_place_a_waiting_proposal_holds(people):
    waiting_proposal(people)  # mentor_acme's only place

    with pytest.raises(ServiceError, match="no room for another mentee"):
        request_from(newcomer(people), people.enrolments["mentor_acme"])


def test_a_request_sent_before_the_proposal_was_published_cannot_be_accepted_into_its_place(people):
    mentor = people.enrolments["mentor_acme"]
    request = request_from(newcomer(people), mentor)
    proposal = waiting_proposal(people)

    with pytest.raises(ServiceError, match="no room for another mentee"):
        services.request_accept(request=request, mentor=mentor)

    request.refresh_from_db()
    assert request.status == Request.Status.OPEN
    matching.proposal_respond(proposal=proposal, enrolment=proposal.mentee, accept=True)
    matching.proposal_respond(proposal=proposal, enrolment=proposal.mentor, accept=True)
    assert Mentorship.objects.get(mentor=mentor).proposal == proposal


def test_a_need_with_a_waiting_proposal_cannot_be_asked_for_by_request(people):
    waiting_proposal(people, mentor="mentor_globex")

    with pytest.raises(ServiceError, match="proposal for this need is waiting for answers"):
        ask(people, mentor="mentor_acme")


def test_a_mentor_at_full_capacity_cannot_accept_a_proposal_and_it_stays_answerable(people):
    mentor = people.enrolments["mentor_acme"]
    mentor.capacity = 2
    mentor.save(update_fields=["capacity"])
    services.request_accept(request=request_from(newcomer(people), mentor), mentor=mentor)
    proposal = waiting_proposal(people)
    mentor.capacity = 1  # the mentor made less room after the round was published
    mentor.save(update_fields=["capacity"])

    for side in (proposal.mentor, proposal.mentee):
        with pytest.raises(ServiceError, match="Mentor Acme Logistics has no room for another mentee"):
            matching.proposal_respond(proposal=proposal, enrolment=side, accept=True)

    proposal.refresh_from_db()
    assert (proposal.status, proposal.mentor_response, proposal.mentee_response) == (
        Proposal.Status.PUBLISHED,
        Proposal.Response.PENDING,
        Proposal.Response.PENDING,
    )
    matching.proposal_respond(proposal=proposal, enrolment=proposal.mentor, accept=False)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.DECLINED


def test_publishing_leaves_out_a_proposal_that_could_no_longer_start(people):
    mentor = people.enrolments["mentor_acme"]
    draft = waiting_proposal(people, status="draft")
    services.request_accept(request=request_from(newcomer(people), mentor), mentor=mentor)
    kept = waiting_proposal(people, mentee="mentee_acme", mentor="mentor_initech", status="draft")
    kept.round = draft.round
    kept.save(update_fields=["round"])

    matching.round_publish(match_round=draft.round)

    draft.refresh_from_db()
    kept.refresh_from_db()
    assert draft.status == Proposal.Status.REMOVED
    assert kept.status == Proposal.Status.PUBLISHED


def test_a_two_way_mentorship_holds_a_place_on_both_sides(people):
    mentor, mentee = people.enrolments["mentor_acme"], people.enrolments["mentee_initech"]
    mentee.capacity = 1
    mentee.save(update_fields=["capacity"])
    Mentorship.objects.create(
        programme=people.regional, mentor=mentor, mentee=mentee, origin="manager", mutual=True
    )

    assert capacity.mentor_places_left(mentor) == 0
    assert capacity.mentor_places_left(mentee) == 0
    assert capacity.mentee_places_left(mentor) == 0
    assert capacity.mentee_places_left(mentee) == 0


def test_requests_and_matching_rounds_count_the_same_places(people):
    from matching.adapter import load_pool

    waiting_proposal(people)
    pool = load_pool(people.regional)

    assert people.enrolments["mentor_acme"].pk not in {m.key for m in pool.mentors}
    assert capacity.mentor_places_left(people.enrolments["mentor_acme"]) == 0
    assert capacity.mentee_places_left(people.enrolments["mentee_initech"]) == 0
    assert people.enrolments["mentee_initech"].pk not in {m.key for m in pool.mentees}
