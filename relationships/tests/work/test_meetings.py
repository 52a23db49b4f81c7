"""Scheduling, changing and cancelling meetings; invitations, reminders and notes."""

import zoneinfo
from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from core.errors import ServiceError, TransitionError
from notifications.models import Notification
from relationships.models import Meeting, Mentorship, PrivateNote
from relationships.work import services
from relationships.work.tasks import remind_meetings_tomorrow, send_meeting_invitation

from .helpers import make_meeting, next_week_at, past_meeting


def schedule(mentorship, actor=None, **fields):
    values = {
        "starts_at": next_week_at(14),
        "timezone_name": "Europe/Amsterdam",
        "mode": Meeting.Mode.VIRTUAL,
        "video_link": "https://meet.example.org/abc",
        "agenda": "Rehearse the talk",
    }
    return services.meeting_schedule(
        mentorship=mentorship, actor=actor or mentorship.mentee.user, **{**values, **fields}
    )


def calendar_of(message):
    [(name, content, mimetype)] = message.attachments
    return name, Calendar.from_ical(content), mimetype


def test_scheduling_emails_both_members_an_invitation(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = schedule(mentorship)

    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [mentorship.mentor.user.email, mentorship.mentee.user.email]
    )
    for message in mailoutbox:
        name, calendar, mimetype = calendar_of(message)
        assert (name, mimetype) == ("invite.ics", "text/calendar; method=REQUEST")
        assert calendar["METHOD"] == "REQUEST"
        [event] = calendar.walk("VEVENT")
        assert event["SEQUENCE"] == 0
        assert event.decoded("DTSTART") == meeting.starts_at
        assert "Rehearse" not in message.body  # the agenda is content: only a link in emails
        assert f"/meetings/{meeting.public_id}/" in message.body


def test_the_invitation_email_shows_the_time_in_each_persons_zone(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    mentor_profile = mentorship.mentor.user.profile
    mentor_profile.timezone = "America/New_York"
    mentor_profile.save()

    with django_capture_on_commit_callbacks(execute=True):
        meeting = schedule(mentorship, starts_at=next_week_at(15))

    body_of = {m.to[0]: m.body for m in mailoutbox}
    new_york = meeting.starts_at.astimezone(zoneinfo.ZoneInfo("America/New_York"))
    assert "15:00 (Europe/Amsterdam)" in body_of[mentorship.mentee.user.email]
    assert f"{new_york:%H:%M} (America/New_York)" in body_of[mentorship.mentor.user.email]


def test_each_version_is_sent_once_and_updates_raise_the_sequence(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = schedule(mentorship)
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.meeting_update(meeting=meeting, actor=mentorship.mentor.user, duration_minutes=90)
    send_meeting_invitation(meeting.pk, 1)  # a retried delivery
    send_meeting_invitation(meeting.pk, 0)  # an outdated version is not sent again

    assert meeting.sequence == 1
    assert len(mailoutbox) == 4
    sequences = sorted(calendar_of(m)[1].walk("VEVENT")[0]["SEQUENCE"] for m in mailoutbox)
    assert sequences == [0, 0, 1, 1]
    assert Notification.objects.filter(key=f"meeting:{meeting.public_id}:1").count() == 2


def test_an_update_that_changes_nothing_sends_nothing(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = make_meeting(mentorship)

    with django_capture_on_commit_callbacks(execute=True):
        same = services.meeting_update(meeting=meeting, actor=mentorship.mentee.user, duration_minutes=60)

    assert same.sequence == 0
    assert mailoutbox == []


def test_saving_the_same_time_from_another_zone_sends_nothing(mentorship, mailoutbox):
    meeting = make_meeting(mentorship)

    same = services.meeting_update(
        meeting=meeting,
        actor=mentorship.mentor.user,
        starts_at=meeting.starts_at.astimezone(zoneinfo.ZoneInfo("America/New_York")),
        timezone="America/New_York",
    )

    assert (same.sequence, same.timezone) == (0, "Europe/Amsterdam")


def test_cancelling_sends_a_method_cancel_with_a_new_sequence(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = make_meeting(mentorship, sequence=2)

    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_cancel(meeting=meeting, actor=mentorship.mentor.user)

    meeting.refresh_from_db()
    assert (meeting.status, meeting.sequence) == (Meeting.Status.CANCELLED, 3)
    assert len(mailoutbox) == 2
    for message in mailoutbox:
        name, calendar, mimetype = calendar_of(message)
        assert (name, mimetype) == ("cancel.ics", "text/calendar; method=CANCEL")
        assert calendar["METHOD"] == "CANCEL"
        assert calendar.walk("VEVENT")[0]["SEQUENCE"] == 3
        assert message.subject.startswith("Cancelled")


def test_a_meeting_cannot_be_cancelled_twice(mentorship):
    meeting = make_meeting(mentorship)
    services.meeting_cancel(meeting=meeting, actor=mentorship.mentor.user)

    with pytest.raises(TransitionError, match="already cancelled"):
        services.meeting_cancel(meeting=meeting, actor=mentorship.mentor.user)


def test_a_started_meeting_can_no_longer_be_changed(mentorship):
    meeting = past_meeting(mentorship)

    with pytest.raises(TransitionError, match="already started"):
        services.meeting_update(meeting=meeting, actor=mentorship.mentee.user, duration_minutes=30)


def test_nothing_can_be_scheduled_in_a_closed_mentorship(mentorship):
    Mentorship.objects.filter(pk=mentorship.pk).update(status=Mentorship.Status.CLOSED)
    mentorship.refresh_from_db()

    with pytest.raises(TransitionError, match="closed"):
        schedule(mentorship)
    assert not Meeting.objects.exists()


def test_only_members_schedule(mentorship, personas):
    with pytest.raises(ServiceError, match="Only the mentor and the mentee"):
        schedule(mentorship, actor=personas.manager)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"starts_at": timezone.now() - timedelta(hours=1)}, "in the future"),
        ({"mode": Meeting.Mode.IN_PERSON, "place": ""}, "where you meet"),
        ({"mode": Meeting.Mode.VIRTUAL, "video_link": ""}, "link of the video call"),
        ({"duration_minutes": 5}, "between 15 minutes and 8 hours"),
        ({"timezone_name": "Mars/Olympus"}, "Unknown time zone"),
    ],
)
def test_a_meeting_with_missing_or_wrong_details_is_refused_with_the_reason(mentorship, fields, message):
    with pytest.raises(ServiceError, match=message):
        schedule(mentorship, **fields)


def test_a_time_skipped_by_the_clocks_is_refused():
    with pytest.raises(ServiceError, match="does not exist"):
        services.local_datetime(datetime(2031, 3, 30).date(), time(2, 30), "Europe/Amsterdam")
    assert services.local_datetime(datetime(2031, 3, 30).date(), time(3, 30), "Europe/Amsterdam").hour == 3


def test_the_reminder_goes_out_once_per_meeting_version(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    now = timezone.now()
    meeting = make_meeting(mentorship, starts_at=now + timedelta(hours=20))
    Meeting.objects.filter(pk=meeting.pk).update(updated_at=now - timedelta(days=3))
    make_meeting(mentorship, starts_at=now + timedelta(hours=30))  # not tomorrow yet
    make_meeting(mentorship, starts_at=now + timedelta(hours=10))  # its invitation has just arrived

    with django_capture_on_commit_callbacks(execute=True):
        assert remind_meetings_tomorrow() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_meetings_tomorrow() == 0

    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [mentorship.mentor.user.email, mentorship.mentee.user.email]
    )
    assert all(m.subject.startswith("Tomorrow") for m in mailoutbox)
    assert all("Rehearse" not in m.body for m in mailoutbox)


def test_a_moved_meeting_is_reminded_again_but_a_cancelled_one_not(mentorship):
    now = timezone.now()
    moved = make_meeting(mentorship, starts_at=now + timedelta(hours=20), sequence=1)
    cancelled = make_meeting(mentorship, starts_at=now + timedelta(hours=20), status=Meeting.Status.CANCELLED)
    Meeting.objects.update(updated_at=now - timedelta(days=1))
    Notification.objects.create(
        user=mentorship.mentee.user, key=f"meeting-reminder:{moved.public_id}:0", kind="meeting-reminder"
    )

    assert remind_meetings_tomorrow(now=now.isoformat()) == 2
    assert not Notification.objects.filter(key__contains=str(cancelled.public_id)).exists()


def test_a_closed_mentorship_gets_no_reminders(mentorship):
    now = timezone.now()
    make_meeting(mentorship, starts_at=now + timedelta(hours=20))
    Meeting.objects.update(updated_at=now - timedelta(days=1))
    Mentorship.objects.filter(pk=mentorship.pk).update(status=Mentorship.Status.CLOSED)

    assert remind_meetings_tomorrow() == 0


def test_both_members_edit_the_shared_notes(mentorship):
    meeting = past_meeting(mentorship)

    services.meeting_shared_notes_save(
        meeting=meeting, actor=mentorship.mentee.user, notes="We agreed on 3 steps."
    )
    services.meeting_shared_notes_save(
        meeting=meeting, actor=mentorship.mentor.user, notes="We agreed on 3 steps. Step 1 done."
    )

    meeting.refresh_from_db()
    assert meeting.shared_notes == "We agreed on 3 steps. Step 1 done."
    assert meeting.shared_notes_updated_by == mentorship.mentor.user


def test_notes_wait_until_the_meeting_has_started(mentorship):
    meeting = make_meeting(mentorship)

    with pytest.raises(TransitionError, match="once the meeting has started"):
        services.private_note_save(meeting=meeting, actor=mentorship.mentee.user, body="prep")


def test_private_notes_are_one_per_person_and_an_empty_text_deletes_them(mentorship):
    meeting = past_meeting(mentorship)

    services.private_note_save(meeting=meeting, actor=mentorship.mentee.user, body="I felt nervous.")
    services.private_note_save(meeting=meeting, actor=mentorship.mentee.user, body="I felt less nervous.")
    services.private_note_save(meeting=meeting, actor=mentorship.mentor.user, body="Push on slides.")
    assert PrivateNote.objects.get(author=mentorship.mentee.user).body == "I felt less nervous."

    services.private_note_save(meeting=meeting, actor=mentorship.mentee.user, body="  ")
    assert list(PrivateNote.objects.values_list("author", flat=True)) == [mentorship.mentor.user.pk]


def test_no_notes_in_a_closed_mentorship(mentorship):
    meeting = past_meeting(mentorship)
    Mentorship.objects.filter(pk=mentorship.pk).update(status=Mentorship.Status.CLOSED)
    mentorship.refresh_from_db()
    meeting.mentorship = mentorship

    with pytest.raises(TransitionError, match="closed"):
        services.meeting_shared_notes_save(meeting=meeting, actor=mentorship.mentee.user, notes="late")
    with pytest.raises(TransitionError, match="closed"):
        services.private_note_save(meeting=meeting, actor=mentorship.mentee.user, body="late")


@pytest.mark.parametrize("how", ["early", "cohort-end"])
def test_closing_the_mentorship_cancels_its_future_meetings_and_sends_both_a_cancellation(
    mentorship, mailoutbox, django_capture_on_commit_callbacks, how
):
    from relationships import services as relationships

    future = make_meeting(mentorship, sequence=1)
    held = past_meeting(mentorship)
    already_cancelled = make_meeting(mentorship, status=Meeting.Status.CANCELLED, sequence=4)

    with django_capture_on_commit_callbacks(execute=True):
        if how == "early":
            relationships.mentorship_close(
                mentorship=mentorship, user=mentorship.mentee.user, reason="no-time"
            )
        else:
            programme = mentorship.programme
            programme.cohort_end = timezone.localdate() - timedelta(days=1)
            programme.save(update_fields=["cohort_end"])
            relationships.mentorship_close_at_cohort_end(mentorship=mentorship)

    for meeting in (future, held, already_cancelled):
        meeting.refresh_from_db()
    assert (future.status, future.sequence) == (Meeting.Status.CANCELLED, 2)
    assert (held.status, held.sequence) == (Meeting.Status.SCHEDULED, 0)  # held meetings stay history
    assert already_cancelled.sequence == 4
    cancellations = [m for m in mailoutbox if m.attachments]
    assert sorted(m.to[0] for m in cancellations) == sorted(
        [mentorship.mentor.user.email, mentorship.mentee.user.email]
    )
    for message in cancellations:
        name, calendar, mimetype = calendar_of(message)
        assert (name, mimetype) == ("cancel.ics", "text/calendar; method=CANCEL")
        [event] = calendar.walk("VEVENT")
        assert calendar["METHOD"] == "CANCEL"
        assert (str(event["UID"]), event["SEQUENCE"]) == (f"meeting-{future.public_id}@crossmentor", 2)
