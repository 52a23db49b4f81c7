from datetime import timedelta

from django.utils import timezone

from evaluation import services, tasks
from notifications.models import Notification


def test_mentee_and_mentor_are_told_once_when_the_evaluation_opens(personas, closed_mentorship):
    closed_mentorship.closed_at = timezone.now()
    closed_mentorship.save()
    assert tasks.remind_evaluation_open() == 2
    assert tasks.remind_evaluation_open() == 0
    notes = Notification.objects.filter(kind="evaluation-open")
    assert {n.user for n in notes} == {personas.mentee_acme, personas.mentor_globex}
    assert all(n.url == "/p/regional/evaluation/" for n in notes)
    mentee_note = notes.get(user=personas.mentee_acme)
    assert "end assessment is open" in mentee_note.body


def test_nobody_is_told_while_the_mentorship_runs_or_after_answering(personas, mentorship):
    assert tasks.remind_evaluation_open() == 0
    personas.regional.cohort_end = timezone.localdate() + timedelta(days=20)
    personas.regional.save()
    survey = services.survey_get_or_create(programme=personas.regional)
    survey.responses.create(enrolment=personas.enrolments["mentor_globex"], role="mentor")
    assert tasks.remind_evaluation_open() == 1
    assert Notification.objects.get(kind="evaluation-open").user == personas.mentee_acme


def test_old_closings_are_not_announced(personas, closed_mentorship):
    closed_mentorship.closed_at = timezone.now() - timedelta(days=90)
    closed_mentorship.save()
    assert tasks.remind_evaluation_open() == 0
