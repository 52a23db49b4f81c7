"""Two-way (mutual) mentoring: both directions fit, the rules hold, the matching is the best."""

import random

import pytest

from coffee import services as coffee_services
from core.factories import ProgrammeFactory, UserFactory, enrol, join
from matching import engine, mutual
from programmes.models import Enrolment

COMPETENCES = ["data-literacy", "leading-teams", "negotiation", "ai-tools"]


def person(rnd: random.Random, i: int) -> tuple[engine.Mentee, engine.Mentor]:
    common = {
        "key": f"p{i}",
        "organisation": f"org{rnd.randint(0, 3)}",
        "country": rnd.choice("AB"),
        "languages": frozenset(rnd.sample(["en", "nl", "es"], rnd.randint(1, 2))),
        "seniority": rnd.randint(1, 5),
        "utc_offset": rnd.choice([0.0, 1.0, 9.0]),
    }
    needs = tuple(
        engine.Need(key=f"n{i}.{c}", competence=c, text=f"want {c}")
        for c in rnd.sample(COMPETENCES, rnd.randint(1, 2))
    )
    offers = tuple(rnd.sample(COMPETENCES, rnd.randint(1, 2)))
    return engine.Mentee(needs=needs, **common), engine.Mentor(offers=offers, capacity=1, bio="", **common)


def pool(seed: int, n: int):
    rnd = random.Random(seed)
    people = [person(rnd, i) for i in range(n)]
    orgs = sorted({m.organisation for m, _ in people})
    rules = engine.Rules(
        cross_country=rnd.random() < 0.3,
        exclude_competitors=True,
        competitors={frozenset(rnd.sample(orgs, 2))} if len(orgs) > 1 and rnd.random() < 0.5 else set(),
        excluded_pairs={(f"p{rnd.randrange(n)}", f"p{rnd.randrange(n)}")} if rnd.random() < 0.5 else set(),
        reverse_competences={"data-literacy"},
    )
    return [m for m, _ in people], [m for _, m in people], rules


def allowed(mentee: engine.Mentee, mentor: engine.Mentor, need: engine.Need, rules: engine.Rules) -> bool:
    """The hard rules of one direction, written plainly (independent of the engine)."""
    return (
        mentee.organisation != mentor.organisation
        and not (
            rules.exclude_competitors
            and frozenset((mentee.organisation, mentor.organisation)) in rules.competitors
        )
        and not (rules.cross_country and mentee.country == mentor.country)
        and bool(mentee.languages & mentor.languages)
        and (mentee.key, mentor.key) not in rules.excluded_pairs
        and need.competence in mentor.offers
    )


def brute_force_best(weights: dict[tuple, int]) -> int:
    edges = list(weights.items())

    def best(i: int, used: frozenset) -> int:
        if i == len(edges):
            return 0
        (a, b), w = edges[i]
        skip = best(i + 1, used)
        if a in used or b in used:
            return skip
        return max(skip, w + best(i + 1, used | {a, b}))

    return best(0, frozenset())


@pytest.mark.parametrize("seed", range(40))
def test_every_mutual_pair_fits_both_ways_under_the_rules_and_nobody_is_in_two(seed):
    mentees, mentors, rules = pool(seed, 8)
    by_key = {m.key: (m, r) for m, r in zip(mentees, mentors, strict=True)}

    result = mutual.solve_mutual(mentees, mentors, rules)

    seen = set()
    for pair in result.pairs:
        (mentee_a, mentor_a), (mentee_b, mentor_b) = by_key[pair.a], by_key[pair.b]
        need_of_a = next(n for n in mentee_a.needs if n.key == pair.need_of_a)
        need_of_b = next(n for n in mentee_b.needs if n.key == pair.need_of_b)
        assert allowed(mentee_b, mentor_a, need_of_b, rules)  # a mentors b
        assert allowed(mentee_a, mentor_b, need_of_a, rules)  # b mentors a
        assert mentee_a.organisation != mentee_b.organisation
        assert not {pair.a, pair.b} & seen
        seen |= {pair.a, pair.b}
        assert pair.score == pytest.approx(pair.a_to_b.score + pair.b_to_a.score)


@pytest.mark.parametrize("seed", range(40))
def test_the_chosen_pairs_are_worth_as_much_as_the_best_by_brute_force(seed):
    mentees, mentors, rules = pool(seed, 9)
    directions = mutual.best_directions(mentees, mentors, rules)
    weights = {}
    for (a, b), forward in directions.items():
        if a < b and (b, a) in directions:
            weights[(a, b)] = round((forward.score + directions[(b, a)].score) * 1000)

    result = mutual.solve_mutual(mentees, mentors, rules)

    assert result.stats["optimal"] is True
    assert sum(round(p.score * 1000) for p in result.pairs) == pytest.approx(
        brute_force_best(weights), abs=len(result.pairs)
    )


@pytest.mark.parametrize("seed", range(20))
def test_every_allowed_two_way_pair_is_a_candidate(seed):
    mentees, mentors, rules = pool(seed, 7)
    by_key = {m.key: (m, r) for m, r in zip(mentees, mentors, strict=True)}

    directions = mutual.best_directions(mentees, mentors, rules)

    for a, (_mentee_a, mentor_a) in by_key.items():
        for b, (mentee_b, _mentor_b) in by_key.items():
            fits = a != b and any(allowed(mentee_b, mentor_a, need, rules) for need in mentee_b.needs)
            assert ((a, b) in directions) == fits


def test_each_direction_takes_the_best_scoring_need():
    senior = engine.Mentee(
        key="senior",
        organisation=1,
        country="NL",
        languages=frozenset({"en"}),
        seniority=5,
        needs=(engine.Need("s1", "data-literacy"), engine.Need("s2", "ai-tools")),
    )
    junior = engine.Mentee(
        key="junior",
        organisation=2,
        country="NL",
        languages=frozenset({"en"}),
        seniority=1,
        needs=(engine.Need("j1", "leading-teams"),),
    )
    mentors = [
        engine.Mentor(
            key="senior",
            organisation=1,
            country="NL",
            languages=frozenset({"en"}),
            seniority=5,
            offers=("leading-teams",),
        ),
        engine.Mentor(
            key="junior",
            organisation=2,
            country="NL",
            languages=frozenset({"en"}),
            seniority=1,
            offers=("data-literacy", "ai-tools"),
        ),
    ]
    # Reverse mentoring: for data literacy the junior is the preferred mentor of the senior.
    rules = engine.Rules(reverse_competences={"data-literacy"})

    result = mutual.solve_mutual([senior, junior], mentors, rules)

    [pair] = result.pairs
    teaches_senior = pair.b_to_a if pair.a == "senior" else pair.a_to_b
    assert teaches_senior.mentor == "junior" and teaches_senior.need == "s1"


def test_no_pair_when_only_one_direction_fits():
    a = engine.Mentee(
        key="a",
        organisation=1,
        country="NL",
        languages=frozenset({"en"}),
        needs=(engine.Need("a1", "negotiation"),),
    )
    b = engine.Mentee(
        key="b",
        organisation=2,
        country="NL",
        languages=frozenset({"en"}),
        needs=(engine.Need("b1", "ai-tools"),),
    )
    mentors = [
        engine.Mentor(
            key="a", organisation=1, country="NL", languages=frozenset({"en"}), offers=("ai-tools",)
        ),
        engine.Mentor(
            key="b", organisation=2, country="NL", languages=frozenset({"en"}), offers=("leading-teams",)
        ),
    ]

    assert mutual.solve_mutual([a, b], mentors, engine.Rules()).pairs == []


def test_max_weight_matching_prefers_two_lighter_pairs_to_one_heavy_one():
    chosen, optimal = mutual.max_weight_matching({("a", "b"): 10, ("b", "c"): 15, ("c", "d"): 10})

    assert optimal and sorted(chosen) == [("a", "b"), ("c", "d")]


# --- in a programme ---------------------------------------------------------------------------


@pytest.fixture
def swap(personas):
    """A two-way programme: acme's data analyst and initech's team lead can teach each other."""
    programme = ProgrammeFactory(slug="swap", name="Skill Swap", kind="two-way", exclude_competitors=True)
    join(programme, personas.acme, personas.globex, personas.initech)
    programme.managers.add(personas.manager)
    people = {}
    for key, org, offers, needs in [
        ("ana", personas.acme, ("data-literacy",), ("leading-teams",)),
        ("ben", personas.initech, ("leading-teams",), ("data-literacy",)),
        ("gus", personas.globex, ("leading-teams",), ("data-literacy",)),
    ]:
        user = UserFactory(email=f"{key}@{org.key}.example", name=key.title(), organisation=org)
        people[key] = enrol(user, programme, "both", offers=offers, needs=needs)
    return programme, people


def test_a_programme_proposes_the_two_way_pair_and_never_competitors(personas, swap):
    programme, people = swap

    result = mutual.mutual_proposals(programme)

    # acme and globex are competitors: ana's only possible partner is ben.
    assert [{p.a, p.b} for p in result.pairs] == [{people["ana"].pk, people["ben"].pk}]


def test_confirming_creates_a_mutual_mentorship_with_needs_both_ways_and_an_agreement(
    personas, swap, mailoutbox
):
    programme, people = swap

    mentorship = coffee_services.mutual_mentorship_create(
        programme=programme, actor=personas.manager, first=people["ana"], second=people["ben"]
    )

    assert mentorship.mutual and mentorship.origin == "manager"
    assert {mentorship.mentor_id, mentorship.mentee_id} == {people["ana"].pk, people["ben"].pk}
    assert mentorship.need.enrolment_id == mentorship.mentee_id
    assert mentorship.reverse_need.enrolment_id == mentorship.mentor_id
    assert mentorship.agreement.mentor_signed_at is None
    # Once working together, they are not proposed again and their needs are taken.
    assert mutual.mutual_proposals(programme).pairs == []


def test_a_pair_that_is_no_longer_proposed_is_refused(personas, swap):
    programme, people = swap

    with pytest.raises(coffee_services.ServiceError, match="no longer proposed"):
        coffee_services.mutual_mentorship_create(
            programme=programme, actor=personas.manager, first=people["ana"], second=people["gus"]
        )
    assert not Enrolment.objects.get(pk=people["ana"].pk).mentorships_as_mentor.exists()
