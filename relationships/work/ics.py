"""iCalendar (RFC 5545) files for meetings: invitations, cancellations, downloads and the personal feed.

Times are written in the organiser's zone (DTSTART;TZID=Europe/Amsterdam:20260310T140000) with a
matching VTIMEZONE, so every calendar shows the right local time also across daylight-saving
changes. The UID is stable per meeting and SEQUENCE is the meeting's `sequence`, so an update or a
cancellation replaces the earlier invitation in the attendee's calendar instead of adding a copy.
"""

import zoneinfo
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from ..models import Meeting

PRODID = "-//Crossmentor//Mentoring meetings//EN"
REQUEST = "REQUEST"
CANCEL = "CANCEL"
PUBLISH = "PUBLISH"


def meeting_uid(meeting: Meeting) -> str:
    return f"meeting-{meeting.public_id}@crossmentor"


def meeting_path(meeting: Meeting) -> str:
    mentorship = meeting.mentorship
    return f"/p/{mentorship.programme.slug}/mentorships/{mentorship.public_id}/meetings/{meeting.public_id}/"


def zone_of(meeting: Meeting) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(meeting.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def _address(user, role: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{user.email}")
    address.params["CN"] = vText(user.name or user.email)
    if role:
        address.params["ROLE"] = vText(role)
        address.params["PARTSTAT"] = vText("NEEDS-ACTION")
        address.params["RSVP"] = vText("TRUE")
    return address


def _event(meeting: Meeting, *, viewer=None, include_agenda: bool = False) -> Event:
    mentorship = meeting.mentorship
    mentor, mentee = mentorship.mentor.user, mentorship.mentee.user
    zone = zone_of(meeting)
    starts = meeting.starts_at.astimezone(zone)
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", starts)
    event.add("dtend", starts + timedelta(minutes=meeting.duration_minutes))
    if viewer is not None and viewer.pk in (mentor.pk, mentee.pk):
        other = mentee if viewer.pk == mentor.pk else mentor
        event.add("summary", _("Mentoring meeting with %(name)s") % {"name": other.name or other.email})
    else:
        event.add(
            "summary",
            _("Mentoring meeting: %(mentor)s and %(mentee)s")
            % {"mentor": mentor.name, "mentee": mentee.name},
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
    event.add("organizer", _address(organiser))
    for person in (mentor, mentee):
        event.add("attendee", _address(person, "REQ-PARTICIPANT"))
    return event


def _calendar(method: str | None = None, name: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def meeting_ics(meeting: Meeting, *, method: str = REQUEST, viewer=None, include_agenda: bool = False) -> str:
    """One meeting as an invitation (REQUEST) or a cancellation (CANCEL)."""
    calendar = _calendar(method)
    calendar.add_component(_event(meeting, viewer=viewer, include_agenda=include_agenda))
    _add_timezones(calendar, [meeting])
    return calendar.to_ical().decode()


def feed_ics(meetings, *, viewer) -> str:
    """A person's meetings as a subscribable calendar (no METHOD: it is published, not sent)."""
    meetings = list(meetings)
    calendar = _calendar(name=_("Crossmentor meetings"))
    for meeting in meetings:
        calendar.add_component(_event(meeting, viewer=viewer))
    _add_timezones(calendar, meetings)
    return calendar.to_ical().decode()


def _add_timezones(calendar: Calendar, meetings: list[Meeting]) -> None:
    # A VTIMEZONE covering the meetings' years is enough; the default (1970-2038) makes files large.
    if not meetings:
        return
    first = min(m.starts_at for m in meetings).date().replace(month=1, day=1)
    last = max(m.starts_at for m in meetings).date().replace(month=12, day=31) + timedelta(days=1)
    calendar.add_missing_timezones(first_date=first, last_date=last)
