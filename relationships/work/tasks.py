"""Background work on meetings: invitations and the 'meeting tomorrow' reminder.

Both are idempotent: a notification key names the meeting and its sequence, so running a task
twice (a retried delivery, two beat runs) sends each version of an invitation or reminder once.
"""

import contextlib
import zoneinfo
from datetime import datetime

from celery import shared_task
from django.utils import timezone, translation

from notifications.services import Attachment, language_of, notify

from ..models import Meeting, Mentorship
from . import ics
from .services import REMINDER_FRESH, reminder_window

MEETING_RELATED = (
    "mentorship__programme",
    "mentorship__mentor__user__profile",
    "mentorship__mentee__user__profile",
    "organiser",
)


def _members(meeting: Meeting):
    return meeting.mentorship.people()


@shared_task
def send_meeting_invitation(meeting_id: int, sequence: int) -> None:
    """Send both members this version of the meeting: an invitation, or a cancellation (.ics attached).

    A version that has since been replaced is not sent: the newer one's task sends that.
    """
    meeting = Meeting.objects.select_related(*MEETING_RELATED).filter(pk=meeting_id).first()
    if meeting is None or meeting.sequence != sequence:
        return
    cancelled = meeting.status == Meeting.Status.CANCELLED
    method = ics.CANCEL if cancelled else ics.REQUEST
    if cancelled:
        kind, template = "meeting-cancelled", "relationships/work/email/meeting_cancelled"
    elif sequence == 0:
        kind, template = "meeting-invitation", "relationships/work/email/meeting_invitation"
    else:
        kind, template = "meeting-updated", "relationships/work/email/meeting_updated"
    for person in _members(meeting):
        with translation.override(language_of(person)):
            content = ics.meeting_ics(meeting, method=method, viewer=person)
        notify(
            user=person,
            key=f"meeting:{meeting.public_id}:{sequence}",
            kind=kind,
            template=template,
            context=_context(meeting, person),
            path=ics.meeting_path(meeting),
            attachment=Attachment(
                name="cancel.ics" if cancelled else "invite.ics",
                content=content,
                mimetype=f"text/calendar; method={method}",
            ),
        )


def _context(meeting: Meeting, person) -> dict:
    """What the email says, with the time in the recipient's own zone."""
    zone = ics.zone_of(meeting)
    profile_zone = getattr(getattr(person, "profile", None), "timezone", "")
    if profile_zone:
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo(profile_zone)
    return {
        "meeting": meeting,
        "other": meeting.mentorship.other_side(person),
        "programme": meeting.mentorship.programme,
        "zone": str(zone),
    }


@shared_task
def remind_meetings_tomorrow(now: str | None = None) -> int:
    """Remind both members of every meeting starting in the next 24 hours; returns reminders made.

    Run hourly (beat, or `crossmentor reminders`); each meeting version is reminded once, and not
    when that version's invitation went out less than 12 hours ago.
    `now` (ISO 8601) is for tests and catch-up runs.
    """
    moment = datetime.fromisoformat(now) if now else timezone.now()
    start, end = reminder_window(moment)
    meetings = (
        Meeting.objects.filter(status=Meeting.Status.SCHEDULED, starts_at__gt=start, starts_at__lte=end)
        .filter(updated_at__lte=moment - REMINDER_FRESH)
        .exclude(mentorship__status=Mentorship.Status.CLOSED)
        .select_related(*MEETING_RELATED)
    )
    made = 0
    for meeting in meetings:
        for person in _members(meeting):
            made += bool(
                notify(
                    user=person,
                    key=f"meeting-reminder:{meeting.public_id}:{meeting.sequence}",
                    kind="meeting-reminder",
                    template="relationships/work/email/meeting_reminder",
                    context=_context(meeting, person),
                    path=ics.meeting_path(meeting),
                )
            )
    return made
