"""Pricing: prove that no pruned pair would improve the solution, or find those that would.

The flow on the candidate graph is optimal for the full graph (every eligible
pair) when, with node prices p valid on the candidate residual graph:

* cost: every pruned eligible pair (n, j) has reduced cost >= 0, i.e.
  score(n, j) <= p(n) - p(G), and
* size: no pruned pair leads from a node the source reaches to one it does
  not (else the flow might grow: more needs matched).

G is the mentor j, or, when the mentee already has mentor j through another
need n', the pair node between them, whose price can be taken as
p(n') - score(n', j) (it only relaxes the test, see README).  Pairs that
fail go into the graph and the flow is solved again.

Screening is vectorised per competence bucket and only touches needs and
mentors whose prices leave room for a violation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .blocks import FLOOR, BlockScorer, Bucket
from .candidates import in_threads
from .context import Context
from .flow import SINK, SOURCE, Flow, Graph
from .score import SCALE

TOLERANCE = 4.0  # integer score units: float32 blocks vs exact scores
# Pairs this close to violating are added too: prices move when the graph
# grows, and adding the near misses at once saves solving rounds.
NEAR = 100


@dataclass
class Prices:
    need: np.ndarray  # per problem need (int64)
    need_reached: np.ndarray
    mentor: np.ndarray  # per problem mentor
    mentor_reached: np.ndarray
    # First-mentor certificate: reached from an empty first arc / reaching a used extra arc.
    need_first: np.ndarray
    need_closes: np.ndarray
    mentor_closes: np.ndarray
    need_to_sink: np.ndarray


@dataclass
class Violations:
    need: np.ndarray
    mentor: np.ndarray
    excess: np.ndarray  # score above what the prices allow (int units)
    grows: np.ndarray  # bool: could grow the flow (more needs)
    first: np.ndarray  # bool: could give one more mentee a first mentor
    real: np.ndarray  # bool: a true violation (else a near miss, worth adding)


def node_prices(
    ctx: Context,
    graph: Graph,
    flow: Flow,
    price: np.ndarray,
    reached: np.ndarray,
    first_sets: tuple[np.ndarray, np.ndarray],
    to_sink: np.ndarray,
) -> Prices:
    """Prices and reachability of every problem need and mentor, in the graph or not.

    A need outside the graph hangs off its mentee by an empty arc, so its
    price can be the mentee's (the most lenient choice); a mentee outside the
    graph hangs off the source by empty arcs (the first one costing -bonus).
    """
    cols, locks = ctx.cols, ctx.locks
    mentee_price = price[SOURCE] - graph.bonus * (~locks.mentee_has_lock).astype(np.int64)
    mentee_reached = np.full(cols.n_mentees, bool(reached[SOURCE]))
    mentee_price[graph.mentees] = price[graph.mentee_node]
    mentee_reached[graph.mentees] = reached[graph.mentee_node]
    need_price = mentee_price[cols.need_mentee].copy()
    need_reached = mentee_reached[cols.need_mentee].copy()
    need_price[graph.needs] = price[graph.need_node]
    need_reached[graph.needs] = reached[graph.need_node]
    # A mentor outside the graph has an empty arc to the sink: price it like the sink.
    mentor_price = np.full(cols.n_mentors, price[SINK], np.int64)
    # "reached" of a mentor means here: it still reaches the sink (an outside one does).
    mentor_reached = np.ones(cols.n_mentors, bool)
    mentor_price[graph.mentors] = price[graph.mentor_node]
    mentor_reached[graph.mentors] = to_sink[graph.mentor_node]
    starts, closes = first_sets
    has_first = (~locks.mentee_has_lock) & (locks.allowance > 0) & (graph.bonus > 0)
    mentee_first = has_first.copy()
    mentee_first[graph.mentees] = starts[graph.mentee_node]
    need_first = mentee_first[cols.need_mentee].copy()
    need_first[graph.needs] = starts[graph.need_node]
    need_closes = np.zeros(cols.n_needs, bool)
    need_closes[graph.needs] = closes[graph.need_node]
    need_to_sink = np.zeros(cols.n_needs, bool)
    need_to_sink[graph.needs] = to_sink[graph.need_node]
    mentor_closes = np.full(cols.n_mentors, bool(closes[SINK]))
    mentor_closes[graph.mentors] = closes[graph.mentor_node]
    return Prices(
        need_price,
        need_reached,
        mentor_price,
        mentor_reached,
        need_first,
        need_closes,
        mentor_closes,
        need_to_sink,
    )


def find_violations(
    ctx: Context,
    scorer: BlockScorer,
    buckets: list[Bucket],
    graph: Graph,
    flow: Flow,
    prices: Prices,
    need_best: np.ndarray,
    block_size: int,
    known: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    exact_per_need: int | None = None,
    threads: int = 1,
) -> Violations:
    """Pairs that would improve the flow: among the pairs never scored exactly (screened per
    bucket) and among ``known`` ones (need, mentor, exact score) kept out of the graph.

    With ``exact_per_need``, only that many screened pairs per need (largest approximate excess
    first) are scored exactly; the others count as violations with their approximate excess
    plus TOLERANCE, an upper bound: they keep pricing going and bound the gap, and the next
    rounds score them if they still matter.
    """
    if known is None:
        known = (graph.pair_need, graph.pair_mentor, graph.pair_score)
    width = max(ctx.cols.n_mentors, 1)
    known_keys = np.sort(known[0] * width + known[1])
    found = in_threads(
        lambda b: _screen_bucket(ctx, scorer, b, prices, need_best, known_keys, block_size), buckets, threads
    )
    need = np.concatenate([f[0] for f in found]) if found else np.zeros(0, np.int64)
    mentor = np.concatenate([f[1] for f in found]) if found else np.zeros(0, np.int64)
    approx = np.concatenate([f[2] for f in found]) if found else np.zeros(0)
    rough = np.zeros(len(need), bool)
    if exact_per_need is not None and len(need):
        order = np.lexsort((-approx, need))
        rank = np.empty(len(need), np.int64)
        rank[order] = np.arange(len(need)) - np.searchsorted(need[order], need[order])
        rough = rank >= exact_per_need
    guessed = _rough(need[rough], mentor[rough], approx[rough])
    need, mentor = need[~rough], mentor[~rough]
    ok = ctx.eligible(need, mentor)
    need, mentor = need[ok], mentor[ok]
    scores = ctx.int_scores(need, mentor)
    # Known pairs outside the graph (dropped from the working set) are priced exactly as they are.
    in_graph = np.sort(graph.pair_need * width + graph.pair_mentor)
    probe = known[0] * width + known[1]
    pos = np.minimum(np.searchsorted(in_graph, probe), max(len(in_graph) - 1, 0))
    out = in_graph[pos] != probe if len(in_graph) else np.ones(len(probe), bool)
    need = np.concatenate([need, known[0][out]])
    mentor = np.concatenate([mentor, known[1][out]])
    scores = np.concatenate([scores, known[2][out]])
    exact = _confirm(ctx, graph, flow, prices, need, mentor, scores)
    return Violations(
        *(np.concatenate([a, b]) for a, b in zip(_fields(exact), _fields(guessed), strict=True))
    )


def _rough(need: np.ndarray, mentor: np.ndarray, approx: np.ndarray) -> Violations:
    """Screened pairs not scored exactly, as violations with an upper bound of their excess."""
    excess = np.ceil(approx + TOLERANCE).astype(np.int64)
    real = excess > 0
    no = np.zeros(int(real.sum()), bool)
    return Violations(need[real], mentor[real], excess[real], no, no, np.ones(len(no), bool))


def _fields(v: Violations) -> tuple[np.ndarray, ...]:
    return (v.need, v.mentor, v.excess, v.grows, v.first, v.real)


def _screen_bucket(
    ctx: Context,
    scorer: BlockScorer,
    bucket: Bucket,
    prices: Prices,
    need_best: np.ndarray,
    arc_keys: np.ndarray,
    block_size: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of one bucket that may violate, with their approximate excess (float32 screen)."""
    found = [
        _screen_size(scorer, bucket, prices, block_size),
        _screen_cost(scorer, bucket, prices, need_best, block_size),
    ]
    width = max(ctx.cols.n_mentors, 1)
    keys = np.concatenate([f[0] * width + f[1] for f in found])
    approx = np.concatenate([f[2] for f in found])
    order = np.lexsort((-approx, keys))  # a pair found twice keeps its larger excess
    keys, approx = keys[order], approx[order]
    first = np.r_[True, keys[1:] != keys[:-1]] if len(keys) else np.zeros(0, bool)
    keys, approx = keys[first], approx[first]
    pos = np.minimum(np.searchsorted(arc_keys, keys), max(len(arc_keys) - 1, 0))
    pruned = arc_keys[pos] != keys if len(arc_keys) else np.ones(len(keys), bool)
    keys, approx = keys[pruned], approx[pruned]
    return keys // width, keys % width, approx


def _screen_size(
    scorer: BlockScorer, bucket: Bucket, prices: Prices, block_size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs from a need the source reaches to a mentor that reaches the sink (more needs
    matched), or closing a cycle that gives a mentee its first mentor."""
    to_sink = prices.mentor_reached[bucket.mentors]
    closes = prices.mentor_closes[bucket.mentors]
    reached = prices.need_reached[bucket.needs]
    first = prices.need_first[bucket.needs]
    rows = np.nonzero((reached & to_sink.any()) | (first & closes.any()))[0]
    columns = np.nonzero(to_sink | closes)[0]
    if len(rows) == 0 or len(columns) == 0:
        return _NONE
    sub = bucket.subset(rows, columns)
    out_n, out_m = [], []
    for start, stop in sub.chunks(block_size):
        block = scorer.block(sub, start, stop)[:, : len(columns)]
        r_reached, r_first = reached[rows[start:stop]], first[rows[start:stop]]
        suspect = (r_reached[:, None] & to_sink[columns][None, :]) | (
            r_first[:, None] & closes[columns][None, :]
        )
        r, c = np.nonzero(suspect & (block > FLOOR))
        out_n.append(sub.needs[start + r])
        out_m.append(sub.mentors[c])
    need = np.concatenate(out_n)
    return need, np.concatenate(out_m), np.full(len(need), np.inf)  # always scored exactly


def _screen_cost(
    scorer: BlockScorer, bucket: Bucket, prices: Prices, need_best: np.ndarray, block_size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Pruned pairs whose score could beat their prices: score(n, j) > p(n) - p(j).

    A pruned pair scores at most its row's bound and its column's bound (the
    k-th best kept by the candidate search), so a need is looked at only if
    p(n) - bound(n) is below some mentor's price, and then only against the
    mentors priced above it; needs go by increasing p(n) - bound(n), in
    groups, each against its own (shrinking) set of mentors.
    """
    margin = TOLERANCE + NEAR
    beta = prices.mentor[bucket.mentors].astype(np.float64)
    alpha = prices.need[bucket.needs].astype(np.float64)
    row_bound = bucket.row_bound if bucket.row_bound is not None else np.maximum(need_best[bucket.needs], 0)
    column_bound = bucket.column_bound if bucket.column_bound is not None else np.full(len(beta), np.inf)
    room = alpha - row_bound * SCALE - margin  # -inf bound: nothing pruned, +inf room
    reach = beta + column_bound * SCALE + margin
    rows = np.nonzero((room < beta.max(initial=-np.inf)) & (alpha < reach.max(initial=-np.inf)))[0]
    if len(rows) == 0:
        return _NONE
    rows = rows[np.argsort(room[rows], kind="stable")]
    sorted_beta = np.sort(beta)
    # Mentors priced above each row's room: the row's share of a block.
    wide = len(beta) - np.searchsorted(sorted_beta, room[rows], "right")
    out_n, out_m, out_x = [], [], []
    start = 0
    while start < len(rows):
        stop = min(len(rows), start + max(1, block_size // max(int(wide[start]), 1)))
        group = rows[start:stop]
        columns = np.nonzero((beta > room[group[0]]) & (reach > alpha[group].min()))[0]
        start = stop
        if len(columns) == 0:
            continue
        sub = bucket.subset(group, columns) if len(columns) < len(beta) else _rows_of(bucket, group)
        block = scorer.block(sub, 0, len(group))[:, : len(columns)]
        shift = (beta[columns] / SCALE).astype(np.float32)
        need_at = ((alpha[group] - margin) / SCALE).astype(np.float32)
        suspect = (block + shift[None, :] > need_at[:, None]) & (block > FLOOR)
        r, c = np.divmod(np.flatnonzero(suspect), len(columns))
        out_n.append(bucket.needs[group[r]])
        out_m.append(bucket.mentors[columns[c]])
        # Score above what the prices allow, from the float32 block (exact within TOLERANCE).
        out_x.append(block[r, c].astype(np.float64) * SCALE + beta[columns[c]] - alpha[group[r]])
    if not out_n:
        return _NONE
    return np.concatenate(out_n), np.concatenate(out_m), np.concatenate(out_x)


def _rows_of(bucket: Bucket, rows: np.ndarray) -> Bucket:
    """The bucket restricted to some needs, all its mentors (no column copies)."""
    return Bucket(
        competence=bucket.competence,
        needs=bucket.needs[rows],
        mentors=bucket.mentors,
        mentor_org=bucket.mentor_org,
        column_of=bucket.column_of,
        u=bucket.u[rows],
        v=bucket.v,
        need_text=None if bucket.need_text is None else bucket.need_text[rows],
        bio_text=bucket.bio_text,
    )


_NONE = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))


def _confirm(
    ctx: Context,
    graph: Graph,
    flow: Flow,
    prices: Prices,
    need: np.ndarray,
    mentor: np.ndarray,
    scores: np.ndarray,
) -> Violations:
    """Exact test of eligible pairs with their exact scores."""
    excess, grows, first = assess(ctx, graph, flow, prices, need, mentor, scores)
    real = (excess > 0) | grows | first
    # Near misses: at most as many as true violations, the closest first.
    near = np.nonzero(~real & (excess > -NEAR))[0]
    near = near[np.argsort(-excess[near], kind="stable")][: int(real.sum())]
    keep = np.concatenate([np.nonzero(real)[0], near])
    return Violations(need[keep], mentor[keep], excess[keep], grows[keep], first[keep], real[keep])


def assess(
    ctx: Context,
    graph: Graph,
    flow: Flow,
    prices: Prices,
    need: np.ndarray,
    mentor: np.ndarray,
    scores: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per pair: score above what the prices allow (int units), whether it could grow the flow,
    whether it could give one more mentee a first mentor; with the pair-node exception."""
    target_price = prices.mentor[mentor].copy()
    target_reached = prices.mentor_reached[mentor].copy()
    target_closes = prices.mentor_closes[mentor].copy()
    sibling, sibling_score = _sibling_using_mentor(ctx, graph, flow, need, mentor)
    has = sibling >= 0
    target_price[has] = prices.need[sibling[has]] - sibling_score[has]
    target_reached[has] = prices.need_to_sink[sibling[has]]
    target_closes[has] = prices.need_closes[sibling[has]]
    excess = scores - (prices.need[need] - target_price)
    grows = prices.need_reached[need] & target_reached
    first = prices.need_first[need] & target_closes
    return excess, grows, first


def _sibling_using_mentor(
    ctx: Context, graph: Graph, flow: Flow, need: np.ndarray, mentor: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For each pair: the other need of the same mentee matched to that mentor, or -1."""
    used = flow.flows[graph.pair] > 0
    width = max(ctx.cols.n_mentors, 1)
    used_need = graph.pair_need[used]
    keys = ctx.cols.need_mentee[used_need].astype(np.int64) * width + graph.pair_mentor[used]
    order = np.argsort(keys)
    keys, used_need, used_score = keys[order], used_need[order], graph.pair_score[used][order]
    probe = ctx.cols.need_mentee[need].astype(np.int64) * width + mentor
    if len(keys) == 0:
        return np.full(len(need), -1), np.zeros(len(need), np.int64)
    pos = np.minimum(np.searchsorted(keys, probe), len(keys) - 1)
    hit = (keys[pos] == probe) & (used_need[pos] != need)
    return np.where(hit, used_need[pos], -1), np.where(hit, used_score[pos], 0)


def to_add(violations: Violations, per_need: int) -> np.ndarray:
    """Which found pairs go into the graph: all that could change the counts, and per need
    its ``per_need`` pairs of largest excess (the solution takes one mentor per need, so the
    rest would mostly be dead weight in the next solve; pricing finds them again if not)."""
    counts = violations.grows | violations.first
    order = np.lexsort((-violations.excess, violations.need))
    need = violations.need[order]
    starts = np.searchsorted(need, need)
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order)) - starts
    return np.nonzero(counts | (rank < per_need))[0]


def score_bound(violations: Violations) -> int:
    """Upper bound on the total score still to gain: a need takes one mentor at most."""
    need, excess = violations.need[violations.real], violations.excess[violations.real]
    if len(need) == 0:
        return 0
    order = np.lexsort((-excess, need))
    first = np.ones(len(order), bool)
    first[1:] = need[order][1:] != need[order][:-1]
    return int(np.maximum(excess[order][first], 0).sum())
