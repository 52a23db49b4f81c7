"""Properties of the virtual-coffee pairing (pure: no database)."""

import random
from collections import Counter
from itertools import combinations

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from coffee.pairing import (
    ALONE,
    ALREADY_MET,
    COMPETITOR,
    EXACT_UP_TO,
    SAME_ORGANISATION,
    Participant,
    pair_participants,
)


def people_of(organisations: list[int]) -> list[Participant]:
    return [Participant(key=f"p{i}", organisation=org) for i, org in enumerate(organisations)]


def counts(pairing, people, previous, competitors=frozenset()) -> tuple[int, int]:
    """(pairs who cannot meet: colleagues or competitors, pairs who have met before)."""
    org = {p.key: p.organisation for p in people}
    apart = repeat = 0
    for group in pairing.groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                apart += org[a] == org[b] or frozenset((org[a], org[b])) in competitors
                repeat += frozenset((a, b)) in previous
    return apart, repeat


def expected_reason(group, people, previous, competitors) -> str:
    org = {p.key: p.organisation for p in people}
    two = list(combinations(group, 2))
    if any(org[a] == org[b] for a, b in two):
        return SAME_ORGANISATION
    if any(frozenset((org[a], org[b])) in competitors for a, b in two):
        return COMPETITOR
    return ALREADY_MET if any(frozenset(pair) in previous for pair in two) else ""


def assert_every_compromise_says_why(pairing, people, previous, competitors=frozenset()):
    reported = {c.keys: c.reason for c in pairing.compromises}
    for group in pairing.groups:
        assert reported.get(group, "") == expected_reason(group, people, previous, competitors)


def partitions(keys: list):
    """Every split of keys into pairs, plus one trio when their number is odd (brute force)."""
    if not keys:
        yield []
        return
    first, rest = keys[0], keys[1:]
    for i, second in enumerate(rest):
        remaining = rest[:i] + rest[i + 1 :]
        if len(remaining) % 2 == 0:
            for tail in partitions(remaining):
                yield [(first, second), *tail]
        else:
            for j in range(i + 1, len(rest)):
                third = rest[j]
                after = [k for k in rest if k not in (second, third)]
                if len(after) % 2 == 0:
                    for tail in partitions(after):
                        yield [(first, second, third), *tail]
            for tail in partitions(remaining):
                yield [(first, second), *tail]


class Pretend:
    def __init__(self, groups):
        self.groups = groups


def best_possible(people, previous, competitors=frozenset()) -> tuple[int, int]:
    return min(
        counts(Pretend(groups), people, previous, competitors)
        for groups in partitions([p.key for p in people])
    )


def competitor_pairs(organisations: int, density: float, rng: random.Random) -> frozenset:
    return frozenset(
        frozenset((a, b)) for a, b in combinations(range(organisations), 2) if rng.random() < density
    )


def nobody_has_to_meet_someone_they_cannot(organisations: list[int], competitors: frozenset) -> bool:
    """Whether an even number of people can all be paired with people they may meet (exact, by MILP).

    Per two organisations that may meet (different, not competitors), how many pairs they form;
    each organisation's people must all be used.
    """
    sizes = Counter(organisations)
    orgs = sorted(sizes)
    allowed = [(a, b) for a, b in combinations(orgs, 2) if frozenset((a, b)) not in competitors]
    if not allowed:
        return False
    uses = np.array([[(o in pair) * 1.0 for pair in allowed] for o in orgs])
    found = milp(
        c=np.zeros(len(allowed)),
        constraints=LinearConstraint(uses, [sizes[o] for o in orgs], [sizes[o] for o in orgs]),
        integrality=np.ones(len(allowed)),
        bounds=Bounds(0, np.inf),
    )
    return found.status == 0


def assert_everyone_placed_once(pairing, people):
    placed = Counter(key for group in pairing.groups for key in group)
    if len(people) == 1:
        assert pairing.groups == [] or placed == Counter({people[0].key: 1})
        return
    assert placed == Counter(p.key for p in people)
    sizes = Counter(len(group) for group in pairing.groups)
    assert set(sizes) <= {2, 3}
    assert sizes[3] == len(people) % 2


small_people = st.lists(st.integers(0, 3), min_size=2, max_size=9).map(people_of)


@st.composite
def small_instances(draw):
    people = draw(small_people)
    keys = [p.key for p in people]
    possible = [frozenset((a, b)) for i, a in enumerate(keys) for b in keys[i + 1 :]]
    previous = draw(st.sets(st.sampled_from(possible), max_size=len(possible)))
    rival_pairs = [frozenset(pair) for pair in combinations(range(4), 2)]
    competitors = frozenset(draw(st.sets(st.sampled_from(rival_pairs), max_size=len(rival_pairs))))
    return people, previous, competitors


@settings(max_examples=200, deadline=None)
@given(small_instances(), st.integers(0, 2**32 - 1))
def test_on_small_groups_nobody_meets_a_colleague_a_competitor_or_an_old_partner_unless_it_is_unavoidable(
    instance, seed
):
    people, previous, competitors = instance
    pairing = pair_participants(people, previous, competitors=competitors, seed=seed)

    assert_everyone_placed_once(pairing, people)
    assert counts(pairing, people, previous, competitors) == best_possible(people, previous, competitors)
    assert_every_compromise_says_why(pairing, people, previous, competitors)


@st.composite
def large_instances(draw):
    n = draw(st.integers(EXACT_UP_TO + 1, 400))
    n_orgs = draw(st.integers(2, 40))
    organisations = draw(st.lists(st.integers(0, n_orgs - 1), min_size=n, max_size=n))
    return people_of(organisations)


@settings(max_examples=60, deadline=None)
@given(large_instances(), st.integers(0, 2**32 - 1))
def test_everyone_is_placed_and_colleagues_are_only_paired_when_one_organisation_is_more_than_half(
    people, seed
):
    pairing = pair_participants(people, seed=seed)

    assert_everyone_placed_once(pairing, people)
    largest = max(Counter(p.organisation for p in people).values())
    same, _repeat = counts(pairing, people, set())
    if largest <= len(people) // 2:
        assert same == 0
        assert not pairing.compromises
    else:
        # The surplus of the largest organisation has to meet among itself, and no more of it.
        others = len(people) - largest
        assert same <= (largest - others + 1) // 2 + 1
        assert {c.reason for c in pairing.compromises} == {SAME_ORGANISATION}


@settings(max_examples=40, deadline=None)
@given(st.integers(EXACT_UP_TO + 1, 120), st.integers(3, 12), st.integers(0, 2**32 - 1))
def test_round_after_round_nobody_meets_the_same_person_twice(n, n_orgs, seed):
    people = people_of([i % n_orgs for i in range(n)])
    previous: set[frozenset] = set()
    rounds = min(6, n // 8)
    for number in range(rounds):
        pairing = pair_participants(people, previous, seed=seed + number)

        assert counts(pairing, people, previous) == (0, 0)
        previous |= {frozenset((a, b)) for g in pairing.groups for a in g for b in g if a != b}


@settings(max_examples=80, deadline=None)
@given(
    st.integers(7, 30).map(lambda half: 2 * half),
    st.floats(0.0, 0.6),
    st.floats(0.0, 0.5),
    st.integers(0, 2**32 - 1),
)
def test_a_full_pairing_without_colleagues_competitors_or_old_partners_is_found_whenever_one_exists(
    n, density, rivalry, seed
):
    rng = random.Random(seed)
    people = people_of([rng.randrange(5) for _ in range(n)])
    keys = [p.key for p in people]
    previous = {
        frozenset((a, b)) for i, a in enumerate(keys) for b in keys[i + 1 :] if rng.random() < density
    }
    competitors = competitor_pairs(5, rivalry, rng)
    org = {p.key: p.organisation for p in people}
    allowed = nx.Graph()
    allowed.add_nodes_from(keys)
    allowed.add_edges_from(
        (a, b)
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if org[a] != org[b]
        and frozenset((org[a], org[b])) not in competitors
        and frozenset((a, b)) not in previous
    )
    perfect = len(nx.max_weight_matching(allowed, maxcardinality=True)) == n // 2

    pairing = pair_participants(people, previous, competitors=competitors, seed=seed)

    assert_everyone_placed_once(pairing, people)
    assert_every_compromise_says_why(pairing, people, previous, competitors)
    if perfect:
        assert counts(pairing, people, previous, competitors) == (0, 0)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(EXACT_UP_TO // 2 + 1, 300).map(lambda half: 2 * half),
    st.integers(2, 30),
    st.floats(0.0, 0.7),
    st.integers(0, 2**32 - 1),
)
def test_in_large_groups_nobody_meets_a_competitor_or_a_colleague_whenever_a_pairing_without_exists(
    n, n_orgs, rivalry, seed
):
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(n_orgs)]  # a few large organisations, many small
    organisations = rng.choices(range(n_orgs), weights=weights, k=n)
    people = people_of(organisations)
    competitors = competitor_pairs(n_orgs, rivalry, rng)

    pairing = pair_participants(people, competitors=competitors, seed=seed)

    assert_everyone_placed_once(pairing, people)
    assert_every_compromise_says_why(pairing, people, set(), competitors)
    if nobody_has_to_meet_someone_they_cannot(organisations, competitors):
        assert counts(pairing, people, set(), competitors) == (0, 0)
        assert not pairing.compromises


def test_a_single_participant_is_reported_as_alone():
    pairing = pair_participants(people_of([1]))

    assert pairing.groups == []
    assert [c.reason for c in pairing.compromises] == [ALONE]


def test_nobody_to_pair_gives_nothing():
    assert pair_participants([]).groups == []


def test_when_everyone_has_met_everyone_the_round_still_pairs_and_says_why():
    people = people_of([0, 1, 2, 3])
    keys = [p.key for p in people]
    previous = {frozenset((a, b)) for a in keys for b in keys if a != b}

    pairing = pair_participants(people, previous, seed=1)

    assert_everyone_placed_once(pairing, people)
    assert {c.reason for c in pairing.compromises} == {ALREADY_MET}


def test_pairing_is_random_from_seed_to_seed():
    people = people_of(list(range(20)))

    seen = {
        tuple(sorted(tuple(sorted(g)) for g in pair_participants(people, seed=s).groups)) for s in range(10)
    }

    assert len(seen) > 5


def test_a_participant_listed_twice_is_refused():
    with pytest.raises(ValueError, match="once"):
        pair_participants([Participant("a", 1), Participant("a", 2)])


def test_competitors_never_meet_when_someone_else_is_left_for_them():
    # Organisations 0 and 1 compete; 2 and 3 may meet anyone else.
    people = people_of([0, 0, 1, 1, 2, 2, 3, 3])
    competitors = {frozenset((0, 1))}
    org = {p.key: p.organisation for p in people}

    for seed in range(20):
        pairing = pair_participants(people, competitors=competitors, seed=seed)

        assert_everyone_placed_once(pairing, people)
        assert not pairing.compromises
        assert all({org[a], org[b]} != {0, 1} for a, b in pairing.groups)


def test_when_only_a_competitor_is_left_the_pair_is_reported_as_a_competitor_compromise():
    people = people_of([0, 1, 2, 3])  # 0 competes with everyone else: someone has to meet them
    competitors = [frozenset((0, other)) for other in (1, 2, 3)]

    pairing = pair_participants(people, competitors=competitors, seed=3)

    assert_everyone_placed_once(pairing, people)
    assert [c.reason for c in pairing.compromises] == [COMPETITOR]
    assert "p0" in pairing.compromises[0].keys
    assert pairing.stats["competitor"] == 1 and pairing.stats["same_organisation"] == 0


def test_a_competitor_weighs_more_than_any_number_of_old_partners():
    people = people_of([0, 1, 2, 2])  # 0 and 1 compete, and each has met both people of 2
    keys = [p.key for p in people]
    previous = {frozenset((keys[i], keys[j])) for i in (0, 1) for j in (2, 3)}

    pairing = pair_participants(people, previous, competitors=[frozenset((0, 1))], seed=1)

    assert {c.reason for c in pairing.compromises} == {ALREADY_MET}


def test_a_group_with_a_colleague_and_a_competitor_is_reported_for_the_colleague():
    people = people_of([0, 0, 1])  # the trio: two colleagues and their competitor

    pairing = pair_participants(people, competitors=[frozenset((0, 1))], seed=1)

    assert [c.reason for c in pairing.compromises] == [SAME_ORGANISATION]


def test_without_competitors_organisations_that_could_compete_meet_freely():
    people = people_of([0, 0, 1, 1])

    pairing = pair_participants(people, competitors=(), seed=1)

    assert not pairing.compromises and pairing.stats["competitor"] == 0


def test_competitors_that_do_not_take_part_change_nothing():
    people = people_of([i % 7 for i in range(40)])
    absent = [frozenset(("elsewhere", 0)), frozenset((1, "elsewhere"))]

    for seed in range(5):
        assert (
            pair_participants(people, competitors=absent, seed=seed).groups
            == pair_participants(people, seed=seed).groups
        )


def test_in_a_large_round_two_large_competitors_only_meet_for_their_surplus_over_half():
    rng = random.Random(7)
    # 30% and 25% of 2,000 people compete: 100 of their pairs are unavoidable, and no more.
    organisations = [0] * 600 + [1] * 500 + [rng.randrange(2, 60) for _ in range(900)]
    people = people_of(organisations)

    pairing = pair_participants(people, competitors=[frozenset((0, 1))], seed=7)

    assert_everyone_placed_once(pairing, people)
    assert counts(pairing, people, set(), {frozenset((0, 1))}) == (100, 0)
    assert {c.reason for c in pairing.compromises} <= {SAME_ORGANISATION, COMPETITOR}
