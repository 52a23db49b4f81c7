"""Who reads which proposal, and whom it names: the Proposals tab and its API, role by role.

A published proposal pairs mentee_initech with mentor_acme. Its members and the manager read both
people; a coordinator of either side reads their own person and only the other side's organisation
("Someone from …"), exactly as on the Mentorships page; everyone else does not see the proposal.
"""

import pytest

from matching.models import MatchRound, Proposal

MENTEE = "mentee_initech"
MENTOR = "mentor_acme"

# role: (status, the personas it may read by name or email, those it reads as "Someone from …")
READS = {
    "manager": (200, {MENTEE, MENTOR}, set()),
    "coordinator_acme": (200, {MENTOR}, {"Initech"}),
    "coordinator_initech": (200, {MENTEE}, {"Acme Logistics"}),
    "coordinator_globex": (200, set(), set()),
    MENTOR: (200, {MENTEE, MENTOR}, set()),
    MENTEE: (200, {MENTEE, MENTOR}, set()),
    "mentee_globex": (200, set(), set()),
    "outsider": (404, set(), set()),
}
ROUTES = ["/p/regional/proposals/", "/api/programmes/regional/proposals"]


@pytest.fixture
def proposal(personas):
    match_round = MatchRound.objects.create(programme=personas.regional, status=MatchRound.Status.PUBLISHED)
    mentee = personas.enrolments[MENTEE]
    return Proposal.objects.create(
        round=match_round,
        programme=personas.regional,
        need=mentee.needs.first(),
        mentee=mentee,
        mentor=personas.enrolments[MENTOR],
        score=0.8,
        status=Proposal.Status.PUBLISHED,
    )


@pytest.mark.parametrize("url", ROUTES)
@pytest.mark.parametrize("role", sorted(READS))
def test_each_role_reads_only_the_people_it_may_know(client, personas, proposal, url, role):
    status, known, organisations = READS[role]
    client.force_login(getattr(personas, role))

    response = client.get(url)

    assert response.status_code == status
    body = response.content.decode()
    for persona in (MENTEE, MENTOR):
        user = getattr(personas, persona)
        shown = user.name in body or user.email in body
        assert shown == (persona in known), (role, persona)
    for organisation in organisations:
        assert f"Someone from {organisation}" in body
    if status == 200 and not (known or organisations):
        assert proposal.need.competence.name not in body


def test_the_api_names_the_other_side_by_its_organisation_for_a_coordinator(client, personas, proposal):
    client.force_login(personas.coordinator_acme)

    (row,) = client.get("/api/programmes/regional/proposals").json()

    assert row["mentor"] == personas.mentor_acme.email
    assert row["mentee"] == "Someone from Initech"


@pytest.mark.parametrize("role", sorted(READS))
def test_only_the_members_answer_the_proposal(client, personas, proposal, role):
    client.force_login(getattr(personas, role))

    response = client.post(f"/p/regional/proposals/{proposal.public_id}/respond/", {"answer": "decline"})

    assert response.status_code == (302 if role in (MENTEE, MENTOR) else 404)


# A match waiting for the mentee's coordinator: only that coordinator decides, by page or API.
@pytest.fixture
def awaiting(proposal):
    proposal.status = Proposal.Status.AWAITING_COORDINATOR
    proposal.save(update_fields=["status"])
    return proposal


DECISIONS = [
    ("/p/regional/proposals/{id}/approve/", {}, 302),
    ("/p/regional/proposals/{id}/refuse/", {"reason": "Our mentee changes team next month"}, 302),
    ("/api/programmes/regional/proposals/{id}/approval", {"approve": True}, 200),
]


@pytest.mark.parametrize(("url", "body", "allowed"), DECISIONS)
@pytest.mark.parametrize("role", sorted(READS))
def test_only_the_mentees_coordinator_approves_or_refuses_a_waiting_match(
    client, personas, awaiting, url, body, allowed, role
):
    client.force_login(getattr(personas, role))
    url = url.format(id=awaiting.public_id)

    if url.startswith("/api/"):
        response = client.post(url, data=body, content_type="application/json")
    else:
        response = client.post(url, body)

    assert response.status_code == (allowed if role == "coordinator_initech" else 404)
    awaiting.refresh_from_db()
    assert (awaiting.status != Proposal.Status.AWAITING_COORDINATOR) == (role == "coordinator_initech")


# role: whether it sees the waiting match, on the tab and in the API.
SEES_WAITING = {"manager": True, "coordinator_initech": True}


@pytest.mark.parametrize("url", ROUTES)
@pytest.mark.parametrize("role", sorted(READS))
def test_a_waiting_match_is_seen_by_the_manager_and_the_mentees_coordinator_only(
    client, personas, awaiting, url, role
):
    client.force_login(getattr(personas, role))

    response = client.get(url)

    assert response.status_code == READS[role][0]
    assert (str(awaiting.public_id) in response.content.decode()) == SEES_WAITING.get(role, False)
    if role == "coordinator_initech":
        assert "Someone from Acme Logistics" in response.content.decode()
        assert personas.mentor_acme.email not in response.content.decode()
        assert personas.mentor_acme.name not in response.content.decode()
