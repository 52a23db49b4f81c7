"""The demo content for goals and meetings: realistic, on active mentorships only, idempotent."""

from datetime import timedelta

from django.utils import timezone

from relationships.factories import MentorshipFactory
from relationships.models import Goal, Meeting, Mentorship, PrivateNote
from relationships.work.demo import demo_load


def test_the_demo_fills_active_mentorships_once_and_never_before_they_started(personas, mentorship):
    Mentorship.objects.filter(pk=mentorship.pk).update(started_at=timezone.now() - timedelta(weeks=12))
    closed = MentorshipFactory(
        mentor=personas.enrolments["mentor_globex"],
        mentee=personas.enrolments["mentee_initech"],
        status="closed",
    )
    programmes = {"regional-crossings-2026": personas.regional}

    demo_load(programmes=programmes)
    counts = (Goal.objects.count(), Meeting.objects.count(), PrivateNote.objects.count())
    demo_load(programmes=programmes)

    assert counts == (2, 5, 1)
    assert (Goal.objects.count(), Meeting.objects.count(), PrivateNote.objects.count()) == counts
    assert not closed.goals.exists()
    now = timezone.now()
    held = mentorship.meetings.filter(starts_at__lt=now)
    assert held.count() == 3
    assert not held.filter(shared_notes="").exists()
    assert held.earliest("starts_at").starts_at > now - timedelta(weeks=12)
    assert mentorship.meetings.filter(starts_at__gt=now).count() == 2
    assert mentorship.goals.filter(progress__gt=0, status="open").exists()


def test_a_mentorship_that_just_started_gets_its_first_meetings_ahead(personas, mentorship):
    demo_load(programmes={"regional-crossings-2026": personas.regional})

    assert not mentorship.meetings.filter(starts_at__lt=timezone.now()).exists()
    assert mentorship.meetings.count() == 2
