import uuid

from django.conf import settings
from django.db import models


class Notification(models.Model):
    """Something a person should know, shown in the app and sent by email once.

    The subject and body are rendered in the person's language when the notification is made, so
    the email task only takes an id. Bodies never carry the content of a conversation (message
    text, notes): only what happened and a link.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    # What makes it unique for this person, e.g. "meeting-reminder:42:1": making it twice is a no-op.
    key = models.CharField(max_length=200)
    kind = models.CharField(max_length=50)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    url = models.CharField(max_length=500, blank=True)
    attachment_name = models.CharField(max_length=100, blank=True)
    attachment_content = models.TextField(blank=True)
    attachment_mimetype = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="unique_notification_key")]
        indexes = [models.Index(fields=["user", "read_at"])]
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.kind} for {self.user}"
