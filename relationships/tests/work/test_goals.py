"""SMART goals: set, edit, progress, status transitions and comments by both sides."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.errors import ServiceError, TransitionError
from notifications.models import Notification
from relationships.factories import MentorshipFactory
from relationships.models import Goal, Mentorship
from relationships.work import services

from .helpers import make_goal

SMART = {
    "title": "Lead a cross-team project",
    "specific": "Run the Q3 route-planning pilot with two teams.",
    "measurable": "Pilot delivered and evaluated by both team leads.",
    "achievable": "My manager freed one day a week for it.",
    "relevant": "Project leadership is the gap for my next role.",
}


def due():
    return timezone.localdate() + timedelta(days=120)


def test_a_mentee_sets_a_smart_goal(mentorship):
    goal = services.goal_create(mentorship=mentorship, actor=mentorship.mentee.user, due_on=due(), **SMART)

    assert (goal.side, goal.status, goal.progress) == (Goal.Side.MENTEE, Goal.Status.OPEN, 0)
    assert goal.created_by == mentorship.mentee.user


def test_a_goal_set_by_the_mentor_is_still_the_mentees_in_a_one_way_mentorship(mentorship):
    goal = services.goal_create(mentorship=mentorship, actor=mentorship.mentor.user, due_on=due(), **SMART)

    assert goal.side == Goal.Side.MENTEE
    with pytest.raises(ServiceError, match="the goals are the mentee's"):
        services.goal_create(
            mentorship=mentorship, actor=mentorship.mentor.user, side="mentor", due_on=due(), **SMART
        )


def test_in_two_way_mentoring_each_side_has_goals(personas):
    mutual = MentorshipFactory(
        mentor=personas.enrolments["mentor_initech"], mentee=personas.enrolments["mentee_acme"], mutual=True
    )

    mine = services.goal_create(mentorship=mutual, actor=mutual.mentor.user, due_on=due(), **SMART)
    theirs = services.goal_create(
        mentorship=mutual, actor=mutual.mentor.user, side="mentee", due_on=due(), **SMART
    )

    assert (mine.side, theirs.side) == (Goal.Side.MENTOR, Goal.Side.MENTEE)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"measurable": "  "}, "measurable"),
        ({"due_on": timezone.localdate() - timedelta(days=1)}, "cannot be in the past"),
    ],
)
def test_an_incomplete_goal_is_refused_naming_what_is_missing(mentorship, change, message):
    with pytest.raises(ServiceError, match=message):
        services.goal_create(
            mentorship=mentorship, actor=mentorship.mentee.user, **{**SMART, "due_on": due(), **change}
        )


def test_progress_is_a_percentage(mentorship):
    goal = make_goal(mentorship)

    services.goal_set_progress(goal=goal, actor=mentorship.mentor.user, progress=40)
    assert Goal.objects.get(pk=goal.pk).progress == 40
    with pytest.raises(ServiceError, match="between 0 and 100"):
        services.goal_set_progress(goal=goal, actor=mentorship.mentor.user, progress=140)


def test_achieving_a_goal_completes_it_and_it_can_be_reopened(mentorship):
    goal = make_goal(mentorship, progress=70)

    services.goal_set_progress(goal=goal, actor=mentorship.mentee.user, status="achieved")
    assert (goal.progress, goal.achieved_at is not None) == (100, True)
    services.goal_set_progress(goal=goal, actor=mentorship.mentee.user, status="open", progress=90)
    assert (goal.status, goal.progress, goal.achieved_at) == ("open", 90, None)


def test_an_achieved_goal_cannot_be_dropped_without_reopening_it(mentorship):
    goal = make_goal(mentorship, status=Goal.Status.ACHIEVED)

    with pytest.raises(TransitionError, match="cannot become"):
        services.goal_set_progress(goal=goal, actor=mentorship.mentee.user, status="dropped")


def test_goals_cannot_change_in_a_closed_mentorship(mentorship):
    goal = make_goal(mentorship)
    Mentorship.objects.filter(pk=mentorship.pk).update(status=Mentorship.Status.CLOSED)
    mentorship.refresh_from_db()
    goal.mentorship = mentorship

    with pytest.raises(TransitionError, match="closed"):
        services.goal_set_progress(goal=goal, actor=mentorship.mentee.user, progress=50)
    with pytest.raises(TransitionError, match="closed"):
        services.goal_update(goal=goal, actor=mentorship.mentee.user, title="New")
    with pytest.raises(TransitionError, match="closed"):
        services.goal_comment_add(goal=goal, actor=mentorship.mentee.user, body="Late")
    with pytest.raises(TransitionError, match="closed"):
        services.goal_create(mentorship=mentorship, actor=mentorship.mentee.user, due_on=due(), **SMART)


def test_both_sides_comment_and_the_other_is_told_without_the_text(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    goal = make_goal(mentorship)

    with django_capture_on_commit_callbacks(execute=True):
        services.goal_comment_add(
            goal=goal, actor=mentorship.mentor.user, body="Try a smaller audience first."
        )
        services.goal_comment_add(goal=goal, actor=mentorship.mentee.user, body="Booked the team meeting.")

    assert [c.author for c in goal.comments.all()] == [mentorship.mentor.user, mentorship.mentee.user]
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [mentorship.mentee.user.email, mentorship.mentor.user.email]
    )
    assert all("audience" not in m.body and "Booked" not in m.body for m in mailoutbox)
    assert Notification.objects.filter(kind="goal-comment").count() == 2


def test_someone_else_cannot_comment(mentorship, personas):
    goal = make_goal(mentorship)

    with pytest.raises(ServiceError, match="Only the mentor and the mentee"):
        services.goal_comment_add(goal=goal, actor=personas.coordinator_acme, body="Hi")
