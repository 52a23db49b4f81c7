"""Who may open what: goals, meetings and notes are for the mentorship's two members only.

One table over every route that carries an id, for every persona and method. Anyone else, the
programme manager and the coordinators included, gets 404 exactly like for a missing object.
"""

import pytest
from django.test import Client

from relationships.work import services

from .helpers import make_goal, make_meeting, past_meeting

MEMBERS = ("mentor_initech", "mentee_acme")
OTHERS = (
    "manager",
    "coordinator_acme",
    "coordinator_initech",
    "coordinator_globex",
    "mentor_globex",
    "outsider",
)

# (method, route, form data, status for a member)
ROUTES = [
    ("get", "goals/", None, 200),
    ("post", "goals/", {"title": ""}, 200),  # a form with errors is shown again
    ("get", "goals/{goal}/", None, 200),
    ("post", "goals/{goal}/", {"title": ""}, 200),
    ("post", "goals/{goal}/progress/", {"progress": "30", "status": "open"}, 302),
    ("post", "goals/{goal}/comments/", {"body": "Good step."}, 302),
    ("get", "meetings/", None, 200),
    ("post", "meetings/", {"day": ""}, 200),
    ("get", "meetings/{future}/", None, 200),
    ("post", "meetings/{future}/", {"day": ""}, 200),
    ("get", "meetings/{future}/meeting.ics", None, 200),
    ("post", "meetings/{future}/cancel/", {}, 302),
    ("get", "meetings/{held}/", None, 200),
    ("post", "meetings/{held}/notes/", {"notes": "Three steps."}, 302),
    ("post", "meetings/{held}/private-note/", {"body": "Mine."}, 302),
]


@pytest.fixture
def world(mentorship):
    return {
        "mentorship": mentorship,
        "goal": make_goal(mentorship),
        "future": make_meeting(mentorship),
        "held": past_meeting(mentorship),
    }


def url_of(world, route: str) -> str:
    m = world["mentorship"]
    path = route.format(
        goal=world["goal"].public_id, future=world["future"].public_id, held=world["held"].public_id
    )
    return f"/p/{m.programme.slug}/mentorships/{m.public_id}/{path}"


def client_for(personas, who: str) -> Client:
    client = Client()
    if who != "anonymous":
        client.force_login(getattr(personas, who))
    return client


@pytest.mark.parametrize("who", MEMBERS)
@pytest.mark.parametrize(("method", "route", "data", "status"), ROUTES)
def test_members_open_and_change_their_mentorships_content(personas, world, who, method, route, data, status):
    response = getattr(client_for(personas, who), method)(url_of(world, route), data)

    assert response.status_code == status


@pytest.mark.parametrize("who", OTHERS)
@pytest.mark.parametrize(("method", "route", "data", "status"), ROUTES)
def test_everyone_else_gets_404(personas, world, who, method, route, data, status):
    response = getattr(client_for(personas, who), method)(url_of(world, route), data)

    assert response.status_code == 404


@pytest.mark.parametrize(("method", "route", "data", "status"), ROUTES)
def test_an_anonymous_visitor_is_sent_to_log_in(personas, world, method, route, data, status):
    response = getattr(Client(), method)(url_of(world, route), data)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_goal_of_another_mentorship_is_not_found_through_mine(personas, world):
    from relationships.factories import MentorshipFactory

    other = MentorshipFactory(
        mentor=personas.enrolments["mentor_globex"], mentee=personas.enrolments["mentee_initech"]
    )
    foreign_goal = make_goal(other)
    client = client_for(personas, "mentee_acme")
    m = world["mentorship"]

    response = client.get(f"/p/{m.programme.slug}/mentorships/{m.public_id}/goals/{foreign_goal.public_id}/")

    assert response.status_code == 404


def test_the_other_member_never_sees_my_private_note(personas, world):
    held = world["held"]
    services.private_note_save(
        meeting=held, actor=personas.mentee_acme, body="I doubt my manager supports this."
    )
    services.private_note_save(meeting=held, actor=personas.mentor_initech, body="Ask about the budget.")

    mentor_page = (
        client_for(personas, "mentor_initech").get(url_of(world, "meetings/{held}/")).content.decode()
    )
    mentee_page = client_for(personas, "mentee_acme").get(url_of(world, "meetings/{held}/")).content.decode()

    assert "Ask about the budget." in mentor_page
    assert "doubt my manager" not in mentor_page
    assert "doubt my manager" in mentee_page
    assert "Ask about the budget." not in mentee_page


# API ---------------------------------------------------------------------------------------------

API_ROUTES = [
    ("get", "goals", None, 200),
    (
        "post",
        "goals",
        {
            "title": "Speak at the fair",
            "specific": "A talk on route planning.",
            "measurable": "One talk given.",
            "achievable": "The fair has open slots.",
            "relevant": "Visibility in the sector.",
            "due_on": "2099-12-31",
        },
        201,
    ),
    ("get", "goals/{goal}", None, 200),
    ("patch", "goals/{goal}", {"progress": 25}, 200),
    ("post", "goals/{goal}/comments", {"body": "Nice"}, 201),
    ("get", "meetings", None, 200),
    ("post", "meetings", {"starts_at": "2099-01-05T10:00:00", "video_link": "https://meet.example/a"}, 201),
    ("get", "meetings/{future}", None, 200),
    ("patch", "meetings/{future}", {"duration_minutes": 45}, 200),
    ("get", "meetings/{future}/ics", None, 200),
    ("post", "meetings/{future}/cancel", None, 200),
    ("put", "meetings/{held}/notes", {"notes": "Three steps."}, 200),
    ("get", "meetings/{held}/private-note", None, 200),
    ("put", "meetings/{held}/private-note", {"body": "Mine."}, 200),
]


def api_call(personas, world, who, method, route, data):
    m = world["mentorship"]
    path = route.format(
        goal=world["goal"].public_id, future=world["future"].public_id, held=world["held"].public_id
    )
    url = f"/api/programmes/{m.programme.slug}/mentorships/{m.public_id}/{path}"
    client = client_for(personas, who)
    if data is None:
        return getattr(client, method)(url)
    return getattr(client, method)(url, data, content_type="application/json")


@pytest.mark.parametrize("who", MEMBERS)
@pytest.mark.parametrize(("method", "route", "data", "status"), API_ROUTES)
def test_members_use_the_api(personas, world, who, method, route, data, status):
    assert api_call(personas, world, who, method, route, data).status_code == status


@pytest.mark.parametrize("who", OTHERS)
@pytest.mark.parametrize(("method", "route", "data", "status"), API_ROUTES)
def test_everyone_else_gets_404_from_the_api(personas, world, who, method, route, data, status):
    assert api_call(personas, world, who, method, route, data).status_code == 404


@pytest.mark.parametrize(("method", "route", "data", "status"), API_ROUTES)
def test_the_api_needs_authentication(personas, world, method, route, data, status):
    assert api_call(personas, world, "anonymous", method, route, data).status_code == 401
