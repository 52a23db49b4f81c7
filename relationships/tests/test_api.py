"""The whole relationship through the JSON API, with personal tokens."""

import json

import pytest

from accounts.services import api_token_create


@pytest.fixture
def api(client, people):
    tokens = {}

    def call(role, method, path, payload=None):
        user = getattr(people, role)
        if role not in tokens:
            tokens[role] = api_token_create(user=user, name="tests")
        kwargs = {"HTTP_AUTHORIZATION": f"Bearer {tokens[role]}"}
        if payload is not None:
            kwargs.update(data=json.dumps(payload), content_type="application/json")
        return getattr(client, method)(f"/api/programmes/regional{path}", **kwargs)

    return call


def test_a_mentee_and_a_mentor_go_from_request_to_closing_feedback(api, people):
    need = people.enrolments["mentee_initech"].needs.first()
    created = api(
        "mentee_initech",
        "post",
        "/requests",
        {"mentor": str(people.mentor_acme.public_id), "need": str(need.public_id), "message": "Would you?"},
    )
    assert created.status_code == 201, created.content
    request_id = created.json()["id"]
    assert api("mentor_acme", "get", "/requests").json()["received"][0]["id"] == request_id

    accepted = api("mentor_acme", "post", f"/requests/{request_id}/accept")
    assert accepted.status_code == 201 and accepted.json()["status"] == "agreeing"
    mentorship = f"/mentorships/{accepted.json()['id']}"

    for role in ("mentor_acme", "mentee_initech"):
        terms = {
            "confidentiality": True,
            "frequency": "monthly",
            "mode": "virtual",
            "expectations": f"{role} hopes",
        }
        assert api(role, "put", f"{mentorship}/agreement", terms).status_code == 200
    api("mentor_acme", "post", f"{mentorship}/agreement/sign")
    signed = api("mentee_initech", "post", f"{mentorship}/agreement/sign")
    assert signed.json()["status"] == "active"
    assert signed.json()["agreement"]["mode"] == "virtual"

    assert api("mentee_initech", "post", f"{mentorship}/messages", {"body": "Hello!"}).status_code == 201
    thread = api("mentor_acme", "get", f"{mentorship}/messages").json()
    assert [(m["body"], m["mine"]) for m in thread] == [("Hello!", False)]

    check_in = api(
        "mentee_initech", "post", f"{mentorship}/check-ins", {"satisfaction": 5, "progress": "Good"}
    )
    assert check_in.status_code == 201 and check_in.json()["period"] == 1
    assert api("mentor_acme", "get", f"{mentorship}/check-ins").json() == []  # only one's own

    closed = api("mentor_acme", "post", f"{mentorship}/close", {"reason": "goals-reached"})
    assert closed.json()["status"] == "closed"
    feedback = api("mentee_initech", "post", f"{mentorship}/feedback", {"rating": 5, "goals_reached": True})
    assert feedback.status_code == 201
    refused = api("mentee_initech", "post", f"{mentorship}/messages", {"body": "Late"})
    assert refused.status_code == 400 and "closed" in refused.json()["detail"]


def test_api_errors_name_what_is_wrong(api, people):
    need = people.enrolments["mentee_initech"].needs.first()
    payload = {"mentor": str(people.mentor_acme.public_id), "need": str(need.public_id), "message": "Hi"}
    api("mentee_initech", "post", "/requests", payload)

    duplicate = api("mentee_initech", "post", "/requests", payload)

    assert duplicate.status_code == 400
    assert "already asked this mentor" in duplicate.json()["detail"]


def test_a_mentee_withdraws_and_the_mentor_can_no_longer_accept(api, people):
    need = people.enrolments["mentee_initech"].needs.first()
    payload = {"mentor": str(people.mentor_acme.public_id), "need": str(need.public_id), "message": "Hi"}
    request_id = api("mentee_initech", "post", "/requests", payload).json()["id"]

    assert api("mentee_initech", "post", f"/requests/{request_id}/withdraw").json()["status"] == "withdrawn"
    refused = api("mentor_acme", "post", f"/requests/{request_id}/accept")
    assert refused.status_code == 400 and refused.json()["code"] == "illegal_transition"


def test_a_mentor_declines_with_a_reason(api, people):
    need = people.enrolments["mentee_initech"].needs.first()
    payload = {"mentor": str(people.mentor_acme.public_id), "need": str(need.public_id), "message": "Hi"}
    request_id = api("mentee_initech", "post", "/requests", payload).json()["id"]

    declined = api("mentor_acme", "post", f"/requests/{request_id}/decline", {"reason": "Full this year"})

    assert declined.json()["status"] == "declined" and declined.json()["decline_reason"] == "Full this year"


def test_a_mentee_finds_their_need_gets_recommendations_and_sends_a_request_with_api_calls_only(api, people):
    needs = api("mentee_initech", "get", "/needs")
    assert needs.status_code == 200, needs.content
    [need] = needs.json()
    assert need["competence"] == "public-speaking"
    [enrolment] = api("mentee_initech", "get", "/enrolments").json()
    assert [n["id"] for n in enrolment["needs"]] == [need["id"]]

    ranked = api("mentee_initech", "get", f"/needs/{need['id']}/recommendations")
    assert ranked.status_code == 200, ranked.content
    mentor = ranked.json()[0]["mentor"]
    sent = api("mentee_initech", "post", "/requests", {"mentor": mentor, "need": need["id"], "message": "Hi"})

    assert sent.status_code == 201, sent.content
    assert sent.json()["need"] == "public-speaking"


def test_only_people_enrolled_in_the_programme_list_their_needs(api, people):
    assert api("mentor_acme", "get", "/needs").json() == []
    assert api("outsider", "get", "/needs").status_code == 404
