"""The Django side of the matching engine: load a programme's pool, solve, read the answer.

The engine (matching.engine) knows nothing of Django; this module turns enrolments, needs and
offers into its plain inputs, keyed by database ids, and its proposals back into rows.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from learning.selectors import blocked_enrolment_ids
from programmes.models import Enrolment, Need, Programme
from relationships import capacity

from . import engine, pairs

# Our need function slugs -> the engine's kinds of mentoring function.
KIND_OF_FUNCTION = {
    "challenging-assignments": "challenging_assignments",
    "relationship-coaching": "relationship_coaching",
    "personal-mentoring": "personal",
    "skills-mentoring": "skills",
    "professional-mentoring": "professional",
}
MATCHABLE = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)


@dataclass
class Pool:
    mentees: list
    mentors: list
    rules: object
    needs: dict[int, engine.Need]  # open needs by id
    blocked: frozenset[int] = frozenset()  # enrolments the e-learning gate keeps out of matching
    full_mentors: list = field(default_factory=list)  # no place left: only to explain an empty list


# One row per enrolment: everything the engine needs about the person (no model instances: a pool
# of 10k people loads in a second this way, against several with the ORM's objects).
PERSON_FIELDS = (
    "pk",
    "role",
    "capacity",
    "organisation_id",
    "organisation__country",
    "organisation__sector",
    "user__profile__country",
    "user__profile__languages",
    "user__profile__seniority",
    "user__profile__timezone",
    "user__profile__bio",
)


def load_pool(programme: Programme, *, locked: set[tuple[int, int]] = frozenset()) -> Pool:
    """Open needs of approved mentees and the remaining capacity of approved mentors."""
    # Places and needs are counted by the one rule requests are counted by.
    taken_needs = capacity.taken_need_ids(programme)
    mentor_load = capacity.mentor_loads(programme)
    mentee_load = capacity.mentee_loads(programme)
    matchable = {"programme": programme, "status__in": MATCHABLE}
    needs: dict[int, engine.Need] = {}
    needs_by_mentee: dict[int, list[engine.Need]] = {}
    for pk, enrolment_id, slug, function, context in (
        Need.objects.filter(enrolment__programme=programme, enrolment__status__in=MATCHABLE)
        .exclude(pk__in=taken_needs)
        .values_list("pk", "enrolment_id", "competence__slug", "function", "context")
    ):
        need = engine.Need(key=pk, competence=slug, kind=KIND_OF_FUNCTION.get(function), text=context)
        needs[pk] = need
        needs_by_mentee.setdefault(enrolment_id, []).append(need)
    offers: dict[int, list[str]] = {}
    for enrolment_id, slug in (
        Enrolment.offers.through.objects.filter(
            enrolment__programme=programme, enrolment__status__in=MATCHABLE
        )
        .order_by("competence__group", "competence__slug")
        .values_list("enrolment_id", "competence__slug")
    ):
        offers.setdefault(enrolment_id, []).append(slug)
    mentees, mentors, full_mentors = [], [], []
    offsets: dict[str, float] = {}
    # People still missing the programme's required e-learning stay out of the pool.
    blocked = blocked_enrolment_ids(programme=programme, step="match")
    for row in Enrolment.objects.filter(**matchable).exclude(pk__in=blocked).values_list(*PERSON_FIELDS):
        person = dict(zip(PERSON_FIELDS, row, strict=True))
        pk, role = person["pk"], person["role"]
        has_room = mentee_load[pk] < programme.max_mentors_per_mentee
        if role in MENTEE_ROLES and needs_by_mentee.get(pk) and has_room:
            mentees.append(engine.Mentee(**_person(person, offsets), needs=tuple(needs_by_mentee[pk])))
        if role in MENTOR_ROLES:
            places = capacity.capacity_of(capacity=person["capacity"], programme=programme) - mentor_load[pk]
            mentor = engine.Mentor(
                **_person(person, offsets),
                capacity=max(places, 0),
                offers=tuple(offers.get(pk, ())),
                bio=person["user__profile__bio"] or "",
            )
            (mentors if places > 0 else full_mentors).append(mentor)
    rules = _rules(programme, locked)
    return Pool(mentees, mentors, rules, needs, blocked=frozenset(blocked), full_mentors=full_mentors)


MENTEE_ROLES = (Enrolment.Role.MENTEE, Enrolment.Role.BOTH)
MENTOR_ROLES = (Enrolment.Role.MENTOR, Enrolment.Role.BOTH)


def _person(person: dict, offsets: dict[str, float]) -> dict:
    zone = person["user__profile__timezone"] or "UTC"
    if zone not in offsets:
        offsets[zone] = engine.utc_offset(zone)
    return {
        "key": person["pk"],
        "organisation": person["organisation_id"],
        "country": (person["user__profile__country"] or person["organisation__country"] or "").upper(),
        "languages": frozenset(person["user__profile__languages"] or ["en"]),
        "seniority": person["user__profile__seniority"] or 3,
        "utc_offset": offsets[zone],
        "sector": person["organisation__sector"] or None,
    }


def _rules(programme: Programme, locked) -> object:
    from organisations.models import Organisation

    competitors = set()
    through = Organisation.competitors.through
    for a, b in through.objects.filter(Q(from_organisation__memberships__programme=programme)).values_list(
        "from_organisation_id", "to_organisation_id"
    ):
        competitors.add(frozenset((a, b)))
    # The one pair rule: excluded, proposed, working together or worked together (matching.pairs).
    excluded = pairs.excluded_pairs(programme)
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


def recommendations_or_reasons(programme: Programme, needs: list[Need], k: int = 10) -> dict[int, tuple]:
    """Per need, (the best mentors, '') or, when none can be chosen, ([], why not)."""
    pool = load_pool(programme)
    ranked = {need.pk: _rank(pool, need, k=k) for need in needs}
    return {
        need.pk: (ranked[need.pk], "" if ranked[need.pk] else no_mentor_reason(pool, need)) for need in needs
    }


def no_mentor_reason(pool: Pool, need: Need) -> str:
    """Why no mentor can be chosen for this need, told to its mentee: first what holds the need
    or the mentee back, then what keeps out the mentors who offer its competence."""
    from django.utils.translation import gettext as _

    from learning.selectors import missing_modules
    from relationships.services import need_problem

    mentee = need.enrolment
    if need.pk not in pool.needs:
        return need_problem(need) or _("This need cannot be matched right now.")
    if mentee.pk in pool.blocked:
        modules = ", ".join(m.title for m in missing_modules(enrolment=mentee, step="match"))
        return _("Complete the programme's required e-learning first: %(modules)s.") % {"modules": modules}
    if not any(m.key == mentee.pk for m in pool.mentees):
        return _(
            "You already have as many mentors as this programme allows (%(count)d), "
            "counting proposals waiting for your answer."
        ) % {"count": mentee.programme.max_mentors_per_mentee}
    return _mentors_reason(pool, need)


def _mentors_reason(pool: Pool, need: Need) -> str:
    from django.utils.translation import gettext as _

    offering = set(
        Enrolment.objects.filter(
            programme_id=need.enrolment.programme_id,
            status__in=MATCHABLE,
            role__in=MENTOR_ROLES,
            offers=need.competence_id,
        )
        .exclude(pk=need.enrolment_id)
        .values_list("pk", flat=True)
    )
    name = {"competence": need.competence.name}
    if not offering:
        return _("No mentor in this programme offers %(competence)s.") % name
    offering -= pool.blocked
    if not offering:
        return (
            _("The mentors who offer %(competence)s have not completed the required e-learning yet.") % name
        )
    if _fits_with_a_place(pool, need, pool.full_mentors):
        return (
            _("Every mentor who offers %(competence)s and may mentor you has all their places taken.") % name
        )
    return (
        _(
            "The mentors who offer %(competence)s do not fit this programme's rules for you "
            "(another organisation, no competitor, the country, a shared language, no earlier pair)."
        )
        % name
    )


def _fits_with_a_place(pool: Pool, need: Need, mentors: list) -> bool:
    """Would one of these mentors be recommended if they had a place left?"""
    mentee = next((m for m in pool.mentees if m.key == need.enrolment_id), None)
    if mentee is None or not mentors:
        return False
    room = {m.key: 1 for m in mentors}
    return bool(engine.rank_mentors([mentee], mentors, pool.rules, need.pk, k=1, remaining_capacity=room))
