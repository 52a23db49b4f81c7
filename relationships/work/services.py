"""Writes on a mentorship's goals, meetings and notes, and the personal calendar feed.

Only the mentorship's two members write here, and nothing changes once it is closed (it stays
read-only for them). Every meeting change raises its `sequence` and sends the new version of the
invitation to both members, once (see `tasks.send_meeting_invitation`).
"""

import hashlib
import secrets
import zoneinfo
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from core.errors import ServiceError, TransitionError
from notifications.services import notify

from ..models import CalendarFeed, Goal, GoalComment, Meeting, Mentorship, PrivateNote

GOAL_FIELDS = ("title", "specific", "measurable", "achievable", "relevant", "due_on")
TEXT_FIELDS = ("place", "video_link", "agenda")
MEETING_FIELDS = ("starts_at", "timezone", "duration_minutes", "mode", "place", "video_link", "agenda")


def _check_member(mentorship: Mentorship, actor) -> str:
    side = mentorship.side_of(actor)
    if side is None:
        raise ServiceError(
            _("Only the mentor and the mentee of this mentorship can do this."), code="forbidden"
        )
    return side


def _check_open(mentorship: Mentorship) -> None:
    if mentorship.status == Mentorship.Status.CLOSED:
        raise TransitionError(_("This mentorship is closed: it can be read but no longer changed."))


def _check_writable(mentorship: Mentorship, actor) -> str:
    side = _check_member(mentorship, actor)
    _check_open(mentorship)
    return side


# Goals -------------------------------------------------------------------------------------------


def _goal_side(mentorship: Mentorship, actor_side: str, side: str | None) -> str:
    if not mentorship.mutual:
        if side not in (None, Goal.Side.MENTEE):
            raise ServiceError(_("In this mentorship the goals are the mentee's."), code="invalid_side")
        return Goal.Side.MENTEE
    if side is None:
        return actor_side
    if side not in Goal.Side.values:
        raise ServiceError(_("A goal belongs to the mentor or to the mentee."), code="invalid_side")
    return side


def _check_goal_fields(fields: dict, *, today: date | None = None) -> None:
    for name in ("title", "specific", "measurable", "achievable", "relevant"):
        if name in fields and not str(fields[name] or "").strip():
            label = Goal._meta.get_field(name).verbose_name
            raise ServiceError(_("Fill in “%(field)s”.") % {"field": label}, code="required")
    if "due_on" in fields:
        if fields["due_on"] is None:
            raise ServiceError(_("Say by when the goal should be reached."), code="required")
        if today is not None and fields["due_on"] < today:
            raise ServiceError(_("The due date of a new goal cannot be in the past."), code="past_due_date")


def goal_create(*, mentorship: Mentorship, actor, side: str | None = None, **fields) -> Goal:
    actor_side = _check_writable(mentorship, actor)
    unknown = set(fields) - set(GOAL_FIELDS)
    if unknown:
        raise ServiceError(f"unknown goal field(s): {', '.join(sorted(unknown))}")
    missing = [name for name in GOAL_FIELDS if name not in fields]
    if missing:
        raise ServiceError(_("Fill in every part of the goal: %(fields)s.") % {"fields": ", ".join(missing)})
    _check_goal_fields(fields, today=timezone.localdate())
    return Goal.objects.create(
        mentorship=mentorship, side=_goal_side(mentorship, actor_side, side), created_by=actor, **fields
    )


def goal_update(*, goal: Goal, actor, **fields) -> Goal:
    """Edit a goal's SMART description."""
    _check_writable(goal.mentorship, actor)
    unknown = set(fields) - set(GOAL_FIELDS)
    if unknown:
        raise ServiceError(f"unknown goal field(s): {', '.join(sorted(unknown))}")
    _check_goal_fields(fields)
    for name, value in fields.items():
        setattr(goal, name, value)
    goal.save()
    return goal


GOAL_TRANSITIONS = {
    Goal.Status.OPEN: {Goal.Status.ACHIEVED, Goal.Status.DROPPED},
    Goal.Status.ACHIEVED: {Goal.Status.OPEN},
    Goal.Status.DROPPED: {Goal.Status.OPEN},
}


def goal_set_progress(*, goal: Goal, actor, progress: int | None = None, status: str | None = None) -> Goal:
    """Record progress (0-100 %) and/or move the goal open -> achieved | dropped (and back to open)."""
    _check_writable(goal.mentorship, actor)
    if progress is not None:
        if not 0 <= progress <= 100:
            raise ServiceError(_("Progress is a percentage between 0 and 100."), code="invalid_progress")
        goal.progress = progress
    if status is not None and status != goal.status:
        if status not in Goal.Status.values:
            raise ServiceError(_("Unknown goal status “%(status)s”.") % {"status": status})
        if status not in GOAL_TRANSITIONS[goal.status]:
            raise TransitionError(
                _("A goal that is “%(current)s” cannot become “%(new)s”.")
                % {"current": goal.get_status_display(), "new": Goal.Status(status).label}
            )
        goal.status = status
        goal.achieved_at = timezone.now() if status == Goal.Status.ACHIEVED else None
        if status == Goal.Status.ACHIEVED:
            goal.progress = 100
    goal.save()
    return goal


def goal_comment_add(*, goal: Goal, actor, body: str) -> GoalComment:
    mentorship = goal.mentorship
    _check_writable(mentorship, actor)
    if not body.strip():
        raise ServiceError(_("Write a comment first."), code="required")
    comment = GoalComment.objects.create(goal=goal, author=actor, body=body.strip())
    other = mentorship.other_side(actor)
    notify(
        user=other,
        key=f"goal-comment:{comment.public_id}",
        kind="goal-comment",
        template="relationships/work/email/goal_comment",
        context={"author": actor, "mentorship": mentorship},
        path=f"/p/{mentorship.programme.slug}/mentorships/{mentorship.public_id}/goals/{goal.public_id}/",
    )
    return comment


# Meetings ----------------------------------------------------------------------------------------


def local_datetime(day: date, at, zone_name: str) -> datetime:
    """A date and a wall-clock time in a zone as an aware datetime; refuses times the clocks skip."""
    try:
        zone = zoneinfo.ZoneInfo(zone_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ServiceError(_("Unknown time zone “%(zone)s”.") % {"zone": zone_name}) from error
    moment = datetime.combine(day, at, tzinfo=zone)
    # A wall-clock time skipped when the clocks go forward does not survive a round trip.
    if moment.astimezone(zoneinfo.ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None) != moment.replace(
        tzinfo=None
    ):
        raise ServiceError(
            _("%(time)s does not exist on %(date)s in %(zone)s (the clocks change); choose another time.")
            % {"time": time_format(at), "date": date_format(day), "zone": zone_name},
            code="invalid_time",
        )
    return moment


def _check_meeting_fields(values: dict, *, now: datetime) -> None:
    if values["starts_at"] is None or timezone.is_naive(values["starts_at"]):
        raise ServiceError(_("Say when the meeting starts."), code="required")
    if values["starts_at"] <= now:
        raise ServiceError(_("A meeting is scheduled in the future."), code="past_start")
    if not 15 <= values["duration_minutes"] <= 480:
        raise ServiceError(_("A meeting lasts between 15 minutes and 8 hours."), code="invalid_duration")
    if values["mode"] not in Meeting.Mode.values:
        raise ServiceError(_("Choose how you meet: video call, in person or phone."), code="invalid_mode")
    if values["mode"] == Meeting.Mode.IN_PERSON and not values["place"].strip():
        raise ServiceError(_("Say where you meet in person."), code="place_required")
    if values["mode"] == Meeting.Mode.VIRTUAL and not values["video_link"].strip():
        raise ServiceError(_("Add the link of the video call."), code="video_link_required")
    if values["video_link"].strip():
        try:
            URLValidator(schemes=["http", "https"])(values["video_link"].strip())
        except ValidationError:
            raise ServiceError(
                _("The video link must be a web address starting with https://."), code="invalid_video_link"
            ) from None
    try:
        zoneinfo.ZoneInfo(values["timezone"])
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ServiceError(_("Unknown time zone “%(zone)s”.") % {"zone": values["timezone"]}) from error


def _send_on_commit(meeting: Meeting) -> None:
    from .tasks import send_meeting_invitation

    meeting_id, sequence = meeting.pk, meeting.sequence
    transaction.on_commit(lambda: send_meeting_invitation.delay(meeting_id, sequence))


def meeting_schedule(
    *,
    mentorship: Mentorship,
    actor,
    starts_at: datetime,
    timezone_name: str,
    duration_minutes: int = 60,
    mode: str = Meeting.Mode.VIRTUAL,
    place: str = "",
    video_link: str = "",
    agenda: str = "",
    now: datetime | None = None,
) -> Meeting:
    """Schedule a meeting; both members get an invitation with an .ics file."""
    _check_writable(mentorship, actor)
    values = {
        "starts_at": starts_at,
        "timezone": timezone_name,
        "duration_minutes": duration_minutes,
        "mode": mode,
        "place": place or "",
        "video_link": video_link or "",
        "agenda": agenda or "",
    }
    _check_meeting_fields(values, now=now or timezone.now())
    with transaction.atomic():
        meeting = Meeting.objects.create(mentorship=mentorship, organiser=actor, sequence=0, **values)
        _send_on_commit(meeting)
    return meeting


def _lock(meeting: Meeting) -> Meeting:
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    locked.mentorship = meeting.mentorship
    return locked


def meeting_update(*, meeting: Meeting, actor, now: datetime | None = None, **changes) -> Meeting:
    """Move or change a scheduled meeting that has not started; both members get the new version."""
    _check_writable(meeting.mentorship, actor)
    if "timezone_name" in changes:
        changes["timezone"] = changes.pop("timezone_name")
    unknown = set(changes) - set(MEETING_FIELDS)
    if unknown:
        raise ServiceError(f"unknown meeting field(s): {', '.join(sorted(unknown))}")
    now = now or timezone.now()
    with transaction.atomic():
        meeting = _lock(meeting)
        if meeting.status == Meeting.Status.CANCELLED:
            raise TransitionError(_("This meeting is cancelled; schedule a new one instead."))
        if meeting.starts_at <= now:
            raise TransitionError(_("This meeting has already started; it can no longer be changed."))
        values = {name: getattr(meeting, name) for name in MEETING_FIELDS}
        values.update({k: "" if v is None and k in TEXT_FIELDS else v for k, v in changes.items()})
        changed = {name for name in MEETING_FIELDS if values[name] != getattr(meeting, name)}
        if changed <= {"timezone"}:
            # Nothing the attendees would see changed (saving the same time from another zone).
            return meeting
        _check_meeting_fields(values, now=now)
        for name, value in values.items():
            setattr(meeting, name, value)
        meeting.sequence += 1
        meeting.save()
        _send_on_commit(meeting)
    return meeting


def meeting_cancel(*, meeting: Meeting, actor, now: datetime | None = None) -> Meeting:
    """Cancel a meeting that has not started; both members get a cancellation for their calendar."""
    _check_writable(meeting.mentorship, actor)
    now = now or timezone.now()
    with transaction.atomic():
        meeting = _lock(meeting)
        if meeting.status == Meeting.Status.CANCELLED:
            raise TransitionError(_("This meeting is already cancelled."))
        if meeting.starts_at <= now:
            raise TransitionError(_("This meeting has already started; it can no longer be cancelled."))
        meeting.status = Meeting.Status.CANCELLED
        meeting.sequence += 1
        meeting.save(update_fields=["status", "sequence", "updated_at"])
        _send_on_commit(meeting)
    return meeting


def meetings_cancel_at_close(*, mentorship: Mentorship, now: datetime | None = None) -> int:
    """The mentorship is closing: its meetings still to come are cancelled, and each member gets a
    cancellation for their calendar (the closing transaction sends them once it commits).

    Meetings that have started stay as they are: they were held and keep their notes.
    """
    now = now or timezone.now()
    coming = Meeting.objects.select_for_update().filter(
        mentorship=mentorship, status=Meeting.Status.SCHEDULED, starts_at__gt=now
    )
    cancelled = 0
    for meeting in coming:
        meeting.status = Meeting.Status.CANCELLED
        meeting.sequence += 1
        meeting.save(update_fields=["status", "sequence", "updated_at"])
        _send_on_commit(meeting)
        cancelled += 1
    return cancelled


# Notes -------------------------------------------------------------------------------------------


def _check_notes_allowed(meeting: Meeting, actor, now: datetime | None) -> None:
    _check_writable(meeting.mentorship, actor)
    if meeting.status == Meeting.Status.CANCELLED:
        raise TransitionError(_("This meeting was cancelled; there is nothing to take notes of."))
    if meeting.starts_at > (now or timezone.now()):
        raise TransitionError(_("Notes can be written once the meeting has started."))


def meeting_shared_notes_save(*, meeting: Meeting, actor, notes: str, now: datetime | None = None) -> Meeting:
    """The notes both members share about a meeting; either may edit them."""
    _check_notes_allowed(meeting, actor, now)
    meeting.shared_notes = notes.strip()
    meeting.shared_notes_updated_by = actor
    meeting.save(update_fields=["shared_notes", "shared_notes_updated_by", "updated_at"])
    return meeting


def private_note_save(
    *, meeting: Meeting, actor, body: str, now: datetime | None = None
) -> PrivateNote | None:
    """The actor's own notes about a meeting, seen by nobody else; an empty text deletes them."""
    _check_notes_allowed(meeting, actor, now)
    if not body.strip():
        PrivateNote.objects.filter(meeting=meeting, author=actor).delete()
        return None
    note, _created = PrivateNote.objects.update_or_create(
        meeting=meeting, author=actor, defaults={"body": body.strip()}
    )
    return note


# Calendar feed -----------------------------------------------------------------------------------


def feed_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def calendar_feed_create(*, user) -> str:
    """A new secret feed token for the person (the previous one stops working); only its hash is kept."""
    token = "cal_" + secrets.token_urlsafe(32)
    CalendarFeed.objects.update_or_create(user=user, defaults={"digest": feed_digest(token)})
    return token


def calendar_feed_revoke(*, user) -> bool:
    deleted, _rows = CalendarFeed.objects.filter(user=user).delete()
    return bool(deleted)


# Reminders: the sweep runs every hour (relationships.tasks.run_reminders), so a meeting enters the
# window about a day before it starts. A version sent less than FRESH ago is not reminded: its
# invitation has just arrived.
REMINDER_AHEAD = timedelta(hours=24)
REMINDER_FRESH = timedelta(hours=12)


def reminder_window(now: datetime) -> tuple[datetime, datetime]:
    """Meetings starting after `now` and at most 24 hours later get their 'meeting tomorrow' reminder."""
    return now, now + REMINDER_AHEAD
