"""The groups API: the same selectors and services as the pages, so the same access rules.

A group the caller may not know, or whose content they may not see, answers 404.
"""

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from django.http import Http404
from ninja import Router, Schema, Status

from accounts.models import User
from core.access import programme_access_for
from core.api_fields import text_of
from core.errors import ServiceError
from programmes.models import Competence, Enrolment

from . import selectors, services
from .models import (
    CircleFormation,
    CircleGoal,
    CircleGoalUpdate,
    Feedback,
    Group,
    GroupMeeting,
    Membership,
    Post,
    Task,
)

router = Router(tags=["groups"])


# Schemas --------------------------------------------------------------------------------------


class PersonOut(Schema):
    id: UUID
    name: str

    @staticmethod
    def of(user) -> dict | None:
        return {"id": user.public_id, "name": user.name or user.email} if user is not None else None


class GroupOut(Schema):
    id: UUID
    name: str
    kind: str
    visibility: str
    description: str
    capacity: int | None
    cadence: str
    member: bool
    facilitator: bool
    membership: str | None

    @staticmethod
    def of(scope: selectors.GroupScope) -> dict:
        group = scope.group
        return {
            "id": group.public_id,
            "name": group.name,
            "kind": group.kind,
            "visibility": group.visibility,
            "description": group.description,
            "capacity": group.capacity,
            "cadence": group.cadence,
            "member": scope.is_member,
            "facilitator": scope.is_facilitator,
            "membership": scope.membership.status if scope.membership else None,
        }


class GroupIn(Schema):
    name: text_of(Group, "name")
    kind: text_of(Group, "kind") = Group.Kind.MENTORING
    visibility: text_of(Group, "visibility") = Group.Visibility.CLOSED
    description: text_of(Group, "description") = ""
    capacity: int | None = None
    cadence: text_of(Group, "cadence") = ""
    facilitators: list[UUID] = []


class MembershipOut(Schema):
    id: UUID
    person: PersonOut
    role: str
    status: str

    @staticmethod
    def of(membership: Membership) -> dict:
        return {
            "id": membership.public_id,
            "person": PersonOut.of(membership.user),
            "role": membership.role,
            "status": membership.status,
        }


class PersonIn(Schema):
    person: UUID


class InvitationAnswerIn(Schema):
    accept: bool


class PostOut(Schema):
    id: UUID
    author: PersonOut
    kind: str
    body: str
    created_at: datetime
    replies: list["PostOut"] = []

    @staticmethod
    def of(post: Post, with_replies: bool = True) -> dict:
        return {
            "id": post.public_id,
            "author": PersonOut.of(post.author),
            "kind": post.kind,
            "body": post.body,
            "created_at": post.created_at,
            "replies": [PostOut.of(r, False) for r in post.replies.all()] if with_replies else [],
        }


class PostIn(Schema):
    body: text_of(Post, "body")
    kind: text_of(Post, "kind") = Post.Kind.POST


class TaskOut(Schema):
    id: UUID
    title: str
    description: str
    assignee: PersonOut | None
    due_on: date | None
    status: str

    @staticmethod
    def of(task) -> dict:
        return {
            "id": task.public_id,
            "title": task.title,
            "description": task.description,
            "assignee": PersonOut.of(task.assignee),
            "due_on": task.due_on,
            "status": task.status,
        }


class TaskIn(Schema):
    title: text_of(Task, "title")
    description: text_of(Task, "description") = ""
    assignee: UUID | None = None
    due_on: date | None = None


class TaskPatch(Schema):
    status: text_of(Task, "status") | None = None
    assignee: UUID | None = None
    unassign: bool = False
    due_on: date | None = None


class GroupFeedbackIn(Schema):
    body: text_of(Feedback, "body")
    task: UUID | None = None
    post: UUID | None = None


class GroupFeedbackOut(Schema):
    id: UUID
    author: PersonOut
    body: str


class GroupMeetingIn(Schema):
    title: text_of(GroupMeeting, "title")
    starts_at: datetime
    duration_minutes: int = 90
    location: text_of(GroupMeeting, "location") = ""


class GroupMeetingOut(Schema):
    id: UUID
    title: str
    starts_at: datetime
    duration_minutes: int
    location: str
    status: str


class GroupGoalOut(Schema):
    id: UUID
    owner: PersonOut
    title: str
    due_on: date | None
    progress: int
    status: str

    @staticmethod
    def of(goal) -> dict:
        return {
            "id": goal.public_id,
            "owner": PersonOut.of(goal.owner),
            "title": goal.title,
            "due_on": goal.due_on,
            "progress": goal.progress,
            "status": goal.status,
        }


class GroupGoalIn(Schema):
    title: text_of(CircleGoal, "title")
    due_on: date | None = None


class GroupGoalUpdateIn(Schema):
    body: text_of(CircleGoalUpdate, "body")
    progress: int | None = None
    status: text_of(CircleGoal, "status") | Literal[""] = ""  # "": unchanged


class OptInIn(Schema):
    opt_in: bool


class FormationIn(Schema):
    min_size: int = 4
    max_size: int = 8
    cadence: text_of(CircleFormation, "cadence") = "monthly"


class CircleOut(Schema):
    id: UUID
    name: str
    members: list[MembershipOut]


class FormationOut(Schema):
    id: UUID
    status: str
    min_size: int
    max_size: int
    circles: list[CircleOut]

    @staticmethod
    def of(formation) -> dict:
        return {
            "id": formation.public_id,
            "status": formation.status,
            "min_size": formation.min_size,
            "max_size": formation.max_size,
            "circles": [
                {
                    "id": c.public_id,
                    "name": c.name,
                    "members": [MembershipOut.of(m) for m in c.memberships.all()],
                }
                for c in selectors.formation_circles(formation=formation)
            ],
        }


class MoveIn(Schema):
    person: UUID
    circle: UUID


class TeamIn(Schema):
    name: text_of(Group, "name")
    description: text_of(Group, "description") = ""
    founders: list[UUID]


class TeamOut(Schema):
    id: UUID
    name: str
    founders: list[PersonOut]
    needs: list[str]
    mentors: list[dict]

    @staticmethod
    def of(team) -> dict:
        return {
            "id": team.public_id,
            "name": team.name,
            "founders": [PersonOut.of(e.user) for e in selectors.founders(team)],
            "needs": [c.slug for c in selectors.team_needs(team)],
            "mentors": [
                {
                    "mentor": str(a.mentor.user.public_id),
                    "name": a.mentor.user.name,
                    "need": a.competence.slug,
                }
                for a in team.team_mentors.select_related("mentor__user", "competence")
            ],
        }


class RankedMentorOut(Schema):
    mentor: UUID
    name: str
    organisation: str
    score: float
    ranked_by: str
    why: list[str]


class AssignIn(Schema):
    need: text_of(Competence, "slug")
    mentor: UUID


# Helpers --------------------------------------------------------------------------------------


def _access(request, slug: str):
    return programme_access_for(request.auth, slug)


def _scope(request, slug: str, group_id: UUID, *, content: bool = False):
    return selectors.group_get_for(access=_access(request, slug), public_id=group_id, content=content)


def _member(group, public_id):
    if public_id is None:
        return None
    user = selectors.member_users(group).filter(public_id=public_id).first()
    if user is None:
        raise ServiceError("A task can only be assigned to a member of the group.")
    return user


def _manager(request, slug: str):
    access = _access(request, slug)
    if not access.is_manager:
        raise Http404
    return access


# Groups ---------------------------------------------------------------------------------------


@router.get("/programmes/{slug}/groups", response=list[GroupOut])
def group_list(request, slug: str):
    access = _access(request, slug)
    if not selectors.sees_groups(access):
        raise Http404
    memberships = {
        m.group_id: m for m in Membership.objects.filter(user=request.auth, group__programme=access.programme)
    }
    return [
        GroupOut.of(selectors.GroupScope(access=access, group=g, membership=memberships.get(g.pk)))
        for g in selectors.groups_visible(access=access)
    ]


@router.post("/programmes/{slug}/groups", response={201: GroupOut})
def group_create(request, slug: str, payload: GroupIn):
    access = _access(request, slug)
    if not selectors.may_open_groups(access):
        raise Http404
    if not payload.facilitators and access.is_manager:
        facilitators = [request.auth]
    else:
        facilitators = list(User.objects.filter(public_id__in=payload.facilitators))
        if len(facilitators) != len(set(payload.facilitators)):
            raise ServiceError("A facilitator is unknown.")
    if payload.kind not in Group.Kind.values or payload.visibility not in Group.Visibility.values:
        raise ServiceError("Unknown kind or visibility of group.")
    group = services.group_create(
        access=access,
        actor=request.auth,
        name=payload.name,
        kind=payload.kind,
        visibility=payload.visibility,
        description=payload.description,
        capacity=payload.capacity,
        cadence=payload.cadence if payload.cadence in Group.Cadence.values else "",
        facilitators=facilitators,
    )
    return Status(201, GroupOut.of(selectors.group_get_for(access=access, public_id=group.public_id)))


@router.get("/programmes/{slug}/groups/{group_id}", response=GroupOut)
def group_get(request, slug: str, group_id: UUID):
    return GroupOut.of(_scope(request, slug, group_id))


@router.post("/programmes/{slug}/groups/{group_id}/join", response=MembershipOut)
def group_join(request, slug: str, group_id: UUID):
    return MembershipOut.of(services.group_join(scope=_scope(request, slug, group_id)))


@router.post("/programmes/{slug}/groups/{group_id}/leave", response=MembershipOut)
def group_leave(request, slug: str, group_id: UUID):
    return MembershipOut.of(services.group_leave(scope=_scope(request, slug, group_id)))


@router.post("/programmes/{slug}/groups/{group_id}/invitation", response=MembershipOut)
def invitation_answer(request, slug: str, group_id: UUID, payload: InvitationAnswerIn):
    scope = _scope(request, slug, group_id)
    return MembershipOut.of(services.invitation_answer(scope=scope, accept=payload.accept))


@router.post("/programmes/{slug}/groups/{group_id}/invitations", response={201: MembershipOut})
def group_invite(request, slug: str, group_id: UUID, payload: PersonIn):
    scope = selectors.group_facilitated(scope=_scope(request, slug, group_id, content=True))
    enrolment = selectors.invitable(scope=scope).filter(user__public_id=payload.person).first()
    if enrolment is None:
        raise ServiceError(
            "Only approved participants of the programme who are not in the group can be invited."
        )
    return Status(201, MembershipOut.of(services.group_invite(scope=scope, user=enrolment.user)))


@router.get("/programmes/{slug}/groups/{group_id}/requests", response=list[MembershipOut])
def request_list(request, slug: str, group_id: UUID):
    scope = _scope(request, slug, group_id, content=True)
    return [MembershipOut.of(m) for m in selectors.pending(scope=scope)]


@router.post(
    "/programmes/{slug}/groups/{group_id}/requests/{membership_id}/{decision}", response=MembershipOut
)
def request_decide(request, slug: str, group_id: UUID, membership_id: UUID, decision: str):
    if decision not in ("approve", "decline"):
        raise Http404
    scope = selectors.group_facilitated(scope=_scope(request, slug, group_id, content=True))
    membership = selectors.membership_get(scope=scope, public_id=membership_id)
    return MembershipOut.of(
        services.membership_decide(scope=scope, membership=membership, approve=decision == "approve")
    )


@router.get("/programmes/{slug}/groups/{group_id}/members", response=list[MembershipOut])
def member_list(request, slug: str, group_id: UUID):
    scope = _scope(request, slug, group_id, content=True)
    return [MembershipOut.of(m) for m in selectors.members(scope=scope)]


# Content --------------------------------------------------------------------------------------


@router.get("/programmes/{slug}/groups/{group_id}/posts", response=list[PostOut])
def post_list(request, slug: str, group_id: UUID):
    scope = _scope(request, slug, group_id, content=True)
    return [PostOut.of(p) for p in selectors.posts(scope=scope)]


@router.post("/programmes/{slug}/groups/{group_id}/posts", response={201: PostOut})
def post_create(request, slug: str, group_id: UUID, payload: PostIn):
    scope = _scope(request, slug, group_id, content=True)
    if payload.kind not in Post.Kind.values:
        raise ServiceError("Unknown kind of post.")
    return Status(201, PostOut.of(services.post_create(scope=scope, body=payload.body, kind=payload.kind)))


@router.post("/programmes/{slug}/groups/{group_id}/posts/{post_id}/replies", response={201: PostOut})
def reply_create(request, slug: str, group_id: UUID, post_id: UUID, payload: PostIn):
    scope = _scope(request, slug, group_id, content=True)
    parent = selectors.post_get(scope=scope, public_id=post_id)
    reply = services.post_create(scope=scope, body=payload.body, parent=parent)
    return Status(201, PostOut.of(reply, False))


@router.get("/programmes/{slug}/groups/{group_id}/tasks", response=list[TaskOut])
def task_list(request, slug: str, group_id: UUID):
    scope = _scope(request, slug, group_id, content=True)
    return [TaskOut.of(t) for t in selectors.tasks(scope=scope)]


@router.post("/programmes/{slug}/groups/{group_id}/tasks", response={201: TaskOut})
def task_create(request, slug: str, group_id: UUID, payload: TaskIn):
    scope = _scope(request, slug, group_id, content=True)
    task = services.task_create(
        scope=scope,
        title=payload.title,
        description=payload.description,
        assignee=_member(scope.group, payload.assignee),
        due_on=payload.due_on,
    )
    return Status(201, TaskOut.of(task))


@router.patch("/programmes/{slug}/groups/{group_id}/tasks/{task_id}", response=TaskOut)
def task_update(request, slug: str, group_id: UUID, task_id: UUID, payload: TaskPatch):
    scope = _scope(request, slug, group_id, content=True)
    task = selectors.task_get(scope=scope, public_id=task_id)
    changes = {"status": payload.status}
    if payload.unassign:
        changes["assignee"] = None
    elif payload.assignee is not None:
        changes["assignee"] = _member(scope.group, payload.assignee)
    if payload.due_on is not None:
        changes["due_on"] = payload.due_on
    return TaskOut.of(services.task_update(scope=scope, task=task, **changes))


@router.post("/programmes/{slug}/groups/{group_id}/feedback", response={201: GroupFeedbackOut})
def feedback_create(request, slug: str, group_id: UUID, payload: GroupFeedbackIn):
    scope = _scope(request, slug, group_id, content=True)
    task = selectors.task_get(scope=scope, public_id=payload.task) if payload.task else None
    post = selectors.post_get(scope=scope, public_id=payload.post) if payload.post else None
    feedback = services.feedback_create(scope=scope, body=payload.body, task=task, post=post)
    return Status(
        201, {"id": feedback.public_id, "author": PersonOut.of(feedback.author), "body": feedback.body}
    )


@router.get("/programmes/{slug}/groups/{group_id}/meetings", response=list[GroupMeetingOut])
def meeting_list(request, slug: str, group_id: UUID):
    scope = _scope(request, slug, group_id, content=True)
    return [_meeting(m) for m in selectors.meetings(scope=scope)]


def _meeting(meeting) -> dict:
    return {
        "id": meeting.public_id,
        "title": meeting.title,
        "starts_at": meeting.starts_at,
        "duration_minutes": meeting.duration_minutes,
        "location": meeting.location,
        "status": meeting.status,
    }


@router.post("/programmes/{slug}/groups/{group_id}/meetings", response={201: GroupMeetingOut})
def meeting_schedule(request, slug: str, group_id: UUID, payload: GroupMeetingIn):
    scope = _scope(request, slug, group_id, content=True)
    if payload.starts_at.tzinfo is None:
        raise ServiceError("Give starts_at with its time zone offset, e.g. 2026-03-10T14:00:00+01:00.")
    meeting = services.meeting_schedule(
        scope=scope,
        title=payload.title,
        starts_at=payload.starts_at,
        duration_minutes=payload.duration_minutes,
        location=payload.location,
    )
    return Status(201, _meeting(meeting))


@router.get("/programmes/{slug}/groups/{group_id}/goals", response=list[GroupGoalOut])
def goal_list(request, slug: str, group_id: UUID):
    scope = _scope(request, slug, group_id, content=True)
    return [GroupGoalOut.of(g) for g in selectors.goals(scope=scope)]


@router.post("/programmes/{slug}/groups/{group_id}/goals", response={201: GroupGoalOut})
def goal_create(request, slug: str, group_id: UUID, payload: GroupGoalIn):
    scope = _scope(request, slug, group_id, content=True)
    return Status(
        201, GroupGoalOut.of(services.goal_create(scope=scope, title=payload.title, due_on=payload.due_on))
    )


@router.post("/programmes/{slug}/groups/{group_id}/goals/{goal_id}/updates", response={201: GroupGoalOut})
def goal_update(request, slug: str, group_id: UUID, goal_id: UUID, payload: GroupGoalUpdateIn):
    scope = _scope(request, slug, group_id, content=True)
    goal = selectors.goal_get(scope=scope, public_id=goal_id)
    services.goal_update_add(
        scope=scope, goal=goal, body=payload.body, progress=payload.progress, status=payload.status
    )
    goal.refresh_from_db()
    return Status(201, GroupGoalOut.of(goal))


# Peer circles ---------------------------------------------------------------------------------


@router.post("/programmes/{slug}/circles/opt-in", response=OptInIn)
def circle_opt_in(request, slug: str, payload: OptInIn):
    access = _access(request, slug)
    if not access.is_participant:
        raise Http404
    return {"opt_in": services.circle_opt_in(access=access, opt_in=payload.opt_in)}


@router.post("/programmes/{slug}/circle-formations", response={201: FormationOut})
def formation_create(request, slug: str, payload: FormationIn):
    access = _manager(request, slug)
    formation = services.formation_create(
        access=access,
        actor=request.auth,
        min_size=payload.min_size,
        max_size=payload.max_size,
        cadence=payload.cadence,
    )
    return Status(201, FormationOut.of(formation))


@router.get("/programmes/{slug}/circle-formations/{formation_id}", response=FormationOut)
def formation_get(request, slug: str, formation_id: UUID):
    return FormationOut.of(selectors.formation_get(access=_manager(request, slug), public_id=formation_id))


@router.post("/programmes/{slug}/circle-formations/{formation_id}/move", response=FormationOut)
def formation_move(request, slug: str, formation_id: UUID, payload: MoveIn):
    formation = selectors.formation_get(access=_manager(request, slug), public_id=formation_id)
    services.formation_move(
        formation=formation, user_public_id=payload.person, to_circle_public_id=payload.circle
    )
    return FormationOut.of(formation)


@router.post("/programmes/{slug}/circle-formations/{formation_id}/publish", response=FormationOut)
def formation_publish(request, slug: str, formation_id: UUID):
    formation = selectors.formation_get(access=_manager(request, slug), public_id=formation_id)
    return FormationOut.of(services.formation_publish(formation=formation))


@router.post("/programmes/{slug}/circle-formations/{formation_id}/discard", response=FormationOut)
def formation_discard(request, slug: str, formation_id: UUID):
    formation = selectors.formation_get(access=_manager(request, slug), public_id=formation_id)
    return FormationOut.of(services.formation_discard(formation=formation))


# Incubator cohorts ----------------------------------------------------------------------------


@router.get("/programmes/{slug}/teams", response=list[TeamOut])
def team_list(request, slug: str):
    return [TeamOut.of(t) for t in selectors.teams(access=_manager(request, slug))]


@router.post("/programmes/{slug}/teams", response={201: TeamOut})
def team_create(request, slug: str, payload: TeamIn):
    access = _manager(request, slug)
    founders = list(
        Enrolment.objects.filter(
            programme=access.programme, user__public_id__in=payload.founders
        ).select_related("user")
    )
    if len(founders) != len(set(payload.founders)):
        raise ServiceError("Every founder must be enrolled in the programme.")
    team = services.team_create(
        access=access, name=payload.name, description=payload.description, founders=founders
    )
    return Status(201, TeamOut.of(team))


@router.get("/programmes/{slug}/teams/{team_id}/needs/{need}/mentors", response=list[RankedMentorOut])
def team_mentor_ranking(request, slug: str, team_id: UUID, need: str):
    team = selectors.team_get(access=_manager(request, slug), public_id=team_id)
    needs = {c.slug: (c, n) for c, n in selectors.team_needs(team).items()}
    if need not in needs:
        raise Http404
    competence, team_needs = needs[need]
    return [
        {
            "mentor": row["enrolment"].user.public_id,
            "name": row["enrolment"].user.name,
            "organisation": row["enrolment"].organisation.name,
            "score": row["score"],
            "ranked_by": row["by"],
            "why": row["why"],
        }
        for row in selectors.mentor_ranking(team=team, competence=competence, needs=team_needs)
    ]


@router.post("/programmes/{slug}/teams/{team_id}/mentors", response={201: TeamOut})
def team_assign(request, slug: str, team_id: UUID, payload: AssignIn):
    access = _manager(request, slug)
    team = selectors.team_get(access=access, public_id=team_id)
    competence = Competence.objects.filter(slug=payload.need).first()
    mentor = Enrolment.objects.filter(programme=access.programme, user__public_id=payload.mentor).first()
    if competence is None or mentor is None:
        raise ServiceError(
            "Name a need of the team (competence slug) and a mentor enrolled in the programme."
        )
    services.team_mentor_assign(access=access, team=team, competence=competence, mentor=mentor)
    return Status(201, TeamOut.of(team))
