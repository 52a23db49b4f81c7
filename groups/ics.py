"""iCalendar (RFC 5545) invitations for group meetings, built on core/ics.py like relationships/work/ics.py.

Times are written in the organiser's zone with a matching VTIMEZONE; the UID is stable per meeting
and SEQUENCE is the meeting's `sequence`, so an update or a cancellation replaces the invitation in
every member's calendar instead of adding a copy. No group content goes into the file: the title,
the time, the place and a link.
"""

from django.conf import settings

from core.ics import CANCEL, REQUEST, add_timezones, address, calendar, timed_event

from .models import GroupMeeting

PRODID = "-//Crossmentor//Group meetings//EN"
__all__ = ["CANCEL", "REQUEST", "group_path", "meeting_ics"]


def meeting_uid(meeting: GroupMeeting) -> str:
    return f"group-meeting-{meeting.public_id}@crossmentor"


def group_path(group) -> str:
    return f"/p/{group.programme.slug}/groups/{group.public_id}/"


def meeting_ics(meeting: GroupMeeting, *, attendees, method: str = REQUEST) -> str:
    """One group meeting as an invitation (REQUEST) or a cancellation (CANCEL)."""
    group = meeting.group
    event = timed_event(
        uid=meeting_uid(meeting),
        sequence=meeting.sequence,
        starts_at=meeting.starts_at,
        timezone=meeting.timezone,
        duration_minutes=meeting.duration_minutes,
    )
    event.add("summary", f"{meeting.title} ({group.name})")
    if meeting.location:
        event.add("location", meeting.location)
    page = f"{settings.SITE_URL}{group_path(group)}"
    event.add("description", page)
    event.add("url", page)
    cancelled = method == CANCEL or meeting.status == GroupMeeting.Status.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if meeting.created_by is not None:
        event.add("organizer", address(meeting.created_by))
    for person in attendees:
        event.add("attendee", address(person, "REQ-PARTICIPANT"))
    found = calendar(PRODID, method)
    found.add_component(event)
    add_timezones(found, [meeting.starts_at])
    return found.to_ical().decode()
