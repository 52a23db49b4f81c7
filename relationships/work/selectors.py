"""Reads of a mentorship's goals, meetings and notes. The mentorship comes from
`relationships.selectors.mentorship_get_for_member`, so only its members ever get here."""

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from ..models import CalendarFeed, Goal, GoalComment, Meeting, Mentorship, PrivateNote
from .services import feed_digest


def goal_list(*, mentorship: Mentorship):
    comments = GoalComment.objects.select_related("author")
    return mentorship.goals.prefetch_related(Prefetch("comments", queryset=comments))


def goal_get(*, mentorship: Mentorship, public_id) -> Goal:
    goal = get_object_or_404(goal_list(mentorship=mentorship), public_id=public_id)
    goal.mentorship = mentorship
    return goal


def meeting_list(*, mentorship: Mentorship, now=None) -> dict:
    """The mentorship's meetings: upcoming (soonest first), past (latest first) and cancelled."""
    now = now or timezone.now()
    meetings = list(mentorship.meetings.select_related("organiser"))
    for meeting in meetings:
        meeting.mentorship = mentorship
    scheduled = [m for m in meetings if m.status == Meeting.Status.SCHEDULED]
    return {
        "upcoming": [m for m in scheduled if m.starts_at > now],
        "past": sorted((m for m in scheduled if m.starts_at <= now), key=lambda m: m.starts_at, reverse=True),
        "cancelled": [m for m in meetings if m.status == Meeting.Status.CANCELLED],
    }


def meeting_get(*, mentorship: Mentorship, public_id) -> Meeting:
    meeting = get_object_or_404(
        mentorship.meetings.select_related("organiser", "shared_notes_updated_by"), public_id=public_id
    )
    meeting.mentorship = mentorship
    return meeting


def private_note_of(*, meeting: Meeting, user) -> PrivateNote | None:
    """The person's own private note on a meeting: nobody else's is ever returned."""
    return PrivateNote.objects.filter(meeting=meeting, author=user).first()


def _teams_of(user):
    """The teams the person is a founder of: a team's mentorship meetings are theirs too."""
    from groups.models import Membership

    return Membership.objects.filter(
        user=user, role=Membership.Role.MEMBER, status=Membership.Status.ACTIVE
    ).values("group_id")


def meetings_of_person(*, user):
    """Every scheduled meeting of the person, in all programmes, for their calendar feed."""
    return (
        Meeting.objects.filter(status=Meeting.Status.SCHEDULED)
        .filter(
            Q(mentorship__mentor__user=user)
            | Q(mentorship__team__isnull=True, mentorship__mentee__user=user)
            | Q(mentorship__team__in=_teams_of(user))
        )
        .select_related(
            "mentorship__programme", "mentorship__mentor__user", "mentorship__mentee__user", "organiser"
        )
        .order_by("starts_at")
    )


def calendar_feed_user(*, token: str):
    """The owner of a calendar feed token, or None for an unknown or revoked one."""
    feed = CalendarFeed.objects.select_related("user").filter(digest=feed_digest(token)).first()
    if feed is None or not feed.user.is_active:
        return None
    return feed.user
