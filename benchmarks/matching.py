"""Benchmark of the matching engine against dense assignment, hospital-resident and greedy.

    .venv/bin/python benchmarks/matching.py [--sizes 1000,10000,100000] [--seed 1]

Per size it prints the engine's phases (candidate graph, solve, proof), its
peak memory (maxrss of a fresh process per size) and its counts, score and
proven gap; then, on the same instance, the other methods and their ratios.

Comparisons and how they are made comparable:
* dense ``scipy.optimize.linear_sum_assignment``: rows = needs, columns =
  mentor slots (a mentor repeated capacity times), ineligible pairs cost a
  huge penalty.  It cannot express "one mentor per mentee at most once" nor
  "at most N mentors per mentee", so its answer is repaired afterwards: pairs
  breaking a rule are dropped (the mentee keeps its best ones).  Run with
  first-mentor priority off (it has no such notion) and compared with the
  engine run the same way.  Skipped when the dense matrix would pass 1.2e8 cells.
* hospital-resident (PyPI ``matching``, a test dependency, resident-optimal
  stable matching): needs are residents ranking their 20 best eligible
  mentors, mentors are hospitals ranking the needs that listed them by score;
  repaired the same way.  Its top-level name clashes with our Django app
  ``matching``, so it runs in a child process started outside the project
  (cwd ``/``, the project off ``sys.path``), where ``import matching`` finds
  the installed package (or one installed with ``pip install --target
  .venv/extras/hr_matching matching``).  Skipped above 1k mentees (pure
  Python: 7 minutes at 10k, score 0.95 of the engine's).
* greedy: the engine's candidate pairs by falling score (first-mentor
  priority: a first pass gives each mentee one mentor, a second fills up).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: single-threaded BLAS

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This file is called matching.py: keep its folder off the path so `matching` is our app.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]


def _load_instances():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("bench_instances", HERE / "instances.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_instance = _load_instances().make_instance

from matching.engine import Tuning, solve_columns  # noqa: E402
from matching.engine.blocks import FLOOR, BlockScorer  # noqa: E402
from matching.engine.candidates import build_buckets, search  # noqa: E402
from matching.engine.context import Context  # noqa: E402
from matching.engine.score import to_int  # noqa: E402

HR_PATH = ROOT / ".venv" / "extras" / "hr_matching"
DENSE_LIMIT = 120_000_000
HR_LIMIT = 1_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--engine-only", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--priority", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine_only:
        print(json.dumps(_engine_run(args.engine_only, args.seed, bool(args.priority))))
        return
    for size in [int(s) for s in args.sizes.split(",")]:
        _report(size, args.seed)


def _engine_run(size: int, seed: int, priority: bool) -> dict:
    """The engine alone in this (fresh) process: times, counts, peak memory."""
    cols, rules = make_instance(size, seed, priority)
    started, cpu = time.perf_counter(), time.process_time()
    answer = solve_columns(cols, rules)
    stats = dict(answer.stats)
    stats["wall"] = time.perf_counter() - started
    stats["cpu"] = time.process_time() - cpu
    stats["peak_mb"] = _peak_mb()
    stats["int_score"] = int(to_int(answer.score).sum())
    return stats


def _peak_mb() -> float:
    """This process's peak resident memory.  VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    fork and exec, so a child would report the parent's peak (the dense matrix of the size before)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _engine_in_child(size: int, seed: int, priority: bool) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--engine-only",
        str(size),
        "--seed",
        str(seed),
        "--priority",
        str(int(priority)),
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _report(size: int, seed: int) -> None:
    ours = _engine_in_child(size, seed, True)
    ours_off = _engine_in_child(size, seed, False)
    print(f"\n== {size} mentees, {ours['needs']} needs, {ours['mentors']} mentors (seed {seed})")
    print(
        f"engine: features {ours['seconds_features']:.2f}s  candidates {ours['seconds_candidates']:.2f}s  "
        f"solve {ours['seconds_solve']:.2f}s  proof {ours['seconds_proof']:.2f}s  "
        f"total {ours['seconds_total']:.2f}s (cpu {ours['cpu']:.2f}s; "
        f"priority off {ours_off['seconds_total']:.2f}s)  "
        f"peak {ours['peak_mb']:.0f} MB  rounds {ours['rounds']}  pairs scored {ours['scored_pairs']:,}  "
        f"kept {ours['candidate_pairs']:,}  gap {ours['gap']:.5%}  "
        f"counts proven {bool(ours['counts_proven'])}"
    )
    rows = [
        (
            "engine (priority on)",
            ours["seconds_total"],
            ours["matched_needs"],
            ours["mentees_with_mentor"],
            ours["total_score"],
        )
    ]
    rows.append(
        (
            "engine (priority off)",
            ours_off["seconds_total"],
            ours_off["matched_needs"],
            ours_off["mentees_with_mentor"],
            ours_off["total_score"],
        )
    )
    cols, rules = make_instance(size, seed, False)
    pairs = _all_pairs_or_candidates(cols, rules, size)
    rows.append(_greedy(cols, rules, pairs, priority=True))
    rows.append(_dense(cols, rules, pairs))
    rows.append(_hospital_resident(cols, rules, pairs, size))
    _table(rows, ours, ours_off)


def _all_pairs_or_candidates(cols, rules, size: int) -> dict:
    """Eligible pairs with exact scores: all of them when small, else the candidate graph."""
    ctx = Context(cols, rules)
    scorer = BlockScorer(ctx)
    buckets = build_buckets(ctx, scorer)
    if sum(b.size for b in buckets) <= 30_000_000:
        need, mentor = [], []
        for bucket in buckets:
            block = scorer.block(bucket, 0, len(bucket.needs))[:, : len(bucket.mentors)]
            r, c = np.nonzero(block > FLOOR)
            need.append(bucket.needs[r])
            mentor.append(bucket.mentors[c])
        need, mentor = np.concatenate(need), np.concatenate(mentor)
        complete = True
    else:
        cand = search(ctx, scorer, buckets, Tuning())
        need, mentor, complete = cand.need, cand.mentor, False
    from matching.engine.score import total

    scores = total(ctx.components(need, mentor))
    return {"ctx": ctx, "need": need, "mentor": mentor, "score": scores, "complete": complete}


def _repair(ctx: Context, need: np.ndarray, mentor: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Keep pairs that obey per-mentee rules: best first, one mentor once, at most N mentors."""
    order = np.argsort(-score, kind="stable")
    seen, per_mentee, keep = set(), {}, np.zeros(len(need), bool)
    limit = ctx.rules.max_mentors_per_mentee
    mentee = ctx.cols.need_mentee
    for k in order.tolist():
        e, m = int(mentee[need[k]]), int(mentor[k])
        if (e, m) in seen or per_mentee.get(e, 0) >= limit:
            continue
        seen.add((e, m))
        per_mentee[e] = per_mentee.get(e, 0) + 1
        keep[k] = True
    return keep


def _summary(name: str, seconds: float, ctx: Context, need: np.ndarray, score: np.ndarray) -> tuple:
    mentees = len(set(ctx.cols.need_mentee[need].tolist()))
    return (name, seconds, len(need), mentees, float(score.sum()))


def _greedy(cols, rules, pairs: dict, priority: bool) -> tuple:
    ctx = pairs["ctx"]
    started = time.perf_counter()
    order = np.argsort(-pairs["score"], kind="stable")
    need, mentor = pairs["need"][order], pairs["mentor"][order]
    capacity = ctx.cols.mentor_capacity.copy()
    taken = np.zeros(ctx.cols.n_needs, bool)
    count = np.zeros(ctx.cols.n_mentees, np.int64)
    used: set = set()
    chosen = []
    passes = (1, ctx.rules.max_mentors_per_mentee) if priority else (ctx.rules.max_mentors_per_mentee,)
    for limit in passes:
        for k, (n, m) in enumerate(zip(need.tolist(), mentor.tolist(), strict=True)):
            e = int(ctx.cols.need_mentee[n])
            if taken[n] or capacity[m] == 0 or count[e] >= limit or (e, m) in used:
                continue
            taken[n], capacity[m], count[e] = True, capacity[m] - 1, count[e] + 1
            used.add((e, m))
            chosen.append(order[k])
    chosen = np.array(chosen, np.int64)
    label = "greedy" + ("" if pairs["complete"] else " (candidate pairs)")
    return _summary(label, time.perf_counter() - started, ctx, pairs["need"][chosen], pairs["score"][chosen])


def _dense(cols, rules, pairs: dict) -> tuple:
    from scipy.optimize import linear_sum_assignment

    ctx = pairs["ctx"]
    slots = np.repeat(np.arange(ctx.cols.n_mentors), ctx.cols.mentor_capacity)
    if ctx.cols.n_needs * len(slots) > DENSE_LIMIT or not pairs["complete"]:
        return ("dense assignment (skipped: too big)", float("nan"), 0, 0, 0.0)
    started = time.perf_counter()
    cost = np.full((ctx.cols.n_needs, len(slots)), 1e6)
    first_slot = np.concatenate([[0], np.cumsum(ctx.cols.mentor_capacity)[:-1]])
    for extra in range(int(ctx.cols.mentor_capacity.max())):
        has = ctx.cols.mentor_capacity[pairs["mentor"]] > extra
        cost[pairs["need"][has], first_slot[pairs["mentor"][has]] + extra] = -pairs["score"][has]
    rows, columns = linear_sum_assignment(cost)
    ok = cost[rows, columns] < 1e5
    need, mentor, score = rows[ok], slots[columns[ok]], -cost[rows, columns][ok]
    keep = _repair(ctx, need, mentor, score)
    return _summary("dense assignment", time.perf_counter() - started, ctx, need[keep], score[keep])


def _hospital_resident(cols, rules, pairs: dict, size: int) -> tuple:
    ctx = pairs["ctx"]
    if size > HR_LIMIT:
        return ("hospital-resident (skipped: pure Python, 7 min at 10k)", float("nan"), 0, 0, 0.0)
    started = time.perf_counter()
    order = np.lexsort((-pairs["score"], pairs["need"]))
    need, mentor, score = pairs["need"][order], pairs["mentor"][order], pairs["score"][order]
    rank = np.arange(len(need)) - np.searchsorted(need, need)
    top = rank < 20
    residents: dict[str, list[str]] = {}
    for n, m in zip(need[top].tolist(), mentor[top].tolist(), strict=True):
        residents.setdefault(f"n{n}", []).append(f"m{m}")
    by_mentor = np.lexsort((-score[top], mentor[top]))
    hospitals: dict[str, list[str]] = {}
    for n, m in zip(need[top][by_mentor].tolist(), mentor[top][by_mentor].tolist(), strict=True):
        hospitals.setdefault(f"m{m}", []).append(f"n{n}")
    capacities = {h: int(ctx.cols.mentor_capacity[int(h[1:])]) for h in hospitals}
    payload = pickle.dumps((residents, hospitals, capacities))
    child = subprocess.run(
        [sys.executable, "-c", HR_CHILD],
        input=payload,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(HR_PATH) if HR_PATH.exists() else ""},
        cwd="/",
    )
    if child.returncode == 3:
        return ("hospital-resident (skipped: pip install -e '.[test]')", float("nan"), 0, 0, 0.0)
    if child.returncode:
        return (f"hospital-resident (failed: {child.stderr.decode()[-200:]!r})", float("nan"), 0, 0, 0.0)
    matched = pickle.loads(child.stdout)  # noqa: S301 - our own child process
    lookup = {
        (int(n), int(m)): s for n, m, s in zip(need.tolist(), mentor.tolist(), score.tolist(), strict=True)
    }
    got_need = np.array([n for n, _ in matched], np.int64)
    got_mentor = np.array([m for _, m in matched], np.int64)
    got_score = np.array([lookup[p] for p in matched])
    keep = _repair(ctx, got_need, got_mentor, got_score) if len(matched) else np.zeros(0, bool)
    return _summary("hospital-resident", time.perf_counter() - started, ctx, got_need[keep], got_score[keep])


HR_CHILD = """
import pickle, sys, threading
try:
    from matching.games import HospitalResident
except ImportError:
    sys.exit(3)
# The package deep-copies its linked players: it needs a deep stack.
sys.setrecursionlimit(1_000_000)
threading.stack_size(1 << 29)
def run():
    residents, hospitals, capacities = pickle.load(sys.stdin.buffer)
    game = HospitalResident.create_from_dictionaries(residents, hospitals, capacities)
    out = [(int(str(r)[1:]), int(str(h)[1:])) for h, rs in game.solve(optimal="resident").items() for r in rs]
    sys.stdout.buffer.write(pickle.dumps(out))
worker = threading.Thread(target=run)
worker.start()
worker.join()
"""


def _table(rows: list[tuple], ours: dict, ours_off: dict) -> None:
    print(
        f"{'method':<44}{'seconds':>9}{'needs':>9}{'mentees':>9}{'score':>12}"
        f"{'score/ours':>11}{'ours faster':>12}"
    )
    for name, seconds, needs, mentees, score in rows:
        base = ours_off if ("dense" in name or "hospital" in name or "off" in name) else ours
        ratio = score / base["total_score"] if base["total_score"] else float("nan")
        faster = seconds / base["seconds_total"] if seconds == seconds else float("nan")
        print(f"{name:<44}{seconds:>9.2f}{needs:>9}{mentees:>9}{score:>12.1f}{ratio:>11.4f}{faster:>11.1f}x")


if __name__ == "__main__":
    main()
