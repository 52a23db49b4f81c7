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
) -> Violations:
    arc_keys = np.sort(graph.pair_need * max(ctx.cols.n_mentors, 1) + graph.pair_mentor)
    found = [_screen_bucket(ctx, scorer, b, prices, need_best, arc_keys, block_size) for b in buckets]
    need = np.concatenate([f[0] for f in found]) if found else np.zeros(0, np.int64)
    mentor = np.concatenate([f[1] for f in found]) if found else np.zeros(0, np.int64)
    return _confirm(ctx, graph, flow, prices, need, mentor)


def _screen_bucket(
    ctx: Context,
    scorer: BlockScorer,
    bucket: Bucket,
    prices: Prices,
    need_best: np.ndarray,
    arc_keys: np.ndarray,
    block_size: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of one bucket that may violate (float32 screen, checked exactly later)."""
    mentors = bucket.mentors
    beta = prices.mentor[mentors]
    alpha = prices.need[bucket.needs]
    room = alpha - np.rint(np.maximum(need_best[bucket.needs], 0) * SCALE).astype(np.int64) - TOLERANCE - NEAR
    cost_rows = room < beta.max(initial=np.iinfo(np.int64).min)
    # Size and first-mentor breaks: pairs from a reached need to a mentor beyond.
    unreached = prices.mentor_reached[mentors]  # reaches the sink
    closes = prices.mentor_closes[mentors]
    size_rows = prices.need_reached[bucket.needs] & unreached.any()
    size_rows |= prices.need_first[bucket.needs] & closes.any()
    rows = np.nonzero(cost_rows | size_rows)[0]
    if len(rows) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    lowest_room = room[rows[cost_rows[rows]]].min(initial=np.iinfo(np.int64).max)
    columns = np.nonzero((beta > lowest_room) | unreached | closes)[0]
    if len(columns) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    sub = bucket.subset(rows, columns)
    out_n, out_m = [], []
    sub_beta = beta[columns].astype(np.float64)
    sub_unreached, sub_closes = unreached[columns], closes[columns]
    for start, stop in sub.chunks(block_size):
        block = scorer.block(sub, start, stop)[:, : len(columns)]
        slack = alpha[rows[start:stop]].astype(np.float64)[:, None] - sub_beta[None, :]
        suspect = block * SCALE > slack - TOLERANCE - NEAR
        rows_now = sub.needs[start:stop]
        suspect |= prices.need_reached[rows_now][:, None] & sub_unreached[None, :]
        suspect |= prices.need_first[rows_now][:, None] & sub_closes[None, :]
        r, c = np.nonzero(suspect & (block > FLOOR))
        out_n.append(sub.needs[start + r])
        out_m.append(sub.mentors[c])
    need, mentor = np.concatenate(out_n), np.concatenate(out_m)
    keys = need * max(ctx.cols.n_mentors, 1) + mentor
    pos = np.minimum(np.searchsorted(arc_keys, keys), max(len(arc_keys) - 1, 0))
    pruned = arc_keys[pos] != keys if len(arc_keys) else np.ones(len(keys), bool)
    return need[pruned], mentor[pruned]


def _confirm(
    ctx: Context, graph: Graph, flow: Flow, prices: Prices, need: np.ndarray, mentor: np.ndarray
) -> Violations:
    """Exact test of screened pairs, with the pair-node exception."""
    ok = ctx.eligible(need, mentor)
    need, mentor = need[ok], mentor[ok]
    scores = ctx.int_scores(need, mentor)
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
    real = (excess > 0) | grows | first
    # Near misses: at most as many as true violations, the closest first.
    near = np.nonzero(~real & (excess > -NEAR))[0]
    near = near[np.argsort(-excess[near], kind="stable")][: int(real.sum())]
    keep = np.concatenate([np.nonzero(real)[0], near])
    return Violations(need[keep], mentor[keep], excess[keep], grows[keep], first[keep], real[keep])


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


def score_bound(violations: Violations) -> int:
    """Upper bound on the total score still to gain: a need takes one mentor at most."""
    need, excess = violations.need[violations.real], violations.excess[violations.real]
    if len(need) == 0:
        return 0
    order = np.lexsort((-excess, need))
    first = np.ones(len(order), bool)
    first[1:] = need[order][1:] != need[order][:-1]
    return int(np.maximum(excess[order][first], 0).sum())
