"""The one place where scope is decided.

Every page and API endpoint under a programme (`/p/<slug>/…`, `/api/programmes/<slug>/…`) or an
organisation (`/o/<key>/…`, `/api/organisations/<key>/…`) resolves the actor's access here first.
Anything the actor may not see answers 404, exactly like a missing object, so that an outsider
cannot even learn that a programme or a person exists.
"""

from dataclasses import dataclass, field
from functools import cached_property, wraps

from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _

from organisations.models import Organisation
from programmes.models import Enrolment, Programme, ProgrammeOrganisation

# Enrolments whose holder counts as a participant others may look up.
VISIBLE_STATUSES = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE, Enrolment.Status.ALUMNI)


@dataclass(frozen=True)
class ProgrammeAccess:
    """What one actor may do in one programme."""

    programme: Programme
    user: object
    is_manager: bool = False
    coordinated_organisation_ids: frozenset[int] = field(default_factory=frozenset)
    enrolment: Enrolment | None = None
    may_apply: bool = False

    @property
    def is_coordinator(self) -> bool:
        return bool(self.coordinated_organisation_ids)

    @property
    def is_participant(self) -> bool:
        return self.enrolment is not None and self.enrolment.status in VISIBLE_STATUSES

    @property
    def sees_individuals(self) -> bool:
        return self.is_manager or self.is_coordinator

    @cached_property
    def roles(self) -> list[str]:
        roles = []
        if self.is_manager:
            roles.append("manager")
        if self.is_coordinator:
            roles.append("coordinator")
        if self.enrolment is not None:
            roles.append("participant")
        return roles

    def enrolments(self):
        """Enrolments the actor may see individually."""
        queryset = Enrolment.objects.filter(programme=self.programme)
        if self.is_manager:
            return queryset
        if self.is_coordinator:
            own = queryset.filter(organisation_id__in=self.coordinated_organisation_ids)
            if self.enrolment is not None:
                own = own | queryset.filter(pk=self.enrolment.pk)
            return own
        if self.enrolment is not None:
            return queryset.filter(pk=self.enrolment.pk)
        return queryset.none()

    def enrolments_to_decide(self):
        """Enrolments the actor may approve or reject: a coordinator never decides on their own."""
        if self.is_manager:
            return self.enrolments()
        if self.is_coordinator:
            return self.enrolments().exclude(user=self.user)
        return Enrolment.objects.none()

    def sees_person(self, enrolment) -> bool:
        """Whether the actor may know who this participant is, beyond their organisation.

        A coordinator overseeing a mentorship of one of their people sees the other side's
        organisation, never the person: nothing individual of another organisation.
        """
        return self._knows(user_id=enrolment.user_id, organisation_id=enrolment.organisation_id)

    def person_name(self, enrolment) -> str:
        if self.sees_person(enrolment):
            return enrolment.user.name
        return self._someone_from(enrolment.organisation)

    def person_email(self, enrolment) -> str:
        """The participant's email, or only their organisation, by the same rule as `person_name`."""
        if self.sees_person(enrolment):
            return enrolment.user.email
        return self._someone_from(enrolment.organisation)

    def user_name(self, user) -> str:
        """`person_name` for someone met as a user (a group's facilitator), by their profile's organisation.

        Someone of no organisation (a programme manager facilitating a group) is staff, named to all.
        """
        organisation = getattr(getattr(user, "profile", None), "organisation", None)
        if organisation is None or self._knows(user_id=user.pk, organisation_id=organisation.pk):
            return user.name
        return self._someone_from(organisation)

    def _knows(self, *, user_id, organisation_id) -> bool:
        if self.is_manager or user_id == self.user.pk:
            return True
        if self.enrolment is not None and self.is_participant:
            return True  # participants see each other's public profiles within the programme
        return organisation_id in self.coordinated_organisation_ids

    @staticmethod
    def _someone_from(organisation) -> str:
        return _("Someone from %(organisation)s") % {"organisation": organisation.name}

    def mentorships(self):
        """Mentorships the actor may know of: their own, their people's (coordinator), all (manager).

        Knowing of one means its people, state and health; its content (agreement text, goals,
        meetings, notes, messages, check-in answers) is for its members only: see
        `mentorships_as_member`.
        """
        from relationships.models import Mentorship

        queryset = Mentorship.objects.filter(programme=self.programme)
        if self.is_manager:
            return queryset
        own = self.mentorships_as_member()
        if self.is_coordinator:
            ids = self.coordinated_organisation_ids
            return (
                queryset.filter(mentor__organisation_id__in=ids)
                | queryset.filter(mentee__organisation_id__in=ids)
                | own
            )
        return own

    def mentorships_as_member(self):
        """Mentorships the actor is the mentor or the mentee of: the only ones whose content they see.

        The mentee side of an incubator team's mentorship is every founder of the team."""
        from groups.models import Membership
        from relationships.models import Mentorship

        queryset = Mentorship.objects.filter(programme=self.programme)
        if self.enrolment is None:
            return queryset.none()
        teams = Membership.objects.filter(
            user=self.user, role=Membership.Role.MEMBER, status=Membership.Status.ACTIVE
        ).values("group_id")
        return queryset.filter(
            Q(mentor=self.enrolment) | Q(team__isnull=True, mentee=self.enrolment) | Q(team__in=teams)
        )

    def participants(self):
        """Enrolments whose public profile the actor may open."""
        visible = Enrolment.objects.filter(programme=self.programme, status__in=VISIBLE_STATUSES)
        if self.is_manager or self.is_participant:
            return visible
        if self.is_coordinator:
            return visible.filter(organisation_id__in=self.coordinated_organisation_ids)
        return visible.none()


def programme_access_for(user, slug: str) -> ProgrammeAccess:
    """Resolve the actor's access to a programme, or raise 404 when they have none."""
    if not user.is_authenticated:
        raise Http404
    programme = Programme.objects.filter(slug=slug).first()
    if programme is None:
        raise Http404
    access = ProgrammeAccess(
        programme=programme,
        user=user,
        is_manager=programme.managers.filter(pk=user.pk).exists(),
        coordinated_organisation_ids=frozenset(
            programme.memberships.filter(organisation__coordinators=user).values_list(
                "organisation_id", flat=True
            )
        ),
        enrolment=programme.enrolments.filter(user=user).select_related("organisation").first(),
        may_apply=_may_apply(user, programme),
    )
    if not (access.roles or access.may_apply):
        raise Http404
    return access


def _may_apply(user, programme: Programme) -> bool:
    """A person of a joined organisation may apply to an open programme, or with an invitation."""
    organisation_id = getattr(getattr(user, "profile", None), "organisation_id", None)
    if organisation_id is None:
        return False
    joined = programme.memberships.filter(
        organisation_id=organisation_id, status=ProgrammeOrganisation.Status.JOINED
    ).exists()
    invited = programme.invitations.filter(email__iexact=user.email, organisation_id=organisation_id).exists()
    return joined and (programme.open_for_applications or invited)


def organisation_for_coordinator(user, key: str) -> Organisation:
    """The organisation with this key if the actor coordinates it; 404 otherwise."""
    if not user.is_authenticated:
        raise Http404
    organisation = Organisation.objects.filter(key=key, coordinators=user).first()
    if organisation is None:
        raise Http404
    return organisation


def programme_view(*, roles: tuple[str, ...] | None = None):
    """Decorate a view taking `slug`: resolves `request.access`, 404 unless the actor has a role."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, slug, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            access = programme_access_for(request.user, slug)
            if roles is not None and not set(roles) & set(access.roles):
                raise Http404
            request.access = access
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def organisation_view(view):
    """Decorate a view taking `key`: resolves `request.organisation` for its coordinators only."""

    @wraps(view)
    def wrapper(request, key, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        request.organisation = organisation_for_coordinator(request.user, key)
        return view(request, *args, **kwargs)

    return wrapper
