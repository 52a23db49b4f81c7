"""Circle formation as a pure function: examples, then properties over random populations."""

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groups.formation import Peer, circle_count, circle_problems, form_circles, shared_languages

LANGUAGES = ["en", "nl", "es", "fr", "de"]


def peers_by_key(peers):
    return {peer.key: peer for peer in peers}


def circles_of(peers, **bounds):
    found = form_circles(peers, **bounds)
    index = peers_by_key(peers)
    return [[index[key] for key in circle] for circle in found]


def test_twelve_peers_of_twelve_organisations_make_two_circles_of_six():
    peers = [
        Peer(key=i, organisation=f"org{i}", seniority=1 + i % 5, languages=frozenset({"en"}))
        for i in range(12)
    ]

    circles = circles_of(peers)

    assert sorted(len(c) for c in circles) == [6, 6]


def test_colleagues_are_spread_over_circles():
    peers = [
        Peer(key=i, organisation=f"org{i % 3}", seniority=3, languages=frozenset({"en"})) for i in range(12)
    ]

    circles = circles_of(peers)

    assert len(circles) == 2
    for circle in circles:
        assert max(Counter(p.organisation for p in circle).values()) == 2  # 4 per organisation, 2 circles


def test_seniority_is_grouped_when_the_rest_allows_it():
    juniors = [
        Peer(key=f"j{i}", organisation=f"a{i}", seniority=1, languages=frozenset({"en"})) for i in range(6)
    ]
    seniors = [
        Peer(key=f"s{i}", organisation=f"b{i}", seniority=5, languages=frozenset({"en"})) for i in range(6)
    ]

    circles = circles_of(juniors + seniors)

    assert sorted(sorted({p.seniority for p in c}) for c in circles) == [[1], [5]]


def test_speakers_of_a_small_language_borrow_bilingual_peers_to_form_a_circle():
    dutch_only = [
        Peer(key=f"nl{i}", organisation=f"n{i}", seniority=3, languages=frozenset({"nl"})) for i in range(2)
    ]
    bilingual = [
        Peer(key=f"bi{i}", organisation=f"b{i}", seniority=3, languages=frozenset({"en", "nl"}))
        for i in range(3)
    ]
    english = [
        Peer(key=f"en{i}", organisation=f"e{i}", seniority=3, languages=frozenset({"en"})) for i in range(6)
    ]

    circles = circles_of(dutch_only + bilingual + english)

    assert all(shared_languages(c) for c in circles)


def test_too_few_people_make_one_circle_and_nobody_is_dropped():
    peers = [Peer(key=i, organisation=i, seniority=3, languages=frozenset({"en"})) for i in range(3)]

    assert [sorted(c) for c in form_circles(peers)] == [[0, 1, 2]]
    assert form_circles([]) == []


def test_impossible_bounds_are_refused():
    with pytest.raises(ValueError, match="min_size"):
        form_circles([], min_size=5, max_size=4)


def test_the_review_names_each_problem_of_a_circle():
    a = Peer(key=1, organisation="acme", seniority=3, languages=frozenset({"en"}))
    b = Peer(key=2, organisation="acme", seniority=3, languages=frozenset({"nl"}))

    assert circle_problems([a, b], min_size=4, max_size=8) == [
        ("too_small", 2),
        ("no_shared_language", None),
        ("same_organisation", "acme"),
    ]


def test_circle_count_keeps_sizes_within_bounds():
    for n in range(4, 200):
        k = circle_count(n)
        assert n / k >= 4 and -(-n // k) <= 8, n


# Properties -----------------------------------------------------------------------------------


def population(*, languages=None, organisations=12, max_people=60, min_people=0):
    languages = languages if languages is not None else st.sampled_from(LANGUAGES)
    person = st.tuples(
        st.integers(0, organisations - 1),
        st.integers(1, 5),
        st.frozensets(languages, min_size=1, max_size=3),
    )
    return st.lists(person, min_size=min_people, max_size=max_people).map(
        lambda rows: [
            Peer(key=i, organisation=o, seniority=s, languages=ls) for i, (o, s, ls) in enumerate(rows)
        ]
    )


bounds = st.integers(3, 5).flatmap(lambda low: st.tuples(st.just(low), st.integers(2 * low - 1, 10)))

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(peers=population(), sizes=bounds)
def test_everyone_is_placed_exactly_once(peers, sizes):
    low, high = sizes
    circles = form_circles(peers, min_size=low, max_size=high)

    placed = [key for circle in circles for key in circle]
    assert sorted(placed) == sorted(p.key for p in peers)


@FAST
@given(peers=population(), sizes=bounds)
def test_sizes_stay_within_bounds_when_there_are_enough_people(peers, sizes):
    low, high = sizes
    circles = form_circles(peers, min_size=low, max_size=high)

    if len(peers) >= low:
        assert all(low <= len(c) <= high for c in circles), [len(c) for c in circles]


@FAST
@given(peers=population(languages=st.just("en"), organisations=30, min_people=4, max_people=80))
def test_no_two_colleagues_share_a_circle_when_that_is_avoidable(peers):
    circles = circles_of(peers)

    biggest = max(Counter(p.organisation for p in peers).values())
    if biggest <= len(circles):  # otherwise two colleagues must meet somewhere
        for circle in circles:
            assert len({p.organisation for p in circle}) == len(circle)


@FAST
@given(
    dutch=st.integers(4, 25),
    spanish=st.integers(4, 25),
    english_too=st.integers(0, 10),
    seniority=st.lists(st.integers(1, 5), min_size=60, max_size=60),
)
def test_everyone_in_a_circle_shares_a_language_when_that_is_possible(dutch, spanish, english_too, seniority):
    peers = [
        Peer(key=f"nl{i}", organisation=f"nl{i}", seniority=seniority[i], languages=frozenset({"nl"}))
        for i in range(dutch)
    ]
    peers += [
        Peer(key=f"es{i}", organisation=f"es{i}", seniority=seniority[30 + i], languages=frozenset({"es"}))
        for i in range(spanish)
    ]
    # Some Spanish speakers also speak English: no circle may be formed around English alone.
    peers += [
        Peer(key=f"x{i}", organisation=f"x{i}", seniority=3, languages=frozenset({"es", "en"}))
        for i in range(english_too)
    ]

    circles = circles_of(peers)

    assert all(shared_languages(c) for c in circles)
    assert all(4 <= len(c) <= 8 for c in circles)
