"""The personal calendar feed: a secret URL shown once, hashed, revocable, listing all meetings."""

import re

from icalendar import Calendar

from relationships.factories import MentorshipFactory
from relationships.models import CalendarFeed, Meeting
from relationships.work import services

from .helpers import make_meeting


def test_the_link_is_shown_once_and_only_its_hash_is_kept(client, personas):
    client.force_login(personas.mentee_acme)

    page = client.post("/accounts/calendar/").content.decode()

    feed = CalendarFeed.objects.get(user=personas.mentee_acme)
    token = re.search(r"/calendar/(cal_[\w-]+)\.ics", page).group(1)
    assert feed.digest == services.feed_digest(token)
    assert token not in feed.digest
    assert token not in client.get("/accounts/calendar/").content.decode()


def test_the_feed_lists_all_the_persons_meetings_in_every_programme(client, personas, mentorship):
    leaders_mentor = MentorshipFactory(
        in_programme=personas.leaders, mentee=personas.enrolments["leaders_mentee_acme"]
    )
    mine = [make_meeting(mentorship), make_meeting(leaders_mentor)]
    make_meeting(mentorship, status=Meeting.Status.CANCELLED)
    make_meeting(MentorshipFactory())  # someone else's
    token = services.calendar_feed_create(user=personas.mentee_acme)

    response = client.get(f"/calendar/{token}.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {f"meeting-{m.public_id}@crossmentor" for m in mine}
    assert "Rehearse" not in response.content.decode()  # no agendas in the feed


def test_a_revoked_unknown_or_replaced_token_answers_404(client, personas):
    old = services.calendar_feed_create(user=personas.mentee_acme)
    new = services.calendar_feed_create(user=personas.mentee_acme)
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{new}.ics").status_code == 200
    assert client.get("/calendar/cal_guessed.ics").status_code == 404

    client.force_login(personas.mentee_acme)
    client.post("/accounts/calendar/revoke/")

    assert client.get(f"/calendar/{new}.ics").status_code == 404
    assert not CalendarFeed.objects.exists()


def test_the_feed_page_needs_a_login(client):
    assert client.get("/accounts/calendar/").status_code == 302
    assert client.post("/accounts/calendar/revoke/").status_code == 302


def test_revoking_needs_a_post(client, personas):
    services.calendar_feed_create(user=personas.mentee_acme)
    client.force_login(personas.mentee_acme)

    assert client.get("/accounts/calendar/revoke/").status_code == 405
    assert CalendarFeed.objects.exists()


def test_the_api_creates_and_revokes_the_feed(client, personas):
    client.force_login(personas.mentor_initech)

    created = client.post("/api/calendar-feed")
    path = created.json()["url"].split("://", 1)[1].split("/", 1)[1]
    assert client.get(f"/{path}").status_code == 200
    assert client.delete("/api/calendar-feed").status_code == 204

    assert created.status_code == 201
    assert client.get(f"/{path}").status_code == 404


def test_the_feed_api_needs_authentication(client):
    assert client.post("/api/calendar-feed").status_code == 401
    assert client.delete("/api/calendar-feed").status_code == 401
