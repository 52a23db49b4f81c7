from celery import shared_task
from django.core.mail import EmailMessage
from django.utils import timezone

from .models import Notification


@shared_task
def email_notification(notification_id: int) -> None:
    """Email one notification. Running it twice sends one email: the send is claimed first."""
    claimed = Notification.objects.filter(pk=notification_id, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return
    notification = Notification.objects.select_related("user").get(pk=notification_id)
    email = EmailMessage(notification.subject, notification.body, None, [notification.user.email])
    if notification.attachment_name:
        email.attach(
            notification.attachment_name,
            notification.attachment_content,
            notification.attachment_mimetype or "application/octet-stream",
        )
    email.send()
