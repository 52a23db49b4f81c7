"""Demo content for goals, meetings and notes of the demo's active mentorships.

Runs after `relationships/demo.py` has made the mentorships (and works on whatever active ones
exist). Meetings follow each mentorship's own start, so nothing is dated before it began; a few
mentorships get their own story, matching the messages and check-ins of the relationships demo
(a pair that struggles to meet, one that went quiet, one about to have its first session).
Idempotent: a mentorship that already has goals or meetings is left as it is.
"""

import zoneinfo
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from ..models import Goal, GoalComment, Meeting, Mentorship, PrivateNote

VIDEO = "https://meet.jit.si/crossmentor-demo-{n}"


def _goal(
    title, specific, measurable, achievable, relevant, days, progress, status=Goal.Status.OPEN, comments=()
):
    return {
        "title": title,
        "specific": specific,
        "measurable": measurable,
        "achievable": achievable,
        "relevant": relevant,
        "days": days,
        "progress": progress,
        "status": status,
        "comments": comments,
    }


def _generic_goals(need: str, weeks: float) -> list[dict]:
    progress = min(85, int(weeks * 5) // 5 * 5)
    return [
        _goal(
            f"Put {need} into practice in a real project",
            f"Pick one project this quarter where {need} makes the difference; apply what we discuss.",
            "The project lead and I review the result together; I write down three lessons.",
            "My manager agreed that I take the lead on the next project of this kind.",
            "It is the step my next role asks for, and my team needs it now.",
            110,
            progress,
            comments=[
                (
                    "mentor",
                    "Good choice. Ask for feedback after the first milestone, not just at the end.",
                ),
                ("mentee", "Done: I booked a short review with the project lead after milestone one."),
            ],
        ),
        _goal(
            f"Meet three people outside my organisation who are good at {need}",
            f"Short conversations with people from other organisations about how they handle {need}.",
            "Three conversations held and one follow-up agreed.",
            "My mentor introduces me to two people; I find the third at a sector event.",
            "An outside view keeps me from reinventing what others already learned.",
            70,
            100 if weeks >= 10 else min(60, progress),
            Goal.Status.ACHIEVED if weeks >= 10 else Goal.Status.OPEN,
            comments=[("mentee", "Third conversation held at the regional meetup.")] if weeks >= 10 else [],
        ),
    ]


NOTES = [
    "Got to know each other and went through the agreement. First goal chosen; the mentee drafts it in "
    "SMART form before the next meeting.",
    "Reviewed the goals. The mentor shared how they prepared a similar situation; the mentee tries the "
    "pre-meeting approach before the next steering group.",
    "The pre-meeting worked. Next step: ask two colleagues for feedback and bring it to our next talk.",
    "Looked back on the quarter: clear progress on goal 1. Agreed to restate our expectations next time.",
]
PRIVATE = (
    "Felt a bit nervous at the start, but it flowed. Ask next time how they handled their first big project."
)

# Stories per mentee (e-mail), matching the relationships demo; everyone else gets the default.
STORIES = {
    "lieke.peters@novalith.example": {
        "goals": [
            _goal(
                "Map the stakeholders of the new production line",
                "A stakeholder map of the new line: who decides, who is affected, who can block it.",
                "The map is reviewed with my manager and used to plan the works council meeting.",
                "I know most people involved; my mentor did the same for the province's water projects.",
                "The works council meeting in spring decides whether the line starts on time.",
                75,
                60,
                comments=[
                    ("mentor", "Add the municipality's permit officer: they can delay everything."),
                    ("mentee", "Added, and I scheduled a first coffee with her."),
                ],
            ),
            _goal(
                "Prepare the difficult conversation with the municipality",
                "Plan and rehearse the conversation about the noise permit.",
                "Conversation held; we leave with agreed next steps on the permit.",
                "We rehearse it together twice; I know the facts well.",
                "Without the permit the production line cannot run evening shifts.",
                45,
                30,
            ),
        ],
    },
    "daan.kuijpers@novalith.example": {"past": 1, "cancelled_days_ago": 20, "upcoming": 0, "progress": 10},
    "chantal.aalbers@korenaar.example": {"past": 2, "upcoming": 0},
    "esra.yildiz@dommelstede.example": {
        "past": 0,
        "upcoming": 1,
        "in_person_place": "Dommelstede office, meeting room 'De Kempen'",
        "goals": [
            _goal(
                "Give the opening talk at our client day with confidence",
                "A ten-minute opening talk at the client day in March, without reading from my notes.",
                "Rehearsed three times on video; after the talk two clients react to its content.",
                "My mentor gives talks like this every month and rehearses with me in person.",
                "Opening the client day is my first visible step as account lead.",
                110,
                0,
            )
        ],
    },
}


def demo_load(*, programmes: dict) -> None:
    mentorships = Mentorship.objects.filter(
        programme__in=list(programmes.values()), status=Mentorship.Status.ACTIVE
    ).select_related("mentor__user__profile", "mentee__user", "need__competence")
    for n, mentorship in enumerate(mentorships):
        if mentorship.goals.exists() or mentorship.meetings.exists():
            continue
        story = STORIES.get(mentorship.mentee.user.email, {})
        with transaction.atomic():
            _goals(mentorship, story)
            _meetings(mentorship, story, n)


def _weeks(mentorship: Mentorship) -> float:
    since = mentorship.started_at or mentorship.created_at
    return (timezone.now() - since).days / 7


def _goals(mentorship: Mentorship, story: dict) -> None:
    need = mentorship.need.competence.name.lower() if mentorship.need else "what I came to learn"
    specs = story.get("goals") or _generic_goals(need, _weeks(mentorship))
    if "progress" in story:
        specs = [{**spec, "progress": story["progress"], "status": Goal.Status.OPEN} for spec in specs[:1]]
    people = {"mentor": mentorship.mentor.user, "mentee": mentorship.mentee.user}
    for spec in specs:
        goal = Goal.objects.create(
            mentorship=mentorship,
            side=Goal.Side.MENTEE,
            title=spec["title"][:200],
            specific=spec["specific"],
            measurable=spec["measurable"],
            achievable=spec["achievable"],
            relevant=spec["relevant"],
            due_on=timezone.localdate() + timedelta(days=spec["days"]),
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


def _meetings(mentorship: Mentorship, story: dict, n: int) -> None:
    zone_name = _zone(mentorship)
    zone = zoneinfo.ZoneInfo(zone_name)
    now = timezone.now()
    start = mentorship.started_at or mentorship.created_at
    mentor, mentee = mentorship.mentor.user, mentorship.mentee.user
    common = {"mentorship": mentorship, "timezone": zone_name, "organiser": mentor, "duration_minutes": 60}

    def at(moment: datetime, hour: int) -> datetime:
        return datetime.combine(moment.astimezone(zone).date(), time(hour, 0), tzinfo=zone)

    # Held meetings: a week after the start, then every four weeks, until a week ago.
    held = []
    moment = start + timedelta(weeks=1)
    while moment < now - timedelta(weeks=1) and len(held) < story.get("past", 8):
        held.append(moment)
        moment += timedelta(weeks=4)
    for i, moment in enumerate(held):
        in_person = i % 2 == 0
        meeting = Meeting.objects.create(
            **common,
            starts_at=at(moment, 15),
            mode=Meeting.Mode.IN_PERSON if in_person else Meeting.Mode.VIRTUAL,
            place="Coffee corner at the mentor's office" if in_person else "",
            video_link="" if in_person else VIDEO.format(n=n),
            agenda="Where are we on the goals? One situation to prepare for the coming weeks.",
            shared_notes=NOTES[i % len(NOTES)],
            shared_notes_updated_by=mentee if i % 2 == 0 else mentor,
        )
        if i == len(held) - 1:
            PrivateNote.objects.create(meeting=meeting, author=mentee, body=PRIVATE)
    if "cancelled_days_ago" in story:
        Meeting.objects.create(
            **common,
            starts_at=at(now - timedelta(days=story["cancelled_days_ago"]), 9),
            mode=Meeting.Mode.VIRTUAL,
            video_link=VIDEO.format(n=n),
            agenda="How to lead the team through the reorganisation.",
            status=Meeting.Status.CANCELLED,
            sequence=1,
        )
    upcoming = [
        (timedelta(days=5), 10, "Prepare the next step of goal 1; what feedback to ask for."),
        (timedelta(days=33), 16, "Look back on the quarter and restate our expectations."),
    ]
    for i, (ahead, hour, agenda) in enumerate(upcoming[: story.get("upcoming", 2)]):
        place = story.get("in_person_place") or ("Library café, city centre" if i else "")
        Meeting.objects.create(
            **common,
            starts_at=at(now + ahead, hour),
            mode=Meeting.Mode.IN_PERSON if place else Meeting.Mode.VIRTUAL,
            place=place,
            video_link="" if place else VIDEO.format(n=n),
            agenda=agenda,
        )
