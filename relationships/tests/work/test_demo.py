"""The demo content for goals and meetings: realistic, on active mentorships only, idempotent."""

from django.utils import timezone

from relationships.factories import MentorshipFactory
from relationships.models import Goal, Meeting, PrivateNote
from relationships.work.demo import demo_load


def test_the_demo_fills_active_mentorships_once(personas, mentorship):
    closed = MentorshipFactory(
        mentor=personas.enrolments["mentor_globex"],
        mentee=personas.enrolments["mentee_initech"],
        status="closed",
    )
    programmes = {"regional-crossings-2026": personas.regional}

    demo_load(programmes=programmes)
    counts = (Goal.objects.count(), Meeting.objects.count(), PrivateNote.objects.count())
    demo_load(programmes=programmes)

    assert counts == (2, 4, 1)
    assert (Goal.objects.count(), Meeting.objects.count(), PrivateNote.objects.count()) == counts
    assert not closed.goals.exists()
    now = timezone.now()
    assert mentorship.meetings.filter(starts_at__lt=now).exclude(shared_notes="").count() == 2
    assert mentorship.meetings.filter(starts_at__gt=now).count() == 2
    assert mentorship.goals.filter(progress__gt=0, status="open").exists()
