"""One notification through a real SMTP server (aiosmtpd, started by the test on a free port)."""

import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from relationships import services
from relationships.factories import MentorshipFactory


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    inbox = Inbox()
    # server_hostname spares aiosmtpd a slow reverse DNS lookup of this machine.
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), server_hostname="localhost")
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "use_tls": False, "timeout": 5},
        }
    }
    yield inbox
    controller.stop()


@pytest.mark.django_db
def test_a_message_notification_reaches_a_real_smtp_server_without_the_message(
    smtp_inbox, django_capture_on_commit_callbacks
):
    mentorship = MentorshipFactory()

    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(mentorship=mentorship, user=mentorship.mentee.user, body="Our secret agenda")

    assert len(smtp_inbox.messages) == 1
    recipients, email = smtp_inbox.messages[0]
    assert recipients == [mentorship.mentor.user.email]
    assert email["Subject"] == f"New message from {mentorship.mentee.user.name}"
    body = email.get_payload(decode=True).decode()
    assert "Our secret agenda" not in body
    assert f"/mentorships/{mentorship.public_id}/messages/" in body
