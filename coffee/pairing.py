"""Virtual-coffee pairing: a pure function (numpy, no Django), fast at 100k participants.

Everyone opted in is placed: in pairs, plus one trio when the count is odd (a single person is the
only one left out). Two wishes decide who meets whom, in this order:

1. someone from another organisation (the point of cross-company coffee) and, when the programme
   forbids pairing across competitors, not from a competitor of their organisation: two people
   who "cannot meet" (colleagues, or competitors passed in `competitors`) weigh the same;
2. someone they have never been paired with before.

Both are kept whenever the group of participants allows it; when it does not, the pairing still
places everyone and reports each compromise with its reason, so the manager can see who could not
be paired as wished and why.

How (n participants):
- n <= EXACT_UP_TO: an exhaustive branch-and-bound over all pairings gives the fewest compromises
  (first the colleague and competitor ones, then the repeats), ties broken at random.
- larger: a construction that never pairs two people who cannot meet when no "rival block" (an
  organisation and every organisation linked to it by a chain of competitors; without competitors
  just the organisation) holds more than half of the people: sort by block, then organisation,
  blocks and organisations in a random order, and pair position i with i + n/2 (a block of at most
  n/2 people cannot hold both). When competitors leave it pairs that cannot meet beyond the lower
  bound, an organisation-level plan is tried instead (`_plan`: the organisation with the least
  room left first), and the better one kept. Then vectorised random 2-pair recombinations repair
  what is left and mix the pairing (a move is accepted when it makes nothing worse), then the
  exact search again over a few groups at a time (the compromising group and random others).
  The first wish is thus kept whenever possible: by construction without competitors, and with
  them by construction, plan and search (checked against an exact oracle in the tests); the
  "never twice" wish is kept by search, which is exact up to EXACT_UP_TO people and very reliable
  beyond, where each person has met few of the others.
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

EXACT_UP_TO = 12
# Competitors too dense for the sorted construction: an organisation-level plan, up to this many
# organisations (each step of the plan costs a pass over them).
PLAN_UP_TO = 5000
# A pair who cannot meet (same organisation, or competitors) weighs more than any number of repeats.
SAME_ORGANISATION_COST = 1_000_000
REPEAT_COST = 1

# Reasons reported for people who could not be paired as wished.
ALONE = "alone"  # the only participant of the round
SAME_ORGANISATION = "same_organisation"  # nobody from another organisation was left for them
COMPETITOR = "competitor"  # everybody left from another organisation was from a competitor
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
    competitors: Iterable[frozenset] = (),
    seed: int | None = None,
) -> Pairing:
    """Pair everyone at random, across organisations, never twice when avoidable (see above).

    `competitors`: pairs frozenset({org_a, org_b}) of organisation keys whose people must not meet
    when avoidable (pass them only when the programme forbids pairing across competitors).
    """
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
    rivals = []  # competitor pairs by organisation code, both taking part
    for pair in competitors:
        codes = [org_codes[org] for org in pair if org in org_codes]
        if len(codes) == 2:
            rivals.append(codes)
    rivals_array = np.array(rivals, np.int64).reshape(-1, 2)
    prev = (np.array(prev_a, np.int64), np.array(prev_b, np.int64))
    groups = pair_indices(organisations, *prev, competitors=rivals_array, seed=seed)
    costs = Costs(organisations, *prev, competitors=rivals_array)
    colleagues = costs.colleagues(groups).tolist()
    result_groups, compromises = [], []
    for group, cost, same in zip(groups, costs.groups(groups).tolist(), colleagues, strict=True):
        result_groups.append(tuple(keys[i] for i in group))
        reason = reason_of(cost, colleagues=same)
        if reason:
            compromises.append(Compromise(keys=result_groups[-1], reason=reason))
    if len(keys) == 1:
        compromises.append(Compromise(keys=(keys[0],), reason=ALONE))
    stats = {
        "participants": len(keys),
        "groups": len(result_groups),
        "trios": sum(1 for g in result_groups if len(g) == 3),
        "same_organisation": sum(1 for c in compromises if c.reason == SAME_ORGANISATION),
        "competitor": sum(1 for c in compromises if c.reason == COMPETITOR),
        "already_met": sum(1 for c in compromises if c.reason == ALREADY_MET),
        "seconds": round(time.perf_counter() - started, 4),
    }
    return Pairing(groups=result_groups, compromises=compromises, stats=stats)


class Costs:
    """Cost of putting people together: "cannot meet" (colleagues, competitors) first, then having met.

    Competitors are a boolean matrix over the organisations that have any (`rival`), plus one last
    row and column, all False, shared by every other organisation: a pair's cost is then a
    vectorised lookup whose size does not grow with the number of organisations without
    competitors (the full organisation x organisation matrix would, quadratically). Colleagues are
    found by comparing organisation codes, as without competitors.
    """

    def __init__(
        self,
        organisations: np.ndarray,
        prev_a: np.ndarray,
        prev_b: np.ndarray,
        *,
        competitors: np.ndarray | None = None,
    ) -> None:
        self.org = np.asarray(organisations, np.int64)
        self.n = len(self.org)
        lo, hi = np.minimum(prev_a, prev_b), np.maximum(prev_a, prev_b)
        self.prev = np.unique(lo * max(self.n, 1) + hi)
        n_orgs = int(self.org.max()) + 1 if self.n else 0
        pairs = np.zeros((0, 2), np.int64) if competitors is None else np.asarray(competitors, np.int64)
        pairs = pairs.reshape(-1, 2)
        pairs = pairs[(pairs[:, 0] != pairs[:, 1]) & (pairs < n_orgs).all(axis=1) & (pairs >= 0).all(axis=1)]
        self.competitors = pairs  # (m, 2) organisation codes, each pair once or twice
        self.rival = self.slot = None
        if len(pairs):
            with_rivals = np.unique(pairs)
            slot_of_org = np.full(n_orgs, len(with_rivals), np.int64)  # the last slot: no competitor
            slot_of_org[with_rivals] = np.arange(len(with_rivals))
            self.rival = np.zeros((len(with_rivals) + 1, len(with_rivals) + 1), bool)
            self.rival[slot_of_org[pairs[:, 0]], slot_of_org[pairs[:, 1]]] = True
            self.rival[slot_of_org[pairs[:, 1]], slot_of_org[pairs[:, 0]]] = True
            self.slot = slot_of_org[self.org]  # per person

    def cannot_meet(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Colleagues, or (when given) people of two competing organisations."""
        apart = self.org[a] == self.org[b]
        if self.rival is not None:
            apart |= self.rival[self.slot[a], self.slot[b]]
        return apart

    def met(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        if len(self.prev) == 0:
            return np.zeros(np.shape(a), bool)
        key = np.minimum(a, b) * max(self.n, 1) + np.maximum(a, b)
        pos = np.minimum(np.searchsorted(self.prev, key), len(self.prev) - 1)
        return self.prev[pos] == key

    def pair(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        a, b = np.asarray(a, np.int64), np.asarray(b, np.int64)
        return self.cannot_meet(a, b) * SAME_ORGANISATION_COST + self.met(a, b) * REPEAT_COST

    def group(self, group: Sequence[int]) -> int:
        return int(self.groups([group])[0])

    def groups(self, groups: Sequence[Sequence[int]]) -> np.ndarray:
        """Cost of each group (pairs and trios), vectorised."""
        total = np.zeros(len(groups), np.int64)
        for at, a, b in _pairs_within(groups):
            total[at] += self.pair(a, b)
        return total

    def colleagues(self, groups: Sequence[Sequence[int]]) -> np.ndarray:
        """Whether each group holds two people of the same organisation, vectorised."""
        found = np.zeros(len(groups), bool)
        for at, a, b in _pairs_within(groups):
            found[at] |= self.org[a] == self.org[b]
        return found


def _pairs_within(groups: Sequence[Sequence[int]]):
    """(group positions, first members, second members) for every two people of a group, by size."""
    for size in (2, 3):
        at = np.array([k for k, g in enumerate(groups) if len(g) == size], np.int64)
        if len(at) == 0:
            continue
        members = np.array([groups[k] for k in at.tolist()], np.int64)
        for i in range(size):
            for j in range(i + 1, size):
                yield at, members[:, i], members[:, j]


def reason_of(cost: int, *, colleagues: bool) -> str:
    """A group's compromise: colleagues before competitors (a trio may hold both), then repeats."""
    if cost >= SAME_ORGANISATION_COST:
        return SAME_ORGANISATION if colleagues else COMPETITOR
    return ALREADY_MET if cost else ""


def pair_indices(
    organisations: np.ndarray,
    prev_a: np.ndarray | None = None,
    prev_b: np.ndarray | None = None,
    *,
    competitors: np.ndarray | None = None,
    seed: int | None = None,
    sweeps: int = 6,
) -> list[tuple[int, ...]]:
    """The array entry point: organisation code per person, previous pairs by position, competing
    organisations as an (m, 2) array of organisation codes."""
    rng = np.random.default_rng(seed)
    n = len(organisations)
    empty = np.zeros(0, np.int64)
    costs = Costs(
        organisations,
        empty if prev_a is None else prev_a,
        empty if prev_b is None else prev_b,
        competitors=competitors,
    )
    if n < 2:
        return []  # one person alone is reported by the caller
    if n <= EXACT_UP_TO:
        return best_partition(list(rng.permutation(n)), costs, rng)
    everyone = rng.permutation(n)
    blocks = _rival_blocks(costs)
    third = None
    if n % 2:
        third = _choose_third(costs.org if blocks is None else blocks[costs.org], rng)
        everyone = everyone[everyone != third]
    pairs = _construct(everyone, costs.org, blocks, rng)
    if blocks is not None and int(costs.org.max()) < PLAN_UP_TO:
        apart = int(costs.cannot_meet(pairs[:, 0], pairs[:, 1]).sum())
        if apart > _least_apart_pairs(costs):
            planned = _construct_by_plan(everyone, costs, blocks, rng)
            if int(costs.cannot_meet(planned[:, 0], planned[:, 1]).sum()) < apart:
                pairs = planned
    pairs = _recombine(pairs, costs, rng, sweeps=sweeps)
    groups = [tuple(p) for p in pairs.tolist()]
    if third is not None:
        groups = _host(groups, pairs, third, costs, rng)
    return _neighbourhood_search(groups, costs, rng)


def _rival_blocks(costs: Costs) -> np.ndarray | None:
    """Block per organisation code: organisations linked by a chain of competitors share one.

    None without competitors (every organisation is its own block). Union-find over the competitor
    pairs: a few per organisation that has any, so a Python loop is cheap.
    """
    if costs.rival is None:
        return None
    parent = list(range(int(costs.org.max()) + 1))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in costs.competitors.tolist():
        parent[root(a)] = root(b)
    return np.unique([root(x) for x in range(len(parent))], return_inverse=True)[1].reshape(-1)


def _choose_third(block: np.ndarray, rng: np.random.Generator) -> int:
    """The trio's third person: someone outside the largest block (organisation, without competitors)
    so pairs stay mixed. `block` is per person."""
    counts = np.bincount(block)
    outside = np.nonzero(block != np.argmax(counts))[0]
    pool = outside if len(outside) else np.arange(len(block))
    return int(rng.choice(pool))


def _construct(
    people: np.ndarray, org: np.ndarray, blocks: np.ndarray | None, rng: np.random.Generator
) -> np.ndarray:
    """Pairs (i, i + n/2) of people sorted by organisation, organisations in random order.

    With competitors, sorted by rival block first (blocks in random order), so that a block of
    competing organisations is contiguous and, holding at most n/2 people, never meets itself.
    """
    n_orgs = int(org.max()) + 1
    rank = rng.permutation(n_orgs)
    if blocks is not None:
        rank = rng.permutation(int(blocks.max()) + 1)[blocks] * n_orgs + rank
    order = people[np.argsort(rank[org[people]], kind="stable")]  # people came shuffled
    half = len(order) // 2
    return np.stack([order[:half], order[half:]], axis=1)


def _construct_by_plan(
    people: np.ndarray, costs: Costs, blocks: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Pairs following `_plan` (how many of each two organisations meet), people drawn at random.

    Who the plan leaves over (their organisations have no one left who may meet them) is paired
    by `_construct`, among themselves.
    """
    org = costs.org
    n_orgs = int(org.max()) + 1
    by_org = people[np.argsort(org[people], kind="stable")]  # people came shuffled
    counts = np.bincount(org[people], minlength=n_orgs)
    start = np.concatenate([[0], np.cumsum(counts)[:-1]])
    plan = _plan(counts, costs)  # (m, 3): organisation, organisation, pairs
    sides = np.concatenate([plan[:, 0], plan[:, 1]])
    sizes = np.concatenate([plan[:, 2], plan[:, 2]])
    # Each organisation hands out its people in turn: the offset of a side is what its
    # organisation gave to the sides before it.
    order = np.argsort(sides, kind="stable")
    before = np.cumsum(sizes[order]) - sizes[order]
    first = np.searchsorted(sides[order], sides[order])  # the first side of the same organisation
    offset = np.empty_like(before)
    offset[order] = before - before[first]
    taken = start[sides] + offset
    total = int(plan[:, 2].sum())
    within = np.arange(total) - np.repeat(np.cumsum(plan[:, 2]) - plan[:, 2], plan[:, 2])
    left = by_org[np.repeat(taken[: len(plan)], plan[:, 2]) + within]
    right = by_org[np.repeat(taken[len(plan) :], plan[:, 2]) + within]
    used = np.bincount(sides, weights=sizes, minlength=n_orgs).astype(np.int64)
    rank = np.arange(len(by_org)) - np.repeat(start, counts)
    rest = by_org[rank >= np.repeat(used, counts)]
    pairs = np.stack([left, right], axis=1)
    if len(rest):
        pairs = np.concatenate([pairs, _construct(rng.permutation(rest), org, blocks, rng)])
    return pairs


def _plan(counts: np.ndarray, costs: Costs) -> np.ndarray:
    """How many pairs each two organisations that may meet form: rows (org, org, pairs).

    Greedy: the organisation under most pressure (its people left, over the people left who may
    meet them) pairs an eighth of what is left of it or of its partner (at least one pair: few
    steps, yet fine enough to follow the pressure) with the largest organisation that may meet it,
    until no organisation with people left has anyone left who may meet them. Without competitors
    this is the largest-first rule, which leaves only the largest organisation's surplus; with
    them it is a heuristic, tried when the sorted construction leaves people who cannot meet
    together (the tests check the result against an exact oracle of whether anyone has to).
    """
    remaining = counts.astype(np.int64)
    rivals_of: list[list[int]] = [[] for _ in range(len(remaining))]
    for a, b in {(a, b) for a, b in costs.competitors.tolist()} | {
        (b, a) for a, b in costs.competitors.tolist()
    }:
        rivals_of[a].append(b)
    rival_load = np.array([remaining[r].sum() for r in rivals_of], np.int64)
    room = remaining.sum() - remaining - rival_load  # people left who may meet them
    rows = []
    while True:
        waiting = (remaining > 0) & (room > 0)
        if not waiting.any():
            break
        pressure = np.where(waiting, remaining / np.maximum(room, 1), -1.0)
        i = int(np.argmax(pressure))
        candidates = remaining.copy()
        candidates[i] = 0
        candidates[rivals_of[i]] = 0
        j = int(np.argmax(candidates))
        size = max(1, int(min(remaining[i], remaining[j])) // 8)
        rows.append((i, j, size))
        remaining[i] -= size
        remaining[j] -= size
        room -= 2 * size
        for k in (i, j):
            room[k] += size
            room[rivals_of[k]] += size
    return np.array(rows, np.int64).reshape(-1, 3)


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
    floor = _least_apart_pairs(costs) * SAME_ORGANISATION_COST
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


def _least_apart_pairs(costs: Costs) -> int:
    """A lower bound of the "cannot meet" pairs no pairing can avoid (stopping the search early).

    A group without such a pair holds at most one person of a set of people who all cannot meet
    each other (an organisation, or two competing ones), and there are n // 2 groups: the set's
    surplus over n // 2 must meet among itself. The bound takes the largest such set.
    """
    if costs.n == 0:
        return 0
    counts = np.bincount(costs.org)
    largest = int(counts.max())
    if len(costs.competitors):
        largest = max(largest, int((counts[costs.competitors[:, 0]] + counts[costs.competitors[:, 1]]).max()))
    return max(0, largest - costs.n // 2)


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
