"""Group services: joining, approvals, invitations, capacity, content, meetings, circles, teams."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from core.access import programme_access_for
from core.errors import ServiceError
from core.factories import ProgrammeFactory, UserFactory, enrol, join
from groups import selectors, services
from groups.models import CircleFormation, CircleOptIn, Membership, Task
from groups.tasks import notify_circles_published
from notifications.models import Notification

from .conftest import make_group, scope_of


def test_joining_an_open_group_makes_a_member_at_once(personas, groups):
    membership = services.group_join(scope=scope_of(personas.mentee_globex, groups.open))

    assert membership.status == Membership.Status.ACTIVE
    assert scope_of(personas.mentee_globex, groups.open, content=True).is_member


def test_asking_to_join_a_closed_group_tells_its_facilitator_and_shows_no_content(personas, groups):
    membership = services.group_join(scope=scope_of(personas.mentee_globex, groups.closed))

    assert membership.status == Membership.Status.REQUESTED
    notification = Notification.objects.get(user=personas.mentor_initech)
    assert notification.subject == "A request to join Closed leadership table"
    assert "Mentee Globex Freight asks to join" in notification.body
    with pytest.raises(Exception, match="No Group matches|Http404|^$"):
        scope_of(personas.mentee_globex, groups.closed, content=True)


def test_a_facilitator_approves_a_request_and_the_person_is_told(personas, groups):
    membership = services.group_join(scope=scope_of(personas.mentee_globex, groups.closed))

    services.membership_decide(
        scope=scope_of(personas.mentor_initech, groups.closed), membership=membership, approve=True
    )

    membership.refresh_from_db()
    assert membership.status == Membership.Status.ACTIVE
    assert (
        Notification.objects.get(user=personas.mentee_globex).subject == "Welcome to Closed leadership table"
    )


def test_a_member_who_is_not_a_facilitator_cannot_approve(personas, groups):
    membership = services.group_join(scope=scope_of(personas.mentee_globex, groups.closed))

    with pytest.raises(ServiceError, match="Only the group's facilitators decide on requests."):
        services.membership_decide(
            scope=scope_of(personas.mentee_acme, groups.closed), membership=membership, approve=True
        )


def test_a_declined_person_may_ask_again_and_the_facilitator_is_told_again(personas, groups):
    facilitator = scope_of(personas.mentor_initech, groups.closed)
    first = services.group_join(scope=scope_of(personas.mentee_globex, groups.closed))
    services.membership_decide(scope=facilitator, membership=first, approve=False)

    again = services.group_join(scope=scope_of(personas.mentee_globex, groups.closed))

    assert again.status == Membership.Status.REQUESTED
    assert Notification.objects.filter(user=personas.mentor_initech, kind="group").count() == 2


def test_nobody_joins_a_private_group_without_an_invitation(personas, groups):
    from django.http import Http404

    with pytest.raises(Http404):
        scope_of(personas.mentee_globex, groups.private)


def test_an_invitation_makes_a_private_group_visible_and_accepting_it_lets_the_person_in(personas, groups):
    services.group_invite(
        scope=scope_of(personas.mentor_initech, groups.private), user=personas.mentee_globex
    )

    invited = scope_of(personas.mentee_globex, groups.private)
    assert invited.is_invited and not invited.is_member
    services.invitation_answer(scope=invited, accept=True)
    assert scope_of(personas.mentee_globex, groups.private, content=True).is_member


def test_only_approved_participants_can_be_invited(personas, groups):
    with pytest.raises(ServiceError, match="Only approved participants of the programme can be invited."):
        services.group_invite(
            scope=scope_of(personas.mentor_initech, groups.private), user=personas.applicant_acme
        )


def test_group_mentoring_respects_its_capacity(personas):
    group = make_group(personas, "open", "Small table", capacity=1)  # the acme mentee fills it

    with pytest.raises(ServiceError, match="The group is full: it takes 1 members."):
        services.group_join(scope=scope_of(personas.mentee_globex, group))


def test_group_mentoring_needs_a_capacity(personas):
    access = programme_access_for(personas.mentor_acme, "regional")

    with pytest.raises(ServiceError, match="Group mentoring needs a capacity"):
        services.group_create(access=access, actor=personas.mentor_acme, name="No cap", kind="mentoring")


def test_a_mentee_cannot_open_a_group(personas):
    access = programme_access_for(personas.mentee_globex, "regional")

    with pytest.raises(ServiceError, match="Only the programme manager and mentors can open a group."):
        services.group_create(access=access, actor=personas.mentee_globex, name="Mine", capacity=3)


def test_a_task_is_assigned_to_a_member_who_is_told(personas, groups):
    scope = scope_of(personas.mentor_initech, groups.open)

    task = services.task_create(
        scope=scope,
        title="Map the export process",
        assignee=personas.mentee_acme,
        due_on=timezone.localdate(),
    )

    assert task.assignee == personas.mentee_acme
    notification = Notification.objects.get(user=personas.mentee_acme)
    assert notification.subject == "A task for you in Open logistics lab"
    assert "Map the export process" not in notification.body  # what happened, never the content


def test_a_task_cannot_be_assigned_to_someone_outside_the_group(personas, groups):
    with pytest.raises(ServiceError, match="A task can only be assigned to a member of the group."):
        services.task_create(
            scope=scope_of(personas.mentor_initech, groups.open), title="X", assignee=personas.mentee_globex
        )


def test_finishing_a_task_records_when(personas, groups):
    scope = scope_of(personas.mentee_acme, groups.open)
    task = services.task_create(scope=scope, title="Draft the survey")

    services.task_update(scope=scope, task=task, status=Task.Status.DONE)

    task.refresh_from_db()
    assert task.status == "done" and task.completed_at is not None


def test_a_post_notifies_the_other_members_without_its_text(
    personas, groups, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(
            scope=scope_of(personas.mentee_acme, groups.open), body="Our pilot starts Monday"
        )

    notification = Notification.objects.get(user=personas.mentor_initech, kind="group")
    assert notification.subject == "New post in Open logistics lab"
    assert "pilot" not in notification.body
    assert not Notification.objects.filter(user=personas.mentee_acme).exists()


def test_a_reply_to_a_reply_stays_one_level_deep(personas, groups):
    scope = scope_of(personas.mentee_acme, groups.open)
    post = services.post_create(scope=scope, body="Question")
    reply = services.post_create(scope=scope, body="Answer", parent=post)

    deeper = services.post_create(scope=scope, body="Thanks", parent=reply)

    assert deeper.parent == post


def test_feedback_on_a_task_reaches_its_assignee(personas, groups):
    task = services.task_create(
        scope=scope_of(personas.mentor_initech, groups.open), title="Pitch", assignee=personas.mentee_acme
    )
    Notification.objects.all().delete()

    services.feedback_create(
        scope=scope_of(personas.mentor_initech, groups.open), body="Shorter intro", task=task
    )

    assert (
        Notification.objects.get(user=personas.mentee_acme).subject
        == "Feedback for you in Open logistics lab"
    )


def test_a_meeting_invites_every_member_with_an_ics_file(
    personas, groups, django_capture_on_commit_callbacks
):
    starts = timezone.now() + timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.meeting_schedule(
            scope=scope_of(personas.mentor_initech, groups.open),
            title="Kick-off",
            starts_at=starts,
            location="Room 4",
        )

    invitations = Notification.objects.filter(kind="group-meeting")
    assert {n.user for n in invitations} == {personas.mentor_initech, personas.mentee_acme}
    ics = invitations.first().attachment_content
    assert "METHOD:REQUEST" in ics and f"UID:group-meeting-{meeting.public_id}@crossmentor" in ics
    event = Calendar.from_ical(ics).walk("VEVENT")[0]
    assert sorted(str(a) for a in event["ATTENDEE"]) == [
        "mailto:mentee@acme.example",
        "mailto:mentor@initech.example",
    ]
    assert str(event["LOCATION"]) == "Room 4"


def test_cancelling_a_meeting_sends_a_cancellation_that_replaces_the_invitation(
    personas, groups, django_capture_on_commit_callbacks
):
    scope = scope_of(personas.mentor_initech, groups.open)
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.meeting_schedule(
            scope=scope, title="Kick-off", starts_at=timezone.now() + timedelta(days=2)
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_cancel(scope=scope, meeting=meeting)

    cancellation = Notification.objects.get(
        user=personas.mentee_acme, key=f"group-meeting:{meeting.public_id}:1"
    )
    assert (
        "METHOD:CANCEL" in cancellation.attachment_content and "SEQUENCE:1" in cancellation.attachment_content
    )


def test_a_meeting_in_the_past_is_refused(personas, groups):
    with pytest.raises(ServiceError, match="A meeting is scheduled in the future."):
        services.meeting_schedule(
            scope=scope_of(personas.mentee_acme, groups.open),
            title="Late",
            starts_at=timezone.now() - timedelta(hours=1),
        )


# Circles --------------------------------------------------------------------------------------


def _circle_population(personas, n=10):
    organisations = [personas.acme, personas.globex, personas.initech]
    for i in range(n):
        user = UserFactory(email=f"peer{i}@example.com", name=f"Peer {i}", organisation=organisations[i % 3])
        CircleOptIn.objects.create(enrolment=enrol(user, personas.regional, "mentee"))


def test_the_manager_forms_draft_circles_nobody_sees_until_published(
    personas, django_capture_on_commit_callbacks
):
    _circle_population(personas)
    access = programme_access_for(personas.manager, "regional")

    formation = services.formation_create(access=access, actor=personas.manager)

    circles = list(formation.circles.all())
    assert [c.status for c in circles] == ["draft", "draft"]
    sizes = sorted(c.memberships.count() for c in circles)
    assert sizes == [5, 5]
    peer = circles[0].memberships.first().user
    assert not selectors.groups_visible(access=programme_access_for(peer, "regional")).exists()

    with django_capture_on_commit_callbacks(execute=True):
        services.formation_publish(formation=formation)

    assert selectors.groups_visible(access=programme_access_for(peer, "regional")).count() == 1
    assert (
        Notification.objects.filter(kind="group", key=f"circle-published:{formation.public_id}").count() == 10
    )
    notify_circles_published(formation.pk)  # a second delivery sends nothing more
    assert Notification.objects.filter(key=f"circle-published:{formation.public_id}").count() == 10


def test_the_manager_moves_a_person_between_draft_circles(personas):
    _circle_population(personas)
    formation = services.formation_create(
        access=programme_access_for(personas.manager, "regional"), actor=personas.manager
    )
    first, second = formation.circles.order_by("name")
    person = first.memberships.first().user

    services.formation_move(
        formation=formation, user_public_id=person.public_id, to_circle_public_id=second.public_id
    )

    assert (first.memberships.count(), second.memberships.count()) == (4, 6)


def test_a_published_formation_cannot_change(personas):
    _circle_population(personas)
    formation = services.formation_create(
        access=programme_access_for(personas.manager, "regional"), actor=personas.manager
    )
    services.formation_publish(formation=formation)
    circle = formation.circles.first()

    with pytest.raises(ServiceError, match="This formation is published; only a draft can change."):
        services.formation_move(
            formation=formation,
            user_public_id=circle.memberships.first().user.public_id,
            to_circle_public_id=circle.public_id,
        )


def test_people_already_in_a_circle_are_not_placed_again(personas):
    _circle_population(personas)
    access = programme_access_for(personas.manager, "regional")
    services.formation_publish(formation=services.formation_create(access=access, actor=personas.manager))

    with pytest.raises(ServiceError, match="Only 0 participants opted in and are in no circle yet"):
        services.formation_create(access=access, actor=personas.manager)


def test_a_circle_member_sets_a_goal_and_only_they_move_its_progress(personas):
    _circle_population(personas)
    formation = services.formation_create(
        access=programme_access_for(personas.manager, "regional"), actor=personas.manager
    )
    services.formation_publish(formation=formation)
    circle = formation.circles.first()
    owner, peer = [m.user for m in circle.memberships.all()[:2]]
    goal = services.goal_create(scope=scope_of(owner, circle), title="Hire a sales lead by June")

    services.goal_update_add(
        scope=scope_of(owner, circle), goal=goal, body="Two candidates left", progress=60
    )
    services.goal_update_add(scope=scope_of(peer, circle), goal=goal, body="Who interviews them?")
    with pytest.raises(ServiceError, match="Only the goal's owner changes its progress or status."):
        services.goal_update_add(scope=scope_of(peer, circle), goal=goal, body="Done!", progress=100)

    goal.refresh_from_db()
    assert (goal.progress, goal.updates.count()) == (60, 2)


def test_a_second_draft_waits_for_the_first(personas):
    _circle_population(personas)
    access = programme_access_for(personas.manager, "regional")
    services.formation_create(access=access, actor=personas.manager)

    with pytest.raises(ServiceError, match="A draft of circles is waiting for review"):
        services.formation_create(access=access, actor=personas.manager)
    assert CircleFormation.objects.count() == 1


# Incubator ------------------------------------------------------------------------------------


@pytest.fixture
def incubator(personas):
    startups = ProgrammeFactory(slug="startups", name="Start-up Cohort", kind="incubator")
    join(startups, personas.acme, personas.globex, personas.initech)
    startups.managers.add(personas.manager)
    founders = [
        enrol(
            personas.mentee_globex,
            startups,
            "mentee",
            needs=("fundraising-investor-relations", "business-development"),
        ),
        enrol(
            UserFactory(
                email="cofounder@globex.example", name="Cora Cofounder", organisation=personas.globex
            ),
            startups,
            "mentee",
            needs=("international-commercialisation",),
        ),
    ]
    investor = enrol(
        personas.mentor_acme, startups, "mentor", offers=("fundraising-investor-relations",), capacity=3
    )
    same_org = enrol(personas.mentor_globex, startups, "mentor", offers=("fundraising-investor-relations",))
    return startups, founders, investor, same_org


def test_a_team_needs_what_its_founders_need(personas, incubator):
    startups, founders, _investor, _same = incubator
    access = programme_access_for(personas.manager, "startups")

    team = services.team_create(access=access, name="Freightly", founders=founders)

    assert sorted(c.slug for c in selectors.team_needs(team)) == [
        "business-development",
        "fundraising-investor-relations",
        "international-commercialisation",
    ]
    assert team.visibility == "private" and team.kind == "team"


def test_mentors_are_ranked_per_need_and_never_from_a_founders_organisation(personas, incubator):
    startups, founders, investor, same_org = incubator
    team = services.team_create(
        access=programme_access_for(personas.manager, "startups"), name="Freightly", founders=founders
    )
    needs = selectors.team_needs(team)
    competence = next(c for c in needs if c.slug == "fundraising-investor-relations")

    ranking = selectors.mentor_ranking(team=team, competence=competence, needs=needs[competence])

    assert [row["enrolment"] for row in ranking] == [investor]
    assert ranking[0]["by"] == "engine" and ranking[0]["why"]


def test_an_assigned_mentor_joins_the_team_as_facilitator_and_everyone_is_told(personas, incubator):
    startups, founders, investor, same_org = incubator
    access = programme_access_for(personas.manager, "startups")
    team = services.team_create(access=access, name="Freightly", founders=founders)
    competence = next(c for c in selectors.team_needs(team) if c.slug == "fundraising-investor-relations")

    services.team_mentor_assign(access=access, team=team, competence=competence, mentor=investor)

    assert scope_of(personas.mentor_acme, team, content=True).is_facilitator
    told = set(
        Notification.objects.filter(key__startswith="team-mentor:").values_list("user__email", flat=True)
    )
    assert told == {"mentor@acme.example", "mentee@globex.example", "cofounder@globex.example"}
    with pytest.raises(ServiceError, match="A mentor never comes from a founder's own organisation."):
        services.team_mentor_assign(access=access, team=team, competence=competence, mentor=same_org)


def test_the_cohort_space_holds_every_participant(personas, incubator):
    startups, founders, investor, _same = incubator
    space = services.cohort_space_ensure(access=programme_access_for(personas.manager, "startups"))

    assert services.cohort_space_ensure(access=programme_access_for(personas.manager, "startups")) == space
    assert scope_of(personas.mentee_globex, space, content=True).is_member
    assert set(selectors.member_users(space)) == {
        personas.manager,
        personas.mentee_globex,
        founders[1].user,
        personas.mentor_acme,
        personas.mentor_globex,
    }


def test_teams_belong_to_incubator_programmes_only(personas):
    with pytest.raises(ServiceError, match="Start-up teams belong to incubator programmes."):
        services.team_create(access=programme_access_for(personas.manager, "regional"), name="X", founders=[])
