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
