"""Reads for programmes. Every selector takes the actor's access (core.access) and never widens it."""

from django.db.models import Count, Q
from django.http import Http404

from core.access import ProgrammeAccess
from core.filters import choice
from core.suppression import Figure, count, withhold_complements
from organisations.models import Organisation

from .models import Enrolment, Need, Programme, ProgrammeOrganisation

FUNNEL_STATUSES = ["applied", "approved", "active", "alumni", "rejected", "withdrawn"]
# Who takes part: an applicant, a rejected or withdrawn person neither gives nor takes.
TAKING_PART = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE, Enrolment.Status.ALUMNI)


def programmes_for_user(*, user) -> dict[str, list[Programme]]:
    """The programmes a person has any role in, by role, for their dashboard."""
    if not user.is_authenticated:
        return {"managed": [], "coordinated": [], "enrolled": [], "open": []}
    organisation_id = getattr(getattr(user, "profile", None), "organisation_id", None)
    enrolled_ids = Enrolment.objects.filter(user=user).values("programme_id")
    return {
        "managed": list(Programme.objects.filter(managers=user)),
        "coordinated": list(
            Programme.objects.filter(memberships__organisation__coordinators=user).distinct()
        ),
        "enrolled": list(
            Enrolment.objects.filter(user=user).select_related("programme").order_by("-created_at")
        ),
        "open": list(
            Programme.objects.filter(
                open_for_applications=True,
                memberships__organisation_id=organisation_id,
                memberships__status=ProgrammeOrganisation.Status.JOINED,
            ).exclude(pk__in=enrolled_ids)
        )
        if organisation_id
        else [],
    }


def enrolment_list(*, access: ProgrammeAccess, status: str = "", organisation_key: str = "", query: str = ""):
    enrolments = access.enrolments().select_related("user", "organisation", "user__profile")
    if choice(status, Enrolment.Status.values, name="status"):
        enrolments = enrolments.filter(status=status)
    if organisation_key:
        enrolments = enrolments.filter(organisation__key=organisation_key)
    if query:
        enrolments = enrolments.filter(Q(user__name__icontains=query) | Q(user__email__icontains=query))
    return enrolments.prefetch_related("offers", "needs__competence").order_by(
        "organisation__name", "user__name"
    )


def enrolment_get(*, access: ProgrammeAccess, public_id) -> Enrolment:
    enrolment = (
        access.enrolments()
        .select_related("user", "organisation", "user__profile", "programme")
        .filter(public_id=public_id)
        .first()
    )
    if enrolment is None:
        raise Http404
    return enrolment


def enrolment_get_to_decide(*, access: ProgrammeAccess, public_id) -> Enrolment:
    enrolment = access.enrolments_to_decide().select_related("user", "organisation", "programme")
    found = enrolment.filter(public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def own_enrolment_get(*, access: ProgrammeAccess, public_id) -> Enrolment:
    """The actor's own enrolment, by its id; anyone else's is 404 even to those who may see it."""
    if access.enrolment is None or access.enrolment.public_id != public_id:
        raise Http404
    return access.enrolment


def own_needs(*, access: ProgrammeAccess) -> list[Need]:
    """The actor's own needs in the programme (none for a mentor); 404 for anyone not enrolled."""
    if access.enrolment is None:
        raise Http404
    return list(access.enrolment.needs.select_related("competence"))


def import_organisation(*, access: ProgrammeAccess) -> Organisation | None:
    """The organisation an import is limited to: none for the manager, the coordinator's own otherwise."""
    if access.is_manager:
        return None
    return Organisation.objects.filter(pk__in=access.coordinated_organisation_ids).order_by("name").first()


def participant_get(*, access: ProgrammeAccess, user_public_id) -> Enrolment:
    """Another participant's public profile, within a shared programme only."""
    enrolment = (
        access.participants()
        .select_related("user", "organisation", "user__profile")
        .filter(user__public_id=user_public_id)
        .first()
    )
    if enrolment is None:
        raise Http404
    return enrolment


def status_counts(*, access: ProgrammeAccess) -> list[dict]:
    """Counts by status over what the actor sees individually, with each status's label."""
    rows = access.enrolments().values("status").annotate(n=Count("id"))
    counts = dict.fromkeys(FUNNEL_STATUSES, 0)
    counts.update({row["status"]: row["n"] for row in rows})
    return [{"status": s, "label": Enrolment.Status(s).label, "n": n} for s, n in counts.items()]


def organisation_counts(*, access: ProgrammeAccess) -> list[dict]:
    """Per member organisation: enrolment counts by status, as `Figure`s (core.suppression).

    The manager sees every organisation's breakdown, a coordinator their own organisations'; of the
    others a coordinator sees only the total (a small status group could be read off by difference).
    Every count follows the one rule, whoever reads it: under five it reads "fewer than 5", and with
    the total shown, enough statuses are withheld that the total minus the shown ones never gives
    a small group away.

    Give and take, shown for every organisation to whoever sees the table: the mentors it
    contributes and the mentees it sends (people taking part), each withheld like any part of the
    shown total.
    """
    memberships = access.programme.memberships.select_related("organisation").order_by("organisation__name")
    rows = (
        Enrolment.objects.filter(programme=access.programme)
        .values("organisation_id", "status")
        .annotate(n=Count("id"))
    )
    by_organisation: dict[int, dict[str, int]] = {}
    for row in rows:
        by_organisation.setdefault(row["organisation_id"], {})[row["status"]] = row["n"]
    give_and_take = _give_and_take(access.programme)
    result = []
    for membership in memberships:
        found = by_organisation.get(membership.organisation_id, {})
        total = count(sum(found.values()))
        sides = give_and_take.get(membership.organisation_id, {"mentors": 0, "mentees": 0})
        own = access.is_manager or membership.organisation_id in access.coordinated_organisation_ids
        counts = {**{side: _part_of(total, n) for side, n in sides.items()}, "total": total}
        if own:
            parts = [count(found.get(status, 0)) for status in FUNNEL_STATUSES]
            if not total.suppressed:
                parts = withhold_complements(parts, disjoint=True)  # an enrolment has one status
            counts = {**dict(zip(FUNNEL_STATUSES, parts, strict=True)), **counts}
        result.append(
            {"organisation": membership.organisation, "membership": membership, "counts": counts, "own": own}
        )
    return result


def _give_and_take(programme: Programme) -> dict[int, dict[str, int]]:
    """Per organisation, the people taking part as mentor (mentors contributed) and as mentee
    (mentees sent); a person who is both counts on both sides."""
    mentor, mentee, both = Enrolment.Role.MENTOR, Enrolment.Role.MENTEE, Enrolment.Role.BOTH
    rows = (
        Enrolment.objects.filter(programme=programme, status__in=TAKING_PART)
        .values("organisation_id")
        .annotate(mentors=Count("id", filter=Q(role__in=(mentor, both))))
        .annotate(mentees=Count("id", filter=Q(role__in=(mentee, both))))
        .order_by()
    )
    return {row.pop("organisation_id"): row for row in rows}


def _part_of(total: Figure, n: int) -> Figure:
    """A side of the give and take, shown beside the organisation's total to everyone: withheld
    under five, and also when the total minus it (the people not on that side) is under five."""
    part, rest = count(n), count(total.value - n)
    if total.suppressed:
        return part
    return withhold_complements([part, rest.withhold()])[0]


def coordinated_organisations(*, access: ProgrammeAccess) -> list[Organisation]:
    return list(Organisation.objects.filter(pk__in=access.coordinated_organisation_ids))


def organisation_options(*, access: ProgrammeAccess) -> list[Organisation]:
    """Organisations the actor may import or invite people for."""
    if access.is_manager:
        return list(Organisation.objects.filter(memberships__programme=access.programme))
    return coordinated_organisations(access=access)
