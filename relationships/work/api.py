"""Goals, meetings and notes of a mentorship in the JSON API: members only, like the pages."""

from datetime import date, datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from ninja import Router, Schema, Status

from core.access import programme_access_for
from core.api_fields import text_of

from ..models import Goal, GoalComment, Meeting, PrivateNote
from ..selectors import mentorship_get_for_member
from . import ics, selectors, services

router = Router(tags=["goals and meetings"])

BASE = "/programmes/{slug}/mentorships/{public_id}"


def _mentorship(request, slug: str, public_id: UUID):
    access = programme_access_for(request.auth, slug)
    return mentorship_get_for_member(access=access, public_id=public_id)


def _profile_zone(user) -> str:
    return getattr(getattr(user, "profile", None), "timezone", "") or "UTC"


# Goals -------------------------------------------------------------------------------------------


class CommentOut(Schema):
    id: UUID
    author: str
    body: str
    created_at: datetime


class GoalOut(Schema):
    id: UUID
    side: str
    title: str
    specific: str
    measurable: str
    achievable: str
    relevant: str
    due_on: date
    progress: int
    status: str
    comments: list[CommentOut]

    @staticmethod
    def of(goal: Goal) -> dict:
        return {
            "id": goal.public_id,
            **{name: getattr(goal, name) for name in (*services.GOAL_FIELDS, "side", "progress", "status")},
            "comments": [
                {"id": c.public_id, "author": c.author.name, "body": c.body, "created_at": c.created_at}
                for c in goal.comments.all()
            ],
        }


class GoalIn(Schema):
    title: text_of(Goal, "title")
    specific: text_of(Goal, "specific")
    measurable: text_of(Goal, "measurable")
    achievable: text_of(Goal, "achievable")
    relevant: text_of(Goal, "relevant")
    due_on: date
    side: Goal.Side | None = None


class GoalPatch(Schema):
    title: text_of(Goal, "title") | None = None
    specific: text_of(Goal, "specific") | None = None
    measurable: text_of(Goal, "measurable") | None = None
    achievable: text_of(Goal, "achievable") | None = None
    relevant: text_of(Goal, "relevant") | None = None
    due_on: date | None = None
    progress: int | None = None
    status: Goal.Status | None = None


class CommentIn(Schema):
    body: text_of(GoalComment, "body")


@router.get(f"{BASE}/goals", response=list[GoalOut])
def goal_list(request, slug: str, public_id: UUID):
    mentorship = _mentorship(request, slug, public_id)
    return [GoalOut.of(goal) for goal in selectors.goal_list(mentorship=mentorship)]


@router.post(f"{BASE}/goals", response={201: GoalOut})
def goal_create(request, slug: str, public_id: UUID, payload: GoalIn):
    mentorship = _mentorship(request, slug, public_id)
    data = payload.dict()
    goal = services.goal_create(mentorship=mentorship, actor=request.auth, side=data.pop("side"), **data)
    return Status(201, GoalOut.of(selectors.goal_get(mentorship=mentorship, public_id=goal.public_id)))


@router.get(f"{BASE}/goals/{{goal_id}}", response=GoalOut)
def goal_get(request, slug: str, public_id: UUID, goal_id: UUID):
    mentorship = _mentorship(request, slug, public_id)
    return GoalOut.of(selectors.goal_get(mentorship=mentorship, public_id=goal_id))


@router.patch(f"{BASE}/goals/{{goal_id}}", response=GoalOut)
def goal_patch(request, slug: str, public_id: UUID, goal_id: UUID, payload: GoalPatch):
    mentorship = _mentorship(request, slug, public_id)
    goal = selectors.goal_get(mentorship=mentorship, public_id=goal_id)
    changes = payload.dict(exclude_unset=True)
    progress, status = changes.pop("progress", None), changes.pop("status", None)
    if changes:
        services.goal_update(goal=goal, actor=request.auth, **changes)
    if progress is not None or status is not None:
        services.goal_set_progress(goal=goal, actor=request.auth, progress=progress, status=status)
    return GoalOut.of(selectors.goal_get(mentorship=mentorship, public_id=goal_id))


@router.post(f"{BASE}/goals/{{goal_id}}/comments", response={201: CommentOut})
def goal_comment(request, slug: str, public_id: UUID, goal_id: UUID, payload: CommentIn):
    mentorship = _mentorship(request, slug, public_id)
    goal = selectors.goal_get(mentorship=mentorship, public_id=goal_id)
    comment = services.goal_comment_add(goal=goal, actor=request.auth, body=payload.body)
    body = {"id": comment.public_id, "author": request.auth.name, "body": comment.body}
    return Status(201, {**body, "created_at": comment.created_at})


# Meetings ----------------------------------------------------------------------------------------


class MeetingOut(Schema):
    id: UUID
    starts_at: datetime
    ends_at: datetime
    timezone: str
    duration_minutes: int
    mode: str
    place: str
    video_link: str
    agenda: str
    status: str
    sequence: int
    organiser: str | None
    shared_notes: str

    @staticmethod
    def of(meeting: Meeting) -> dict:
        names = ("starts_at", "timezone", "duration_minutes", "mode", "place", "video_link", "agenda")
        return {
            "id": meeting.public_id,
            **{name: getattr(meeting, name) for name in (*names, "status", "sequence", "shared_notes")},
            "ends_at": meeting.starts_at + timedelta(minutes=meeting.duration_minutes),
            "organiser": meeting.organiser.name if meeting.organiser else None,
        }


class MeetingIn(Schema):
    starts_at: datetime
    timezone: text_of(Meeting, "timezone") | None = None
    duration_minutes: int = 60
    mode: Meeting.Mode = Meeting.Mode.VIRTUAL
    place: text_of(Meeting, "place") = ""
    video_link: text_of(Meeting, "video_link") = ""
    agenda: text_of(Meeting, "agenda") = ""


class MeetingPatch(Schema):
    starts_at: datetime | None = None
    timezone: text_of(Meeting, "timezone") | None = None
    duration_minutes: int | None = None
    mode: Meeting.Mode | None = None
    place: text_of(Meeting, "place") | None = None
    video_link: text_of(Meeting, "video_link") | None = None
    agenda: text_of(Meeting, "agenda") | None = None


class SharedNotesIn(Schema):
    notes: text_of(Meeting, "shared_notes")


class PrivateNoteIn(Schema):
    body: text_of(PrivateNote, "body")


class PrivateNoteOut(Schema):
    body: str
    updated_at: datetime | None


def _aware(moment: datetime, zone_name: str) -> datetime:
    """A time without an offset is read in the given zone (by default the actor's profile zone)."""
    if timezone.is_aware(moment):
        return moment
    return services.local_datetime(moment.date(), moment.time(), zone_name)


@router.get(f"{BASE}/meetings", response=list[MeetingOut])
def meeting_list(request, slug: str, public_id: UUID):
    mentorship = _mentorship(request, slug, public_id)
    return [MeetingOut.of(m) for m in mentorship.meetings.select_related("organiser")]


@router.post(f"{BASE}/meetings", response={201: MeetingOut})
def meeting_schedule(request, slug: str, public_id: UUID, payload: MeetingIn):
    mentorship = _mentorship(request, slug, public_id)
    data = payload.dict()
    zone = data.pop("timezone") or _profile_zone(request.auth)
    data["starts_at"] = _aware(data["starts_at"], zone)
    meeting = services.meeting_schedule(mentorship=mentorship, actor=request.auth, timezone_name=zone, **data)
    return Status(201, MeetingOut.of(meeting))


@router.get(f"{BASE}/meetings/{{meeting_id}}", response=MeetingOut)
def meeting_get(request, slug: str, public_id: UUID, meeting_id: UUID):
    mentorship = _mentorship(request, slug, public_id)
    return MeetingOut.of(selectors.meeting_get(mentorship=mentorship, public_id=meeting_id))


@router.patch(f"{BASE}/meetings/{{meeting_id}}", response=MeetingOut)
def meeting_patch(request, slug: str, public_id: UUID, meeting_id: UUID, payload: MeetingPatch):
    mentorship = _mentorship(request, slug, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    changes = payload.dict(exclude_unset=True)
    if changes.get("timezone") is None:
        changes.pop("timezone", None)
    if changes.get("starts_at") is not None:
        changes["starts_at"] = _aware(changes["starts_at"], changes.get("timezone") or meeting.timezone)
    changes = {k: v for k, v in changes.items() if v is not None or k in services.TEXT_FIELDS}
    meeting = services.meeting_update(meeting=meeting, actor=request.auth, **changes)
    return MeetingOut.of(meeting)


@router.post(f"{BASE}/meetings/{{meeting_id}}/cancel", response=MeetingOut)
def meeting_cancel(request, slug: str, public_id: UUID, meeting_id: UUID):
    mentorship = _mentorship(request, slug, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    return MeetingOut.of(services.meeting_cancel(meeting=meeting, actor=request.auth))


@router.get(f"{BASE}/meetings/{{meeting_id}}/ics")
def meeting_ics(request, slug: str, public_id: UUID, meeting_id: UUID):
    mentorship = _mentorship(request, slug, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    method = ics.CANCEL if meeting.status == Meeting.Status.CANCELLED else ics.PUBLISH
    content = ics.meeting_ics(meeting, method=method, viewer=request.auth, include_agenda=True)
    return HttpResponse(content, content_type="text/calendar; charset=utf-8")


@router.put(f"{BASE}/meetings/{{meeting_id}}/notes", response=MeetingOut)
def meeting_notes(request, slug: str, public_id: UUID, meeting_id: UUID, payload: SharedNotesIn):
    mentorship = _mentorship(request, slug, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    meeting = services.meeting_shared_notes_save(meeting=meeting, actor=request.auth, notes=payload.notes)
    return MeetingOut.of(meeting)


@router.get(f"{BASE}/meetings/{{meeting_id}}/private-note", response=PrivateNoteOut)
def private_note_get(request, slug: str, public_id: UUID, meeting_id: UUID):
    mentorship = _mentorship(request, slug, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    note = selectors.private_note_of(meeting=meeting, user=request.auth)
    return {"body": note.body if note else "", "updated_at": note.updated_at if note else None}


@router.put(f"{BASE}/meetings/{{meeting_id}}/private-note", response=PrivateNoteOut)
def private_note_put(request, slug: str, public_id: UUID, meeting_id: UUID, payload: PrivateNoteIn):
    mentorship = _mentorship(request, slug, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    note = services.private_note_save(meeting=meeting, actor=request.auth, body=payload.body)
    return {"body": note.body if note else "", "updated_at": note.updated_at if note else None}


# Calendar feed -----------------------------------------------------------------------------------


class CalendarFeedOut(Schema):
    url: str


@router.post("/calendar-feed", response={201: CalendarFeedOut})
def calendar_feed_create(request):
    """A new secret calendar URL for all your meetings (shown once; the previous one stops working)."""
    token = services.calendar_feed_create(user=request.auth)
    return Status(201, {"url": f"{settings.SITE_URL}/calendar/{token}.ics"})


@router.delete("/calendar-feed", response={204: None})
def calendar_feed_revoke(request):
    services.calendar_feed_revoke(user=request.auth)
    return Status(204, None)
