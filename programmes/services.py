"""Writes for programmes, memberships, enrolments and invitations.

Enrolment states (every change goes through `_enrolment_transition`):

    applied ──approve──▶ approved ──activate──▶ active ──graduate──▶ alumni
       │                    │                     │
       └─reject─▶ rejected   └──────withdraw───────┴──▶ withdrawn   (also from applied)
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.errors import ServiceError, TransitionError
from notifications.services import language_of
from organisations.models import Organisation

from .models import Competence, Enrolment, Invitation, Need, Programme, ProgrammeOrganisation

ALLOWED_TRANSITIONS = {
    "approve": ({Enrolment.Status.APPLIED}, Enrolment.Status.APPROVED),
    "reject": ({Enrolment.Status.APPLIED}, Enrolment.Status.REJECTED),
    "activate": ({Enrolment.Status.APPROVED}, Enrolment.Status.ACTIVE),
    "graduate": ({Enrolment.Status.ACTIVE}, Enrolment.Status.ALUMNI),
    "withdraw": (
        {Enrolment.Status.APPLIED, Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE},
        Enrolment.Status.WITHDRAWN,
    ),
    "reapply": ({Enrolment.Status.WITHDRAWN, Enrolment.Status.REJECTED}, Enrolment.Status.APPLIED),
}
# The verbs of the transitions, for error messages in the reader's language.
ACTION_VERBS = {
    "approve": gettext_lazy("approve"),
    "reject": gettext_lazy("reject"),
    "activate": gettext_lazy("activate"),
    "graduate": gettext_lazy("graduate"),
    "withdraw": gettext_lazy("withdraw"),
    "reapply": gettext_lazy("apply again for"),
}
INVITATION_VALIDITY = timedelta(days=30)


def programme_create(*, actor, slug: str, name: str, **fields) -> Programme:
    if Programme.objects.filter(slug=slug).exists():
        raise ServiceError(_("A programme with the short name “%(slug)s” already exists.") % {"slug": slug})
    programme = Programme(slug=slug, name=name, **fields)
    _check_cohort_dates(programme)
    programme.full_clean()
    programme.save()
    if actor is not None:
        programme.managers.add(actor)
    return programme


def programme_update(*, programme: Programme, **fields) -> Programme:
    for name, value in fields.items():
        setattr(programme, name, value)
    _check_cohort_dates(programme)
    programme.full_clean()
    programme.save()
    return programme


def _check_cohort_dates(programme: Programme) -> None:
    start, end = programme.cohort_start, programme.cohort_end
    if start and end and end <= start:
        raise ServiceError(
            _("The cohort end (%(end)s) must be after the cohort start (%(start)s).")
            % {"end": end.isoformat(), "start": start.isoformat()},
            code="cohort_dates",
        )


def programme_invite_organisation(
    *, programme: Programme, organisation: Organisation
) -> ProgrammeOrganisation:
    membership, _created = ProgrammeOrganisation.objects.get_or_create(
        programme=programme, organisation=organisation
    )
    return membership


def programme_join(*, programme: Programme, organisation: Organisation) -> ProgrammeOrganisation:
    """A coordinator accepts the programme's invitation on behalf of their organisation."""
    membership = ProgrammeOrganisation.objects.filter(programme=programme, organisation=organisation).first()
    if membership is None:
        raise ServiceError(_("This organisation has not been invited to the programme."))
    if membership.status != ProgrammeOrganisation.Status.JOINED:
        membership.status = ProgrammeOrganisation.Status.JOINED
        membership.joined_at = timezone.now()
        membership.save(update_fields=["status", "joined_at"])
    return membership


def _enrolment_transition(enrolment: Enrolment, action: str, *, actor=None, reason: str = "") -> Enrolment:
    sources, target = ALLOWED_TRANSITIONS[action]
    if enrolment.status not in sources:
        raise TransitionError(
            _("Cannot %(action)s an enrolment that is %(status)s.")
            % {"action": ACTION_VERBS[action], "status": enrolment.get_status_display().lower()}
        )
    enrolment.status = target
    enrolment.decided_at = timezone.now()
    enrolment.decided_by = actor
    enrolment.status_reason = reason[:300]
    enrolment.save(update_fields=["status", "decided_at", "decided_by", "status_reason"])
    return enrolment


def enrolment_approve(*, actor, enrolment: Enrolment) -> Enrolment:
    return _enrolment_transition(enrolment, "approve", actor=actor)


def enrolment_reject(*, actor, enrolment: Enrolment, reason: str = "") -> Enrolment:
    return _enrolment_transition(enrolment, "reject", actor=actor, reason=reason)


def enrolment_withdraw(*, actor, enrolment: Enrolment, reason: str = "") -> Enrolment:
    return _enrolment_transition(enrolment, "withdraw", actor=actor, reason=reason)


def enrolment_activate(*, enrolment: Enrolment) -> Enrolment:
    return _enrolment_transition(enrolment, "activate")


@transaction.atomic
def enrolment_apply(
    *,
    user,
    programme: Programme,
    role: str,
    capacity: int = 1,
    motivation: str = "",
    offers: list[Competence] | tuple = (),
    needs: list[dict] | tuple = (),
) -> Enrolment:
    """A person applies (or re-applies) to a programme; their coordinator then decides."""
    organisation = getattr(user.profile, "organisation", None) if hasattr(user, "profile") else None
    if organisation is None:
        raise ServiceError(_("Your profile has no organisation; ask your coordinator to invite you."))
    if not programme.memberships.filter(
        organisation=organisation, status=ProgrammeOrganisation.Status.JOINED
    ).exists():
        raise ServiceError(_("Your organisation does not take part in this programme."))
    enrolment = Enrolment.objects.filter(programme=programme, user=user).first()
    if enrolment is None:
        enrolment = Enrolment(programme=programme, user=user, organisation=organisation)
    elif enrolment.status in (Enrolment.Status.WITHDRAWN, Enrolment.Status.REJECTED):
        enrolment.status = Enrolment.Status.APPLIED
    else:
        raise ServiceError(_("You are already enrolled in this programme."))
    enrolment.role = role
    enrolment.capacity = _checked_capacity(programme, role, capacity)
    enrolment.motivation = motivation
    enrolment.full_clean(exclude=["organisation", "programme", "user"])
    enrolment.save()
    enrolment_set_offers_and_needs(enrolment=enrolment, offers=offers, needs=needs)
    return enrolment


def _checked_capacity(programme: Programme, role: str, capacity: int) -> int:
    if role == Enrolment.Role.MENTEE:
        return 1
    if capacity < 1 or capacity > programme.max_mentees_per_mentor:
        raise ServiceError(
            _("Capacity must be between 1 and %(max)s mentees in this programme.")
            % {"max": programme.max_mentees_per_mentor}
        )
    return capacity


@transaction.atomic
def enrolment_set_offers_and_needs(*, enrolment: Enrolment, offers, needs) -> Enrolment:
    """Replace what a mentor offers and what a mentee needs, checking each fits the role."""
    offers = list(offers)
    needs = list(needs)
    if enrolment.is_mentor and not offers:
        raise ServiceError(_("A mentor offers at least one competence."))
    if enrolment.is_mentee and not needs:
        raise ServiceError(_("A mentee states at least one need."))
    competences = [need["competence"] for need in needs]
    if len(set(competences)) != len(competences):
        raise ServiceError(_("Each need must be about a different competence."))
    enrolment.offers.set(offers if enrolment.is_mentor else [])
    enrolment.needs.all().delete()
    if enrolment.is_mentee:
        Need.objects.bulk_create(
            Need(
                enrolment=enrolment,
                competence=need["competence"],
                function=need.get("function") or Need.Function.PROFESSIONAL_MENTORING,
                context=(need.get("context") or "")[:500],
            )
            for need in needs
        )
    return enrolment


@transaction.atomic
def enrolment_update(*, enrolment: Enrolment, capacity: int, motivation: str, offers, needs) -> Enrolment:
    if enrolment.status not in (Enrolment.Status.APPLIED, Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE):
        raise TransitionError(_("A closed enrolment cannot be changed."))
    enrolment.capacity = _checked_capacity(enrolment.programme, enrolment.role, capacity)
    enrolment.motivation = motivation
    enrolment.save(update_fields=["capacity", "motivation"])
    return enrolment_set_offers_and_needs(enrolment=enrolment, offers=offers, needs=needs)


def invitations_create(*, actor, programme: Programme, organisation: Organisation, emails: list[str]) -> list:
    """Invite people by email; an email already invited is sent a fresh invitation."""
    invitations = []
    with transaction.atomic():
        for email in emails:
            invitation, _created = Invitation.objects.update_or_create(
                programme=programme,
                email=email.lower(),
                defaults={
                    "organisation": organisation,
                    "invited_by": actor,
                    "expires_at": timezone.now() + INVITATION_VALIDITY,
                    "accepted_at": None,
                    "sent_at": None,
                },
            )
            invitations.append(invitation)
        invitations_send([invitation.pk for invitation in invitations])
    return invitations


INVITATIONS_PER_TASK = 500


def invitations_send(ids: list[int]) -> None:
    """Mail the invitations once the transaction commits, a few hundred per task."""
    from .tasks import send_invitations

    for start in range(0, len(ids), INVITATIONS_PER_TASK):
        chunk = ids[start : start + INVITATIONS_PER_TASK]
        transaction.on_commit(lambda chunk=chunk: send_invitations.delay(chunk))


def invitation_invitee(invitation: Invitation):
    """The account of the invited email, if there is one (an imported person has one)."""
    from accounts.models import User

    return User.objects.select_related("profile").filter(email__iexact=invitation.email).first()


def invitation_language(invitation: Invitation, invitee=None) -> str:
    """The invitee's own language when their account has a profile, else the inviting coordinator's."""
    if invitee is not None and hasattr(invitee, "profile"):
        return language_of(invitee)
    return language_of(invitation.invited_by)


@transaction.atomic
def invitation_accept(*, invitation: Invitation, name: str, password: str | None, user=None):
    """Accept an invitation: the person gets an account (or uses theirs) tied to the organisation."""
    from accounts.models import Profile, User

    if not invitation.is_open:
        raise ServiceError(_("This invitation has expired or has already been used."))
    if user is None:
        user = User.objects.filter(email__iexact=invitation.email).first()
    if user is None:
        user = User.objects.create_user(email=invitation.email, password=password, name=name)
    elif user.email.lower() != invitation.email.lower():
        raise ServiceError(_("This invitation was sent to another email address."))
    elif password:
        _claim_account(user, name=name, password=password)
    # A new person's emails keep the language their invitation came in.
    profile, _created = Profile.objects.get_or_create(
        user=user, defaults={"language": invitation_language(invitation)}
    )
    if profile.organisation_id is None:
        profile.organisation = invitation.organisation
        profile.save(update_fields=["organisation"])
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


def _claim_account(user, *, name: str, password: str) -> None:
    """The link sets the first password of an account that has none (an imported person), never
    another: whoever holds a link must not take over an account (its owner signs in instead)."""
    if user.has_usable_password():
        raise ServiceError(_("This email address already has an account: sign in to accept the invitation."))
    user.set_password(password)
    user.name = name or user.name
    user.save(update_fields=["password", "name"])


def catalogue_sync(*, using: str = "default") -> None:
    """Create or update the built-in competences from programmes.catalogue (idempotent)."""
    from .catalogue import COMPETENCES

    existing = {
        c.slug: c for c in Competence.objects.using(using).filter(slug__in=[c["slug"] for c in COMPETENCES])
    }
    new, changed = [], []
    for entry in COMPETENCES:
        competence = existing.get(entry["slug"])
        if competence is None:
            new.append(
                Competence(slug=entry["slug"], group=entry["group"], names=entry["name"], builtin=True)
            )
        elif (competence.group, competence.names, competence.builtin) != (
            entry["group"],
            entry["name"],
            True,
        ):
            competence.group, competence.names, competence.builtin = entry["group"], entry["name"], True
            changed.append(competence)
    Competence.objects.using(using).bulk_create(new)
    Competence.objects.using(using).bulk_update(changed, ["group", "names", "builtin"])
