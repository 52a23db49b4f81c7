"""iCalendar (RFC 5545) files for meetings: invitations, cancellations, downloads and the personal feed.

Times are written in the organiser's zone (DTSTART;TZID=Europe/Amsterdam:20260310T140000) with a
matching VTIMEZONE, so every calendar shows the right local time also across daylight-saving
changes. The UID is stable per meeting and SEQUENCE is the meeting's `sequence`, so an update or a
cancellation replaces the earlier invitation in the attendee's calendar instead of adding a copy.
"""

import zoneinfo

from django.conf import settings
from django.utils.translation import gettext as _
from icalendar import Event

from core.ics import CANCEL, PUBLISH, REQUEST, add_timezones, address, calendar, timed_event, zone_named

from ..models import Meeting

PRODID = "-//Crossmentor//Mentoring meetings//EN"
__all__ = [
    "CANCEL",
    "PUBLISH",
    "REQUEST",
    "feed_ics",
    "meeting_ics",
    "meeting_path",
    "meeting_uid",
    "zone_of",
]


def meeting_uid(meeting: Meeting) -> str:
    return f"meeting-{meeting.public_id}@crossmentor"


def meeting_path(meeting: Meeting) -> str:
    mentorship = meeting.mentorship
    return f"/p/{mentorship.programme.slug}/mentorships/{mentorship.public_id}/meetings/{meeting.public_id}/"


def zone_of(meeting: Meeting) -> zoneinfo.ZoneInfo:
    return zone_named(meeting.timezone)


def _event(meeting: Meeting, *, viewer=None, include_agenda: bool = False) -> Event:
    mentorship = meeting.mentorship
    mentor, mentee = mentorship.mentor.user, mentorship.mentee.user
    event = timed_event(
        uid=meeting_uid(meeting),
        sequence=meeting.sequence,
        starts_at=meeting.starts_at,
        timezone=meeting.timezone,
        duration_minutes=meeting.duration_minutes,
    )
    # A team's mentorship: its mentor meets the team, the team's founders meet its mentor.
    mentee_name = mentorship.team.name if mentorship.team_id else mentee.name
    if viewer is not None and mentorship.side_of(viewer) is not None:
        other = mentorship.other_side(viewer)
        event.add(
            "summary",
            _("Mentoring meeting with %(name)s") % {"name": other.name or getattr(other, "email", "")},
        )
    else:
        event.add(
            "summary",
            _("Mentoring meeting: %(mentor)s and %(mentee)s")
            % {"mentor": mentor.name, "mentee": mentee_name},
        )
    location = (
        meeting.place if meeting.mode == Meeting.Mode.IN_PERSON else meeting.video_link or meeting.place
    )
    if location:
        event.add("location", location)
    page = f"{settings.SITE_URL}{meeting_path(meeting)}"
    # The agenda is part of the mentorship's content: it goes only into a file its member downloads
    # while signed in, never into an email or the token-protected feed.
    description = f"{meeting.agenda}\n\n{page}" if include_agenda and meeting.agenda else page
    event.add("description", description)
    event.add("url", meeting.video_link or page)
    event.add("status", "CANCELLED" if meeting.status == Meeting.Status.CANCELLED else "CONFIRMED")
    organiser = meeting.organiser or mentor
    event.add("organizer", address(organiser))
    for person in mentorship.people():
        event.add("attendee", address(person, "REQ-PARTICIPANT"))
    return event


def meeting_ics(meeting: Meeting, *, method: str = REQUEST, viewer=None, include_agenda: bool = False) -> str:
    """One meeting as an invitation (REQUEST) or a cancellation (CANCEL)."""
    found = calendar(PRODID, method)
    found.add_component(_event(meeting, viewer=viewer, include_agenda=include_agenda))
    add_timezones(found, [meeting.starts_at])
    return found.to_ical().decode()


def feed_ics(meetings, *, viewer) -> str:
    """A person's meetings as a subscribable calendar (no METHOD: it is published, not sent)."""
    meetings = list(meetings)
    found = calendar(PRODID, name=_("Crossmentor meetings"))
    for meeting in meetings:
        found.add_component(_event(meeting, viewer=viewer))
    add_timezones(found, [meeting.starts_at for meeting in meetings])
    return found.to_ical().decode()
