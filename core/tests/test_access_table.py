"""One table proves the access policy: every route that carries an id, for every role and method.

A role that is not listed for a row must get 404, exactly as for something that does not exist.
"""

import pytest

ROLES = [
    "manager",
    "coordinator_acme",
    "coordinator_globex",
    "mentor_acme",
    "mentee_globex",
    "applicant_acme",
    "outsider",
]
PARTICIPANTS = {"mentor_acme": 200, "mentee_globex": 200, "applicant_acme": 200}
STAFF_OF_ACME = {"manager": 200, "coordinator_acme": 200}

# (method, url, {role: expected status}); "{applicant}" is the applicant's enrolment, "{mentor}" the
# globex mentor's person id, "{mentee_enrolment}" the globex mentee's enrolment.
PAGES = [
    (
        "get",
        "/p/regional/",
        {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200, **PARTICIPANTS},
    ),
    ("get", "/p/regional/settings/", {"manager": 200}),
    ("post", "/p/regional/settings/", {"manager": 200}),
    (
        "get",
        "/p/regional/organisations/",
        {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200},
    ),
    ("post", "/p/regional/organisations/acme/join/", {"coordinator_acme": 302}),
    ("get", "/p/regional/enrolments/", {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200}),
    ("get", "/p/regional/enrolments/{applicant}/", {**STAFF_OF_ACME, "applicant_acme": 200}),
    ("post", "/p/regional/enrolments/{applicant}/approve/", {"manager": 302, "coordinator_acme": 302}),
    ("post", "/p/regional/enrolments/{applicant}/reject/", {"manager": 302, "coordinator_acme": 302}),
    (
        "get",
        "/p/regional/enrolments/{mentee_enrolment}/",
        {"manager": 200, "coordinator_globex": 200, "mentee_globex": 200},
    ),
    ("get", "/p/regional/enrol/", {"mentor_acme": 200, "mentee_globex": 200, "applicant_acme": 200}),
    ("post", "/p/regional/withdraw/", {"mentor_acme": 302, "mentee_globex": 302, "applicant_acme": 302}),
    (
        "get",
        "/p/regional/people/{mentor}/",
        {"manager": 200, "coordinator_globex": 200, "mentor_acme": 200, "mentee_globex": 200},
    ),
    ("get", "/p/regional/import/", {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200}),
    ("get", "/p/regional/invite/", {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200}),
    ("get", "/p/leaders/", {"coordinator_acme": 200}),
    ("get", "/o/acme/", {"coordinator_acme": 200}),
    ("post", "/o/acme/", {"coordinator_acme": 200}),
    ("get", "/p/regional/matching/", {"manager": 200}),
    ("post", "/p/regional/matching/start/", {"manager": 302}),
    ("post", "/p/regional/matching/weights/", {"manager": 302}),
    ("get", "/p/regional/matching/rounds/{round}/", {"manager": 200}),
    ("post", "/p/regional/matching/rounds/{round}/publish/", {"manager": 302}),
    ("post", "/p/regional/matching/rounds/{round}/rerun/", {"manager": 302}),
    ("post", "/p/regional/matching/rounds/{round}/swap/", {"manager": 302}),
    ("post", "/p/regional/proposals/{proposal}/lock/", {"manager": 302}),
    ("post", "/p/regional/proposals/{proposal}/exclude/", {"manager": 302}),
    ("post", "/p/regional/proposals/{proposal}/respond/", {}),  # a draft is nobody's to answer yet
    # Nor to approve or refuse: matching/tests/test_access.py has a match waiting for a coordinator.
    ("post", "/p/regional/proposals/{proposal}/approve/", {}),
    ("post", "/p/regional/proposals/{proposal}/refuse/", {}),
    (
        "get",
        "/p/regional/proposals/",
        {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200, **PARTICIPANTS},
    ),
    ("get", "/p/regional/recommendations/", {"mentee_globex": 200}),
    ("post", "/accounts/tokens/{token}/revoke/", {"manager": 302}),  # the manager's own token
    # The manager's own notification: anyone else's answers 404, like a missing one.
    ("post", "/notifications/{notification}/read/", {"manager": 302}),
    ("get", "/p/missing/", {}),
]

API = [
    (
        "get",
        "/api/programmes/regional",
        {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200, **PARTICIPANTS},
    ),
    ("patch", "/api/programmes/regional", {"manager": 200}),
    (
        "get",
        "/api/programmes/regional/organisations",
        {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200},
    ),
    (
        "get",
        "/api/programmes/regional/enrolments",
        {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200, **PARTICIPANTS},
    ),
    ("get", "/api/programmes/regional/enrolments/{applicant}", {**STAFF_OF_ACME, "applicant_acme": 200}),
    ("post", "/api/programmes/regional/enrolments/{applicant}/approve", {**STAFF_OF_ACME}),
    ("post", "/api/programmes/regional/enrolments/{applicant}/reject", {**STAFF_OF_ACME}),
    ("post", "/api/programmes/regional/enrolments/{applicant}/withdraw", {"applicant_acme": 200}),
    (
        "get",
        "/api/programmes/regional/people/{mentor}",
        {"manager": 200, "coordinator_globex": 200, "mentor_acme": 200, "mentee_globex": 200},
    ),
    ("get", "/api/organisations/acme", {"coordinator_acme": 200}),
    ("patch", "/api/organisations/acme", {"coordinator_acme": 200}),
    ("post", "/api/programmes/regional/rounds", {"manager": 201}),
    ("get", "/api/programmes/regional/rounds/{round}", {"manager": 200}),
    ("get", "/api/programmes/regional/rounds/{round}/proposals", {"manager": 200}),
    ("post", "/api/programmes/regional/rounds/{round}/publish", {"manager": 200}),
    ("post", "/api/programmes/regional/proposals/{proposal}/manage/lock", {"manager": 200}),
    ("post", "/api/programmes/regional/proposals/{proposal}/answer", {}),
    ("post", "/api/programmes/regional/proposals/{proposal}/approval", {}),
    (
        "get",
        "/api/programmes/regional/proposals",
        {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200, **PARTICIPANTS},
    ),
    ("get", "/api/programmes/regional/needs/{need}/recommendations", {"mentee_globex": 200}),
    ("post", "/api/programmes/regional/organisations", {"manager": 201}),
    ("post", "/api/programmes/regional/invitations", {"manager": 201, "coordinator_acme": 201}),
    # Everyone with an enrolment may call it; they are already enrolled, which is a clear 400.
    (
        "post",
        "/api/programmes/regional/enrolments",
        {"mentor_acme": 400, "mentee_globex": 400, "applicant_acme": 400},
    ),
    ("get", "/api/programmes/missing", {}),
]


def _url(template: str, personas) -> str:
    match_round = proposal = None
    if "{round}" in template or "{proposal}" in template:
        from matching.models import MatchRound
        from matching.services import round_run

        match_round = round_run(match_round=MatchRound.objects.create(programme=personas.regional))
        proposal = match_round.proposals.first()
    token = None
    if "{token}" in template:
        from accounts.models import ApiToken
        from accounts.services import api_token_create

        api_token_create(user=personas.manager, name="script")
        token = ApiToken.objects.get(user=personas.manager).public_id
    notification = None
    if "{notification}" in template:
        from notifications.services import notify

        notification = notify(
            user=personas.manager,
            key="access-table",
            kind="test",
            template="notifications/email/generic",
            context={"subject_line": "About a thing", "text": "A thing happened."},
        ).public_id
    return template.format(
        token=token,
        notification=notification,
        round=getattr(match_round, "public_id", None),
        proposal=getattr(proposal, "public_id", None),
        need=personas.enrolments["mentee_globex"].needs.first().public_id,
        applicant=personas.enrolments["applicant_acme"].public_id,
        mentee_enrolment=personas.enrolments["mentee_globex"].public_id,
        mentor=personas.mentor_globex.public_id,
    )


def _cases(table):
    for method, url, allowed in table:
        for role in ROLES:
            yield pytest.param(method, url, role, allowed.get(role, 404), id=f"{method} {url} as {role}")


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(PAGES)))
def test_pages_answer_each_role_as_the_policy_says(client, personas, method, url, role, expected):
    client.force_login(getattr(personas, role))
    response = getattr(client, method)(_url(url, personas))
    assert response.status_code == expected


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(API)))
def test_the_api_answers_each_role_as_the_policy_says(client, personas, method, url, role, expected):
    client.force_login(getattr(personas, role))
    # One body that satisfies every endpoint's schema in the table; each ignores the other fields.
    body = {
        "accept": True,
        "approve": True,
        "organisation": "acme",
        "emails": ["new.person@acme.example"],
        "role": "mentee",
        "needs": [{"competence": "public-speaking"}],
    }
    response = getattr(client, method)(_url(url, personas), data=body, content_type="application/json")
    assert response.status_code == expected, response.content


@pytest.mark.parametrize("url", ["/p/regional/", "/p/regional/enrolments/", "/o/acme/"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_api_refuses_anonymous_callers(client, db):
    assert client.get("/api/programmes").status_code == 401
