"""Test data for goals and meetings."""

import zoneinfo
from datetime import datetime, time, timedelta

from django.utils import timezone

from relationships.models import Goal, Meeting


def next_week_at(hour: int, zone: str = "Europe/Amsterdam") -> datetime:
    day = timezone.now().astimezone(zoneinfo.ZoneInfo(zone)).date() + timedelta(days=7)
    return datetime.combine(day, time(hour, 0), tzinfo=zoneinfo.ZoneInfo(zone))


def make_goal(mentorship, **fields) -> Goal:
    values = {
        "title": "Speak at the regional logistics conference",
        "specific": "Give a 20-minute talk on our warehouse robots.",
        "measurable": "The talk is given and 3 people ask a question.",
        "achievable": "I present monthly inside the company already.",
        "relevant": "Visibility outside the company is my next career step.",
        "due_on": timezone.localdate() + timedelta(days=90),
        "created_by": mentorship.mentee.user,
    }
    return Goal.objects.create(mentorship=mentorship, **{**values, **fields})


def make_meeting(mentorship, *, starts_at=None, **fields) -> Meeting:
    values = {
        "starts_at": starts_at or next_week_at(14),
        "timezone": "Europe/Amsterdam",
        "duration_minutes": 60,
        "mode": Meeting.Mode.VIRTUAL,
        "video_link": "https://meet.example.org/crossmentor-1",
        "agenda": "Rehearse the opening of the talk.",
        "organiser": mentorship.mentor.user,
    }
    return Meeting.objects.create(mentorship=mentorship, **{**values, **fields})


def past_meeting(mentorship, **fields) -> Meeting:
    return make_meeting(mentorship, starts_at=timezone.now() - timedelta(days=2), **fields)
