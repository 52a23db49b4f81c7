"""Prepared lookups shared by candidate search, flow, proof and ranking."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import score
from .columns import ColumnRules, Columns
from .text import row_dots, tfidf


def expand(keys: np.ndarray, sorted_keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (position in keys, value) with sorted_keys[x] == keys[pos]: a vectorised join."""
    lo = np.searchsorted(sorted_keys, keys, "left")
    hi = np.searchsorted(sorted_keys, keys, "right")
    counts = hi - lo
    rows = np.repeat(np.arange(len(keys)), counts)
    offsets = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    return rows, values[np.repeat(lo, counts) + offsets]


@dataclass
class Locks:
    need: np.ndarray
    mentor: np.ndarray
    capacity_left: np.ndarray  # per mentor
    allowance: np.ndarray  # per mentee: how many more mentors it may get
    locked_need: np.ndarray  # bool per need
    mentee_has_lock: np.ndarray  # bool per mentee


class Context:
    """Arrays and tables derived once from `Columns` and `ColumnRules`."""

    def __init__(self, cols: Columns, rules: ColumnRules) -> None:
        if min(rules.weights.as_dict().values()) < 0:
            raise ValueError("weights must be >= 0")
        self.cols = cols
        self.rules = rules
        self.weights = rules.weights
        self.reverse = rules.reverse_flags(cols.n_competences)
        self.need_text, self.bio_text = (m.astype(np.float32) for m in tfidf(cols.need_text, cols.mentor_bio))
        self._index_offers()
        self._index_forbidden_orgs()
        self.locks = self._apply_locks()
        self._index_excluded()

    # --- lookups -------------------------------------------------------
    def _index_offers(self) -> None:
        cols = self.cols
        width = max(cols.n_competences, 1)
        key = cols.offer_mentor.astype(np.int64) * width + cols.offer_competence
        order = np.argsort(key, kind="stable")
        self.offer_key = key[order]
        self.offer_kinds_sorted = cols.offer_kinds[order]

    def offer_position(self, mentor: np.ndarray, competence: np.ndarray) -> np.ndarray:
        """Index into the sorted offers, or -1 when the mentor does not offer it."""
        key = mentor.astype(np.int64) * max(self.cols.n_competences, 1) + competence
        if len(self.offer_key) == 0:
            return np.full(len(key), -1, np.int64)
        pos = np.minimum(np.searchsorted(self.offer_key, key), len(self.offer_key) - 1)
        return np.where(self.offer_key[pos] == key, pos, -1)

    def _index_forbidden_orgs(self) -> None:
        # Competitor declarations count both ways; stored as sorted (a, b) keys.
        pairs = self.rules.competitor_pairs if self.rules.exclude_competitors else np.zeros((0, 2), np.int32)
        both = np.concatenate([pairs, pairs[:, ::-1]]).astype(np.int64)
        both = both[both[:, 0] != both[:, 1]]
        order = np.lexsort((both[:, 1], both[:, 0]))
        self.rival_a = both[order, 0]
        self.rival_b = both[order, 1]

    def _apply_locks(self) -> Locks:
        cols, rules = self.cols, self.rules
        need, mentor = rules.locked_need.astype(np.int64), rules.locked_mentor.astype(np.int64)
        capacity_left = cols.mentor_capacity - np.bincount(mentor, minlength=cols.n_mentors)
        mentee = cols.need_mentee[need]
        taken = np.bincount(mentee, minlength=cols.n_mentees)
        allowance = np.maximum(rules.max_mentors_per_mentee - taken, 0)
        locked_need = np.zeros(cols.n_needs, bool)
        locked_need[need] = True
        return Locks(need, mentor, np.maximum(capacity_left, 0), allowance, locked_need, taken > 0)

    def _index_excluded(self) -> None:
        # A locked mentor is excluded for the mentee's other needs: never twice.
        mentee = np.concatenate([self.rules.excluded_mentee, self.cols.need_mentee[self.locks.need]])
        mentor = np.concatenate([self.rules.excluded_mentor, self.locks.mentor])
        key = np.unique(mentee.astype(np.int64) * max(self.cols.n_mentors, 1) + mentor)
        self.excluded_key = key
        self.excluded_mentee = key // max(self.cols.n_mentors, 1)
        self.excluded_mentor = key % max(self.cols.n_mentors, 1)

    # --- exact per-pair functions --------------------------------------
    def components(self, need: np.ndarray, mentor: np.ndarray) -> dict[str, np.ndarray]:
        """Weighted score components of each (need, mentor) pair, float64."""
        cols = self.cols
        mentee = cols.need_mentee[need]
        competence = cols.need_competence[need]
        pos = self.offer_position(mentor, competence)
        offer_kinds = np.where(pos >= 0, self.offer_kinds_sorted[np.maximum(pos, 0)], 0)
        gap = score.seniority_gap(
            cols.mentee_seniority[mentee], cols.mentor_seniority[mentor], self.reverse[competence]
        )
        raw = {
            "fit": score.fit_value(cols.need_kind[need], offer_kinds),
            "seniority": score.seniority_value(gap),
            "time_zone": score.time_zone_overlap(cols.mentee_tz[mentee], cols.mentor_tz[mentor]),
            "languages": score.language_value(
                score.shared_languages(cols.mentee_langs[mentee], cols.mentor_langs[mentor])
            ),
            "sector": score.sector_value(cols.mentee_sector[mentee], cols.mentor_sector[mentor]),
            "text": np.clip(
                row_dots(self.need_text, need, self.bio_text, mentor).astype(np.float64), 0.0, 1.0
            ),
        }
        return score.weighted(raw, self.weights)

    def int_scores(self, need: np.ndarray, mentor: np.ndarray) -> np.ndarray:
        return score.to_int(score.total(self.components(need, mentor)))

    def eligible(self, need: np.ndarray, mentor: np.ndarray) -> np.ndarray:
        """Every hard rule about the pair itself (capacity aside)."""
        cols = self.cols
        mentee = cols.need_mentee[need]
        org_a, org_b = cols.mentee_org[mentee], cols.mentor_org[mentor]
        ok = org_a != org_b
        ok &= ~self._rivals(org_a, org_b)
        if self.rules.cross_country:
            ok &= cols.mentee_country[mentee] != cols.mentor_country[mentor]
        ok &= score.shared_languages(cols.mentee_langs[mentee], cols.mentor_langs[mentor]) > 0
        ok &= self.offer_position(mentor, cols.need_competence[need]) >= 0
        ok &= ~self.is_excluded(mentee, mentor)
        return ok

    def _rivals(self, org_a: np.ndarray, org_b: np.ndarray) -> np.ndarray:
        if len(self.rival_a) == 0:
            return np.zeros(len(org_a), bool)
        width = int(max(self.rival_b.max(), org_b.max(initial=0))) + 1
        keys = self.rival_a * width + self.rival_b
        probe = org_a.astype(np.int64) * width + org_b
        pos = np.minimum(np.searchsorted(keys, probe), len(keys) - 1)
        return keys[pos] == probe

    def is_excluded(self, mentee: np.ndarray, mentor: np.ndarray) -> np.ndarray:
        if len(self.excluded_key) == 0:
            return np.zeros(len(mentee), bool)
        probe = mentee.astype(np.int64) * max(self.cols.n_mentors, 1) + mentor
        pos = np.minimum(np.searchsorted(self.excluded_key, probe), len(self.excluded_key) - 1)
        return self.excluded_key[pos] == probe

    def forbidden_pairs(
        self, need_rows: np.ndarray, mentor_org_sorted: np.ndarray, column_of: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of a block that break an organisation or exclusion rule.

        ``mentors`` of the block are sorted by organisation, so the mentors of
        one organisation are a contiguous run of columns.
        """
        cols = self.cols
        mentee = cols.need_mentee[need_rows]
        org = cols.mentee_org[mentee].astype(np.int64)
        rows_r, rival = expand(org, self.rival_a, self.rival_b)
        rows = np.concatenate([np.arange(len(need_rows)), rows_r])
        orgs = np.concatenate([org, rival])
        lo = np.searchsorted(mentor_org_sorted, orgs, "left")
        hi = np.searchsorted(mentor_org_sorted, orgs, "right")
        org_rows, org_cols = _runs(rows, lo, hi)
        ex_rows, ex_mentor = expand(mentee.astype(np.int64), self.excluded_mentee, self.excluded_mentor)
        ex_cols = column_of[ex_mentor]
        keep = ex_cols >= 0
        return (np.concatenate([org_rows, ex_rows[keep]]), np.concatenate([org_cols, ex_cols[keep]]))


def _runs(rows: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    counts = hi - lo
    out_rows = np.repeat(rows, counts)
    offsets = np.arange(len(out_rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    return out_rows, np.repeat(lo, counts) + offsets
