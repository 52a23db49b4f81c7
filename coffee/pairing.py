"""Virtual-coffee pairing: a pure function (numpy, no Django), fast at 100k participants.

Everyone opted in is placed: in pairs, plus one trio when the count is odd (a single person is the
only one left out). Two wishes decide who meets whom, in this order:

1. someone from another organisation (the point of cross-company coffee);
2. someone they have never been paired with before.

Both are kept whenever the group of participants allows it; when it does not, the pairing still
places everyone and reports each compromise with its reason, so the manager can see who could not
be paired as wished and why.

How (n participants):
- n <= EXACT_UP_TO: an exhaustive branch-and-bound over all pairings gives the fewest compromises
  (first the same-organisation ones, then the repeats), ties broken at random.
- larger: a construction that never pairs colleagues when no organisation has more than half of
  the people (sort by organisation in a random order, pair position i with i + n/2: a block of at
  most n/2 colleagues cannot hold both), then vectorised random 2-pair recombinations that repair
  repeats and mix the pairing (a move is accepted when it makes nothing worse), then the exact
  search again over a few groups at a time (the compromising group and random others) for what
  is left. The organisation wish is thus kept whenever possible; the "never twice" wish is kept
  by search, which is exact up to EXACT_UP_TO people and very reliable beyond, where each person
  has met few of the others.
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

EXACT_UP_TO = 12
# A same-organisation pair weighs more than any number of repeats.
SAME_ORGANISATION_COST = 1_000_000
REPEAT_COST = 1

# Reasons reported for people who could not be paired as wished.
ALONE = "alone"  # the only participant of the round
SAME_ORGANISATION = "same_organisation"  # nobody from another organisation was left for them
ALREADY_MET = "already_met"  # everybody left from another organisation had met them before


@dataclass(frozen=True)
class Participant:
    key: Hashable
    organisation: Hashable


@dataclass(frozen=True)
class Compromise:
    keys: tuple  # the group (or, for ALONE, the single person)
    reason: str


@dataclass
class Pairing:
    groups: list[tuple]  # pairs, and at most one trio
    compromises: list[Compromise]
    stats: dict = field(default_factory=dict)


def pair_participants(
    participants: Sequence[Participant],
    previous: Iterable[frozenset] = (),
    *,
    seed: int | None = None,
) -> Pairing:
    """Pair everyone at random, across organisations, never twice when avoidable (see above)."""
    started = time.perf_counter()
    keys = [p.key for p in participants]
    if len(set(keys)) != len(keys):
        raise ValueError("every participant must appear once")
    index = {key: i for i, key in enumerate(keys)}
    org_codes: dict[Hashable, int] = {}
    organisations = np.array([org_codes.setdefault(p.organisation, len(org_codes)) for p in participants])
    prev_a, prev_b = [], []
    for pair in previous:
        members = [index[key] for key in pair if key in index]
        if len(members) == 2:
            prev_a.append(members[0])
            prev_b.append(members[1])
    groups = pair_indices(organisations, np.array(prev_a, np.int64), np.array(prev_b, np.int64), seed=seed)
    costs = Costs(organisations, np.array(prev_a, np.int64), np.array(prev_b, np.int64))
    result_groups, compromises = [], []
    for group, cost in zip(groups, costs.groups(groups).tolist(), strict=True):
        result_groups.append(tuple(keys[i] for i in group))
        reason = reason_of(cost)
        if reason:
            compromises.append(Compromise(keys=result_groups[-1], reason=reason))
    if len(keys) == 1:
        compromises.append(Compromise(keys=(keys[0],), reason=ALONE))
    stats = {
        "participants": len(keys),
        "groups": len(result_groups),
        "trios": sum(1 for g in result_groups if len(g) == 3),
        "same_organisation": sum(1 for c in compromises if c.reason == SAME_ORGANISATION),
        "already_met": sum(1 for c in compromises if c.reason == ALREADY_MET),
        "seconds": round(time.perf_counter() - started, 4),
    }
    return Pairing(groups=result_groups, compromises=compromises, stats=stats)


class Costs:
    """Cost of putting people together: organisation first, then having met before."""

    def __init__(self, organisations: np.ndarray, prev_a: np.ndarray, prev_b: np.ndarray) -> None:
        self.org = np.asarray(organisations, np.int64)
        self.n = len(self.org)
        lo, hi = np.minimum(prev_a, prev_b), np.maximum(prev_a, prev_b)
        self.prev = np.unique(lo * max(self.n, 1) + hi)

    def met(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        if len(self.prev) == 0:
            return np.zeros(np.shape(a), bool)
        key = np.minimum(a, b) * max(self.n, 1) + np.maximum(a, b)
        pos = np.minimum(np.searchsorted(self.prev, key), len(self.prev) - 1)
        return self.prev[pos] == key

    def pair(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        a, b = np.asarray(a, np.int64), np.asarray(b, np.int64)
        same = self.org[a] == self.org[b]
        return same * SAME_ORGANISATION_COST + self.met(a, b) * REPEAT_COST

    def group(self, group: Sequence[int]) -> int:
        return int(self.groups([group])[0])

    def groups(self, groups: Sequence[Sequence[int]]) -> np.ndarray:
        """Cost of each group (pairs and trios), vectorised."""
        total = np.zeros(len(groups), np.int64)
        for size in (2, 3):
            at = np.array([k for k, g in enumerate(groups) if len(g) == size], np.int64)
            if len(at) == 0:
                continue
            members = np.array([groups[k] for k in at.tolist()], np.int64)
            for i in range(size):
                for j in range(i + 1, size):
                    total[at] += self.pair(members[:, i], members[:, j])
        return total


def reason_of(cost: int) -> str:
    if cost >= SAME_ORGANISATION_COST:
        return SAME_ORGANISATION
    return ALREADY_MET if cost else ""


def pair_indices(
    organisations: np.ndarray,
    prev_a: np.ndarray | None = None,
    prev_b: np.ndarray | None = None,
    *,
    seed: int | None = None,
    sweeps: int = 6,
) -> list[tuple[int, ...]]:
    """The array entry point: organisation code per person, previous pairs by position."""
    rng = np.random.default_rng(seed)
    n = len(organisations)
    empty = np.zeros(0, np.int64)
    costs = Costs(organisations, empty if prev_a is None else prev_a, empty if prev_b is None else prev_b)
    if n < 2:
        return []  # one person alone is reported by the caller
    if n <= EXACT_UP_TO:
        return best_partition(list(rng.permutation(n)), costs, rng)
    everyone = rng.permutation(n)
    third = None
    if n % 2:
        third = _choose_third(costs.org, rng)
        everyone = everyone[everyone != third]
    pairs = _construct(everyone, costs.org, rng)
    pairs = _recombine(pairs, costs, rng, sweeps=sweeps)
    groups = [tuple(p) for p in pairs.tolist()]
    if third is not None:
        groups = _host(groups, pairs, third, costs, rng)
    return _neighbourhood_search(groups, costs, rng)


def _choose_third(org: np.ndarray, rng: np.random.Generator) -> int:
    """The trio's third person: someone outside the largest organisation, so pairs stay mixed."""
    counts = np.bincount(org)
    outside = np.nonzero(org != np.argmax(counts))[0]
    pool = outside if len(outside) else np.arange(len(org))
    return int(rng.choice(pool))


def _construct(people: np.ndarray, org: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Pairs (i, i + n/2) of people sorted by organisation, organisations in random order."""
    rank = rng.permutation(int(org.max()) + 1)
    order = people[np.argsort(rank[org[people]], kind="stable")]  # people came shuffled
    half = len(order) // 2
    return np.stack([order[:half], order[half:]], axis=1)


def _recombine(pairs: np.ndarray, costs: Costs, rng: np.random.Generator, *, sweeps: int) -> np.ndarray:
    """Random 2-pair recombinations: (a,b),(c,d) -> (a,c),(b,d) or (a,d),(b,c).

    Each sweep first offers every compromising pair a random partner pair and keeps the best option
    if it is strictly better, then mixes all pairs, keeping a random option that is no worse.
    """
    pairs = pairs.copy()
    for _ in range(sweeps * 3):
        bad = np.nonzero(costs.pair(pairs[:, 0], pairs[:, 1]) > 0)[0]
        if len(bad) == 0:
            break
        others = rng.permutation(np.setdiff1d(np.arange(len(pairs)), bad))
        if len(others) == 0:
            break
        take = min(len(bad), len(others))
        bad = rng.permutation(bad)[:take]
        _apply_moves(pairs, bad, others[:take], costs, rng, strict=True)
    for _ in range(sweeps):
        order = rng.permutation(len(pairs))
        half = len(order) // 2
        _apply_moves(pairs, order[:half], order[half : 2 * half], costs, rng, strict=False)
    return pairs


def _apply_moves(pairs, u, v, costs: Costs, rng, *, strict: bool) -> None:
    a, b, c, d = pairs[u, 0], pairs[u, 1], pairs[v, 0], pairs[v, 1]
    now = costs.pair(a, b) + costs.pair(c, d)
    first = costs.pair(a, c) + costs.pair(b, d)
    second = costs.pair(a, d) + costs.pair(b, c)
    if strict:
        use_first = (first < now) & (first <= second)
        use_second = (second < now) & ~use_first
    else:
        coin = rng.random(len(u)) < 0.5
        use_first = (first <= now) & (coin | (second > now))
        use_second = (second <= now) & ~use_first & ((~coin) | (first > now))
    pairs[u[use_first], 1] = c[use_first]
    pairs[v[use_first], 0] = b[use_first]
    pairs[u[use_second], 1] = d[use_second]
    pairs[v[use_second], 1] = b[use_second]


def _host(groups: list[tuple], pairs: np.ndarray, third: int, costs: Costs, rng) -> list[tuple]:
    """Add the third person to a random pair among those where they fit best."""
    third_column = np.full(len(pairs), third)
    added = costs.pair(third_column, pairs[:, 0]) + costs.pair(third_column, pairs[:, 1])
    best = np.nonzero(added == added.min())[0]
    host = int(rng.choice(best))
    groups[host] = (*groups[host], third)
    return groups


def _neighbourhood_search(
    groups: list[tuple], costs: Costs, rng, *, attempts: int = 1000, patience: int = 200, seconds: float = 2.0
) -> list[tuple]:
    """Re-pair a compromising group together with random others, exactly, until none is left.

    Stops when nothing is left to improve, after `patience` attempts in a row without progress
    (what is left is most likely unavoidable), or after `seconds`.
    """
    cost = costs.groups(groups).tolist()
    floor = _least_colleague_pairs(costs.org) * SAME_ORGANISATION_COST
    deadline = time.perf_counter() + seconds
    stale = 0
    for _ in range(attempts):
        bad = [i for i, c in enumerate(cost) if c > 0]
        if not bad or sum(cost) <= floor or stale >= patience or time.perf_counter() > deadline:
            break
        stale += 1
        chosen = [bad[int(rng.integers(len(bad)))]]
        members = list(groups[chosen[0]])
        while len(members) + 3 <= EXACT_UP_TO:
            other = int(rng.integers(len(groups)))
            if other in chosen:
                if len(chosen) == len(groups):
                    break
                continue
            chosen.append(other)
            members += groups[other]
        before = sum(cost[i] for i in chosen)
        better = best_partition(list(rng.permutation(members)), costs, rng)
        after = [costs.group(g) for g in better]
        if sum(after) < before:
            stale = 0
        if sum(after) <= before:
            for slot, group, group_cost in zip(chosen, better, after, strict=True):
                groups[slot], cost[slot] = group, group_cost
    return groups


def _least_colleague_pairs(org: np.ndarray) -> int:
    """Colleague pairs no pairing can avoid: the largest organisation's surplus over half."""
    return max(0, int(np.bincount(org).max()) - len(org) // 2) if len(org) else 0


def best_partition(members: list[int], costs: Costs, rng) -> list[tuple[int, ...]]:
    """Pairs (and one trio if odd) of least total cost, by branch and bound; exact, for a few people."""
    m = len(members)
    people = np.array(members, np.int64)
    a, b = np.meshgrid(people, people, indexing="ij")
    pair_cost = costs.pair(a.ravel(), b.ravel()).reshape(m, m).tolist()
    best: dict = {"cost": None, "groups": None}
    odd = m % 2 == 1

    def search(left: list[int], chosen: list[tuple], total: int, trio_left: bool) -> bool:
        if best["cost"] is not None and total >= best["cost"]:
            return False
        if not left:
            best["cost"], best["groups"] = total, list(chosen)
            return total == 0  # nothing beats zero: stop
        i, rest = left[0], left[1:]
        for x in range(len(rest)):
            j = rest[x]
            remaining = rest[:x] + rest[x + 1 :]
            if len(remaining) % 2 == 0 or trio_left:
                chosen.append((i, j))
                if search(remaining, chosen, total + pair_cost[i][j], trio_left):
                    return True
                chosen.pop()
            if trio_left:
                for y in range(x + 1, len(rest)):
                    k = rest[y]
                    after = [p for p in rest if p not in (j, k)]
                    chosen.append((i, j, k))
                    added = pair_cost[i][j] + pair_cost[i][k] + pair_cost[j][k]
                    if search(after, chosen, total + added, False):
                        return True
                    chosen.pop()
        return False

    order = list(range(m))
    rng.shuffle(order)
    search(order, [], 0, odd)
    return [tuple(members[i] for i in group) for group in best["groups"]]
