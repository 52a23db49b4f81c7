"""Reads of mentorships, always through the actor's `ProgrammeAccess` (core/access.py)."""

from django.shortcuts import get_object_or_404

from .models import Mentorship

RELATED = ("mentor__user__profile", "mentee__user__profile", "mentor__organisation", "mentee__organisation")


def mentorship_get_for_member(*, access, public_id) -> Mentorship:
    """The mentorship if the actor is its mentor or mentee; 404 for anyone else (content pages)."""
    return get_object_or_404(
        access.mentorships_as_member().select_related(*RELATED, "need__competence"), public_id=public_id
    )


def mentorship_get_for_overseer(*, access, public_id) -> Mentorship:
    """The mentorship if the actor may know of it (member, their coordinator, the manager); else 404."""
    return get_object_or_404(
        access.mentorships().select_related(*RELATED, "need__competence"), public_id=public_id
    )
