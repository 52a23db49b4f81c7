"""Small random pools for the engine's tests, and an independent rule checker."""

from __future__ import annotations

import random

from matching.engine import KINDS, Mentee, Mentor, Need, Offer, Rules

COMPETENCES = ["budgeting", "negotiation", "python", "social-media"]
LANGUAGES = ["en", "fr", "de"]
WORDS = ["budget", "forecast", "board", "negotiate", "contract", "python"]
WORDS += ["code", "deploy", "brand", "video", "audience", "team"]


def random_pool(
    seed: int, max_mentees: int = 7, max_mentors: int = 6
) -> tuple[list[Mentee], list[Mentor], Rules]:
    rnd = random.Random(seed)
    mentees = [_mentee(rnd, i) for i in range(rnd.randint(1, max_mentees))]
    mentors = [_mentor(rnd, j) for j in range(rnd.randint(1, max_mentors))]
    orgs = sorted({p.organisation for p in mentees + mentors})
    rules = Rules(
        cross_country=rnd.random() < 0.3,
        exclude_competitors=rnd.random() < 0.7,
        competitors={frozenset(rnd.sample(orgs, 2)) for _ in range(rnd.randint(0, 2))}
        if len(orgs) > 1
        else set(),
        max_mentors_per_mentee=rnd.randint(1, 3),
        first_mentor_priority=rnd.random() < 0.6,
        excluded_pairs={(rnd.choice(mentees).key, rnd.choice(mentors).key) for _ in range(rnd.randint(0, 3))},
        reverse_competences=set(rnd.sample(COMPETENCES, rnd.randint(0, 1))),
    )
    rules.locked = _some_locks(rnd, mentees, mentors, rules)
    return mentees, mentors, rules


def _person(rnd: random.Random) -> dict:
    return {
        "organisation": f"org{rnd.randint(0, 3)}",
        "country": rnd.choice("AB"),
        "languages": frozenset(rnd.sample(LANGUAGES, rnd.randint(1, 2))),
        "seniority": rnd.randint(1, 5),
        "utc_offset": rnd.choice([-5.0, 0.0, 1.0, 5.5, 9.0]),
        "sector": rnd.choice([None, "energy", "retail", "health"]),
    }


def _text(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def _mentee(rnd: random.Random, i: int) -> Mentee:
    needs = tuple(
        Need(
            key=f"n{i}.{k}",
            competence=rnd.choice(COMPETENCES),
            kind=rnd.choice([None, *KINDS]),
            text=_text(rnd, 4),
        )
        for k in range(rnd.randint(1, 3))
    )
    return Mentee(key=f"e{i}", needs=needs, **_person(rnd))


def _mentor(rnd: random.Random, j: int) -> Mentor:
    offers = tuple(
        Offer(c, frozenset(rnd.sample(KINDS, rnd.randint(0, 2))))
        for c in rnd.sample(COMPETENCES, rnd.randint(1, 3))
    )
    return Mentor(key=f"m{j}", capacity=rnd.randint(1, 3), offers=offers, bio=_text(rnd, 8), **_person(rnd))


def offers(mentor: Mentor, competence: str) -> bool:
    return any((o if isinstance(o, str) else o.competence) == competence for o in mentor.offers)


def allowed(mentee: Mentee, mentor: Mentor, need: Need, rules: Rules) -> bool:
    """Every hard rule about one pair, written plainly (independent of the engine)."""
    if mentee.organisation == mentor.organisation:
        return False
    if (
        rules.exclude_competitors
        and frozenset((mentee.organisation, mentor.organisation)) in rules.competitors
    ):
        return False
    if rules.cross_country and mentee.country == mentor.country:
        return False
    if not mentee.languages & mentor.languages:
        return False
    if (mentee.key, mentor.key) in rules.excluded_pairs:
        return False
    return offers(mentor, need.competence)


def _some_locks(rnd: random.Random, mentees: list[Mentee], mentors: list[Mentor], rules: Rules) -> set:
    locks: set = set()
    load = {m.key: 0 for m in mentors}
    for mentee in mentees:
        if rnd.random() > 0.3:
            continue
        need = rnd.choice(mentee.needs)
        fits = [m for m in mentors if allowed(mentee, m, need, rules) and load[m.key] < m.capacity]
        if fits:
            mentor = rnd.choice(fits)
            load[mentor.key] += 1
            locks.add((need.key, mentor.key))
    return locks
