"""iCalendar (RFC 5545) invitations for group meetings, on the model of relationships/work/ics.py.

Times are written in the organiser's zone with a matching VTIMEZONE; the UID is stable per meeting
and SEQUENCE is the meeting's `sequence`, so an update or a cancellation replaces the invitation in
every member's calendar instead of adding a copy. No group content goes into the file: the title,
the time, the place and a link.
"""

import zoneinfo
from datetime import UTC, datetime, timedelta

from django.conf import settings
from icalendar import Calendar, Event, vCalAddress, vText

from .models import GroupMeeting

PRODID = "-//Crossmentor//Group meetings//EN"
REQUEST = "REQUEST"
CANCEL = "CANCEL"


def meeting_uid(meeting: GroupMeeting) -> str:
    return f"group-meeting-{meeting.public_id}@crossmentor"


def group_path(group) -> str:
    return f"/p/{group.programme.slug}/groups/{group.public_id}/"


def zone_of(meeting: GroupMeeting) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(meeting.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def _address(user, attendee: bool) -> vCalAddress:
    address = vCalAddress(f"mailto:{user.email}")
    address.params["CN"] = vText(user.name or user.email)
    if attendee:
        address.params["ROLE"] = vText("REQ-PARTICIPANT")
        address.params["PARTSTAT"] = vText("NEEDS-ACTION")
        address.params["RSVP"] = vText("TRUE")
    return address


def meeting_ics(meeting: GroupMeeting, *, attendees, method: str = REQUEST) -> str:
    """One group meeting as an invitation (REQUEST) or a cancellation (CANCEL)."""
    group = meeting.group
    zone = zone_of(meeting)
    starts = meeting.starts_at.astimezone(zone)
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", starts)
    event.add("dtend", starts + timedelta(minutes=meeting.duration_minutes))
    event.add("summary", f"{meeting.title} ({group.name})")
    if meeting.location:
        event.add("location", meeting.location)
    page = f"{settings.SITE_URL}{group_path(group)}"
    event.add("description", page)
    event.add("url", page)
    cancelled = method == CANCEL or meeting.status == GroupMeeting.Status.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if meeting.created_by is not None:
        event.add("organizer", _address(meeting.created_by, attendee=False))
    for person in attendees:
        event.add("attendee", _address(person, attendee=True))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add_component(event)
    year_start = meeting.starts_at.date().replace(month=1, day=1)
    calendar.add_missing_timezones(
        first_date=year_start, last_date=year_start.replace(year=year_start.year + 1)
    )
    return calendar.to_ical().decode()
