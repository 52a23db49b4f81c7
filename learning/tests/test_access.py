"""The access table of every guides and e-learning route, pages and API, for each persona role.

A role not listed for a row gets 404, exactly as for something that does not exist.
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
STAFF = {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200}
PARTICIPANTS = {"mentor_acme": 200, "mentee_globex": 200, "applicant_acme": 200}
EVERYONE = {**STAFF, **PARTICIPANTS}

PAGES = [
    ("get", "/p/regional/guides/", EVERYONE),
    ("get", "/p/regional/learning/", EVERYONE),
    ("get", "/p/regional/learning/smart-goals/", EVERYONE),
    # An empty answer sheet is re-shown with what is missing; staff only preview, so cannot post.
    ("post", "/p/regional/learning/smart-goals/", PARTICIPANTS),
    ("get", "/p/regional/learning/guiding-as-a-mentor/", {**STAFF, "mentor_acme": 200}),
    ("post", "/p/regional/learning/guiding-as-a-mentor/", {"mentor_acme": 200}),
    (
        "get",
        "/p/regional/learning/from-insight-to-practice/",
        {**STAFF, "mentee_globex": 200, "applicant_acme": 200},
    ),
    ("get", "/p/regional/learning/no-such-module/", {}),
    ("get", "/p/regional/learning/people/", STAFF),
    ("get", "/p/regional/learning/required/", {"manager": 200}),
    ("post", "/p/regional/learning/required/", {"manager": 200}),  # invalid form, shown again
    # The regional manager has no role in the leaders programme; globex is not a member of it.
    ("get", "/p/leaders/guides/", {"coordinator_acme": 200}),
    ("get", "/p/leaders/learning/people/", {"coordinator_acme": 200}),
    ("get", "/p/missing/learning/", {}),
]

API = [
    ("get", "/api/programmes/regional/learning/modules", EVERYONE),
    ("get", "/api/programmes/regional/learning/modules/smart-goals", EVERYONE),
    ("get", "/api/programmes/regional/learning/modules/guiding-as-a-mentor", {**STAFF, "mentor_acme": 200}),
    ("get", "/api/programmes/regional/learning/modules/no-such-module", {}),
    ("post", "/api/programmes/regional/learning/modules/smart-goals/answers", PARTICIPANTS),
    ("post", "/api/programmes/regional/learning/modules/guiding-as-a-mentor/answers", {"mentor_acme": 200}),
    ("get", "/api/programmes/regional/learning/progress", PARTICIPANTS),
    ("get", "/api/programmes/regional/learning/completion", STAFF),
    ("put", "/api/programmes/regional/learning/requirements", {"manager": 200}),
    ("get", "/api/programmes/leaders/learning/completion", {"coordinator_acme": 200}),
    ("get", "/api/programmes/missing/learning/modules", {}),
]


def _cases(table):
    for method, url, allowed in table:
        for role in ROLES:
            yield pytest.param(method, url, role, allowed.get(role, 404), id=f"{method} {url} as {role}")


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(PAGES)))
def test_pages_answer_each_role_as_the_policy_says(client, personas, method, url, role, expected):
    client.force_login(getattr(personas, role))
    response = getattr(client, method)(url)
    assert response.status_code == expected


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(API)))
def test_the_api_answers_each_role_as_the_policy_says(client, personas, method, url, role, expected):
    client.force_login(getattr(personas, role))
    body = {"answers": [0, 0, 0], "mentors": [], "mentees": []}
    response = getattr(client, method)(url, data=body, content_type="application/json")
    assert response.status_code == expected, response.content


@pytest.mark.parametrize(
    "url", ["/p/regional/guides/", "/p/regional/learning/", "/p/regional/learning/smart-goals/"]
)
def test_anonymous_visitors_are_sent_to_the_login_page(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_api_refuses_anonymous_callers(client, db):
    assert client.get("/api/programmes/regional/learning/modules").status_code == 401
