"""Properties of the virtual-coffee pairing (pure: no database)."""

from collections import Counter

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coffee.pairing import (
    ALONE,
    ALREADY_MET,
    EXACT_UP_TO,
    SAME_ORGANISATION,
    Participant,
    pair_participants,
)


def people_of(organisations: list[int]) -> list[Participant]:
    return [Participant(key=f"p{i}", organisation=org) for i, org in enumerate(organisations)]


def counts(pairing, people, previous) -> tuple[int, int]:
    org = {p.key: p.organisation for p in people}
    same = repeat = 0
    for group in pairing.groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                same += org[a] == org[b]
                repeat += frozenset((a, b)) in previous
    return same, repeat


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


def best_possible(people, previous) -> tuple[int, int]:
    return min(counts(Pretend(groups), people, previous) for groups in partitions([p.key for p in people]))


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
    return people, previous


@settings(max_examples=150, deadline=None)
@given(small_instances(), st.integers(0, 2**32 - 1))
def test_on_small_groups_nobody_meets_a_colleague_or_an_old_partner_unless_it_is_unavoidable(instance, seed):
    people, previous = instance
    pairing = pair_participants(people, previous, seed=seed)

    assert_everyone_placed_once(pairing, people)
    assert counts(pairing, people, previous) == best_possible(people, previous)


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


@settings(max_examples=60, deadline=None)
@given(st.integers(7, 30).map(lambda half: 2 * half), st.floats(0.0, 0.6), st.integers(0, 2**32 - 1))
def test_a_full_pairing_without_colleagues_or_old_partners_is_found_whenever_one_exists(n, density, seed):
    import random

    rng = random.Random(seed)
    people = people_of([rng.randrange(5) for _ in range(n)])
    keys = [p.key for p in people]
    previous = {
        frozenset((a, b)) for i, a in enumerate(keys) for b in keys[i + 1 :] if rng.random() < density
    }
    org = {p.key: p.organisation for p in people}
    allowed = nx.Graph()
    allowed.add_nodes_from(keys)
    allowed.add_edges_from(
        (a, b)
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if org[a] != org[b] and frozenset((a, b)) not in previous
    )
    perfect = len(nx.max_weight_matching(allowed, maxcardinality=True)) == n // 2

    pairing = pair_participants(people, previous, seed=seed)

    assert_everyone_placed_once(pairing, people)
    if perfect:
        assert counts(pairing, people, previous) == (0, 0)


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
