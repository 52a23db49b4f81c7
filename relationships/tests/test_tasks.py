"""Background work: reminders, expiries and closings, each sending one email however often it runs."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from relationships import tasks
from relationships.factories import CheckInFactory, MentorshipFactory, MessageFactory, RequestFactory
from relationships.models import Mentorship, Request

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run the queued emails of everything done inside the block (tasks run inline in tests)."""

    def run(function, *args):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args)

    return run


def subjects(mailoutbox, to):
    return [m.subject for m in mailoutbox if to in m.to]


def test_an_unanswered_request_expires_and_the_mentee_gets_one_email(mailoutbox, on_commit):
    request = RequestFactory(expires_at=timezone.now() - timedelta(minutes=5))

    assert on_commit(tasks.expire_requests) == 1
    assert on_commit(tasks.expire_requests) == 0

    request.refresh_from_db()
    assert request.status == Request.Status.EXPIRED
    assert subjects(mailoutbox, request.mentee.user.email) == ["Your mentoring request expired"]


def test_a_request_about_to_expire_reminds_the_mentor_once(mailoutbox, on_commit):
    soon = RequestFactory(expires_at=timezone.now() + timedelta(days=1))
    RequestFactory(expires_at=timezone.now() + timedelta(days=5))  # not yet

    assert on_commit(tasks.remind_expiring_requests) == 1
    assert on_commit(tasks.remind_expiring_requests) == 0

    assert subjects(mailoutbox, soon.mentor.user.email) == ["A mentoring request waits for your answer"]
    assert len(mailoutbox) == 1


def test_a_due_check_in_is_asked_for_once_per_period_from_who_has_not_answered(mailoutbox, on_commit):
    mentorship = MentorshipFactory()
    weeks = mentorship.programme.check_in_every_weeks
    Mentorship.objects.filter(pk=mentorship.pk).update(
        started_at=timezone.now() - timedelta(weeks=weeks, days=-7)
    )
    CheckInFactory(mentorship=mentorship, author=mentorship.mentor.user, period=1)

    assert on_commit(tasks.remind_check_ins_due) == 1
    assert on_commit(tasks.remind_check_ins_due) == 0

    assert subjects(mailoutbox, mentorship.mentee.user.email) == ["Time for your mentorship check-in"]
    assert subjects(mailoutbox, mentorship.mentor.user.email) == []


def test_no_check_in_is_asked_for_early_in_a_period(mailoutbox, on_commit):
    MentorshipFactory()

    assert on_commit(tasks.remind_check_ins_due) == 0


def test_a_quiet_mentorship_is_nudged_once(mailoutbox, on_commit):
    quiet = MentorshipFactory()
    busy = MentorshipFactory()
    long_ago = timezone.now() - timedelta(weeks=10)
    Mentorship.objects.filter(pk__in=[quiet.pk, busy.pk]).update(started_at=long_ago)
    MessageFactory(mentorship=busy)

    assert on_commit(tasks.nudge_inactive) == 2
    assert on_commit(tasks.nudge_inactive) == 0

    assert {m.to[0] for m in mailoutbox} == {quiet.mentor.user.email, quiet.mentee.user.email}


def test_mentorships_of_an_ended_cohort_are_closed_and_both_told(mailoutbox, on_commit):
    mentorship = MentorshipFactory()
    mentorship.programme.cohort_end = timezone.localdate() - timedelta(days=1)
    mentorship.programme.save()
    ongoing = MentorshipFactory()

    assert on_commit(tasks.close_ended_cohorts) == 1
    assert on_commit(tasks.close_ended_cohorts) == 0

    mentorship.refresh_from_db()
    ongoing.refresh_from_db()
    assert mentorship.close_reason == "cohort-ended" and ongoing.status == Mentorship.Status.ACTIVE
    assert len(mailoutbox) == 2


def test_a_notification_task_run_twice_sends_one_email(mailoutbox, on_commit):
    message = MessageFactory()

    on_commit(tasks.notify_message, message.pk)
    on_commit(tasks.notify_message, message.pk)

    assert len(mailoutbox) == 1
    assert message.body not in mailoutbox[0].body


def test_the_reminders_command_runs_everything_due_once(mailoutbox, django_capture_on_commit_callbacks):
    RequestFactory(expires_at=timezone.now() - timedelta(minutes=5))
    out = StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("reminders", stdout=out)

    assert "requests expired: 1" in out.getvalue()
    assert "meetings tomorrow: 0" in out.getvalue()
    assert len(mailoutbox) == 1
