"""The health of a mentorship, computed in the database (rule in relationships/selectors.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from relationships import selectors
from relationships.factories import CheckInFactory, MentorshipFactory
from relationships.models import Meeting, Mentorship

pytestmark = pytest.mark.django_db


def weeks_ago(n, days=0):
    return timezone.now() - timedelta(weeks=n, days=days)


def health_of(mentorship):
    return selectors.with_health(Mentorship.objects.filter(pk=mentorship.pk)).get().health


def active_since(weeks):
    mentorship = MentorshipFactory()
    Mentorship.objects.filter(pk=mentorship.pk).update(started_at=weeks_ago(weeks))
    return mentorship


def meeting(mentorship, when, status=Meeting.Status.SCHEDULED):
    return Meeting.objects.create(mentorship=mentorship, starts_at=when, status=status)


def test_a_young_mentorship_without_any_signal_is_too_early_to_tell():
    assert health_of(active_since(2)) == selectors.TOO_EARLY


def test_a_young_mentorship_with_a_held_meeting_is_on_track():
    mentorship = active_since(2)
    meeting(mentorship, weeks_ago(1))

    assert health_of(mentorship) == selectors.ON_TRACK


def test_no_meeting_or_check_in_for_the_programmes_weeks_needs_attention():
    mentorship = active_since(20)
    meeting(mentorship, weeks_ago(12))  # attention_after_weeks is 8 by default

    assert health_of(mentorship) == selectors.NEEDS_ATTENTION


def test_a_cancelled_meeting_does_not_count():
    mentorship = active_since(20)
    meeting(mentorship, weeks_ago(1), status=Meeting.Status.CANCELLED)

    assert health_of(mentorship) == selectors.NEEDS_ATTENTION


def test_a_recent_meeting_keeps_an_old_mentorship_on_track():
    mentorship = active_since(20)
    meeting(mentorship, weeks_ago(3))

    assert health_of(mentorship) == selectors.ON_TRACK


def test_a_recent_check_in_keeps_an_old_mentorship_on_track():
    mentorship = active_since(20)
    CheckInFactory(mentorship=mentorship, satisfaction=4)

    assert health_of(mentorship) == selectors.ON_TRACK


def test_low_satisfaction_needs_attention_even_when_young():
    mentorship = active_since(1)
    CheckInFactory(mentorship=mentorship, satisfaction=2)

    assert health_of(mentorship) == selectors.NEEDS_ATTENTION


def test_a_contact_flag_needs_attention():
    mentorship = active_since(10)
    meeting(mentorship, weeks_ago(1))
    CheckInFactory(mentorship=mentorship, satisfaction=5, wants_contact=True)

    assert health_of(mentorship) == selectors.NEEDS_ATTENTION


def test_an_old_low_satisfaction_no_longer_counts_after_a_check_in_period():
    mentorship = active_since(40)
    old = CheckInFactory(mentorship=mentorship, satisfaction=1)
    type(old).objects.filter(pk=old.pk).update(created_at=weeks_ago(14))  # the cadence is 13 weeks
    meeting(mentorship, weeks_ago(1))

    assert health_of(mentorship) == selectors.ON_TRACK


def test_the_programmes_own_attention_weeks_apply():
    mentorship = active_since(5)
    meeting(mentorship, weeks_ago(4))
    mentorship.programme.attention_after_weeks = 3
    mentorship.programme.save()

    assert health_of(mentorship) == selectors.NEEDS_ATTENTION


def test_an_agreeing_mentorship_stuck_for_weeks_needs_attention():
    mentorship = MentorshipFactory(status=Mentorship.Status.AGREEING)
    Mentorship.objects.filter(pk=mentorship.pk).update(created_at=weeks_ago(9))

    assert health_of(mentorship) == selectors.NEEDS_ATTENTION


def test_a_closed_mentorship_is_closed():
    assert health_of(MentorshipFactory(status=Mentorship.Status.CLOSED)) == selectors.CLOSED


def test_health_is_counted_across_programmes_in_one_query(django_assert_max_num_queries):
    active_since(2)
    active_since(20)
    other_programme = MentorshipFactory()
    other_programme.programme.attention_after_weeks = 30
    other_programme.programme.save()
    Mentorship.objects.filter(pk=other_programme.pk).update(started_at=weeks_ago(20))
    meeting(other_programme, weeks_ago(19))
    MentorshipFactory(status=Mentorship.Status.CLOSED)

    with django_assert_max_num_queries(2):  # the programmes' settings, then the counts
        counts = selectors.health_counts(Mentorship.objects.all())

    assert counts == {
        selectors.ON_TRACK: 1,
        selectors.NEEDS_ATTENTION: 1,
        selectors.TOO_EARLY: 1,
        selectors.CLOSED: 1,
    }


def reason_of(mentorship):
    return selectors.with_health(Mentorship.objects.filter(pk=mentorship.pk)).get().attention


def test_needs_attention_says_why():
    unhappy, asking, quiet, fine = active_since(1), active_since(1), active_since(20), active_since(20)
    CheckInFactory(mentorship=unhappy, satisfaction=1)
    CheckInFactory(mentorship=asking, satisfaction=4, wants_contact=True)
    meeting(quiet, weeks_ago(12))
    meeting(fine, weeks_ago(1))

    assert [reason_of(m) for m in (unhappy, asking, quiet, fine)] == [
        selectors.LOW_CHECK_IN,
        selectors.CONTACT_WISH,
        selectors.QUIET,
        "",
    ]
    assert str(selectors.attention_label(selectors.QUIET, weeks=8)) == "No meeting or check-in for 8 weeks"
