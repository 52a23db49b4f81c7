from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone, translation

from notifications.services import render_email

from .models import Invitation
from .services import invitation_invitee, invitation_language


@shared_task
def send_invitations(invitation_ids: list[int]) -> None:
    for invitation_id in invitation_ids:
        send_invitation(invitation_id)


@shared_task
def send_invitation(invitation_id: int) -> None:
    """Email an invitation link. Idempotent: a sent invitation records when and is not sent twice."""
    invitation = (
        Invitation.objects.select_related("programme", "organisation", "invited_by__profile")
        .filter(pk=invitation_id, accepted_at__isnull=True, sent_at__isnull=True)
        .first()
    )
    if invitation is None:
        return
    # Claim the send before sending so that a retried task does not mail twice.
    claimed = Invitation.objects.filter(pk=invitation.pk, sent_at__isnull=True).update(sent_at=timezone.now())
    if not claimed:
        return
    invitee = invitation_invitee(invitation)
    context = {
        "invitation": invitation,
        "url": f"{settings.SITE_URL}/invitations/{invitation.token}/",
        "has_password": invitee is not None and invitee.has_usable_password(),
    }
    with translation.override(invitation_language(invitation, invitee)):
        subject, body = render_email("programmes/email/invitation", context)
    send_mail(subject, body, None, [invitation.email])
