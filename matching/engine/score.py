"""Score components, computed exactly per pair (float64).

Each component is worth 0..1 and is multiplied by its weight (see
`Weights`).  The solver ranks with a fast float32 approximation of the same
sum (`blocks.py`) but every score it optimises, reports or proves comes from
`components` here, so all of them agree to the last integer.
"""

from __future__ import annotations

import numpy as np

from .model import Weights

# Value of the seniority gap (mentor minus mentee), for gaps -4..4: a mentor
# 1-3 levels above the mentee is best; equals are fine, juniors are not.
SENIORITY_VALUE = np.array([0.0, 0.0, 0.0, 0.1, 0.4, 1.0, 1.0, 1.0, 0.6])
WORKDAY_HOURS = 8.0
# Integer costs for the min-cost flow: score points times SCALE, rounded.
SCALE = 1000
NAMES = ("fit", "seniority", "time_zone", "languages", "sector", "text")


def seniority_value(gap: np.ndarray) -> np.ndarray:
    return SENIORITY_VALUE[np.clip(gap, -4, 4).astype(np.int64) + 4]


def seniority_gap(
    mentee_seniority: np.ndarray, mentor_seniority: np.ndarray, reverse: np.ndarray
) -> np.ndarray:
    # Reverse mentoring: the junior teaches, so the gap is read the other way.
    gap = mentor_seniority.astype(np.int64) - mentee_seniority.astype(np.int64)
    return np.where(reverse, -gap, gap)


def time_zone_overlap(tz_a: np.ndarray, tz_b: np.ndarray) -> np.ndarray:
    """Share of an 8-hour working day (9-17 local) two people have in common."""
    apart = np.abs(np.asarray(tz_a, np.float64) - tz_b) % 24.0
    apart = np.minimum(apart, 24.0 - apart)
    return np.clip(WORKDAY_HOURS - apart, 0.0, WORKDAY_HOURS) / WORKDAY_HOURS


def shared_languages(langs_a: np.ndarray, langs_b: np.ndarray) -> np.ndarray:
    return np.bitwise_count(np.asarray(langs_a, np.int64) & langs_b).astype(np.int64)


def language_value(shared: np.ndarray) -> np.ndarray:
    # The first shared language is a hard rule; each extra one eases the talk.
    return np.clip(shared - 1, 0, 2) / 2.0


def sector_value(sector_a: np.ndarray, sector_b: np.ndarray) -> np.ndarray:
    return ((sector_a >= 0) & (sector_b >= 0) & (sector_a != sector_b)).astype(np.float64)


def fit_value(kind: np.ndarray, offer_kinds: np.ndarray) -> np.ndarray:
    """1 if the offer declares the need's function, 0.5 if unknown, 0.2 if not."""
    kind = np.asarray(kind, np.int64)
    declared = np.asarray(offer_kinds, np.int64)
    unknown = (kind < 0) | (declared == 0)
    has = (declared >> np.maximum(kind, 0)) & 1
    return np.where(unknown, 0.5, np.where(has == 1, 1.0, 0.2))


def weighted(values: dict[str, np.ndarray], weights: Weights) -> dict[str, np.ndarray]:
    table = weights.as_dict()
    return {name: values[name] * table[name] for name in NAMES}


def total(components: dict[str, np.ndarray]) -> np.ndarray:
    return sum((components[name] for name in NAMES), np.zeros_like(components[NAMES[0]]))


def to_int(score: np.ndarray) -> np.ndarray:
    return np.rint(np.asarray(score) * SCALE).astype(np.int64)


def max_score(weights: Weights) -> float:
    return float(sum(max(w, 0.0) for w in weights.as_dict().values()))
