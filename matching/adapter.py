"""The Django side of the matching engine: load a programme's pool, solve, read the answer.

The engine (matching.engine) knows nothing of Django; this module turns enrolments, needs and
offers into its plain inputs, keyed by database ids, and its proposals back into rows.
"""

from dataclasses import dataclass

from django.db.models import Count, Q

from programmes.models import Enrolment, Need, Programme

from . import engine
from .models import PairExclusion, Proposal

# Our need function slugs -> the engine's kinds of mentoring function.
KIND_OF_FUNCTION = {
    "challenging-assignments": "challenging_assignments",
    "relationship-coaching": "relationship_coaching",
    "personal-mentoring": "personal",
    "skills-mentoring": "skills",
    "professional-mentoring": "professional",
}
LIVE = (Proposal.Status.PUBLISHED, Proposal.Status.ACCEPTED)
MATCHABLE = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)


@dataclass
class Pool:
    mentees: list
    mentors: list
    rules: object
    needs: dict[int, Need]


def live_proposals(programme: Programme):
    return Proposal.objects.filter(programme=programme, status__in=LIVE)


def load_pool(programme: Programme, *, locked: set[tuple[int, int]] = frozenset()) -> Pool:
    """Open needs of approved mentees and the remaining capacity of approved mentors."""
    live = live_proposals(programme)
    taken_needs = set(live.values_list("need_id", flat=True))
    mentor_load = dict(live.values("mentor_id").annotate(n=Count("id")).values_list("mentor_id", "n"))
    mentee_load = dict(live.values("mentee_id").annotate(n=Count("id")).values_list("mentee_id", "n"))
    enrolments = (
        Enrolment.objects.filter(programme=programme, status__in=MATCHABLE)
        .select_related("user__profile", "organisation")
        .prefetch_related("offers")
    )
    needs = {
        need.pk: need
        for need in Need.objects.filter(enrolment__programme=programme, enrolment__status__in=MATCHABLE)
        .exclude(pk__in=taken_needs)
        .select_related("competence")
    }
    needs_by_mentee: dict[int, list[Need]] = {}
    for need in needs.values():
        needs_by_mentee.setdefault(need.enrolment_id, []).append(need)
    mentees, mentors = [], []
    for enrolment in enrolments:
        has_room = mentee_load.get(enrolment.pk, 0) < programme.max_mentors_per_mentee
        if enrolment.is_mentee and needs_by_mentee.get(enrolment.pk) and has_room:
            mentees.append(_mentee(enrolment, needs_by_mentee[enrolment.pk]))
        if enrolment.is_mentor:
            capacity = min(enrolment.capacity, programme.max_mentees_per_mentor) - mentor_load.get(
                enrolment.pk, 0
            )
            if capacity > 0:
                mentors.append(_mentor(enrolment, capacity))
    return Pool(mentees=mentees, mentors=mentors, rules=_rules(programme, locked), needs=needs)


def _person(enrolment: Enrolment) -> dict:
    profile = getattr(enrolment.user, "profile", None)
    return {
        "key": enrolment.pk,
        "organisation": enrolment.organisation_id,
        "country": (getattr(profile, "country", "") or enrolment.organisation.country).upper(),
        "languages": frozenset(getattr(profile, "languages", None) or ["en"]),
        "seniority": getattr(profile, "seniority", None) or 3,
        "utc_offset": engine.utc_offset(getattr(profile, "timezone", None) or "UTC"),
        "sector": enrolment.organisation.sector or None,
    }


def _mentee(enrolment: Enrolment, needs: list[Need]):
    return engine.Mentee(
        **_person(enrolment),
        needs=tuple(
            engine.Need(
                key=need.pk,
                competence=need.competence.slug,
                kind=KIND_OF_FUNCTION.get(need.function),
                text=need.context,
            )
            for need in needs
        ),
    )


def _mentor(enrolment: Enrolment, capacity: int):
    profile = getattr(enrolment.user, "profile", None)
    return engine.Mentor(
        **_person(enrolment),
        capacity=capacity,
        offers=tuple(competence.slug for competence in enrolment.offers.all()),
        bio=getattr(profile, "bio", "") or "",
    )


def _rules(programme: Programme, locked) -> object:
    from organisations.models import Organisation

    competitors = set()
    through = Organisation.competitors.through
    for a, b in through.objects.filter(Q(from_organisation__memberships__programme=programme)).values_list(
        "from_organisation_id", "to_organisation_id"
    ):
        competitors.add(frozenset((a, b)))
    excluded = set(PairExclusion.objects.filter(programme=programme).values_list("mentee_id", "mentor_id"))
    # A mentor already working with a mentee is never proposed for another of their needs.
    excluded |= set(live_proposals(programme).values_list("mentee_id", "mentor_id"))
    weights = programme_weights(programme)
    return engine.Rules(
        cross_country=programme.cross_country,
        exclude_competitors=programme.exclude_competitors,
        competitors=competitors,
        max_mentors_per_mentee=programme.max_mentors_per_mentee,
        first_mentor_priority=programme.first_mentor_priority,
        excluded_pairs=excluded,
        locked=set(locked),
        reverse_competences=set(programme.reverse_competences or []),
        weights=weights,
    )


def programme_weights(programme: Programme):
    """The engine's default weights with the programme's own overrides."""
    defaults = engine.Weights().as_dict()
    return engine.Weights(**{k: float(v) for k, v in programme.matching_weights.items() if k in defaults})


def _rank(pool: Pool, need: Need, mentor_ids=None, k: int = 10) -> list:
    mentee = next((m for m in pool.mentees if m.key == need.enrolment_id), None)
    if mentee is None:
        return []
    mentors = pool.mentors if mentor_ids is None else [m for m in pool.mentors if m.key in mentor_ids]
    if not mentors:
        return []
    return engine.rank_mentors([mentee], mentors, pool.rules, need.pk, k=k)


def pair_problem(pool: Pool, need: Need, mentor_id: int) -> str:
    """Why this mentor may not take this need ('' when the pair obeys every hard rule)."""
    from django.utils.translation import gettext as _

    if not any(m.key == mentor_id for m in pool.mentors):
        return _("This mentor has no capacity left.")
    if not _rank(pool, need, {mentor_id}, k=1):
        return _("The programme's rules do not allow this pair.")
    return ""


def components_of(pool: Pool, need: Need, mentor_id: int) -> dict[str, float]:
    ranked = _rank(pool, need, {mentor_id}, k=1)
    return {k: round(float(v), 4) for k, v in ranked[0].components.items()} if ranked else {}


def recommendations(programme: Programme, needs: list[Need], k: int = 10) -> dict[int, list]:
    """Per need, the best mentors under the hard rules and current capacity (one pool load for all)."""
    pool = load_pool(programme)
    return {need.pk: _rank(pool, need, k=k) for need in needs}
