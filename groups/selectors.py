"""Reads of groups: the one place that decides who sees a group and who sees inside it.

- Knowing a group exists: open and closed groups for the programme's manager, coordinators and
  approved participants; private groups only for their members and the people invited to them.
  Draft circles (of an unpublished formation) are nobody's on group routes; the manager reviews
  them on the formation's page.
- Seeing inside (posts, replies, tasks, feedback, meetings, goals, the member list): active members
  only, whatever the visibility; every participant is a member of a cohort space.
Anything else answers 404, exactly like a missing group.
"""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from core.access import VISIBLE_STATUSES, ProgrammeAccess
from programmes.models import Enrolment, Programme

from .models import (
    CircleFormation,
    CircleGoal,
    CircleOptIn,
    Feedback,
    Group,
    GroupMeeting,
    Membership,
    Post,
    Task,
    TeamMentor,
)

KNOWN_TO_HOLDER = (Membership.Status.ACTIVE, Membership.Status.INVITED, Membership.Status.REQUESTED)


@dataclass(frozen=True)
class GroupScope:
    """One actor's view of one group."""

    access: ProgrammeAccess
    group: Group
    membership: Membership | None

    @property
    def user(self):
        return self.access.user

    @property
    def is_member(self) -> bool:
        if self.membership is not None and self.membership.status == Membership.Status.ACTIVE:
            return True
        return self.group.is_cohort and self.access.is_participant

    @property
    def is_facilitator(self) -> bool:
        m = self.membership
        return (
            m is not None and m.status == Membership.Status.ACTIVE and m.role == Membership.Role.FACILITATOR
        )

    @property
    def is_invited(self) -> bool:
        return self.membership is not None and self.membership.status == Membership.Status.INVITED

    @property
    def has_asked(self) -> bool:
        return self.membership is not None and self.membership.status == Membership.Status.REQUESTED

    @property
    def may_join(self) -> bool:
        return (
            self.access.is_participant
            and not self.is_member
            and self.membership_status_allows_joining
            and self.group.visibility in (Group.Visibility.OPEN, Group.Visibility.CLOSED)
        )

    @property
    def membership_status_allows_joining(self) -> bool:
        return self.membership is None or self.membership.status == Membership.Status.REMOVED


def sees_groups(access: ProgrammeAccess) -> bool:
    """Managers, coordinators and approved participants take part in the programme's group life."""
    return access.is_manager or access.is_coordinator or access.is_participant


def may_open_groups(access: ProgrammeAccess) -> bool:
    """The manager and approved mentors open groups (a mentor who opens one facilitates it)."""
    return access.is_manager or (access.is_participant and access.enrolment.is_mentor)


def facilitator_candidates(*, access: ProgrammeAccess):
    """Approved mentors of the programme, whom the manager may name as facilitators."""
    if not access.is_manager:
        raise Http404
    return (
        Enrolment.objects.filter(programme=access.programme, status__in=VISIBLE_STATUSES)
        .filter(role__in=(Enrolment.Role.MENTOR, Enrolment.Role.BOTH))
        .select_related("user", "organisation")
        .order_by("user__name")
    )


def groups_visible(*, access: ProgrammeAccess):
    """Active groups of the programme whose existence the actor may know."""
    groups = Group.objects.filter(programme=access.programme, status=Group.Status.ACTIVE)
    if not sees_groups(access):
        return groups.none()
    mine = Membership.objects.filter(user=access.user, status__in=KNOWN_TO_HOLDER).values("group_id")
    return groups.filter(
        Q(visibility__in=(Group.Visibility.OPEN, Group.Visibility.CLOSED)) | Q(pk__in=mine)
    ).annotate(
        member_count=Count(
            "memberships", filter=Q(memberships__status=Membership.Status.ACTIVE), distinct=True
        )
    )


def group_get_for(*, access: ProgrammeAccess, public_id, content: bool = False) -> GroupScope:
    """The group if the actor may know it (and, with `content`, see inside it); 404 otherwise."""
    group = groups_visible(access=access).filter(public_id=public_id).first()
    if group is None:
        raise Http404
    membership = Membership.objects.filter(group=group, user=access.user).first()
    scope = GroupScope(access=access, group=group, membership=membership)
    if content and not scope.is_member:
        raise Http404
    return scope


def group_facilitated(*, scope: GroupScope) -> GroupScope:
    """The scope when its actor facilitates the group; 404 otherwise."""
    if not scope.is_facilitator:
        raise Http404
    return scope


def my_groups(*, access: ProgrammeAccess):
    return (
        groups_visible(access=access)
        .filter(
            Q(memberships__user=access.user, memberships__status=Membership.Status.ACTIVE)
            | Q(kind=Group.Kind.COHORT) & Q(pk__in=_cohort_ids(access))
        )
        .distinct()
    )


def my_pending(*, access: ProgrammeAccess) -> dict[int, str]:
    """Group id -> "invited" or "requested", for the actor's open invitations and requests."""
    return dict(
        Membership.objects.filter(
            user=access.user,
            group__programme=access.programme,
            status__in=(Membership.Status.INVITED, Membership.Status.REQUESTED),
        ).values_list("group_id", "status")
    )


def _cohort_ids(access: ProgrammeAccess) -> list[int]:
    if not access.is_participant:
        return []
    return list(
        Group.objects.filter(programme=access.programme, kind=Group.Kind.COHORT).values_list("pk", flat=True)
    )


def facilitators(group: Group):
    return (
        Membership.objects.filter(
            group=group, role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE
        )
        .select_related("user__profile__organisation")
        .order_by("user__name")
    )


def members(*, scope: GroupScope):
    """Active members and facilitators (every participant too, for a cohort space)."""
    _require_content(scope)
    return (
        Membership.objects.filter(group=scope.group, status=Membership.Status.ACTIVE)
        .select_related("user__profile__organisation")
        .order_by("role", "user__name")
    )


def member_users(group: Group):
    """Everyone who is inside the group, as users: the recipients of its notifications."""
    from accounts.models import User

    users = User.objects.filter(
        group_memberships__group=group, group_memberships__status=Membership.Status.ACTIVE
    )
    if group.is_cohort:
        participants = Enrolment.objects.filter(programme=group.programme, status__in=VISIBLE_STATUSES)
        users = users | User.objects.filter(enrolments__in=participants)
    return users.distinct().select_related("profile__organisation")


def is_active_member(group: Group, user) -> bool:
    return member_users(group).filter(pk=user.pk).exists()


def pending(*, scope: GroupScope):
    """Requests to join and open invitations: for the group's facilitators."""
    group_facilitated(scope=scope)
    return (
        Membership.objects.filter(
            group=scope.group, status__in=(Membership.Status.REQUESTED, Membership.Status.INVITED)
        )
        .select_related("user__profile__organisation")
        .order_by("status", "created_at")
    )


def membership_get(*, scope: GroupScope, public_id) -> Membership:
    found = pending(scope=scope).filter(public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def invitable(*, scope: GroupScope):
    """Approved participants of the programme who are not (and are not about to be) in the group."""
    group_facilitated(scope=scope)
    taken = Membership.objects.filter(group=scope.group, status__in=KNOWN_TO_HOLDER).values("user_id")
    return (
        Enrolment.objects.filter(programme=scope.group.programme, status__in=VISIBLE_STATUSES)
        .exclude(user_id__in=taken)
        .select_related("user", "organisation")
        .order_by("user__name")
    )


def posts(*, scope: GroupScope):
    """Top-level posts with their replies and feedback, newest first."""
    _require_content(scope)
    return (
        Post.objects.filter(group=scope.group, parent=None)
        .select_related("author")
        .prefetch_related(
            Prefetch("replies", queryset=Post.objects.select_related("author").order_by("created_at")),
            Prefetch("feedback", queryset=Feedback.objects.select_related("author")),
        )
    )


def post_get(*, scope: GroupScope, public_id) -> Post:
    _require_content(scope)
    found = Post.objects.filter(group=scope.group, public_id=public_id).select_related("author").first()
    if found is None:
        raise Http404
    return found


def tasks(*, scope: GroupScope):
    _require_content(scope)
    return (
        Task.objects.filter(group=scope.group)
        .select_related("assignee")
        .prefetch_related(Prefetch("feedback", queryset=Feedback.objects.select_related("author")))
    )


def task_get(*, scope: GroupScope, public_id) -> Task:
    _require_content(scope)
    found = Task.objects.filter(group=scope.group, public_id=public_id).select_related("assignee").first()
    if found is None:
        raise Http404
    return found


def meetings(*, scope: GroupScope):
    _require_content(scope)
    return GroupMeeting.objects.filter(group=scope.group)


def meeting_get(*, scope: GroupScope, public_id) -> GroupMeeting:
    found = meetings(scope=scope).filter(public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def goals(*, scope: GroupScope):
    _require_content(scope)
    return (
        CircleGoal.objects.filter(group=scope.group)
        .select_related("owner")
        .prefetch_related("updates__author")
    )


def goal_get(*, scope: GroupScope, public_id) -> CircleGoal:
    found = goals(scope=scope).filter(public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def _require_content(scope: GroupScope) -> None:
    if not scope.is_member:
        raise Http404


# Peer circles ---------------------------------------------------------------------------------


def _require_manager(access: ProgrammeAccess) -> None:
    if not access.is_manager:
        raise Http404


def circle_candidates(programme: Programme):
    """Approved participants who opted in to peer circles."""
    return (
        Enrolment.objects.filter(
            programme=programme, status__in=VISIBLE_STATUSES, circle_opt_in__isnull=False
        )
        .select_related("user__profile", "organisation")
        .order_by("pk")
    )


def is_opted_in(*, access: ProgrammeAccess) -> bool:
    return access.enrolment is not None and CircleOptIn.objects.filter(enrolment=access.enrolment).exists()


def formation_list(*, access: ProgrammeAccess):
    _require_manager(access)
    return CircleFormation.objects.filter(programme=access.programme)[:20]


def formation_get(*, access: ProgrammeAccess, public_id) -> CircleFormation:
    _require_manager(access)
    found = CircleFormation.objects.filter(programme=access.programme, public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def formation_circles(*, formation: CircleFormation):
    """The formation's circles with their members (the manager's review)."""
    return formation.circles.order_by("name").prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.filter(status=Membership.Status.ACTIVE)
            .select_related("user__profile__organisation")
            .order_by("user__name"),
        )
    )


# Incubator cohorts ----------------------------------------------------------------------------


def teams(*, access: ProgrammeAccess):
    """The start-up teams of an incubator programme, for its manager."""
    _require_manager(access)
    if access.programme.kind != Programme.Kind.INCUBATOR:
        raise Http404
    return (
        Group.objects.filter(programme=access.programme, kind=Group.Kind.TEAM)
        .exclude(status=Group.Status.ARCHIVED)
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(status=Membership.Status.ACTIVE).select_related("user"),
            ),
            Prefetch(
                "team_mentors", queryset=TeamMentor.objects.select_related("mentor__user", "competence")
            ),
        )
    )


def team_get(*, access: ProgrammeAccess, public_id) -> Group:
    found = teams(access=access).filter(public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def founders(team: Group):
    """The team's founders: its members' enrolments in the programme."""
    users = Membership.objects.filter(
        group=team, role=Membership.Role.MEMBER, status=Membership.Status.ACTIVE
    ).values("user_id")
    return Enrolment.objects.filter(programme=team.programme, user_id__in=users).select_related(
        "user", "organisation"
    )


def team_needs(team: Group) -> dict:
    """The team's needs: the union of its founders' needs, by competence, with one need to rank by."""
    from programmes.models import Need

    needs = Need.objects.filter(enrolment__in=founders(team)).select_related("competence", "enrolment__user")
    by_competence: dict = {}
    for need in needs.order_by("competence__slug", "pk"):
        by_competence.setdefault(need.competence, []).append(need)
    return by_competence


def founders_without_team(*, access: ProgrammeAccess):
    _require_manager(access)
    in_team = Membership.objects.filter(
        group__programme=access.programme,
        group__kind=Group.Kind.TEAM,
        role=Membership.Role.MEMBER,
        status=Membership.Status.ACTIVE,
    ).values("user_id")
    return (
        Enrolment.objects.filter(programme=access.programme, status__in=VISIBLE_STATUSES)
        .filter(role__in=(Enrolment.Role.MENTEE, Enrolment.Role.BOTH))
        .exclude(user_id__in=in_team)
        .select_related("user", "organisation")
        .order_by("organisation__name", "user__name")
    )


def mentor_ranking(*, team: Group, competence, needs: list) -> list[dict]:
    """Mentors for one need of a team, best first.

    The matching engine ranks mentors for a founder's need under the programme's hard rules and
    remaining capacity; when it finds nobody (e.g. the need is already matched one-to-one), the
    mentors offering the competence are listed by offer fit: how many of the team's needs they also
    offer, then seniority. Founders' own organisations are never proposed.
    """
    from matching import adapter
    from matching.selectors import recommendation_rows

    taken = set(team.team_mentors.filter(competence=competence).values_list("mentor_id", flat=True))
    weights = adapter.programme_weights(team.programme)
    rows = recommendation_rows(programme=team.programme, needs=needs[:1], weights=weights)
    ranked = [
        {"enrolment": row["enrolment"], "score": row["score"], "why": row["why"], "by": "engine"}
        for row in rows.get(needs[0].pk, [])
        if row["enrolment"].pk not in taken
    ]
    if ranked:
        return ranked
    return _by_offer_fit(team, competence, taken)


def _by_offer_fit(team: Group, competence, taken: set) -> list[dict]:
    team_competences = set(team_needs(team))
    own_organisations = set(founders(team).values_list("organisation_id", flat=True))
    mentors = (
        Enrolment.objects.filter(programme=team.programme, status__in=VISIBLE_STATUSES, offers=competence)
        .filter(role__in=(Enrolment.Role.MENTOR, Enrolment.Role.BOTH))
        .exclude(organisation_id__in=own_organisations)
        .exclude(pk__in=taken)
        .select_related("user__profile", "organisation")
        .prefetch_related("offers")
    )
    rows = []
    for mentor in mentors:
        covered = len(team_competences & set(mentor.offers.all()))
        seniority = getattr(getattr(mentor.user, "profile", None), "seniority", None) or 0
        rows.append(
            {
                "enrolment": mentor,
                "score": float(covered),
                "why": [],
                "by": "offer",
                "covers": covered,
                "seniority": seniority,
            }
        )
    rows.sort(key=lambda r: (-r["covers"], -r["seniority"], r["enrolment"].user.name))
    return rows
