"""Matching rounds end to end: candidates, flow, proof, answer."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from . import flow, proof, score
from .blocks import BlockScorer, Bucket
from .candidates import Candidates, build_buckets, search, threads_for
from .columns import ColumnRules, Columns, Keys, from_objects
from .context import Context, expand
from .model import CAPACITY, NO_OFFER, RULES, Mentee, Mentor, Proposal, Result, Rules, Tuning, Unmatched

# Rounds allowed past tuning.max_rounds while the counts are not yet proven.
EXTRA_ROUNDS_FOR_COUNTS = 20


@dataclass
class ColumnResult:
    """The answer by positions: pairs (need, mentor), exact scores, reasons."""

    need: np.ndarray
    mentor: np.ndarray
    score: np.ndarray  # float, sum of components
    locked: np.ndarray  # bool per pair
    unmatched_need: np.ndarray
    unmatched_reason: list[str]
    stats: dict[str, float | int | str] = field(default_factory=dict)


def solve(mentees: list[Mentee], mentors: list[Mentor], rules: Rules, tuning: Tuning | None = None) -> Result:
    """Best proposals for a programme's pool under its rules (see README)."""
    started = time.perf_counter()
    cols, crules, keys = from_objects(mentees, mentors, rules)
    converted = time.perf_counter() - started
    answer, ctx = _solve(cols, crules, tuning or Tuning())
    answer.stats["seconds_convert"] = round(converted, 4)
    return _to_result(answer, cols, keys, ctx)


def solve_columns(cols: Columns, rules: ColumnRules, tuning: Tuning | None = None) -> ColumnResult:
    """The fast entry point: arrays in, arrays out (used by the benchmark at 100k)."""
    return _solve(cols, rules, tuning or Tuning())[0]


def _solve(cols: Columns, rules: ColumnRules, tuning: Tuning) -> tuple[ColumnResult, Context]:
    clock = Clock()
    ctx = Context(cols, rules)
    scorer = BlockScorer(ctx)
    buckets = build_buckets(ctx, scorer)
    clock.lap("seconds_features")
    cand = search(ctx, scorer, buckets, tuning)
    arcs = Arcs(cand.need, cand.mentor, ctx.int_scores(cand.need, cand.mentor))
    clock.lap("seconds_candidates")
    graph, result, stats = _optimise(ctx, scorer, buckets, cand, arcs, tuning, clock)
    answer = _answer(ctx, graph, result, cand)
    answer.stats.update(stats)
    answer.stats.update(clock.laps)
    answer.stats["candidate_pairs"] = int(len(cand.need))
    answer.stats["scored_pairs"] = int(sum(b.size for b in buckets))
    return answer, ctx


class Clock:
    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(self.laps.get(name, 0.0) + now - self.last, 4)
        self.laps["seconds_total"] = round(now - self.start, 4)
        self.last = now


@dataclass
class Arcs:
    need: np.ndarray
    mentor: np.ndarray
    score: np.ndarray

    def subset(self, keep: np.ndarray) -> Arcs:
        return Arcs(self.need[keep], self.mentor[keep], self.score[keep])

    def missing(self, need: np.ndarray, mentor: np.ndarray, n_mentors: int) -> np.ndarray:
        """Which of these pairs are not known arcs yet (bool)."""
        width = max(n_mentors, 1)
        keys = np.sort(self.need * width + self.mentor)
        probe = need * width + mentor
        pos = np.minimum(np.searchsorted(keys, probe), max(len(keys) - 1, 0))
        return keys[pos] != probe if len(keys) else np.ones(len(probe), bool)

    def add(self, need: np.ndarray, mentor: np.ndarray, scores: np.ndarray) -> None:
        self.need = np.concatenate([self.need, need])
        self.mentor = np.concatenate([self.mentor, mentor])
        self.score = np.concatenate([self.score, scores])


def _optimise(
    ctx: Context,
    scorer: BlockScorer,
    buckets: list[Bucket],
    cand: Candidates,
    arcs: Arcs,
    tuning: Tuning,
    clock: Clock,
) -> tuple[flow.Graph, flow.Flow, dict[str, float | int | str]]:
    """Solve, price, add what pricing finds, until proven or out of rounds."""
    max_score = int(score.to_int(score.max_score(ctx.weights)))
    added, safe = 0, False
    # The graph is a working set of the known arcs: after each round, arcs whose score is far
    # below what the prices allow are left out (they are still priced exactly every round, so
    # the proof covers them; see README).
    active = np.ones(len(arcs.need), bool)
    # An arc leaves the working set at most once: no cycling, so pricing ends as without one.
    dropped = np.zeros(len(arcs.need), bool)
    for round_no in range(1, tuning.max_rounds + EXTRA_ROUNDS_FOR_COUNTS + 1):
        graph = _graph(ctx, arcs.subset(active), max_score, safe)
        result = flow.solve(graph)
        clock.lap("seconds_solve")
        starts, closes = flow.first_arc_sets(graph, result)
        if (starts & closes).any() and not safe:
            # The small first-arc bonus traded a first mentor for score: redo it safely.
            safe = True
            continue
        price = flow.potentials(graph, result)
        reached, to_sink = flow.reachable(graph, result)
        prices = proof.node_prices(ctx, graph, result, price, reached, (starts, closes), to_sink)
        found = proof.find_violations(
            ctx,
            scorer,
            buckets,
            graph,
            result,
            prices,
            cand.need_best,
            tuning.block_size,
            known=(arcs.need, arcs.mentor, arcs.score),
            exact_per_need=tuning.add_per_need + tuning.exact_extra,
            threads=threads_for(buckets, tuning),
        )
        clock.lap("seconds_proof")
        total = int(graph.pair_score[result.flows[graph.pair] > 0].sum())
        bound = proof.score_bound(found)
        counts_proven = not (found.grows.any() or found.first.any())
        gap = bound / max(total, 1)
        big = ctx.cols.n_mentees > tuning.exact_up_to
        enough = round_no >= tuning.max_rounds or (big and gap <= tuning.gap_tolerance)
        if not found.real.any() or (counts_proven and enough):
            return graph, result, _proof_stats(round_no, added, bound, total, counts_proven)
        # Next working set: arcs in use or nearly worth it, and what pricing found.
        excess, grows, first = proof.assess(ctx, graph, result, prices, arcs.need, arcs.mentor, arcs.score)
        used = np.zeros(len(arcs.need), bool)
        used[np.nonzero(active)[0][result.flows[graph.pair] > 0]] = True
        slack = tuning.working_slack_above if big else tuning.working_slack
        keep = used | (excess > -slack) | grows | first
        leave = active & ~dropped & ~keep
        dropped |= leave
        active = (active & ~leave) | (~active & keep)
        pick = proof.to_add(found, tuning.add_per_need)
        fresh = arcs.missing(found.need[pick], found.mentor[pick], ctx.cols.n_mentors)
        new_need, new_mentor = found.need[pick][fresh], found.mentor[pick][fresh]
        ok = ctx.eligible(new_need, new_mentor)  # pairs only screened are checked here
        new_need, new_mentor = new_need[ok], new_mentor[ok]
        arcs.add(new_need, new_mentor, ctx.int_scores(new_need, new_mentor))
        active = np.concatenate([active, np.ones(len(new_need), bool)])
        dropped = np.concatenate([dropped, np.zeros(len(new_need), bool)])
        added += len(new_need)
    return graph, result, _proof_stats(round_no, added, bound, total, counts_proven)


def _graph(ctx: Context, arcs: Arcs, max_score: int, safe: bool) -> flow.Graph:
    locks = ctx.locks
    return flow.build(
        arcs.need,
        arcs.mentor,
        arcs.score,
        need_mentee=ctx.cols.need_mentee,
        allowance=locks.allowance,
        capacity=locks.capacity_left,
        has_lock=locks.mentee_has_lock,
        priority=ctx.rules.first_mentor_priority,
        max_score=max_score,
        safe=safe,
    )


def _proof_stats(
    rounds: int, added: int, bound: int, total: int, counts_proven: bool
) -> dict[str, float | int | str]:
    return {
        "rounds": rounds,
        "added_pairs": added,
        "gap_bound": bound / score.SCALE,
        "gap": bound / max(total, 1),
        "counts_proven": int(counts_proven),
    }


def _answer(ctx: Context, graph: flow.Graph, result: flow.Flow, cand: Candidates) -> ColumnResult:
    cols, locks = ctx.cols, ctx.locks
    used = result.flows[graph.pair] > 0
    need = np.concatenate([locks.need, graph.pair_need[used]])
    mentor = np.concatenate([locks.mentor, graph.pair_mentor[used]])
    scores = score.total(ctx.components(need, mentor)) if len(need) else np.zeros(0)
    locked = np.arange(len(need)) < len(locks.need)
    matched = np.zeros(cols.n_needs, bool)
    matched[need] = True
    open_needs = np.nonzero(~matched)[0]
    reasons = _reasons(ctx, open_needs, cand)
    mentees = np.unique(cols.need_mentee[need])
    stats: dict[str, float | int | str] = {
        "mentees": cols.n_mentees,
        "needs": cols.n_needs,
        "mentors": cols.n_mentors,
        "locked": int(len(locks.need)),
        "matched_needs": int(len(need)),
        "mentees_with_mentor": int(len(mentees)),
        "total_score": float(scores.sum()),
    }
    return ColumnResult(need, mentor, scores, locked, open_needs, reasons, stats)


def _reasons(ctx: Context, needs: np.ndarray, cand: Candidates) -> list[str]:
    """no_offer, rules or capacity for each unmatched need."""
    cols, locks = ctx.cols, ctx.locks
    offered = np.zeros(cols.n_competences, bool)
    offered[cols.offer_competence] = True
    reason = np.full(len(needs), CAPACITY, dtype=object)
    comp = cols.need_competence[needs]
    no_eligible = ~np.isfinite(cand.need_best[needs]) & (locks.allowance[cols.need_mentee[needs]] > 0)
    # Needs with no eligible mentor with capacity left: any full mentor that fits?
    check = np.nonzero(no_eligible & offered[comp])[0]
    full_fits = _fits_a_full_mentor(ctx, needs[check])
    reason[check[~full_fits]] = RULES
    reason[~offered[comp]] = NO_OFFER
    return [str(r) for r in reason]


def _fits_a_full_mentor(ctx: Context, needs: np.ndarray) -> np.ndarray:
    cols = ctx.cols
    full = ctx.locks.capacity_left[cols.offer_mentor] <= 0
    order = np.argsort(cols.offer_competence[full], kind="stable")
    comps = cols.offer_competence[full][order].astype(np.int64)
    mentors = cols.offer_mentor[full][order].astype(np.int64)
    rows, mentor = expand(cols.need_competence[needs].astype(np.int64), comps, mentors)
    fits = np.zeros(len(needs), bool)
    ok = ctx.eligible(needs[rows], mentor) if len(rows) else np.zeros(0, bool)
    fits[rows[ok]] = True
    return fits


def _to_result(answer: ColumnResult, cols: Columns, keys: Keys, ctx: Context) -> Result:
    components = ctx.components(answer.need, answer.mentor) if len(answer.need) else {}
    proposals = [
        Proposal(
            mentee=keys.mentee[cols.need_mentee[n]],
            mentor=keys.mentor[m],
            need=keys.need[n],
            score=float(answer.score[k]),
            components={name: float(values[k]) for name, values in components.items()},
            locked=bool(answer.locked[k]),
        )
        for k, (n, m) in enumerate(zip(answer.need.tolist(), answer.mentor.tolist(), strict=True))
    ]
    unmatched = [
        Unmatched(mentee=keys.mentee[cols.need_mentee[n]], need=keys.need[n], reason=reason)
        for n, reason in zip(answer.unmatched_need.tolist(), answer.unmatched_reason, strict=True)
    ]
    return Result(proposals=proposals, unmatched=unmatched, stats=answer.stats)


def rank_mentors(
    mentees: list[Mentee],
    mentors: list[Mentor],
    rules: Rules,
    need_key: object,
    k: int = 10,
    remaining_capacity: dict[object, int] | None = None,
) -> list[Proposal]:
    """The k best mentors for one need, under the hard rules and the capacity left.

    ``remaining_capacity`` maps mentor keys to slots left (default: their
    capacity); mentors with none left, locked pairs aside, are not proposed.
    """
    cols, crules, keys = from_objects(mentees, mentors, rules)
    if need_key not in keys.need:
        raise KeyError(f"unknown need {need_key!r}")
    need = keys.need.index(need_key)
    if remaining_capacity is not None:
        cols.mentor_capacity = np.array([remaining_capacity.get(key, 0) for key in keys.mentor], np.int64)
    ctx = Context(cols, crules)
    candidates = np.nonzero(ctx.locks.capacity_left > 0)[0]
    need_idx = np.full(len(candidates), need, np.int64)
    ok = ctx.eligible(need_idx, candidates)
    candidates, need_idx = candidates[ok], need_idx[ok]
    if len(candidates) == 0:
        return []
    components = ctx.components(need_idx, candidates)
    totals = score.total(components)
    best = np.lexsort((candidates, -totals))[:k]
    mentee = keys.mentee[cols.need_mentee[need]]
    return [
        Proposal(
            mentee=mentee,
            mentor=keys.mentor[candidates[b]],
            need=need_key,
            score=float(totals[b]),
            components={name: float(values[b]) for name, values in components.items()},
        )
        for b in best.tolist()
    ]
