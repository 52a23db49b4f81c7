"""The JSON API for goals, meetings and notes: the same services, errors as 400 with the reason."""

import zoneinfo
from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar

from accounts.services import api_token_create
from relationships.models import Goal, Meeting

from .helpers import make_goal, make_meeting, past_meeting


def api(mentorship) -> str:
    return f"/api/programmes/{mentorship.programme.slug}/mentorships/{mentorship.public_id}/"


def test_a_member_schedules_with_a_token_in_their_profiles_zone(
    client, mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    token = api_token_create(user=mentorship.mentor.user, name="script")
    day = (timezone.now() + timedelta(days=5)).date()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            api(mentorship) + "meetings",
            {
                "starts_at": f"{day}T10:00:00",
                "video_link": "https://meet.example.org/x",
                "duration_minutes": 30,
            },
            content_type="application/json",
            headers={"authorization": f"Bearer {token}"},
        )

    assert response.status_code == 201, response.content
    meeting = Meeting.objects.get()
    assert meeting.timezone == "Europe/Amsterdam"
    assert meeting.starts_at.astimezone(zoneinfo.ZoneInfo("Europe/Amsterdam")).hour == 10
    assert response.json()["sequence"] == 0
    assert len(mailoutbox) == 2


def test_a_refused_meeting_answers_400_with_the_reason(client, mentorship):
    client.force_login(mentorship.mentee.user)
    when = (timezone.now() + timedelta(days=5)).isoformat()

    response = client.post(
        api(mentorship) + "meetings",
        {"starts_at": when, "mode": "in-person"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json()["detail"] == "Say where you meet in person."


def test_goals_are_set_and_progressed_through_the_api(client, mentorship):
    client.force_login(mentorship.mentee.user)
    payload = {
        "title": "Publish an article",
        "specific": "Write about our route optimisation in the sector magazine.",
        "measurable": "Article accepted by the editor.",
        "achievable": "I have the data and an editor contact.",
        "relevant": "Builds my external profile.",
        "due_on": (timezone.localdate() + timedelta(days=60)).isoformat(),
    }

    created = client.post(api(mentorship) + "goals", payload, content_type="application/json")
    goal_id = created.json()["id"]
    patched = client.patch(
        api(mentorship) + f"goals/{goal_id}",
        {"progress": 60, "title": "Publish two articles"},
        content_type="application/json",
    )

    assert created.status_code == 201
    assert (patched.json()["progress"], patched.json()["title"]) == (60, "Publish two articles")
    assert Goal.objects.get().progress == 60


def test_an_illegal_goal_transition_is_a_400(client, mentorship):
    goal = make_goal(mentorship, status=Goal.Status.ACHIEVED)
    client.force_login(mentorship.mentee.user)

    response = client.patch(
        api(mentorship) + f"goals/{goal.public_id}", {"status": "dropped"}, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "illegal_transition"


def test_updating_and_cancelling_through_the_api_raise_the_sequence(client, mentorship):
    meeting = make_meeting(mentorship)
    client.force_login(mentorship.mentee.user)

    moved = client.patch(
        api(mentorship) + f"meetings/{meeting.public_id}",
        {"duration_minutes": 90},
        content_type="application/json",
    )
    cancelled = client.post(api(mentorship) + f"meetings/{meeting.public_id}/cancel")
    ics = client.get(api(mentorship) + f"meetings/{meeting.public_id}/ics")

    assert (moved.json()["sequence"], cancelled.json()["sequence"]) == (1, 2)
    calendar = Calendar.from_ical(ics.content)
    assert calendar["METHOD"] == "CANCEL"
    assert calendar.walk("VEVENT")[0]["SEQUENCE"] == 2


def test_each_member_reads_only_their_own_private_note(client, mentorship):
    held = past_meeting(mentorship)
    url = api(mentorship) + f"meetings/{held.public_id}/private-note"
    client.force_login(mentorship.mentee.user)
    client.put(url, {"body": "Mine only."}, content_type="application/json")

    client.force_login(mentorship.mentor.user)
    theirs = client.get(url).json()

    assert theirs == {"body": "", "updated_at": None}
    assert "Mine only." not in client.get(api(mentorship) + f"meetings/{held.public_id}").content.decode()


def test_a_video_link_that_is_not_a_web_address_is_refused(client, mentorship):
    client.force_login(mentorship.mentor.user)
    day = (timezone.now() + timedelta(days=5)).date()
    response = client.post(
        api(mentorship) + "meetings",
        {"starts_at": f"{day}T10:00:00", "video_link": "javascript:alert(1)", "duration_minutes": 30},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "https://" in response.json()["detail"]
    assert not Meeting.objects.exists()
