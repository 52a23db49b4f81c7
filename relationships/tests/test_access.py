"""Who reaches which page and endpoint of requests and mentorships: one table per surface.

A mentorship between mentor_acme and mentee_initech (competitor globex is the "other
organisation"). Members see everything; coordinators of either side and the manager see its
people, state and health, never its content; everyone else gets 404, like a missing page.
"""

import json

import pytest

from relationships import services
from relationships.models import Request

from .helpers import agree, ask

SECRET_MESSAGE = "the confidential reorganisation plan"
SECRET_CHECK_IN = "my manager blocks my promotion"

MEMBERS = ("mentor_acme", "mentee_initech")
SIDE_COORDINATORS = ("coordinator_acme", "coordinator_initech", "manager")
STRANGERS = ("coordinator_globex", "outsider", "mentee_globex", "mentor_globex")


@pytest.fixture
def world(people):
    mentorship = agree(services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"]))
    services.message_post(mentorship=mentorship, user=people.mentee_initech, body=SECRET_MESSAGE)
    services.check_in_submit(
        mentorship=mentorship, user=people.mentee_initech, satisfaction=2, blockers=SECRET_CHECK_IN
    )
    open_request = ask(people, mentee="mentee_globex", mentor="mentor_initech")
    return people, mentorship, open_request


def page_routes(m, r):
    base = f"/p/regional/mentorships/{m.public_id}/"
    member_only = {**dict.fromkeys(MEMBERS, 200), **dict.fromkeys(SIDE_COORDINATORS + STRANGERS, 404)}
    overview = {**dict.fromkeys(MEMBERS + SIDE_COORDINATORS, 200), **dict.fromkeys(STRANGERS, 404)}
    return [
        ("get", base, overview),
        ("get", f"{base}agreement/", member_only),
        ("get", f"{base}messages/", member_only),
        ("get", f"{base}check-ins/", member_only),
        ("get", f"{base}close/", member_only),
        ("get", f"{base}feedback/", member_only),
        ("post", f"{base}agreement/sign/", {**member_only, "mentor_acme": 302, "mentee_initech": 302}),
        ("post", f"{base}messages/", {**member_only, "mentor_acme": 200, "mentee_initech": 200}),
    ]


def test_the_page_access_table(client, world):
    people, mentorship, _request = world
    for method, url, expected in page_routes(mentorship, _request):
        for role, status in expected.items():
            client.force_login(getattr(people, role))
            response = getattr(client, method)(url)
            assert response.status_code == status, (role, method, url, response.status_code)
            if status == 200:
                body = response.content.decode()
                if role not in MEMBERS:
                    assert SECRET_MESSAGE not in body and SECRET_CHECK_IN not in body, (role, url)


def test_the_request_routes_answer_only_the_mentor_asked_or_the_mentee_who_asked(client, world):
    people, _mentorship, request = world
    routes = [
        ("accept", "mentor_initech"),
        ("decline", "mentor_initech"),
        ("withdraw", "mentee_globex"),
    ]
    everyone = MEMBERS + SIDE_COORDINATORS + STRANGERS + ("mentor_initech",)
    for action, allowed in routes:
        for role in everyone:
            if role == allowed:
                continue
            client.force_login(getattr(people, role))
            url = f"/p/regional/requests/{request.public_id}/{action}/"
            assert client.post(url).status_code == 404, (role, action)
            assert client.get(url).status_code in (404, 405), (role, action)
    request.refresh_from_db()
    assert request.status == Request.Status.OPEN
    client.force_login(people.mentor_initech)
    assert client.post(f"/p/regional/requests/{request.public_id}/decline/").status_code == 302
    request.refresh_from_db()
    assert request.status == Request.Status.DECLINED


@pytest.mark.parametrize(
    ("role", "status"),
    [("mentee_initech", 200), ("mentor_acme", 200), ("coordinator_acme", 404), ("outsider", 404)],
)
def test_the_requests_page_is_for_participants(client, world, role, status):
    people = world[0]
    client.force_login(getattr(people, role))

    assert client.get("/p/regional/requests/").status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("mentee_initech", 200),
        ("coordinator_initech", 200),
        ("manager", 200),
        ("coordinator_globex", 200),
        ("outsider", 404),
    ],
)
def test_the_mentorships_page_is_for_everyone_in_the_programme(client, world, role, status):
    people = world[0]
    client.force_login(getattr(people, role))

    assert client.get("/p/regional/mentorships/").status_code == status


def test_a_coordinator_sees_the_health_but_not_the_messages_or_check_ins(client, world):
    people, mentorship, _request = world
    client.force_login(people.coordinator_acme)

    listing = client.get("/p/regional/mentorships/").content.decode()
    overview = client.get(f"/p/regional/mentorships/{mentorship.public_id}/").content.decode()

    assert f"overseen-{mentorship.public_id}" in listing and "Needs attention" in listing
    assert "Needs attention" in overview
    for page in (listing, overview):
        assert "A recent check-in was rated 2 or lower" in page
    api = client.get(f"/api/programmes/regional/mentorships/{mentorship.public_id}").json()
    assert (api["health"], api["attention"]) == ("needs-attention", "low-check-in")
    for page in (listing, overview):
        assert SECRET_MESSAGE not in page and SECRET_CHECK_IN not in page


def test_the_other_organisations_coordinator_does_not_see_the_mentorship_in_the_list(client, world):
    people, mentorship, _request = world
    client.force_login(people.coordinator_globex)

    assert f"overseen-{mentorship.public_id}" not in client.get("/p/regional/mentorships/").content.decode()


def test_only_a_mentee_opens_the_request_form(client, world):
    people = world[0]
    url = f"/p/regional/requests/new/?mentor={people.mentor_globex.public_id}"
    for role, status in (
        ("mentee_initech", 200),
        ("mentor_acme", 404),
        ("coordinator_initech", 404),
        ("outsider", 404),
    ):
        client.force_login(getattr(people, role))
        assert client.get(url).status_code == status, role
    client.force_login(people.mentee_initech)
    assert client.get("/p/regional/requests/new/?mentor=not-a-uuid").status_code == 404


def api_routes(m, r):
    base = f"/api/programmes/regional/mentorships/{m.public_id}"
    asked = f"/api/programmes/regional/requests/{r.public_id}"
    member_only = {**dict.fromkeys(MEMBERS, 200), **dict.fromkeys(SIDE_COORDINATORS + STRANGERS, 404)}
    overview = {**dict.fromkeys(MEMBERS + SIDE_COORDINATORS, 200), **dict.fromkeys(STRANGERS, 404)}
    overseers = {
        **dict.fromkeys(("coordinator_acme", "coordinator_initech", "manager", "coordinator_globex"), 200),
        **dict.fromkeys(("mentee_initech", "mentor_acme", "outsider", "mentee_globex"), 404),
    }
    nobody = dict.fromkeys(MEMBERS + SIDE_COORDINATORS + STRANGERS + ("mentor_initech",), 404)
    return [
        ("get", base, None, overview),
        ("get", f"{base}/messages", None, member_only),
        ("get", f"{base}/check-ins", None, member_only),
        # Signed by both already, not closed yet, and the mentee has checked in: members reach the
        # service, which answers a clear 400; the mentor's check-in of this period is new.
        (
            "put",
            f"{base}/agreement",
            {"frequency": "monthly", "mode": "both", "expectations": "Honesty."},
            {**member_only, "mentor_acme": 400, "mentee_initech": 400},
        ),
        ("post", f"{base}/agreement/sign", None, {**member_only, "mentor_acme": 400, "mentee_initech": 400}),
        (
            "post",
            f"{base}/check-ins",
            {"satisfaction": 4},
            {**member_only, "mentor_acme": 201, "mentee_initech": 400},
        ),
        (
            "post",
            f"{base}/feedback",
            {"rating": 5},
            {**member_only, "mentor_acme": 400, "mentee_initech": 400},
        ),
        (
            "post",
            f"{base}/messages",
            {"body": "hello"},
            {**member_only, "mentor_acme": 201, "mentee_initech": 201},
        ),
        (
            "post",
            f"{base}/close",
            {"reason": "cohort-ended"},  # a known reason, but not one a member may give
            {**member_only, "mentor_acme": 400, "mentee_initech": 400},
        ),
        ("get", "/api/programmes/regional/mentorship-health", None, overseers),
        # The open request from mentee_globex to mentor_initech: only the mentor asked answers it,
        # only the mentee who asked withdraws it. Once accepted, the other two are a clear 400.
        ("post", f"{asked}/accept", None, {**nobody, "mentor_initech": 201}),
        ("post", f"{asked}/decline", {"reason": "busy"}, {**nobody, "mentor_initech": 400}),
        ("post", f"{asked}/withdraw", None, {**nobody, "mentee_globex": 400}),
    ]


def test_the_api_access_table(client, world):
    people, mentorship, _request = world
    for method, url, payload, expected in api_routes(mentorship, _request):
        for role, status in expected.items():
            client.force_login(getattr(people, role))
            if payload is None:
                response = getattr(client, method)(url)
            else:
                response = getattr(client, method)(url, json.dumps(payload), content_type="application/json")
            assert response.status_code == status, (role, method, url, response.content)
            if status == 200 and role not in MEMBERS:
                body = response.content.decode()
                assert (
                    SECRET_MESSAGE not in body and SECRET_CHECK_IN not in body and "expectations" not in body
                )


def test_the_api_health_list_of_a_coordinator_holds_only_their_peoples_mentorships(client, world):
    people, mentorship, _request = world
    client.force_login(people.coordinator_initech)
    mine = client.get("/api/programmes/regional/mentorship-health").json()
    client.force_login(people.coordinator_globex)
    theirs = client.get("/api/programmes/regional/mentorship-health").json()

    assert [m["id"] for m in mine] == [str(mentorship.public_id)]
    assert mine[0]["health"] == "needs-attention" and mine[0]["agreement"] is None
    assert theirs == []
