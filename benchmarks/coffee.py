"""Benchmark of the virtual-coffee pairing (coffee/pairing.py, pure numpy).

    .venv/bin/python benchmarks/coffee.py [--sizes 10000,100000] [--organisations 500] [--rounds 4]
        [--competitors 0] [--seed 1]

Per size it pairs the participants round after round, each round avoiding the pairs of all the
rounds before (the real use), and prints the seconds per round through the public function
(`pair_participants`: objects in, key tuples out) and the count of compromises (colleague pairs,
competitor pairs, repeats). Organisation sizes follow a long tail: a few large organisations, many
small ones; `--competitors N` declares N random pairs of competing organisations, which must not
meet (a programme with "exclude competitors").
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coffee.pairing import Participant, pair_participants  # noqa: E402


def participants(n: int, organisations: int, rng: np.random.Generator) -> list[Participant]:
    weights = 1.0 / np.arange(1, organisations + 1)  # Zipf-like: organisation 0 is the largest
    org = rng.choice(organisations, size=n, p=weights / weights.sum())
    return [Participant(key=i, organisation=int(o)) for i, o in enumerate(org.tolist())]


def competitor_pairs(count: int, organisations: int, rng: np.random.Generator) -> set[frozenset]:
    pairs: set[frozenset] = set()
    while len(pairs) < min(count, organisations * (organisations - 1) // 2):
        a, b = rng.choice(organisations, size=2, replace=False).tolist()
        pairs.add(frozenset((a, b)))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--organisations", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--competitors", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    columns = [("participants", 12), ("round", 5), ("seconds", 8), ("groups", 7), ("trios", 5)]
    columns += [("colleagues", 10), ("competitors", 11), ("repeats", 7)]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    for size in (int(s) for s in args.sizes.split(",")):
        rng = np.random.default_rng(args.seed)
        people = participants(size, args.organisations, rng)
        competitors = competitor_pairs(args.competitors, args.organisations, rng)
        previous: set[frozenset] = set()
        for number in range(1, args.rounds + 1):
            started = time.perf_counter()
            result = pair_participants(people, previous, competitors=competitors, seed=args.seed + number)
            seconds = time.perf_counter() - started
            stats = result.stats
            print(
                f"{size:>12} {number:>5} {seconds:>8.3f} {stats['groups']:>7} {stats['trios']:>5} "
                f"{stats['same_organisation']:>10} {stats['competitor']:>11} {stats['already_met']:>7}"
            )
            previous |= {frozenset((a, b)) for g in result.groups for a in g for b in g if a != b}


if __name__ == "__main__":
    main()
