"""Telling people what happened: in the app and by email, in their own language, once."""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.zones import zone_of

from .models import Notification


@dataclass(frozen=True)
class Attachment:
    name: str
    content: str
    mimetype: str


def render_email(template: str, context: dict) -> tuple[str, str]:
    """The subject and body of `<template>_subject.txt` / `<template>.txt`, as plain text.

    The subject is one line whatever the names in it hold: a line break in a header would fail
    the send (or, unchecked, add a header)."""
    subject = render_to_string(f"{template}_subject.txt", context, using="text")
    body = render_to_string(f"{template}.txt", context, using="text")
    return " ".join(subject.split()), body


def language_of(user) -> str:
    profile = getattr(user, "profile", None)
    return getattr(profile, "language", "") or settings.LANGUAGE_CODE


def notify(
    *,
    user,
    key: str,
    kind: str,
    template: str,
    context: dict,
    path: str = "",
    attachment: Attachment | None = None,
) -> Notification | None:
    """Record a notification and email it after the transaction commits.

    `template` names a pair `<template>_subject.txt` / `<template>.txt`, rendered in the person's
    language and time zone with `context` plus `person` and `url`. A second call with the same key
    does nothing and returns None, which is what makes reminders and retried tasks send one email.
    """
    if Notification.objects.filter(user=user, key=key).exists():
        return None
    url = f"{settings.SITE_URL}{path}" if path else settings.SITE_URL
    context = {**context, "person": user, "url": url}
    with translation.override(language_of(user)), timezone.override(zone_of(user)):
        subject, body = render_email(template, context)
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user,
                key=key,
                kind=kind,
                subject=subject[:300],
                body=body,
                url=path,
                attachment_name=attachment.name if attachment else "",
                attachment_content=attachment.content if attachment else "",
                attachment_mimetype=attachment.mimetype if attachment else "",
            )
    except IntegrityError:
        return None  # the same notification was made concurrently
    from .tasks import email_notification

    transaction.on_commit(lambda: email_notification.delay(notification.pk))
    return notification


def notification_mark_read(*, user, public_id=None) -> int:
    """Mark one (or, without an id, all) of the person's notifications read."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if public_id is not None:
        unread = unread.filter(public_id=public_id)
    return unread.update(read_at=timezone.now())
