"""Two-sided candidate graph: each need's best mentors and each mentor's best needs.

Keeping only each need's top mentors loses score on big instances because
popular mentors fill up and the needs they turn away have no fallback; so
each mentor's best needs are kept too.  Whatever this pruning misses is found
again by the pricing in `proof.py`.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from .blocks import FLOOR, BlockScorer, Bucket
from .context import Context
from .model import Tuning


@dataclass
class Candidates:
    need: np.ndarray
    mentor: np.ndarray
    need_best: np.ndarray  # approximate best eligible score per need, -inf if none
    mentor_best: np.ndarray  # approximate best eligible score per mentor


def build_buckets(ctx: Context, scorer: BlockScorer) -> list[Bucket]:
    """One bucket per competence: open needs x mentors with capacity left."""
    cols, locks = ctx.cols, ctx.locks
    open_need = ~locks.locked_need & (locks.allowance[cols.need_mentee] > 0)
    open_offer = locks.capacity_left[cols.offer_mentor] > 0
    needs_by_comp = _group(np.nonzero(open_need)[0], cols.need_competence[open_need], cols.n_competences)
    mentors_by_comp = _group(
        cols.offer_mentor[open_offer].astype(np.int64), cols.offer_competence[open_offer], cols.n_competences
    )
    buckets = []
    for comp in range(cols.n_competences):
        needs, mentors = needs_by_comp[comp], mentors_by_comp[comp]
        if len(needs) and len(mentors):
            buckets.append(scorer.bucket(comp, needs, mentors))
    return buckets


def _group(items: np.ndarray, codes: np.ndarray, n_groups: int) -> list[np.ndarray]:
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(n_groups + 1))
    items = items[order].astype(np.int64)
    return [items[bounds[g] : bounds[g + 1]] for g in range(n_groups)]


def search(ctx: Context, scorer: BlockScorer, buckets: list[Bucket], tuning: Tuning) -> Candidates:
    need_best = np.full(ctx.cols.n_needs, -np.inf)
    mentor_best = np.full(ctx.cols.n_mentors, -np.inf)
    lock = threading.Lock()

    def one(bucket: Bucket) -> tuple[np.ndarray, np.ndarray]:
        return _search_bucket(ctx, scorer, bucket, tuning, need_best, mentor_best, lock)

    found = in_threads(one, buckets, threads_for(buckets, tuning))
    needs, mentors = [f[0] for f in found], [f[1] for f in found]
    need = np.concatenate(needs) if needs else np.zeros(0, np.int64)
    mentor = np.concatenate(mentors) if mentors else np.zeros(0, np.int64)
    key = np.unique(need * max(ctx.cols.n_mentors, 1) + mentor)
    return Candidates(
        key // max(ctx.cols.n_mentors, 1), key % max(ctx.cols.n_mentors, 1), need_best, mentor_best
    )


def threads_for(buckets: list[Bucket], tuning: Tuning) -> int:
    """Threads only pay on big instances (tens of millions of pairs)."""
    return tuning.threads if sum(b.size for b in buckets) >= tuning.threads_from_pairs else 1


def in_threads(work, buckets: list[Bucket], threads: int) -> list:  # noqa: ANN001
    """``[work(b) for b in buckets]``, on a few threads (numpy and BLAS release the GIL);
    the largest buckets start first so the threads finish together."""
    if threads <= 1 or len(buckets) < 2:
        return [work(b) for b in buckets]
    order = sorted(range(len(buckets)), key=lambda i: -buckets[i].size)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = {i: pool.submit(work, buckets[i]) for i in order}
        return [futures[i].result() for i in range(len(buckets))]


def _search_bucket(
    ctx: Context,
    scorer: BlockScorer,
    bucket: Bucket,
    tuning: Tuning,
    need_best: np.ndarray,
    mentor_best: np.ndarray,
    lock: threading.Lock,
) -> tuple[np.ndarray, np.ndarray]:
    width = bucket.width
    k_row = tuning.need_top_k
    if len(bucket.mentors) < tuning.wide_bucket:
        k_row = min(k_row, tuning.need_top_k_narrow)
    k_row = min(k_row, width)
    capacity = ctx.locks.capacity_left[bucket.mentors]
    pool = ColumnPool(width, tuning.mentor_top_k + int(min(capacity.max(), 20)))
    rows_out, cols_out = [], []
    bucket.row_bound = np.full(len(bucket.needs), -np.inf)
    for start, stop in bucket.chunks(tuning.block_size):
        block = scorer.block(bucket, start, stop)
        top, values = row_top(block, k_row)
        need_best[bucket.needs[start:stop]] = np.where(
            values.max(axis=1) > FLOOR, values.max(axis=1), -np.inf
        )
        if k_row < len(bucket.mentors):
            # Pairs left out of a row are no better than its k-th best (when that one is eligible).
            kth = values.min(axis=1)
            bucket.row_bound[start:stop] = np.where(kth > FLOOR, kth, -np.inf)
        keep = values > FLOOR
        rows_out.append(bucket.needs[start + np.nonzero(keep)[0]])
        cols_out.append(bucket.mentors[top[keep]])
        pool.offer(block, start)
    pool_rows, pool_cols, pool_values = pool.entries()
    worst = pool.values[:, : len(bucket.mentors)].min(axis=0)
    bucket.column_bound = np.where(worst > FLOOR, worst, -np.inf).astype(np.float64)
    with lock:  # a mentor is in several buckets; needs are in one
        np.maximum.at(mentor_best, bucket.mentors[pool_cols], pool_values)
    rows_out.append(bucket.needs[pool_rows])
    cols_out.append(bucket.mentors[pool_cols])
    return np.concatenate(rows_out), np.concatenate(cols_out)


def row_top(block: np.ndarray, k: int, group: int = 16) -> tuple[np.ndarray, np.ndarray]:
    """Columns and values of the k largest entries of each row.

    Columns are split into groups (column c is in group c mod n_groups); the
    k largest entries lie in the k groups with the largest maxima, so only
    those groups are partitioned: several times faster than a full
    argpartition of long rows (group maxima are contiguous elementwise maxima).
    """
    rows, width = block.shape
    if width % group or width < 4 * k * group:
        top = np.argpartition(block, width - k, axis=1)[:, width - k :]
        return top, np.take_along_axis(block, top, axis=1)
    n_groups = width // group
    maxima = block[:, :n_groups].copy()
    for slab in range(1, group):
        np.maximum(maxima, block[:, slab * n_groups : (slab + 1) * n_groups], out=maxima)
    best = np.argpartition(maxima, n_groups - k, axis=1)[:, n_groups - k :]
    columns = (best[:, :, None] + n_groups * np.arange(group)).reshape(rows, k * group)
    values = np.take_along_axis(block, columns, axis=1)
    pick = np.argpartition(values, k * group - k, axis=1)[:, k * group - k :]
    return np.take_along_axis(columns, pick, axis=1), np.take_along_axis(values, pick, axis=1)


class ColumnPool:
    """The best ``depth`` eligible rows of every column, fed block by block.

    A block is compared with each column's worst kept value (a single pass;
    hits are few once the pool has filled); hits are buffered and merged
    when there are about as many as the pool holds.  A block that beats much
    of the pool is first cut to each column's own best ``depth`` rows.
    """

    def __init__(self, width: int, depth: int) -> None:
        self.depth = depth
        self.values = np.full((depth, width), -np.inf, np.float32)
        self.rows = np.zeros((depth, width), np.int64)
        self.threshold = np.full(width, FLOOR, np.float32)
        self.pending: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.n_pending = 0

    def offer(self, block: np.ndarray, row_offset: int) -> None:
        hits = block > self.threshold
        n_rows, width = block.shape
        if n_rows > self.depth and np.count_nonzero(hits) > 2 * self.depth * width:
            kth = np.partition(block, n_rows - self.depth, axis=0)[n_rows - self.depth]
            hits &= block >= kth
        flat = np.flatnonzero(hits)
        if len(flat) == 0:
            return
        r, c = np.divmod(flat, width)
        self.pending.append((r + row_offset, c, block.ravel()[flat]))
        self.n_pending += len(flat)
        if self.n_pending >= self.values.size:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        rows, columns, values = (np.concatenate(part) for part in zip(*self.pending, strict=True))
        self.pending, self.n_pending = [], 0
        self._merge(rows, columns, values)

    def _merge(self, rows: np.ndarray, columns: np.ndarray, values: np.ndarray) -> None:
        # Only the columns that got hits are re-ranked.
        depth = self.values.shape[0]
        touched = np.unique(columns)
        all_cols = np.concatenate([np.tile(touched, depth), columns])
        all_vals = np.concatenate([self.values[:, touched].ravel(), values])
        all_rows = np.concatenate([self.rows[:, touched].ravel(), rows])
        order = np.lexsort((-all_vals, all_cols))
        sorted_cols = all_cols[order]
        starts = np.searchsorted(sorted_cols, touched)
        rank = np.arange(len(order)) - starts[np.searchsorted(touched, sorted_cols)]
        keep = rank < depth
        self.values[rank[keep], sorted_cols[keep]] = all_vals[order][keep]
        self.rows[rank[keep], sorted_cols[keep]] = all_rows[order][keep]
        self.threshold[touched] = np.maximum(self.values[:, touched].min(axis=0), FLOOR)

    def entries(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        self._flush()
        r, c = np.nonzero(self.values > FLOOR)
        return self.rows[r, c], c, self.values[r, c]
