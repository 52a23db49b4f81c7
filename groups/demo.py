"""Demo content of groups: a group of each visibility with real work in it, and published peer circles.

Regional programme: an open project group facilitated by the demo mentor with the demo mentee as a
member (posts, replies, feedback, tasks, a meeting); a closed group the demo mentee has asked to
join (so the request waits for its facilitator); a private advisory board the demo mentee is
invited to. Both demo programmes get peer circles formed by the real formation from opted-in
participants, published, with goals and progress updates. An incubator programme, if the demo has
one, gets its start-up teams and its cohort space.

Idempotent: everything is found by name first, and circles are formed only when the programme has
none; a second run changes nothing. Nothing here sends email.
"""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from core.access import VISIBLE_STATUSES
from demo.demo_data import DEMO_LOGINS
from programmes.models import Enrolment, Programme

from .models import (
    CircleFormation,
    CircleGoal,
    CircleGoalUpdate,
    CircleOptIn,
    Feedback,
    Group,
    GroupMeeting,
    Membership,
    Post,
    Task,
)

REGIONAL = "regional-crossings-2026"
WOMEN = "women-leadership-2026"

POSTS = {
    "Warehouse automation lab": [
        (
            "facilitator",
            "update",
            "Welcome to the lab! Over the next three months each of you maps one manual process in your own "
            "warehouse and we look at it together. First round: pick the process that costs you most hours.",
            [
                ("member0", "I'll take returns handling: we re-scan every parcel twice."),
                ("facilitator", "Good choice. Bring a rough count of parcels per week to the next session."),
            ],
        ),
        (
            "member0",
            "post",
            "Has anyone moved from paper pick lists to handheld scanners? I'd like to hear what went wrong "
            "in the first month.",
            [
                (
                    "member1",
                    "We did last spring. The Wi-Fi in the cold store was the surprise. Happy to show you.",
                )
            ],
        ),
    ],
    "Export readiness table": [
        (
            "facilitator",
            "post",
            "This table prepares a first export market in twelve weeks. Share the market you are "
            "considering and one question you cannot answer yet.",
            [("member0", "Germany, food-grade packaging: who pays for the certification audits?")],
        ),
    ],
    "Operations leaders' advisory board": [
        (
            "facilitator",
            "update",
            "Agenda for our next board: Anouk presents her make-or-buy decision on the new sorting line. "
            "Read her two-page summary beforehand.",
            [],
        ),
    ],
}
TASKS = {
    "Warehouse automation lab": [
        ("Map the returns process step by step", "member0", 14, Task.Status.DOING),
        ("Collect hours spent per process in one week", "member1", 21, Task.Status.TODO),
        ("Share the scanner vendor comparison", "facilitator", 7, Task.Status.DONE),
    ],
    "Export readiness table": [("List three candidate distributors", "member0", 28, Task.Status.TODO)],
    "Operations leaders' advisory board": [("Send the make-or-buy summary", "member0", 5, Task.Status.TODO)],
}
GOALS = [
    ("Delegate the weekly planning meeting to my team lead", [(40, "Did it twice; it ran fine without me.")]),
    ("Close the financing round for the new site", [(60, "Two banks left, term sheets next week.")]),
    ("Speak at the regional logistics fair in autumn", [(25, "Abstract submitted.")]),
    ("Hire a head of sales", [(80, "Final interviews with two candidates.")]),
    ("Set up a quarterly strategy day with my board", [(50, "First one planned for March.")]),
    ("Reduce my own overtime to one evening a week", [(30, "Down from three evenings to two.")]),
]


def demo_load(*, programmes: dict) -> None:
    regional = programmes.get(REGIONAL)
    if regional is not None:
        with transaction.atomic():
            _regional_groups(regional)
            _circles(regional)
    women = programmes.get(WOMEN)
    if women is not None:
        with transaction.atomic():
            _women_groups(women)
            _circles(women)
    for programme in programmes.values():
        if programme.kind == Programme.Kind.INCUBATOR:
            with transaction.atomic():
                _incubator(programme)


def _people(programme: Programme, *, mentors: bool) -> list[Enrolment]:
    roles = (
        (Enrolment.Role.MENTOR, Enrolment.Role.BOTH)
        if mentors
        else (Enrolment.Role.MENTEE, Enrolment.Role.BOTH)
    )
    return list(
        Enrolment.objects.filter(programme=programme, status__in=VISIBLE_STATUSES, role__in=roles)
        .select_related("user", "organisation")
        .order_by("user__email")
    )


def _login(programme: Programme, role: str) -> Enrolment | None:
    email = DEMO_LOGINS[role]["email"]
    return Enrolment.objects.filter(programme=programme, user__email=email).select_related("user").first()


def _others(people: list[Enrolment], *, avoid: set, count: int, skip: int = 0) -> list[Enrolment]:
    """`count` people not in `avoid`, from different organisations, starting at `skip`."""
    chosen, organisations = [], set()
    for enrolment in people[skip:] + people[:skip]:
        if enrolment.user_id in avoid or enrolment.organisation_id in organisations:
            continue
        chosen.append(enrolment)
        organisations.add(enrolment.organisation_id)
        if len(chosen) == count:
            break
    return chosen


def _group(programme, name, *, kind, visibility, description, capacity=None, cadence="monthly") -> tuple:
    group = Group.objects.filter(programme=programme, name=name).first()
    if group is not None:
        return group, False
    group = Group.objects.create(
        programme=programme,
        name=name,
        kind=kind,
        visibility=visibility,
        description=description,
        capacity=capacity,
        cadence=cadence,
    )
    return group, True


def _member(group, enrolment, role=Membership.Role.MEMBER, status=Membership.Status.ACTIVE) -> None:
    Membership.objects.get_or_create(
        group=group,
        user=enrolment.user,
        defaults={"role": role, "status": status, "decided_at": timezone.now()},
    )


def _fill(group: Group, cast: dict, *, days_ago: int) -> None:
    """Posts with replies, one piece of feedback, tasks and a coming meeting, written by `cast`."""
    start = timezone.now() - timedelta(days=days_ago)
    for index, (author, kind, body, replies) in enumerate(POSTS.get(group.name, [])):
        post = Post.objects.create(group=group, author=cast[author].user, kind=kind, body=body)
        Post.objects.filter(pk=post.pk).update(created_at=start + timedelta(days=index * 3))
        for offset, (who, text) in enumerate(replies, start=1):
            reply = Post.objects.create(group=group, author=cast[who].user, body=text, parent=post)
            Post.objects.filter(pk=reply.pk).update(
                created_at=start + timedelta(days=index * 3, hours=offset * 5)
            )
    today = timezone.localdate()
    for title, who, due_in, status in TASKS.get(group.name, []):
        task = Task.objects.create(
            group=group,
            title=title,
            assignee=cast[who].user,
            due_on=today + timedelta(days=due_in),
            status=status,
            created_by=cast["facilitator"].user,
            completed_at=timezone.now() if status == Task.Status.DONE else None,
        )
        if status == Task.Status.DONE:
            Feedback.objects.create(
                group=group,
                author=cast["member0"].user,
                task=task,
                body="Very useful, thank you. The cost-per-scan column saved me a week of calls.",
            )
    meeting_day = today + timedelta(days=(3 - today.weekday()) % 7 + 7)  # Thursday after next
    GroupMeeting.objects.create(
        group=group,
        title="Monthly session",
        starts_at=timezone.make_aware(datetime.combine(meeting_day, time(16, 0))),
        duration_minutes=90,
        location="https://meet.example/" + str(group.public_id)[:8],
        timezone="Europe/Amsterdam",
        created_by=cast["facilitator"].user,
    )


def _regional_groups(programme: Programme) -> None:
    mentors, mentees = _people(programme, mentors=True), _people(programme, mentors=False)
    demo_mentor, demo_mentee = _login(programme, "mentor"), _login(programme, "mentee")
    if len(mentors) < 3 or len(mentees) < 8 or demo_mentor is None or demo_mentee is None:
        return
    taken = {demo_mentor.user_id, demo_mentee.user_id}
    lab, new = _group(
        programme,
        "Warehouse automation lab",
        kind=Group.Kind.MENTORING,
        visibility=Group.Visibility.OPEN,
        description="A project group: each member automates one manual warehouse process, with a mentor "
        "who has done it before.",
        capacity=8,
    )
    if new:
        others = _others(mentees, avoid=taken, count=3)
        _member(lab, demo_mentor, Membership.Role.FACILITATOR)
        for enrolment in [demo_mentee, *others]:
            _member(lab, enrolment)
        _fill(lab, {"facilitator": demo_mentor, "member0": demo_mentee, "member1": others[0]}, days_ago=20)
    table, new = _group(
        programme,
        "Export readiness table",
        kind=Group.Kind.MENTORING,
        visibility=Group.Visibility.CLOSED,
        description="Twelve weeks to a first export market, with a mentor who exports to twenty countries.",
        capacity=6,
    )
    if new:
        facilitator = _others(mentors, avoid=taken, count=1, skip=2)[0]
        members = _others(mentees, avoid=taken | {facilitator.user_id}, count=3, skip=4)
        _member(table, facilitator, Membership.Role.FACILITATOR)
        for enrolment in members:
            _member(table, enrolment)
        _member(table, demo_mentee, status=Membership.Status.REQUESTED)
        _fill(table, {"facilitator": facilitator, "member0": members[0], "member1": members[1]}, days_ago=12)
    board, new = _group(
        programme,
        "Operations leaders' advisory board",
        kind=Group.Kind.CIRCLE,
        visibility=Group.Visibility.PRIVATE,
        description="Five operations directors who bring one real decision to each meeting.",
        capacity=8,
    )
    if new:
        facilitator = _others(mentors, avoid=taken, count=1, skip=5)[0]
        members = _others(mentees, avoid=taken | {facilitator.user_id}, count=4, skip=9)
        _member(board, facilitator, Membership.Role.FACILITATOR)
        for enrolment in members:
            _member(board, enrolment)
        Membership.objects.get_or_create(
            group=board,
            user=demo_mentee.user,
            defaults={"status": Membership.Status.INVITED, "invited_by": facilitator.user},
        )
        _fill(board, {"facilitator": facilitator, "member0": members[0], "member1": members[1]}, days_ago=30)


def _women_groups(programme: Programme) -> None:
    mentors, mentees = _people(programme, mentors=True), _people(programme, mentors=False)
    if not mentors or len(mentees) < 4:
        return
    group, new = _group(
        programme,
        "Board readiness programme",
        kind=Group.Kind.MENTORING,
        visibility=Group.Visibility.OPEN,
        description="Preparing for a first non-executive board seat: governance, the interview, "
        "the first year.",
        capacity=10,
    )
    if new:
        _member(group, mentors[0], Membership.Role.FACILITATOR)
        for enrolment in _others(mentees, avoid={mentors[0].user_id}, count=4):
            _member(group, enrolment)
        Post.objects.create(
            group=group,
            author=mentors[0].user,
            kind=Post.Kind.UPDATE,
            body="Next session: how a nomination committee reads your CV. Bring your one-page board profile.",
        )


def _circles(programme: Programme) -> None:
    """Opt most participants in, form circles with the real formation, publish them, add goals."""
    if CircleFormation.objects.filter(programme=programme).exists():
        return
    from core.access import ProgrammeAccess

    from .services import formation_create

    people = list(
        Enrolment.objects.filter(programme=programme, status__in=VISIBLE_STATUSES)
        .exclude(user__email__in=[DEMO_LOGINS["mentee"]["email"], DEMO_LOGINS["mentor"]["email"]])
        .select_related("user")
        .order_by("user__email")
    )
    for enrolment in people[::3][:16]:  # every third participant asked for a circle
        CircleOptIn.objects.get_or_create(enrolment=enrolment)
    manager = programme.managers.first()
    if manager is None or CircleOptIn.objects.filter(enrolment__programme=programme).count() < 4:
        return
    access = ProgrammeAccess(programme=programme, user=manager, is_manager=True)
    formation = formation_create(access=access, actor=manager, cadence=Group.Cadence.MONTHLY)
    formation.circles.update(status=Group.Status.ACTIVE)
    CircleFormation.objects.filter(pk=formation.pk).update(
        status=CircleFormation.Status.PUBLISHED, published_at=timezone.now() - timedelta(days=40)
    )
    goal_index = 0
    for circle in formation.circles.order_by("name"):
        for membership in circle.memberships.select_related("user").order_by("user__email")[:3]:
            title, updates = GOALS[goal_index % len(GOALS)]
            goal_index += 1
            goal = CircleGoal.objects.create(
                group=circle, owner=membership.user, title=title, due_on=date(2026, 12, 31)
            )
            for progress, body in updates:
                CircleGoalUpdate.objects.create(
                    goal=goal, author=membership.user, body=body, progress=progress
                )
                goal.progress = progress
            goal.save(update_fields=["progress"])


def _incubator(programme: Programme) -> None:
    """Founders of one organisation make one team; the cohort space holds everyone."""
    from core.access import ProgrammeAccess

    from .services import cohort_space_ensure, team_create

    manager = programme.managers.first()
    if manager is None:
        return
    access = ProgrammeAccess(programme=programme, user=manager, is_manager=True)
    cohort_space_ensure(access=access)
    in_team = set(
        Membership.objects.filter(group__programme=programme, group__kind=Group.Kind.TEAM).values_list(
            "user_id", flat=True
        )
    )
    by_organisation: dict = {}
    for enrolment in _people(programme, mentors=False):
        if enrolment.user_id not in in_team:
            by_organisation.setdefault(enrolment.organisation, []).append(enrolment)
    for organisation, founders in by_organisation.items():
        team_create(access=access, name=organisation.name, founders=founders)
