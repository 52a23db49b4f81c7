"""The .ics files: parsed back with icalendar, they carry the right zone, time, version and method."""

import zoneinfo
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from relationships.models import Meeting
from relationships.work import ics, services

from .helpers import make_meeting, next_week_at


def parse(content: str):
    calendar = Calendar.from_ical(content)
    events = list(calendar.walk("VEVENT"))
    return calendar, events


def test_an_invitation_names_the_organisers_zone_and_local_time(mentorship):
    meeting = make_meeting(mentorship, starts_at=next_week_at(14, "Europe/Amsterdam"))

    content = ics.meeting_ics(meeting)
    calendar, [event] = parse(content)

    assert calendar["METHOD"] == "REQUEST"
    assert "DTSTART;TZID=Europe/Amsterdam:" in content
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute) == (14, 0)
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert start == meeting.starts_at
    assert event.decoded("DTEND") - start == timedelta(minutes=60)
    assert str(event["UID"]) == f"meeting-{meeting.public_id}@crossmentor"
    assert event["SEQUENCE"] == 0


def test_a_meeting_in_new_york_is_written_in_new_york_time(mentorship):
    starts = datetime(2031, 7, 1, 9, 30, tzinfo=zoneinfo.ZoneInfo("America/New_York"))
    meeting = make_meeting(mentorship, starts_at=starts, timezone="America/New_York")

    content = ics.meeting_ics(meeting)

    assert "DTSTART;TZID=America/New_York:20310701T093000" in content
    assert "TZID:America/New_York" in content


def test_organiser_and_both_members_are_named(mentorship):
    meeting = make_meeting(mentorship)

    _calendar, [event] = parse(ics.meeting_ics(meeting))

    assert str(event["ORGANIZER"]) == f"mailto:{mentorship.mentor.user.email}"
    attendees = event["ATTENDEE"]
    assert {str(a) for a in attendees} == {
        f"mailto:{mentorship.mentor.user.email}",
        f"mailto:{mentorship.mentee.user.email}",
    }


def test_an_update_keeps_the_uid_and_raises_the_sequence(mentorship):
    meeting = services.meeting_schedule(
        mentorship=mentorship,
        actor=mentorship.mentee.user,
        starts_at=next_week_at(10),
        timezone_name="Europe/Amsterdam",
        video_link="https://meet.example.org/x",
    )
    _c, [first] = parse(ics.meeting_ics(meeting))

    meeting = services.meeting_update(
        meeting=meeting, actor=mentorship.mentor.user, starts_at=next_week_at(11)
    )
    _c, [second] = parse(ics.meeting_ics(meeting))

    assert first["UID"] == second["UID"]
    assert (first["SEQUENCE"], second["SEQUENCE"]) == (0, 1)
    assert second.decoded("DTSTART").hour == 11


def test_a_cancellation_is_method_cancel_with_a_new_sequence(mentorship):
    meeting = make_meeting(mentorship)
    meeting = services.meeting_cancel(meeting=meeting, actor=mentorship.mentee.user)

    calendar, [event] = parse(ics.meeting_ics(meeting, method=ics.CANCEL))

    assert calendar["METHOD"] == "CANCEL"
    assert event["STATUS"] == "CANCELLED"
    assert event["SEQUENCE"] == 1


def test_the_agenda_is_only_in_a_download_not_in_an_invitation(mentorship):
    meeting = make_meeting(mentorship, agenda="Talk about my difficult manager")

    assert "difficult manager" not in ics.meeting_ics(meeting).replace("\r\n ", "")
    assert "difficult manager" in ics.meeting_ics(meeting, include_agenda=True).replace("\r\n ", "")


@pytest.mark.parametrize(
    "mode, location",
    [("in-person", "Stationsplein 1, Utrecht"), ("virtual", "https://meet.example.org/crossmentor-1")],
)
def test_the_location_is_the_place_or_the_video_link(mentorship, mode, location):
    meeting = make_meeting(mentorship, mode=mode, place="Stationsplein 1, Utrecht")

    _c, [event] = parse(ics.meeting_ics(meeting))

    assert str(event["LOCATION"]) == location


def test_a_feed_holds_a_vtimezone_per_zone_used(mentorship):
    make_meeting(mentorship)
    make_meeting(mentorship, timezone="America/New_York")

    calendar, events = parse(ics.feed_ics(Meeting.objects.all(), viewer=mentorship.mentee.user))

    assert "METHOD" not in calendar
    assert len(events) == 2
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {"Europe/Amsterdam", "America/New_York"}
