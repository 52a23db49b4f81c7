"""Counts and score equal independent exact solutions (networkx) on random small pools."""

from __future__ import annotations

import networkx as nx
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.engine import Mentee, Mentor, Rules, Tuning, solve
from matching.engine.columns import from_objects
from matching.engine.context import Context
from matching.engine.score import to_int

from .factory import allowed, random_pool

TINY = Tuning(need_top_k=1, mentor_top_k=0)
# Every round drops from the graph all arcs not in use or violating, and adds one pair per need.
NARROW = Tuning(need_top_k=1, mentor_top_k=0, working_slack=0, add_per_need=1, max_rounds=40)


def _open_pairs(mentees: list[Mentee], mentors: list[Mentor], rules: Rules) -> list[tuple]:
    """(mentee, need, mentor) pairs still open once the locked pairs are taken."""
    locked_need = {n for n, _ in rules.locked}
    mentee_of = {n.key: m for m in mentees for n in m.needs}
    locked_mentors = {(mentee_of[n].key, m) for n, m in rules.locked}
    return [
        (e, n, m)
        for e in mentees
        for n in e.needs
        if n.key not in locked_need
        for m in mentors
        if allowed(e, m, n, rules) and (e.key, m.key) not in locked_mentors
    ]


def _int_scores(mentees: list[Mentee], mentors: list[Mentor], rules: Rules, pairs: list[tuple]) -> list[int]:
    cols, crules, keys = from_objects(mentees, mentors, rules)
    ctx = Context(cols, crules)
    need_pos = {k: i for i, k in enumerate(keys.need)}
    mentor_pos = {k: i for i, k in enumerate(keys.mentor)}
    need = np.array([need_pos[n.key] for _, n, _ in pairs], np.int64)
    mentor = np.array([mentor_pos[m.key] for _, _, m in pairs], np.int64)
    return ctx.int_scores(need, mentor).tolist() if pairs else []


def _network(
    mentees, mentors, rules, pairs, scores, *, first_bonus: int, first_only: bool = False
) -> nx.DiGraph:
    """The full network, every eligible pair, a pair node for every (mentee, mentor)."""
    g = nx.DiGraph()
    mentee_of = {n.key: m for m in mentees for n in m.needs}
    taken = {e.key: 0 for e in mentees}
    load = {m.key: 0 for m in mentors}
    for need, mentor in rules.locked:
        taken[mentee_of[need].key] += 1
        load[mentor] += 1
    for e in mentees:
        allowance = max(rules.max_mentors_per_mentee - taken[e.key], 0)
        first = 1 if (rules.first_mentor_priority or first_only) and taken[e.key] == 0 and allowance else 0
        g.add_edge("s", ("first", e.key), capacity=first, weight=-first_bonus)
        g.add_edge(("first", e.key), ("mentee", e.key), capacity=first, weight=0)
        if not first_only:
            g.add_edge("s", ("mentee", e.key), capacity=allowance - first, weight=0)
        for n in e.needs:
            g.add_edge(("mentee", e.key), ("need", n.key), capacity=1, weight=0)
    for (e, n, m), score in zip(pairs, scores, strict=True):
        g.add_edge(("need", n.key), ("pair", e.key, m.key), capacity=1, weight=-score)
        g.add_edge(("pair", e.key, m.key), ("mentor", m.key), capacity=1, weight=0)
    for m in mentors:
        g.add_edge(("mentor", m.key), "t", capacity=max(m.capacity - load[m.key], 0), weight=0)
    return g


def _exact(mentees, mentors, rules) -> dict[str, int]:
    pairs = _open_pairs(mentees, mentors, rules)
    scores = _int_scores(mentees, mentors, rules, pairs)
    bonus = 2 * (max(scores, default=0) + 1) * (len(pairs) + 1) if rules.first_mentor_priority else 0
    g = _network(mentees, mentors, rules, pairs, scores, first_bonus=bonus)
    flow = nx.max_flow_min_cost(g, "s", "t")
    used = [
        (e, n, m, s)
        for (e, n, m), s in zip(pairs, scores, strict=True)
        if flow[("need", n.key)].get(("pair", e.key, m.key))
    ]
    return {
        "needs": nx.maximum_flow_value(g, "s", "t"),
        "mentees": nx.maximum_flow_value(
            _network(mentees, mentors, rules, pairs, scores, first_bonus=0, first_only=True), "s", "t"
        ),
        "score": sum(s for *_, s in used),
        "needs_of_optimum": len(used),
        "mentees_of_optimum": len({e.key for e, *_ in used} - _locked_mentees(mentees, rules)),
    }


def _locked_mentees(mentees: list[Mentee], rules: Rules) -> set:
    locked_needs = {n for n, _ in rules.locked}
    return {e.key for e in mentees if any(n.key in locked_needs for n in e.needs)}


def _engine(mentees, mentors, rules, tuning=None) -> dict[str, int]:
    result = solve(mentees, mentors, rules, tuning)
    fresh = [p for p in result.proposals if not p.locked]
    locked_mentees = {p.mentee for p in result.proposals if p.locked}
    return {
        "needs": len(fresh),
        "mentees": len({p.mentee for p in fresh} - locked_mentees),
        "score": int(sum(to_int(np.array(p.score)) for p in fresh)),
        "gap": result.stats["gap"],
        "proven": result.stats["counts_proven"],
    }


def _compare(seed: int, tuning: Tuning | None) -> None:
    mentees, mentors, rules = random_pool(seed)
    exact = _exact(mentees, mentors, rules)
    ours = _engine(mentees, mentors, rules, tuning)
    assert ours["needs"] == exact["needs"] == exact["needs_of_optimum"]
    if rules.first_mentor_priority:
        assert ours["mentees"] == exact["mentees"] == exact["mentees_of_optimum"]
    assert ours["score"] == exact["score"]
    assert ours["gap"] == 0 and ours["proven"] == 1


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**9))
def test_it_matches_as_many_needs_and_mentees_and_as_much_score_as_an_exact_solver(seed: int) -> None:
    _compare(seed, None)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**9))
def test_its_proof_recovers_the_optimum_from_a_tiny_candidate_graph(seed: int) -> None:
    _compare(seed, TINY)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**9))
def test_its_proof_still_covers_the_arcs_it_leaves_out_of_a_narrow_working_set(seed: int) -> None:
    _compare(seed, NARROW)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**9))
def test_first_mentor_priority_gives_the_most_mentees_a_mentor(seed: int) -> None:
    mentees, mentors, rules = random_pool(seed, max_mentees=9, max_mentors=4)
    rules.first_mentor_priority = True
    rules.max_mentors_per_mentee = 3
    assert _engine(mentees, mentors, rules, TINY)["mentees"] == _exact(mentees, mentors, rules)["mentees"]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**9))
def test_it_still_gives_the_most_mentees_a_mentor_when_the_small_first_bonus_falls_short(seed: int) -> None:
    from matching.engine import flow

    small = flow._bonus
    flow._bonus = lambda priority, safe, max_score, most: (
        small(priority, safe, max_score, most) if safe else 1
    )
    try:
        mentees, mentors, rules = random_pool(seed, max_mentees=9, max_mentors=4)
        rules.first_mentor_priority = True
        rules.max_mentors_per_mentee = 3
        exact = _exact(mentees, mentors, rules)
        ours = _engine(mentees, mentors, rules, TINY)
        assert (ours["mentees"], ours["needs"], ours["score"]) == (
            exact["mentees"],
            exact["needs"],
            exact["score"],
        )
    finally:
        flow._bonus = small
