"""Demo content for goals, meetings and notes of the demo's active mentorships.

Runs after `relationships/demo.py` has made the mentorships (and works on whatever active ones
exist). Idempotent: a mentorship that already has goals or meetings is left as it is, so a second
run changes nothing.
"""

import zoneinfo
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from ..models import Goal, GoalComment, Meeting, Mentorship, PrivateNote

# Goals written around the mentee's need; {need} is the competence's name, in lower case.
GOALS = [
    {
        "title": "Put {need} into practice in a real project",
        "specific": "Pick one project this quarter where {need} makes the difference; apply what we discuss.",
        "measurable": "The project lead and I review the result together; I write down three lessons.",
        "achievable": "My manager agreed that I take the lead on the next project of this kind.",
        "relevant": "It is the step my next role asks for, and my team needs it now.",
        "days": 110,
        "progress": 40,
        "status": Goal.Status.OPEN,
        "comments": [
            (
                "mentor",
                "Good choice of project. Ask for feedback after the first milestone, not only at the end.",
            ),
            ("mentee", "Done: I booked a short review with the project lead after milestone one."),
        ],
    },
    {
        "title": "Build a network outside my organisation around {need}",
        "specific": "Meet people from three other organisations who are good at {need}.",
        "measurable": "Three conversations held and one follow-up agreed.",
        "achievable": "My mentor introduces me to two people; I find the third at a sector event.",
        "relevant": "An outside view keeps me from reinventing what others already learned.",
        "days": 70,
        "progress": 100,
        "status": Goal.Status.ACHIEVED,
        "comments": [("mentee", "Third conversation held at the regional meetup: goal reached!")],
    },
]

PAST_MEETINGS = [
    {
        "weeks_ago": 6,
        "mode": Meeting.Mode.IN_PERSON,
        "place": "Coffee corner at the mentor's office",
        "agenda": "Get to know each other, go through the agreement, choose a first goal.",
        "notes": "We agreed to meet every month, alternating online and in person. "
        "First goal chosen; the mentee drafts it in SMART form before the next meeting.",
        "private": "Felt a bit nervous at the start, but the conversation flowed. Ask next time how they "
        "handled their first big project.",
    },
    {
        "weeks_ago": 2,
        "mode": Meeting.Mode.VIRTUAL,
        "video_link": "https://meet.jit.si/crossmentor-demo",
        "agenda": "Review the goals, plan the project milestone, introductions to the mentor's network.",
        "notes": "Goal 1 is on track (about 40%). The mentor introduces two contacts this week. "
        "Next time: prepare the milestone review together.",
        "private": "",
    },
]

UPCOMING_MEETINGS = [
    {
        "days": 5,
        "hour": 10,
        "mode": Meeting.Mode.VIRTUAL,
        "video_link": "https://meet.jit.si/crossmentor-demo",
        "agenda": "Prepare the milestone review; what to ask for in the feedback.",
    },
    {
        "days": 33,
        "hour": 16,
        "mode": Meeting.Mode.IN_PERSON,
        "place": "Library café, city centre",
        "agenda": "Look back on the quarter and restate our expectations.",
    },
]


def demo_load(*, programmes: dict) -> None:
    mentorships = Mentorship.objects.filter(
        programme__in=list(programmes.values()), status=Mentorship.Status.ACTIVE
    ).select_related("mentor__user__profile", "mentee__user", "need__competence")
    for mentorship in mentorships:
        if mentorship.goals.exists() or mentorship.meetings.exists():
            continue
        with transaction.atomic():
            _goals(mentorship)
            _meetings(mentorship)


def _need(mentorship: Mentorship) -> str:
    return mentorship.need.competence.name.lower() if mentorship.need else "what I came to learn"


def _goals(mentorship: Mentorship) -> None:
    today = timezone.localdate()
    people = {"mentor": mentorship.mentor.user, "mentee": mentorship.mentee.user}
    for spec in GOALS:
        goal = Goal.objects.create(
            mentorship=mentorship,
            side=Goal.Side.MENTEE,
            title=spec["title"].format(need=_need(mentorship))[:200],
            specific=spec["specific"].format(need=_need(mentorship)),
            measurable=spec["measurable"],
            achievable=spec["achievable"],
            relevant=spec["relevant"],
            due_on=today + timedelta(days=spec["days"]),
            progress=spec["progress"],
            status=spec["status"],
            created_by=people["mentee"],
            achieved_at=timezone.now() if spec["status"] == Goal.Status.ACHIEVED else None,
        )
        for side, body in spec["comments"]:
            GoalComment.objects.create(goal=goal, author=people[side], body=body)


def _zone(mentorship: Mentorship) -> str:
    name = getattr(mentorship.mentor.user.profile, "timezone", "") or "UTC"
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def _meetings(mentorship: Mentorship) -> None:
    zone_name = _zone(mentorship)
    zone = zoneinfo.ZoneInfo(zone_name)
    today = timezone.now().astimezone(zone).date()
    mentor, mentee = mentorship.mentor.user, mentorship.mentee.user
    common = {"mentorship": mentorship, "timezone": zone_name, "organiser": mentor, "duration_minutes": 60}
    for spec in PAST_MEETINGS:
        day = today - timedelta(weeks=spec["weeks_ago"])
        meeting = Meeting.objects.create(
            **common,
            starts_at=datetime.combine(day, time(15, 0), tzinfo=zone),
            mode=spec["mode"],
            place=spec.get("place", ""),
            video_link=spec.get("video_link", ""),
            agenda=spec["agenda"],
            shared_notes=spec["notes"],
            shared_notes_updated_by=mentee,
        )
        if spec["private"]:
            PrivateNote.objects.create(meeting=meeting, author=mentee, body=spec["private"])
    for spec in UPCOMING_MEETINGS:
        day = today + timedelta(days=spec["days"])
        Meeting.objects.create(
            **common,
            starts_at=datetime.combine(day, time(spec["hour"], 0), tzinfo=zone),
            mode=spec["mode"],
            place=spec.get("place", ""),
            video_link=spec.get("video_link", ""),
            agenda=spec["agenda"],
        )
