"""Writes of groups, circles and incubator teams. Each checks its business rule and says what is wrong.

Who may call what is decided by the selectors (a `GroupScope` for group actions, the manager check
for formations and teams); these functions check the rules that remain: capacity, states, that an
assignee is a member, that a facilitator is in the programme.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access import VISIBLE_STATUSES, ProgrammeAccess
from core.errors import ServiceError, TransitionError
from notifications.services import notify
from programmes.models import Competence, Enrolment, Programme

from . import formation as formation_engine
from . import selectors
from .ics import group_path
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
    TeamMentor,
)
from .selectors import GroupScope, is_active_member

# Groups ---------------------------------------------------------------------------------------


def _stamp() -> int:
    """Part of a notification key for events that may happen again (ask, decline, ask again)."""
    return int(timezone.now().timestamp() * 1000)


def _may_facilitate(programme: Programme, user) -> bool:
    if programme.managers.filter(pk=user.pk).exists():
        return True
    return Enrolment.objects.filter(programme=programme, user=user, status__in=VISIBLE_STATUSES).exists()


def group_create(
    *,
    access: ProgrammeAccess,
    actor,
    name: str,
    kind: str = Group.Kind.MENTORING,
    visibility: str = Group.Visibility.CLOSED,
    description: str = "",
    capacity: int | None = None,
    cadence: str = "",
    facilitators=(),
) -> Group:
    """A manager or an approved mentor opens a group; a mentor who opens one facilitates it."""
    if not selectors.may_open_groups(access):
        raise ServiceError(_("Only the programme manager and mentors can open a group."))
    name = (name or "").strip()
    if not name:
        raise ServiceError(_("Give the group a name."))
    if kind in (Group.Kind.COHORT, Group.Kind.TEAM) and not access.is_manager:
        raise ServiceError(_("Only the programme manager opens cohort spaces and start-up teams."))
    if kind == Group.Kind.MENTORING and not capacity:
        raise ServiceError(_("Group mentoring needs a capacity: how many mentees the mentor takes."))
    people = list(facilitators)
    if not access.is_manager and actor not in people:
        people.insert(0, actor)
    if not people:
        raise ServiceError(_("Choose at least one facilitator."))
    for person in people:
        if not _may_facilitate(access.programme, person):
            raise ServiceError(
                _("%(name)s cannot facilitate: they take no part in this programme.") % {"name": person}
            )
    with transaction.atomic():
        group = Group.objects.create(
            programme=access.programme,
            kind=kind,
            visibility=visibility,
            name=name,
            description=description,
            capacity=capacity or None,
            cadence=cadence,
            created_by=actor,
        )
        for person in people:
            Membership.objects.create(
                group=group, user=person, role=Membership.Role.FACILITATOR, decided_at=timezone.now()
            )
    return group


def _room_left(group: Group) -> bool:
    if not group.capacity:
        return True
    taken = group.memberships.filter(role=Membership.Role.MEMBER, status=Membership.Status.ACTIVE).count()
    return taken < group.capacity


def _require_room(group: Group) -> None:
    """Inside a transaction: the group's row is locked, so two people cannot both take the last seat."""
    Group.objects.select_for_update().filter(pk=group.pk).first()
    if not _room_left(group):
        raise ServiceError(
            _("The group is full: it takes %(n)d members.") % {"n": group.capacity}, code="full"
        )


def _notify_facilitators(group: Group, *, key: str, template: str, context: dict) -> None:
    for membership in group.memberships.filter(
        role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE
    ).select_related("user__profile"):
        notify(
            user=membership.user,
            key=key,
            kind="group",
            template=f"groups/email/{template}",
            context={"group": group, **context},
            path=group_path(group),
        )


def group_join(*, scope: GroupScope) -> Membership:
    """Join an open group at once, or ask to join a closed one (its facilitators are told)."""
    group, user = scope.group, scope.user
    if scope.is_member:
        raise ServiceError(_("You are already a member of this group."))
    if scope.has_asked:
        raise ServiceError(_("You have already asked to join; a facilitator will answer."))
    if not scope.access.is_participant:
        raise ServiceError(_("Only approved participants of the programme can join groups."))
    if scope.is_invited:
        return invitation_answer(scope=scope, accept=True)
    if group.visibility == Group.Visibility.PRIVATE or group.is_cohort:
        raise ServiceError(_("This group is by invitation only."))
    opening = group.visibility == Group.Visibility.OPEN
    status = Membership.Status.ACTIVE if opening else Membership.Status.REQUESTED
    with transaction.atomic():
        if opening:
            _require_room(group)
        membership, _created = Membership.objects.update_or_create(
            group=group,
            user=user,
            defaults={
                "role": Membership.Role.MEMBER,
                "status": status,
                "decided_at": timezone.now() if opening else None,
            },
        )
        if not opening:
            _notify_facilitators(
                group,
                key=f"group-request:{membership.public_id}:{_stamp()}",
                template="join_request",
                context={"who": user},
            )
    return membership


def membership_decide(*, scope: GroupScope, membership: Membership, approve: bool) -> Membership:
    """A facilitator approves or declines a request to join."""
    if not scope.is_facilitator:
        raise ServiceError(_("Only the group's facilitators decide on requests."))
    if membership.status != Membership.Status.REQUESTED:
        raise TransitionError(_("There is no open request to decide on."))
    group = scope.group
    with transaction.atomic():
        if approve:
            _require_room(group)
        membership.status = Membership.Status.ACTIVE if approve else Membership.Status.REMOVED
        membership.decided_at = timezone.now()
        membership.save(update_fields=["status", "decided_at"])
        notify(
            user=membership.user,
            key=f"group-request-decided:{membership.public_id}:{_stamp()}",
            kind="group",
            template="groups/email/request_approved" if approve else "groups/email/request_declined",
            context={"group": group},
            path=group_path(group),
        )
    return membership


def group_invite(*, scope: GroupScope, user) -> Membership:
    """A facilitator invites an approved participant; the invitation is the only way into a private group."""
    if not scope.is_facilitator:
        raise ServiceError(_("Only the group's facilitators invite people."))
    group = scope.group
    if not Enrolment.objects.filter(
        programme=group.programme, user=user, status__in=VISIBLE_STATUSES
    ).exists():
        raise ServiceError(_("Only approved participants of the programme can be invited."))
    existing = Membership.objects.filter(group=group, user=user).first()
    if existing is not None and existing.status == Membership.Status.ACTIVE:
        raise ServiceError(_("%(name)s is already a member.") % {"name": user})
    if existing is not None and existing.status == Membership.Status.INVITED:
        raise ServiceError(_("%(name)s is already invited.") % {"name": user})
    with transaction.atomic():
        if existing is not None and existing.status == Membership.Status.REQUESTED:
            # They asked and are now invited: that is an approval.
            return membership_decide(scope=scope, membership=existing, approve=True)
        membership, _created = Membership.objects.update_or_create(
            group=group,
            user=user,
            defaults={
                "role": Membership.Role.MEMBER,
                "status": Membership.Status.INVITED,
                "invited_by": scope.user,
                "decided_at": None,
            },
        )
        notify(
            user=user,
            key=f"group-invitation:{membership.public_id}:{_stamp()}",
            kind="group",
            template="groups/email/invitation",
            context={"group": group, "who": scope.user},
            path=group_path(group),
        )
    return membership


def invitation_answer(*, scope: GroupScope, accept: bool) -> Membership:
    membership = scope.membership
    if membership is None or membership.status != Membership.Status.INVITED:
        raise TransitionError(_("You have no open invitation to this group."))
    with transaction.atomic():
        if accept:
            _require_room(scope.group)
        membership.status = Membership.Status.ACTIVE if accept else Membership.Status.REMOVED
        membership.decided_at = timezone.now()
        membership.save(update_fields=["status", "decided_at"])
    return membership


def group_leave(*, scope: GroupScope) -> Membership:
    membership = scope.membership
    if membership is None or membership.status != Membership.Status.ACTIVE:
        raise ServiceError(_("You are not a member of this group."))
    if membership.role == Membership.Role.FACILITATOR:
        others = scope.group.memberships.filter(
            role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE
        ).exclude(pk=membership.pk)
        if scope.group.kind != Group.Kind.CIRCLE and not others.exists():
            raise ServiceError(_("You are the group's only facilitator: invite another one before leaving."))
    membership.status = Membership.Status.REMOVED
    membership.decided_at = timezone.now()
    membership.save(update_fields=["status", "decided_at"])
    return membership


# Content --------------------------------------------------------------------------------------


def _require_member(scope: GroupScope) -> None:
    if not scope.is_member:
        raise ServiceError(_("Only members of the group can do this."))


def post_create(
    *, scope: GroupScope, body: str, kind: str = Post.Kind.POST, parent: Post | None = None
) -> Post:
    _require_member(scope)
    body = (body or "").strip()
    if not body:
        raise ServiceError(_("Write something to post."))
    if parent is not None:
        if parent.group_id != scope.group.pk:
            raise ServiceError(_("You can only reply to a post of this group."))
        parent = parent.parent or parent  # replies stay one level deep
    post = Post.objects.create(group=scope.group, author=scope.user, body=body, kind=kind, parent=parent)
    from .tasks import notify_post

    transaction.on_commit(lambda: notify_post.delay(post.pk))
    return post


def task_create(*, scope: GroupScope, title: str, description: str = "", assignee=None, due_on=None) -> Task:
    _require_member(scope)
    title = (title or "").strip()
    if not title:
        raise ServiceError(_("Give the task a title."))
    if assignee is not None and not is_active_member(scope.group, assignee):
        raise ServiceError(_("A task can only be assigned to a member of the group."))
    with transaction.atomic():
        task = Task.objects.create(
            group=scope.group,
            title=title,
            description=description,
            assignee=assignee,
            due_on=due_on,
            created_by=scope.user,
        )
        _tell_assignee(scope, task)
    return task


def _tell_assignee(scope: GroupScope, task: Task) -> None:
    if task.assignee is None or task.assignee == scope.user:
        return
    notify(
        user=task.assignee,
        key=f"group-task-assigned:{task.public_id}:{task.assignee.public_id}",
        kind="group",
        template="groups/email/task_assigned",
        context={"group": scope.group, "who": scope.user},
        path=group_path(scope.group),
    )


UNSET = object()


def task_update(*, scope: GroupScope, task: Task, status=None, assignee=UNSET, due_on=UNSET) -> Task:
    _require_member(scope)
    if status is not None:
        if status not in Task.Status.values:
            raise ServiceError(_("Unknown task status “%(status)s”.") % {"status": status})
        task.status = status
        task.completed_at = timezone.now() if status == Task.Status.DONE else None
    reassigned = False
    if assignee is not UNSET:
        if assignee is not None and not is_active_member(scope.group, assignee):
            raise ServiceError(_("A task can only be assigned to a member of the group."))
        reassigned = assignee != task.assignee
        task.assignee = assignee
    if due_on is not UNSET:
        task.due_on = due_on
    with transaction.atomic():
        task.save()
        if reassigned:
            _tell_assignee(scope, task)
    return task


def feedback_create(
    *, scope: GroupScope, body: str, task: Task | None = None, post: Post | None = None
) -> Feedback:
    _require_member(scope)
    body = (body or "").strip()
    if not body:
        raise ServiceError(_("Write your feedback."))
    if (task is None) == (post is None):
        raise ServiceError(_("Feedback is given on one task or one post."))
    target = task or post
    if target.group_id != scope.group.pk:
        raise ServiceError(_("Feedback can only be given inside the same group."))
    with transaction.atomic():
        feedback = Feedback.objects.create(
            group=scope.group, author=scope.user, task=task, post=post, body=body
        )
        person = task.assignee if task is not None else post.author
        if person is not None and person != scope.user:
            notify(
                user=person,
                key=f"group-feedback:{feedback.public_id}",
                kind="group",
                template="groups/email/feedback",
                context={"group": scope.group, "who": scope.user},
                path=group_path(scope.group),
            )
    return feedback


def meeting_schedule(
    *, scope: GroupScope, title: str, starts_at, duration_minutes: int = 90, location: str = ""
) -> GroupMeeting:
    """A member schedules a group meeting; every member gets an invitation with an .ics file."""
    _require_member(scope)
    title = (title or "").strip()
    if not title:
        raise ServiceError(_("Give the meeting a title."))
    if starts_at is None or starts_at <= timezone.now():
        raise ServiceError(_("A meeting is scheduled in the future."))
    if not 15 <= int(duration_minutes) <= 480:
        raise ServiceError(_("A meeting lasts between 15 and 480 minutes."))
    profile = getattr(scope.user, "profile", None)
    with transaction.atomic():
        meeting = GroupMeeting.objects.create(
            group=scope.group,
            title=title,
            starts_at=starts_at,
            duration_minutes=duration_minutes,
            location=location,
            timezone=getattr(profile, "timezone", "") or "UTC",
            created_by=scope.user,
        )
        from .tasks import notify_meeting

        transaction.on_commit(lambda: notify_meeting.delay(meeting.pk, meeting.sequence))
    return meeting


def meeting_cancel(*, scope: GroupScope, meeting: GroupMeeting) -> GroupMeeting:
    _require_member(scope)
    if meeting.status != GroupMeeting.Status.SCHEDULED:
        raise TransitionError(_("This meeting is already cancelled."))
    if not (scope.is_facilitator or meeting.created_by_id == scope.user.pk):
        raise ServiceError(_("Only the person who scheduled the meeting or a facilitator can cancel it."))
    with transaction.atomic():
        meeting.status = GroupMeeting.Status.CANCELLED
        meeting.sequence += 1
        meeting.save(update_fields=["status", "sequence"])
        from .tasks import notify_meeting

        transaction.on_commit(lambda: notify_meeting.delay(meeting.pk, meeting.sequence))
    return meeting


# Peer circles ---------------------------------------------------------------------------------


def _require_circle(scope: GroupScope) -> None:
    if scope.group.kind != Group.Kind.CIRCLE:
        raise ServiceError(_("Goals are set in peer circles."))


def goal_create(*, scope: GroupScope, title: str, due_on=None) -> CircleGoal:
    """A peer sets a goal the circle holds them to account for."""
    _require_member(scope)
    _require_circle(scope)
    title = (title or "").strip()
    if not title:
        raise ServiceError(_("Say what your goal is."))
    return CircleGoal.objects.create(group=scope.group, owner=scope.user, title=title, due_on=due_on)


def goal_update_add(
    *, scope: GroupScope, goal: CircleGoal, body: str, progress: int | None = None, status: str = ""
) -> CircleGoalUpdate:
    """The owner reports progress; any peer may add a question or an encouragement (no progress)."""
    _require_member(scope)
    body = (body or "").strip()
    if not body:
        raise ServiceError(_("Write the update."))
    is_owner = goal.owner_id == scope.user.pk
    if (progress is not None or status) and not is_owner:
        raise ServiceError(_("Only the goal's owner changes its progress or status."))
    if progress is not None and not 0 <= progress <= 100:
        raise ServiceError(_("Progress is a percentage between 0 and 100."))
    if status and status not in CircleGoal.Status.values:
        raise ServiceError(_("Unknown goal status “%(status)s”.") % {"status": status})
    with transaction.atomic():
        update = CircleGoalUpdate.objects.create(goal=goal, author=scope.user, body=body, progress=progress)
        if progress is not None:
            goal.progress = progress
        if status:
            goal.status = status
        goal.save(update_fields=["progress", "status"])
    return update


def circle_opt_in(*, access: ProgrammeAccess, opt_in: bool) -> bool:
    if not access.is_participant:
        raise ServiceError(_("Only approved participants can take part in peer circles."))
    if opt_in:
        CircleOptIn.objects.get_or_create(enrolment=access.enrolment)
    else:
        CircleOptIn.objects.filter(enrolment=access.enrolment).delete()
    return opt_in


def _peer(enrolment: Enrolment) -> formation_engine.Peer:
    profile = getattr(enrolment.user, "profile", None)
    return formation_engine.Peer(
        key=enrolment.user_id,
        organisation=enrolment.organisation_id,
        seniority=getattr(profile, "seniority", None) or 3,
        languages=frozenset(getattr(profile, "languages", None) or ["en"]),
    )


def formation_create(
    *, access: ProgrammeAccess, actor, min_size: int = 4, max_size: int = 8, cadence: str = "monthly"
) -> CircleFormation:
    """Form a draft of circles from the opted-in participants, for the manager to review."""
    from .selectors import circle_candidates

    if not access.is_manager:
        raise ServiceError(_("Only the programme manager forms circles."))
    if not 2 <= min_size <= max_size <= 12:
        raise ServiceError(_("Circle sizes need 2 ≤ smallest ≤ largest ≤ 12."))
    programme = access.programme
    if CircleFormation.objects.filter(programme=programme, status=CircleFormation.Status.DRAFT).exists():
        raise ServiceError(_("A draft of circles is waiting for review: publish or discard it first."))
    candidates = list(
        circle_candidates(programme).exclude(user__group_memberships__group__in=_live_circles(programme))
    )
    if len(candidates) < min_size:
        raise ServiceError(
            _("Only %(n)d participants opted in and are in no circle yet; a circle needs at least %(min)d.")
            % {"n": len(candidates), "min": min_size}
        )
    circles = formation_engine.form_circles(
        [_peer(e) for e in candidates], min_size=min_size, max_size=max_size
    )
    with transaction.atomic():
        formation = CircleFormation.objects.create(
            programme=programme,
            min_size=min_size,
            max_size=max_size,
            cadence=cadence,
            created_by=actor,
            stats={"people": len(candidates), "circles": len(circles)},
        )
        number = Group.objects.filter(programme=programme, kind=Group.Kind.CIRCLE).count()
        for index, keys in enumerate(circles, start=number + 1):
            circle = Group.objects.create(
                programme=programme,
                kind=Group.Kind.CIRCLE,
                visibility=Group.Visibility.PRIVATE,
                status=Group.Status.DRAFT,
                name=_("Circle %(n)d") % {"n": index},
                capacity=max_size,
                cadence=cadence,
                formation=formation,
                created_by=actor,
            )
            Membership.objects.bulk_create(
                Membership(group=circle, user_id=key, decided_at=timezone.now()) for key in keys
            )
    return formation


def _live_circles(programme: Programme):
    return Group.objects.filter(programme=programme, kind=Group.Kind.CIRCLE, status=Group.Status.ACTIVE)


def _require_draft(formation: CircleFormation) -> None:
    if formation.status != CircleFormation.Status.DRAFT:
        raise TransitionError(
            _("This formation is %(status)s; only a draft can change.")
            % {"status": formation.get_status_display().lower()}
        )


def formation_move(*, formation: CircleFormation, user_public_id, to_circle_public_id) -> Membership:
    """Move a person to another circle of the draft."""
    _require_draft(formation)
    membership = Membership.objects.filter(group__formation=formation, user__public_id=user_public_id).first()
    target = formation.circles.filter(public_id=to_circle_public_id).first()
    if membership is None:
        raise ServiceError(_("This person is in none of the draft's circles."))
    if target is None:
        raise ServiceError(_("Choose one of the draft's circles."))
    membership.group = target
    membership.save(update_fields=["group"])
    return membership


def formation_facilitator(*, formation: CircleFormation, circle_public_id, user) -> Membership:
    """Give a draft circle a professional facilitator (the manager or an approved participant)."""
    _require_draft(formation)
    circle = formation.circles.filter(public_id=circle_public_id).first()
    if circle is None:
        raise ServiceError(_("Choose one of the draft's circles."))
    if not _may_facilitate(formation.programme, user):
        raise ServiceError(
            _("%(name)s cannot facilitate: they take no part in this programme.") % {"name": user}
        )
    if Membership.objects.filter(group__formation=formation, user=user).exclude(group=circle).exists():
        raise ServiceError(_("%(name)s is already in another circle of this draft.") % {"name": user})
    membership, _created = Membership.objects.update_or_create(
        group=circle,
        user=user,
        defaults={"role": Membership.Role.FACILITATOR, "status": Membership.Status.ACTIVE},
    )
    return membership


def formation_publish(*, formation: CircleFormation) -> CircleFormation:
    """Open the draft's circles and tell every member (and facilitator) where they are."""
    _require_draft(formation)
    with transaction.atomic():
        empty = formation.circles.exclude(memberships__status=Membership.Status.ACTIVE)
        empty.delete()
        formation.circles.update(status=Group.Status.ACTIVE)
        formation.status = CircleFormation.Status.PUBLISHED
        formation.published_at = timezone.now()
        formation.save(update_fields=["status", "published_at"])
        from .tasks import notify_circles_published

        transaction.on_commit(lambda: notify_circles_published.delay(formation.pk))
    return formation


def formation_discard(*, formation: CircleFormation) -> CircleFormation:
    _require_draft(formation)
    with transaction.atomic():
        formation.circles.all().delete()
        formation.status = CircleFormation.Status.DISCARDED
        formation.save(update_fields=["status"])
    return formation


# Incubator cohorts ----------------------------------------------------------------------------


def _require_incubator(access: ProgrammeAccess) -> None:
    if not access.is_manager:
        raise ServiceError(_("Only the programme manager runs the cohort."))
    if access.programme.kind != Programme.Kind.INCUBATOR:
        raise ServiceError(_("Start-up teams belong to incubator programmes."))


def cohort_space_ensure(*, access: ProgrammeAccess) -> Group:
    """The cohort's shared space: every participant is a member, the manager facilitates."""
    _require_incubator(access)
    with transaction.atomic():
        space = Group.objects.filter(programme=access.programme, kind=Group.Kind.COHORT).first()
        if space is None:
            space = Group.objects.create(
                programme=access.programme,
                kind=Group.Kind.COHORT,
                visibility=Group.Visibility.OPEN,
                name=_("%(programme)s cohort") % {"programme": access.programme.name},
                description=_("The whole cohort: founders, mentors and the programme team."),
                created_by=access.user,
            )
        Membership.objects.get_or_create(
            group=space,
            user=access.user,
            defaults={"role": Membership.Role.FACILITATOR, "decided_at": timezone.now()},
        )
    return space


def team_create(
    *, access: ProgrammeAccess, name: str, founders: list[Enrolment], description: str = ""
) -> Group:
    """A start-up team: a private group whose members are its founders."""
    _require_incubator(access)
    name = (name or "").strip()
    if not name:
        raise ServiceError(_("Give the team a name."))
    if not founders:
        raise ServiceError(_("A team has at least one founder."))
    for founder in founders:
        if founder.programme_id != access.programme.pk or founder.status not in VISIBLE_STATUSES:
            raise ServiceError(_("Founders are approved participants of the programme."))
        if Membership.objects.filter(
            group__programme=access.programme,
            group__kind=Group.Kind.TEAM,
            user=founder.user,
            role=Membership.Role.MEMBER,
            status=Membership.Status.ACTIVE,
        ).exists():
            raise ServiceError(_("%(name)s is already in a team.") % {"name": founder.user})
    with transaction.atomic():
        team = Group.objects.create(
            programme=access.programme,
            kind=Group.Kind.TEAM,
            visibility=Group.Visibility.PRIVATE,
            name=name,
            description=description,
            created_by=access.user,
        )
        Membership.objects.bulk_create(
            Membership(group=team, user=founder.user, decided_at=timezone.now()) for founder in founders
        )
    return team


def team_mentor_assign(
    *, access: ProgrammeAccess, team: Group, competence: Competence, mentor: Enrolment
) -> TeamMentor:
    """Assign a specialised mentor to one of the team's needs; they join the team as a facilitator
    and, on their first assignment to it, start a mentorship with the team (its founders are the
    mentee side: see relationships.models)."""
    from relationships.services import team_mentorship_start

    from .selectors import founders as team_founders
    from .selectors import team_needs

    _require_incubator(access)
    if competence not in team_needs(team):
        raise ServiceError(_("“%(need)s” is not a need of this team.") % {"need": competence})
    if (
        mentor.programme_id != access.programme.pk
        or mentor.status not in VISIBLE_STATUSES
        or not mentor.is_mentor
    ):
        raise ServiceError(_("Choose an approved mentor of the programme."))
    if not mentor.offers.filter(pk=competence.pk).exists():
        raise ServiceError(
            _("%(name)s does not offer “%(need)s”.") % {"name": mentor.user, "need": competence}
        )
    if team_founders(team).filter(organisation_id=mentor.organisation_id).exists():
        raise ServiceError(_("A mentor never comes from a founder's own organisation."))
    if TeamMentor.objects.filter(team=team, competence=competence, mentor=mentor).exists():
        raise ServiceError(
            _("%(name)s is already this team's mentor for “%(need)s”.")
            % {"name": mentor.user, "need": competence}
        )
    with transaction.atomic():
        assignment = TeamMentor.objects.create(
            team=team, competence=competence, mentor=mentor, assigned_by=access.user
        )
        Membership.objects.update_or_create(
            group=team,
            user=mentor.user,
            defaults={
                "role": Membership.Role.FACILITATOR,
                "status": Membership.Status.ACTIVE,
                "decided_at": timezone.now(),
            },
        )
        founders = list(team_founders(team).order_by("pk"))
        team_mentorship_start(team=team, mentor=mentor, founder=founders[0])
        for person in [mentor.user, *[f.user for f in founders]]:
            notify(
                user=person,
                key=f"team-mentor:{assignment.public_id}",
                kind="group",
                template="groups/email/team_mentor",
                context={"group": team, "mentor": mentor.user, "competence": competence.name},
                path=group_path(team),
            )
    return assignment


def team_mentor_remove(*, access: ProgrammeAccess, assignment: TeamMentor) -> None:
    """Remove an assignment; with the mentor's last one to the team, their team mentorship closes."""
    from relationships.services import team_mentorship_end

    _require_incubator(access)
    team, mentor = assignment.team, assignment.mentor
    with transaction.atomic():
        assignment.delete()
        if not TeamMentor.objects.filter(team=team, mentor=mentor).exists():
            team_mentorship_end(team=team, mentor=mentor, user=access.user)
            Membership.objects.filter(group=team, user=mentor.user, role=Membership.Role.FACILITATOR).update(
                status=Membership.Status.REMOVED, decided_at=timezone.now()
            )
