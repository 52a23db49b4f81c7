"""The iCalendar (RFC 5545) pieces every kind of meeting shares: calendars, timed events in the
organiser's zone, people's addresses and the VTIMEZONEs. Mentorship and group meetings build their
own summaries, descriptions and attendees on top (relationships/work/ics.py, groups/ics.py)."""

import zoneinfo
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, vCalAddress, vText

REQUEST = "REQUEST"
CANCEL = "CANCEL"
PUBLISH = "PUBLISH"


def zone_named(name: str) -> zoneinfo.ZoneInfo:
    """The zone of that name, or UTC for a name this machine does not know."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def address(user, role: str | None = None) -> vCalAddress:
    """ORGANIZER (no role) or ATTENDEE (with a role such as REQ-PARTICIPANT) of an event."""
    found = vCalAddress(f"mailto:{user.email}")
    found.params["CN"] = vText(user.name or user.email)
    if role:
        found.params["ROLE"] = vText(role)
        found.params["PARTSTAT"] = vText("NEEDS-ACTION")
        found.params["RSVP"] = vText("TRUE")
    return found


def timed_event(*, uid: str, sequence: int, starts_at, timezone: str, duration_minutes: int) -> Event:
    """An event written in the organiser's zone, so calendars show the right local time."""
    starts = starts_at.astimezone(zone_named(timezone))
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", starts)
    event.add("dtend", starts + timedelta(minutes=duration_minutes))
    return event


def calendar(prodid: str, method: str | None = None, name: str = "") -> Calendar:
    found = Calendar()
    found.add("prodid", prodid)
    found.add("version", "2.0")
    found.add("calscale", "GREGORIAN")
    if method:
        found.add("method", method)
    if name:
        found.add("x-wr-calname", name)
    return found


def add_timezones(found: Calendar, starts: list) -> None:
    """VTIMEZONEs covering the years of these start times (the default, 1970-2038, makes files large)."""
    if not starts:
        return
    first = min(starts).date().replace(month=1, day=1)
    last = max(starts).date().replace(month=12, day=31) + timedelta(days=1)
    found.add_missing_timezones(first_date=first, last_date=last)
