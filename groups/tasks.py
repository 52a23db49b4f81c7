"""Notifications to every member of a group; each task takes ids and may run twice safely."""

from celery import shared_task

from notifications.services import Attachment, notify

from .ics import CANCEL, REQUEST, group_path, meeting_ics
from .models import CircleFormation, GroupMeeting, Membership, Post
from .selectors import member_users


@shared_task
def notify_post(post_id: int) -> None:
    """Tell the group's members (but the author) that something was posted; never what."""
    post = Post.objects.select_related("group__programme", "author", "parent").filter(pk=post_id).first()
    if post is None:
        return
    group = post.group
    for user in member_users(group).exclude(pk=post.author_id):
        notify(
            user=user,
            key=f"group-post:{post.public_id}",
            kind="group",
            template="groups/email/reply" if post.parent_id else "groups/email/post",
            context={"group": group, "who": post.author},
            path=group_path(group),
        )


@shared_task
def notify_meeting(meeting_id: int, sequence: int) -> None:
    """Send every member the invitation (or the cancellation) of this version of the meeting."""
    meeting = (
        GroupMeeting.objects.select_related("group__programme", "created_by").filter(pk=meeting_id).first()
    )
    if meeting is None or meeting.sequence != sequence:
        return  # a later version has its own task
    group = meeting.group
    attendees = list(member_users(group))
    cancelled = meeting.status == GroupMeeting.Status.CANCELLED
    content = meeting_ics(meeting, attendees=attendees, method=CANCEL if cancelled else REQUEST)
    for user in attendees:
        notify(
            user=user,
            key=f"group-meeting:{meeting.public_id}:{sequence}",
            kind="group-meeting",
            template="groups/email/meeting_cancelled" if cancelled else "groups/email/meeting",
            context={"group": group, "meeting": meeting, "who": meeting.created_by},
            path=group_path(group),
            attachment=Attachment(name="invite.ics", content=content, mimetype="text/calendar"),
        )


@shared_task
def notify_circles_published(formation_id: int) -> None:
    """Tell each person of a published formation which circle they are in."""
    formation = CircleFormation.objects.select_related("programme").filter(pk=formation_id).first()
    if formation is None or formation.status != CircleFormation.Status.PUBLISHED:
        return
    memberships = Membership.objects.filter(
        group__formation=formation, status=Membership.Status.ACTIVE
    ).select_related("group__programme", "user__profile")
    for membership in memberships:
        notify(
            user=membership.user,
            key=f"circle-published:{formation.public_id}",
            kind="group",
            template="groups/email/circle_published",
            context={"group": membership.group},
            path=group_path(membership.group),
        )
