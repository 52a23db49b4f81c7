"""The access table of the coffee app: every route, every role, every method.

Setting: the regional programme offers virtual coffee; round 1 paired mentee_acme with
mentor_initech, mentor_globex with mentee_initech, mentor_acme with mentee_globex. A role not
listed for a row must get 404.
"""

import json

import pytest

from coffee.models import CoffeePair, CoffeeRound, CoffeeSettings

ROLES = [
    "manager",
    "coordinator_acme",
    "coordinator_globex",
    "mentor_globex",
    "mentee_acme",
    "mentor_initech",
    "applicant_acme",
    "outsider",
]
PARTICIPANTS = {"mentor_globex": 200, "mentee_acme": 200, "mentor_initech": 200, "applicant_acme": 200}
MEMBERS = {"manager": 200, "mentee_acme": 200, "mentor_initech": 200}
MANAGER = {"manager": 200}

PAGES = [
    ("get", "/p/regional/coffee/", {**PARTICIPANTS, **MANAGER}),
    ("post", "/p/regional/coffee/", {**dict.fromkeys(PARTICIPANTS, 302), "manager": 302}),
    ("get", "/p/regional/coffee/manage/", MANAGER),
    ("post", "/p/regional/coffee/manage/", {"manager": 302}),
    ("get", "/p/regional/coffee/run/", {"manager": 405}),
    ("post", "/p/regional/coffee/run/", {"manager": 302}),
    ("get", "/p/regional/coffee/rounds/{round}/", MANAGER),
    ("get", "/p/regional/coffee/pairs/{pair}/", MEMBERS),
    ("get", "/p/regional/coffee/pairs/{missing}/", {}),
    # Only the pair's people say how it went; the manager sees the round's aggregates instead.
    ("post", "/p/regional/coffee/pairs/{pair}/feedback/", {"mentee_acme": 302, "mentor_initech": 302}),
    ("post", "/p/regional/coffee/pairs/{missing}/feedback/", {}),
    ("get", "/p/regional/coffee/pairs/{pair}/feedback/", dict.fromkeys(PARTICIPANTS, 405)),
    ("post", "/p/leaders/coffee/pairs/{pair}/feedback/", {}),
    ("get", "/p/leaders/coffee/rounds/{round}/", {}),  # a round of another programme
    ("get", "/p/leaders/coffee/pairs/{pair}/", {}),
    ("get", "/p/regional/reverse/", MANAGER),
    ("post", "/p/regional/reverse/", {"manager": 302}),
    ("get", "/p/regional/two-way/", MANAGER),
    ("post", "/p/regional/two-way/", {"manager": 302}),
    ("get", "/p/leaders/reverse/", {}),  # not the manager of that programme
]

API = [
    ("get", "/api/programmes/regional/coffee/opt-in", PARTICIPANTS),
    ("put", "/api/programmes/regional/coffee/opt-in", {**PARTICIPANTS, "applicant_acme": 400}),
    ("get", "/api/programmes/regional/coffee/pairings", PARTICIPANTS),
    ("get", "/api/programmes/regional/coffee/pairings/{pair}", MEMBERS),
    ("get", "/api/programmes/leaders/coffee/pairings/{pair}", {}),
    ("get", "/api/programmes/regional/coffee/rounds", MANAGER),
    ("post", "/api/programmes/regional/coffee/rounds", {"manager": 201}),
    ("get", "/api/programmes/regional/coffee/rounds/{round}/pairings", MANAGER),
    (
        "post",
        "/api/programmes/regional/coffee/pairings/{pair}/feedback",
        {"mentee_acme": 201, "mentor_initech": 201},
    ),
    ("post", "/api/programmes/leaders/coffee/pairings/{pair}/feedback", {}),
    ("get", "/api/programmes/regional/coffee/rounds/{round}/feedback", MANAGER),
    ("get", "/api/programmes/leaders/coffee/rounds/{round}/feedback", {}),
    ("get", "/api/programmes/regional/two-way/proposals", MANAGER),
    # The manager reaches the service; these two are not a proposed two-way pair: a clear 400.
    ("post", "/api/programmes/regional/two-way/mentorships", {"manager": 400}),
    ("get", "/api/programmes/leaders/coffee/rounds", {}),
    ("get", "/api/programmes/regional/reverse-competences", MANAGER),
    ("put", "/api/programmes/regional/reverse-competences", MANAGER),
    ("put", "/api/programmes/leaders/reverse-competences", {}),
]


@pytest.fixture
def setting(personas):
    CoffeeSettings.objects.create(programme=personas.regional)
    coffee_round = CoffeeRound.objects.create(programme=personas.regional, number=1)
    pairs = []
    for first, second in [
        ("mentee_acme", "mentor_initech"),
        ("mentor_globex", "mentee_initech"),
        ("mentor_acme", "mentee_globex"),
    ]:
        pair = CoffeePair.objects.create(round=coffee_round)
        pair.people.set([personas.enrolments[first], personas.enrolments[second]])
        pairs.append(pair)
    from coffee import services

    for name in ("mentee_acme", "mentor_initech", "mentor_globex", "mentee_initech"):
        services.coffee_opt(enrolment=personas.enrolments[name], active=True)
    return {
        "round": coffee_round.public_id,
        "pair": pairs[0].public_id,
        "missing": "00000000-0000-4000-8000-000000000000",
        "first": str(personas.enrolments["mentee_acme"].public_id),
        "second": str(personas.enrolments["mentor_initech"].public_id),
    }


def _cases(table):
    for method, url, allowed in table:
        for role in ROLES:
            yield pytest.param(method, url, role, allowed.get(role, 404), id=f"{method} {url} as {role}")


PAGE_FORM = {
    "active": "1",
    "enabled": "on",
    "cadence": "weekly",
    "automatic": "on",
    "competences": ["ai-tools"],
    "met": "1",
    "rating": "4",
}


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(PAGES)))
def test_pages_answer_each_role_as_the_policy_says(client, personas, setting, method, url, role, expected):
    client.force_login(getattr(personas, role))
    url = url.format(**setting)
    response = client.get(url) if method == "get" else client.post(url, PAGE_FORM)
    assert response.status_code == expected


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(API)))
def test_the_api_answers_each_role_as_the_policy_says(client, personas, setting, method, url, role, expected):
    client.force_login(getattr(personas, role))
    body = {
        "opted_in": True,
        "first": setting["first"],
        "second": setting["second"],
        "competences": ["ai-tools"],
        "met": True,
        "rating": 4,
    }
    url = url.format(**setting)
    if method == "get":
        response = client.get(url)
    else:
        response = getattr(client, method)(url, json.dumps(body), content_type="application/json")
    assert response.status_code == expected, response.content
