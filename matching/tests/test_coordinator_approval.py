"""The consortium's own rule: where the programme says so, the mentee's coordinator approves a
published match before it reaches the mentee and the mentor."""

import pytest

from matching import services
from matching.models import MatchRound, PairExclusion, Proposal
from matching.tasks import notify_proposal
from relationships import capacity


@pytest.fixture
def approving(personas):
    personas.regional.coordinator_approves_matches = True
    personas.regional.save()
    return personas


def published_round(personas, django_capture_on_commit_callbacks):
    match_round = services.round_run(match_round=MatchRound.objects.create(programme=personas.regional))
    with django_capture_on_commit_callbacks(execute=True):
        services.round_publish(match_round=match_round)
    return match_round


def initech_match(match_round) -> Proposal:
    return match_round.proposals.select_related("mentee", "mentor", "need").get(
        mentee__organisation__key="initech"
    )


def test_publishing_puts_every_match_before_the_mentees_coordinator_and_tells_only_them(
    approving, mailoutbox, django_capture_on_commit_callbacks
):
    match_round = published_round(approving, django_capture_on_commit_callbacks)
    for proposal in match_round.proposals.all():
        notify_proposal(proposal.pk)  # nothing to tell the participants yet

    statuses = set(match_round.proposals.values_list("status", flat=True))
    mentee_organisations = set(match_round.proposals.values_list("mentee__organisation__key", flat=True))
    assert statuses == {Proposal.Status.AWAITING_COORDINATOR}
    assert sorted(m.to[0] for m in mailoutbox) == sorted(f"hr@{key}.example" for key in mentee_organisations)
    assert all("/p/regional/proposals/" in m.body for m in mailoutbox)


def test_a_match_waiting_for_the_coordinator_is_not_shown_to_its_participants(
    client, approving, django_capture_on_commit_callbacks
):
    proposal = initech_match(published_round(approving, django_capture_on_commit_callbacks))
    client.force_login(approving.mentee_initech)

    assert client.get("/api/programmes/regional/proposals").json() == []
    response = client.post(f"/p/regional/proposals/{proposal.public_id}/respond/", {"answer": "accept"})
    assert response.status_code == 404


def test_a_waiting_match_holds_the_mentors_place_and_the_mentees_need(
    approving, django_capture_on_commit_callbacks
):
    proposal = initech_match(published_round(approving, django_capture_on_commit_callbacks))

    assert capacity.mentor_places_left(proposal.mentor) == 0
    assert capacity.need_taken_by(proposal.need) == "proposal"
    assert proposal.need_id in capacity.taken_need_ids(approving.regional)


def test_an_approved_match_goes_on_to_the_participants_who_are_told(
    client, approving, mailoutbox, django_capture_on_commit_callbacks
):
    proposal = initech_match(published_round(approving, django_capture_on_commit_callbacks))
    mailoutbox.clear()
    client.force_login(approving.coordinator_initech)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/p/regional/proposals/{proposal.public_id}/approve/")

    proposal.refresh_from_db()
    assert response.status_code == 302
    assert proposal.status == Proposal.Status.PUBLISHED
    assert proposal.decided_by == approving.coordinator_initech
    assert {m.to[0] for m in mailoutbox} == {proposal.mentee.user.email, proposal.mentor.user.email}
    client.force_login(approving.mentee_initech)
    assert [row["id"] for row in client.get("/api/programmes/regional/proposals").json()] == [
        str(proposal.public_id)
    ]


def test_a_refused_match_returns_the_need_to_the_pool_and_the_manager_reads_why(
    client, approving, mailoutbox, django_capture_on_commit_callbacks
):
    match_round = published_round(approving, django_capture_on_commit_callbacks)
    proposal = initech_match(match_round)
    mailoutbox.clear()
    client.force_login(approving.coordinator_initech)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/api/programmes/regional/proposals/{proposal.public_id}/approval",
            data={"approve": False, "reason": "Our mentee moves to another team in May"},
            content_type="application/json",
        )

    assert response.status_code == 200
    assert response.json()["status"] == "refused"
    assert mailoutbox == []
    assert proposal.need_id not in capacity.taken_need_ids(approving.regional)
    assert PairExclusion.objects.filter(
        mentee=proposal.mentee, mentor=proposal.mentor, reason=PairExclusion.Reason.COORDINATOR
    ).exists()
    client.force_login(approving.manager)
    page = client.get(f"/p/regional/matching/rounds/{match_round.public_id}/").content.decode()
    assert "Refused by the coordinator" in page
    assert "Our mentee moves to another team in May" in page
    client.force_login(approving.mentee_initech)
    assert client.get("/api/programmes/regional/proposals").json() == []


def test_a_refusal_without_a_reason_is_refused_and_the_match_keeps_waiting(
    client, approving, django_capture_on_commit_callbacks
):
    proposal = initech_match(published_round(approving, django_capture_on_commit_callbacks))
    client.force_login(approving.coordinator_initech)

    response = client.post(
        f"/api/programmes/regional/proposals/{proposal.public_id}/approval",
        data={"approve": False, "reason": "  "},
        content_type="application/json",
    )

    proposal.refresh_from_db()
    assert response.status_code == 400
    assert "Say why you refuse this match" in response.content.decode()
    assert proposal.status == Proposal.Status.AWAITING_COORDINATOR


def test_a_match_decided_once_cannot_be_decided_again(approving, django_capture_on_commit_callbacks):
    proposal = initech_match(published_round(approving, django_capture_on_commit_callbacks))
    services.proposal_approve(proposal=proposal, actor=approving.coordinator_initech)

    with pytest.raises(services.TransitionError):
        services.proposal_refuse(proposal=proposal, actor=approving.coordinator_initech, reason="late")


def test_without_the_setting_a_published_match_goes_straight_to_the_participants(
    personas, django_capture_on_commit_callbacks
):
    match_round = published_round(personas, django_capture_on_commit_callbacks)

    assert set(match_round.proposals.values_list("status", flat=True)) == {Proposal.Status.PUBLISHED}
