"""The pages: scheduling in the viewer's zone, goals with progress, notes, download and closed state."""

import zoneinfo
from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar

from relationships.models import Goal, Meeting, Mentorship

from .helpers import make_goal, make_meeting, next_week_at, past_meeting


def base(mentorship) -> str:
    return f"/p/{mentorship.programme.slug}/mentorships/{mentorship.public_id}/"


def test_a_member_schedules_a_meeting_in_their_own_time_zone(
    client, mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    profile = mentorship.mentee.user.profile
    profile.timezone = "America/New_York"
    profile.save()
    client.force_login(mentorship.mentee.user)
    day = (timezone.now() + timedelta(days=10)).date()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            base(mentorship) + "meetings/",
            {
                "day": day.isoformat(),
                "time": "09:30",
                "duration_minutes": "45",
                "mode": "in-person",
                "place": "Café Central, Brussels",
                "agenda": "Talk plan",
            },
        )

    meeting = Meeting.objects.get()
    assert response.status_code == 302
    local = meeting.starts_at.astimezone(zoneinfo.ZoneInfo("America/New_York"))
    assert (local.date(), local.hour, local.minute) == (day, 9, 30)
    assert meeting.timezone == "America/New_York"
    assert meeting.organiser == mentorship.mentee.user
    assert len(mailoutbox) == 2


def test_a_meeting_form_names_what_is_missing(client, mentorship):
    client.force_login(mentorship.mentee.user)
    day = (timezone.now() + timedelta(days=10)).date()

    response = client.post(
        base(mentorship) + "meetings/",
        {"day": day.isoformat(), "time": "09:30", "duration_minutes": "60", "mode": "in-person", "place": ""},
    )

    assert "Say where you meet in person." in response.content.decode()
    assert not Meeting.objects.exists()


def test_times_are_shown_in_the_viewers_zone(client, mentorship):
    meeting = make_meeting(mentorship, starts_at=next_week_at(14, "Europe/Amsterdam"))
    profile = mentorship.mentor.user.profile
    profile.timezone = "America/New_York"
    profile.save()
    client.force_login(mentorship.mentor.user)

    page = client.get(base(mentorship) + f"meetings/{meeting.public_id}/").content.decode()

    new_york = meeting.starts_at.astimezone(zoneinfo.ZoneInfo("America/New_York"))
    assert f"{new_york:%H:%M} (America/New_York)" in page


def test_the_meeting_download_is_an_ics_with_the_agenda(client, mentorship):
    meeting = make_meeting(mentorship, agenda="Rehearse the opening")
    client.force_login(mentorship.mentee.user)

    response = client.get(base(mentorship) + f"meetings/{meeting.public_id}/meeting.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="meeting-')
    calendar = Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert "Rehearse the opening" in str(event["DESCRIPTION"])
    assert event.decoded("DTSTART") == meeting.starts_at


def test_changing_a_meeting_on_its_page_raises_the_sequence(
    client, mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = make_meeting(mentorship, starts_at=next_week_at(14))
    client.force_login(mentorship.mentee.user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            base(mentorship) + f"meetings/{meeting.public_id}/",
            {
                "day": next_week_at(14).date().isoformat(),
                "time": "16:00",
                "duration_minutes": "60",
                "mode": "virtual",
                "video_link": "https://meet.example.org/new",
            },
        )

    meeting.refresh_from_db()
    assert meeting.sequence == 1
    assert meeting.starts_at == next_week_at(16)
    assert {m.subject for m in mailoutbox} == {
        f"Changed: mentoring meeting with {mentorship.mentor.user.name}",
        f"Changed: mentoring meeting with {mentorship.mentee.user.name}",
    }


def test_a_member_sets_a_goal_and_updates_its_progress(client, mentorship):
    client.force_login(mentorship.mentee.user)
    due = (timezone.localdate() + timedelta(days=60)).isoformat()

    response = client.post(
        base(mentorship) + "goals/",
        {
            "title": "Chair a committee meeting",
            "specific": "Chair the monthly safety committee.",
            "measurable": "Three meetings chaired, feedback from two members.",
            "achievable": "The current chair mentors me.",
            "relevant": "Chairing is required for team lead.",
            "due_on": due,
        },
    )
    goal = Goal.objects.get()
    assert response.status_code == 302
    client.post(base(mentorship) + f"goals/{goal.public_id}/progress/", {"progress": "35", "status": "open"})

    page = client.get(base(mentorship) + "goals/").content.decode()
    assert "Chair a committee meeting" in page
    assert 'value="35"' in page


def test_an_illegal_goal_transition_is_shown_as_an_error(client, mentorship):
    goal = make_goal(mentorship, status=Goal.Status.DROPPED)
    client.force_login(mentorship.mentee.user)

    response = client.post(
        base(mentorship) + f"goals/{goal.public_id}/progress/",
        {"progress": "20", "status": "achieved"},
        follow=True,
    )

    assert "cannot become" in response.content.decode()
    goal.refresh_from_db()
    assert goal.status == Goal.Status.DROPPED


def test_notes_can_be_written_on_a_held_meeting_only(client, mentorship):
    held, future = past_meeting(mentorship), make_meeting(mentorship)
    client.force_login(mentorship.mentor.user)

    client.post(base(mentorship) + f"meetings/{held.public_id}/notes/", {"notes": "Agreed: draft by Friday."})
    response = client.post(
        base(mentorship) + f"meetings/{future.public_id}/notes/", {"notes": "Too early"}, follow=True
    )

    held.refresh_from_db()
    future.refresh_from_db()
    assert held.shared_notes == "Agreed: draft by Friday."
    assert "once the meeting has started" in response.content.decode()
    assert future.shared_notes == ""


def test_a_closed_mentorship_is_read_only_for_its_members(client, mentorship):
    held = past_meeting(mentorship, shared_notes="We did it.")
    goal = make_goal(mentorship)
    Mentorship.objects.filter(pk=mentorship.pk).update(status=Mentorship.Status.CLOSED)
    client.force_login(mentorship.mentee.user)

    goals_page = client.get(base(mentorship) + "goals/").content.decode()
    meeting_page = client.get(base(mentorship) + f"meetings/{held.public_id}/").content.decode()
    response = client.post(
        base(mentorship) + f"goals/{goal.public_id}/comments/", {"body": "late"}, follow=True
    )

    assert "This mentorship is closed" in goals_page
    assert "Set the goal" not in goals_page
    assert "We did it." in meeting_page
    assert "Save the shared notes" not in meeting_page
    assert "This mentorship is closed: it can be read but no longer changed." in response.content.decode()
    assert not goal.comments.exists()
