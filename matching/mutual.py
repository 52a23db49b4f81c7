"""Two-way (mutual) mentoring: pairs in which each side mentors the other in their own strength.

A mutual pair (a, b) needs both directions: a offers what one of b's needs asks for, and b offers
what one of a's needs asks for, each direction allowed by the programme's hard rules (another
organisation, no competitors when excluded, another country when required, a shared language, no
excluded pair). Each direction is checked and scored by the matching engine's own per-pair
functions (`engine.context.Context.eligible` and `.components`, what `rank_mentors` and a round
use: the same rules and score components), the best need per direction is kept, and a pair is
worth the sum of both directions.

The manager gets the set of pairs of largest total worth in which each person appears at most
once: a maximum-weight matching on a general graph. networkx is only a test dependency, so it is
solved with OR-Tools CP-SAT (a runtime dependency already, for the engine): one boolean per
candidate pair, at most one chosen pair per person, maximise the integer worth (points x 1000),
starting from the greedy answer (heaviest pair first). CP-SAT proves optimality on
programme-sized graphs (hundreds of people) in well under a second; if it has to stop at the time
limit the answer is the best found, never worse than greedy, and `stats["optimal"]` is False.

`solve_mutual` is pure (no Django: engine objects in, pairs out); `mutual_proposals` loads a
programme's pool through `matching.adapter`.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from ortools.sat.python import cp_model

from . import engine
from .engine import score as engine_score
from .engine.columns import from_objects
from .engine.context import Context, expand


@dataclass(frozen=True)
class Direction:
    mentor: object
    mentee: object
    need: object
    score: float
    components: dict[str, float]


@dataclass(frozen=True)
class MutualPair:
    """a mentors b in `need_of_b`; b mentors a in `need_of_a`."""

    a: object
    b: object
    need_of_a: object
    need_of_b: object
    a_to_b: Direction
    b_to_a: Direction

    @property
    def score(self) -> float:
        return self.a_to_b.score + self.b_to_a.score


@dataclass
class MutualResult:
    pairs: list[MutualPair]
    stats: dict = field(default_factory=dict)


def _offered(mentor: engine.Mentor) -> set[str]:
    return {offer if isinstance(offer, str) else offer.competence for offer in mentor.offers}


@dataclass
class _Directions:
    """Best need per (mentor, mentee) by positions in `keys` (one person = one position)."""

    mentor: np.ndarray
    mentee: np.ndarray
    need: np.ndarray
    score: np.ndarray
    components: dict[str, np.ndarray]
    keys: object

    def direction(self, k: int) -> Direction:
        return Direction(
            mentor=self.keys.mentor[self.mentor[k]],
            mentee=self.keys.mentee[self.mentee[k]],
            need=self.keys.need[self.need[k]],
            score=float(self.score[k]),
            components={name: float(values[k]) for name, values in self.components.items()},
        )


def _directions(mentees, mentors, rules) -> _Directions | None:
    """Every (need, mentor offering its competence) pair is checked and scored at once with the
    engine's own per-pair functions (`Context.eligible`, `Context.components`); per (mentor,
    mentee) the need of highest score is kept (ties: the first need)."""
    mentor_by_key = {m.key: m for m in mentors}
    both = [m for m in mentees if m.key in mentor_by_key and m.needs]
    if len(both) < 2:
        return None
    # The same order on both sides: position i is one person as mentee and as mentor.
    cols, crules, keys = from_objects(both, [mentor_by_key[m.key] for m in both], rules)
    ctx = Context(cols, crules)
    order = np.argsort(cols.offer_competence, kind="stable")
    need, mentor = expand(
        cols.need_competence.astype(np.int64),
        cols.offer_competence[order].astype(np.int64),
        cols.offer_mentor[order].astype(np.int64),
    )
    mentee = cols.need_mentee[need].astype(np.int64)
    keep = mentor != mentee
    need, mentor, mentee = need[keep], mentor[keep], mentee[keep]
    ok = ctx.eligible(need, mentor) if len(need) else np.zeros(0, bool)
    need, mentor, mentee = need[ok], mentor[ok], mentee[ok]
    if len(need) == 0:
        return None
    components = ctx.components(need, mentor)
    totals = engine_score.total(components)
    best_first = np.lexsort((need, -totals, mentee, mentor))
    pair_key = mentor[best_first] * len(both) + mentee[best_first]
    first = best_first[np.r_[True, pair_key[1:] != pair_key[:-1]]]
    return _Directions(
        mentor=mentor[first],
        mentee=mentee[first],
        need=need[first],
        score=totals[first],
        components={name: values[first] for name, values in components.items()},
        keys=keys,
    )


def best_directions(
    mentees: list[engine.Mentee], mentors: list[engine.Mentor], rules: engine.Rules
) -> dict[tuple, Direction]:
    """(mentor key, mentee key) -> the best-scoring need of the mentee this mentor may take.

    Only people on both sides (they mentor and are mentored) can be in a mutual pair, so only
    those are looked at.
    """
    found = _directions(mentees, mentors, rules)
    if found is None:
        return {}
    return {
        (found.keys.mentor[found.mentor[k]], found.keys.mentee[found.mentee[k]]): found.direction(k)
        for k in range(len(found.mentor))
    }


def solve_mutual(
    mentees: list[engine.Mentee],
    mentors: list[engine.Mentor],
    rules: engine.Rules,
    *,
    time_limit: float = 5.0,
) -> MutualResult:
    """The mutual pairs of largest total worth, each person in at most one (see module doc)."""
    started = time.perf_counter()
    found = _directions(mentees, mentors, rules)
    pairs, optimal, candidates = [], True, 0
    if found is not None:
        n = len(found.keys.mentor)
        forward = found.mentor * n + found.mentee
        backward = found.mentee * n + found.mentor
        order = np.argsort(forward)
        position = np.searchsorted(forward[order], backward)
        position = np.minimum(position, len(order) - 1)
        has_back = forward[order][position] == backward
        back_of = np.where(has_back, order[position], -1)
        # Each mutual pair once: from the direction whose mentor has the lower position.
        one = np.nonzero(has_back & (found.mentor < found.mentee))[0]
        other = back_of[one]
        worth = engine_score.to_int(found.score[one] + found.score[other])
        candidates = len(one)
        index = {
            (int(found.mentor[k]), int(found.mentee[k])): (k, back)
            for k, back in zip(one.tolist(), other.tolist(), strict=True)
        }
        weights = dict(zip(index, worth.tolist(), strict=True))
        chosen, optimal = max_weight_matching(weights, time_limit=time_limit)
        for person_pair in chosen:
            k, back = index[person_pair]
            a_to_b, b_to_a = found.direction(k), found.direction(back)
            pairs.append(
                MutualPair(
                    a=a_to_b.mentor,
                    b=a_to_b.mentee,
                    need_of_a=b_to_a.need,
                    need_of_b=a_to_b.need,
                    a_to_b=a_to_b,
                    b_to_a=b_to_a,
                )
            )
    pairs.sort(key=lambda p: -p.score)
    stats = {
        "people": len({m.key for m in mentees} & {m.key for m in mentors}),
        "candidate_pairs": candidates,
        "pairs": len(pairs),
        "total_score": round(sum(p.score for p in pairs), 4),
        "optimal": optimal,
        "seconds": round(time.perf_counter() - started, 4),
    }
    return MutualResult(pairs=pairs, stats=stats)


def greedy_matching(weights: dict[tuple, int]) -> list[tuple]:
    """Heaviest edge first, skipping people already taken: at least half the optimum."""
    taken: set = set()
    chosen = []
    for (a, b), _w in sorted(weights.items(), key=lambda item: (-item[1], repr(item[0]))):
        if a not in taken and b not in taken:
            chosen.append((a, b))
            taken |= {a, b}
    return chosen


def max_weight_matching(weights: dict[tuple, int], *, time_limit: float = 5.0) -> tuple[list[tuple], bool]:
    """Edges (a, b) -> positive integer weight; the heaviest set of edges sharing no endpoint.

    CP-SAT starts from the greedy answer (a hint) and improves it; if it stops at the time limit
    without proof the best answer found is returned with False, and never one worse than greedy.
    """
    edges = [(pair, w) for pair, w in weights.items() if w > 0]
    if not edges:
        return [], True
    greedy = set(greedy_matching(dict(edges)))
    model = cp_model.CpModel()
    chosen = {pair: model.new_bool_var(f"e{i}") for i, (pair, _w) in enumerate(edges)}
    touching: dict[object, list] = defaultdict(list)
    for pair, var in chosen.items():
        touching[pair[0]].append(var)
        touching[pair[1]].append(var)
    for variables in touching.values():
        if len(variables) > 1:
            model.add_at_most_one(variables)
    model.maximize(sum(w * chosen[pair] for pair, w in edges))
    for pair, var in chosen.items():
        model.add_hint(var, pair in greedy)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    solver.parameters.random_seed = 7
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return sorted(greedy, key=repr), False
    found = [pair for pair, var in chosen.items() if solver.value(var)]
    weight = dict(edges)
    if sum(weight[p] for p in found) < sum(weight[p] for p in greedy):
        return sorted(greedy, key=repr), False
    return found, status == cp_model.OPTIMAL


def mutual_proposals(programme) -> MutualResult:
    """Two-way pairs for a programme's open needs and free capacity (Django side)."""
    from . import adapter

    # The pool already counts places and taken needs by the one capacity rule (a two-way
    # mentorship holds a place on both sides) and leaves out needs that have a mentor.
    pool = adapter.load_pool(programme)
    # The pair rule (matching.pairs) holds here both ways round: each side is also the other's mentor.
    pool.rules.excluded_pairs |= {(mentor, mentee) for mentee, mentor in pool.rules.excluded_pairs}
    return solve_mutual(pool.mentees, pool.mentors, pool.rules)
