from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from django.core import mail

from core.factories import UserFactory
from notifications.models import Notification
from notifications.services import Attachment, notify
from notifications.tasks import email_notification

pytestmark = pytest.mark.django_db


def _notify(user, key="hello:1", context_subject="About a thing", **extra):
    return notify(
        user=user,
        key=key,
        kind="test",
        template="notifications/email/generic",
        context={"subject_line": context_subject, "text": "A thing happened."},
        path="/notifications/",
        **extra,
    )


def test_it_records_and_emails_a_notification_once(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        first = _notify(user)
        second = _notify(user)
    assert first is not None and second is None
    assert Notification.objects.filter(user=user).count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    assert "/notifications/" in mail.outbox[0].body


def test_running_the_email_task_twice_sends_one_email(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=False):
        notification = _notify(user)
    email_notification(notification.pk)
    email_notification(notification.pk)
    assert len(mail.outbox) == 1


def test_it_attaches_a_calendar_file(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        _notify(
            user, attachment=Attachment("invite.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
        )
    name, content, mimetype = mail.outbox[0].attachments[0]
    assert name == "invite.ics" and "VCALENDAR" in content and mimetype.startswith("text/calendar")


def test_it_writes_in_the_persons_language(django_capture_on_commit_callbacks):
    user = UserFactory()
    user.profile.language = "nl"
    user.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        notification = _notify(user)
    assert notification.body.startswith("Hallo ")


def test_a_person_sees_only_their_own_notifications(client):
    alice, bob = UserFactory(), UserFactory()
    _notify(alice, key="a")
    client.force_login(bob)
    page = client.get("/notifications/")
    assert page.status_code == 200
    assert b"About a thing" not in page.content
    client.post(f"/notifications/{Notification.objects.get(user=alice).public_id}/read/")
    assert Notification.objects.get(user=alice).read_at is None


def test_names_with_ampersands_and_apostrophes_are_written_as_typed_in_the_email_and_the_app(
    django_capture_on_commit_callbacks,
):
    user = UserFactory(name="Siobhán O'Brien")
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify(
            user=user,
            key="plain",
            kind="test",
            template="notifications/email/generic",
            context={"subject_line": "R&D <Labs> wrote", "text": 'O\'Brien & Co. said "hi"'},
        )

    assert notification.subject == "R&D <Labs> wrote"
    assert 'O\'Brien & Co. said "hi"' in notification.body and "Hello Siobhán," in notification.body
    assert (mail.outbox[0].subject, mail.outbox[0].body) == (notification.subject, notification.body)


def test_a_line_break_in_a_name_gives_a_one_line_subject(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        notification = _notify(user, key="broken", context_subject="Ann\r\nBcc: victim@example.com")

    assert notification.subject == "Ann Bcc: victim@example.com"
    assert mail.outbox[0].subject == notification.subject


def test_an_email_gives_times_in_the_recipients_own_zone(personas):
    mentee = personas.mentee_acme
    mentee.profile.timezone = "America/New_York"
    mentee.profile.save()
    meeting = SimpleNamespace(starts_at=datetime(2026, 3, 10, 23, 30, tzinfo=UTC))

    notification = notify(
        user=mentee,
        key="zone-test",
        kind="group-meeting",
        template="groups/email/meeting",
        context={"group": SimpleNamespace(name="Supply chain circle"), "meeting": meeting},
    )

    assert "Tuesday 10 March 2026, 19:30 (America/New_York)" in notification.body
