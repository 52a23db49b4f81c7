"""Fast float32 score blocks: every need of a competence against every mentor offering it.

A block is one matrix product ``U @ V`` (one-hot encodings of the need side
times value tables of the mentor side) plus a sparse TF-IDF product, then the
organisation and exclusion rules are stamped in.  Hard-rule breaks come out
below ``FLOOR`` so "eligible" is simply ``block > FLOOR``.  Values are an
approximation of `Context.components` (float32, ~1e-5): they choose and screen
pairs; exact scores are always recomputed for the pairs that matter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from . import score
from .context import Context

BIG = 1000.0  # penalty stamped on rule-breaking pairs
FLOOR = -100.0  # anything below is not eligible
KIND_SLOTS = 6  # five functions + "not stated"


@dataclass
class Bucket:
    competence: int
    needs: np.ndarray  # need positions
    mentors: np.ndarray  # mentor positions, sorted by organisation
    mentor_org: np.ndarray
    column_of: np.ndarray  # mentor position -> column, -1 if absent
    u: np.ndarray  # needs x R
    v: np.ndarray  # R x mentors
    need_text: sp.csr_matrix | None  # needs x used terms, weighted
    bio_text: np.ndarray | None  # used terms x mentors
    # Set by the candidate search: the best approximate score a pair left out of the
    # candidate graph can have, per row and per column (-inf: none left out).
    row_bound: np.ndarray | None = None
    column_bound: np.ndarray | None = None

    @property
    def width(self) -> int:
        """Columns of a block: the mentors, padded to a multiple of 16 (never eligible)."""
        return self.v.shape[1]

    @property
    def size(self) -> int:
        return len(self.needs) * len(self.mentors)

    def subset(self, rows: np.ndarray, columns: np.ndarray) -> Bucket:
        """The same bucket restricted to some needs (rows) and mentors (columns)."""
        mentors = self.mentors[columns]
        column_of = np.full(len(self.column_of), -1, np.int64)
        column_of[mentors] = np.arange(len(mentors))
        v = _pad(self.v[:, columns], KIND_SLOTS)
        bio_text = None
        if self.bio_text is not None:
            bio_text = np.zeros((self.bio_text.shape[0], v.shape[1]), np.float32)
            bio_text[:, : len(mentors)] = self.bio_text[:, columns]
        return Bucket(
            competence=self.competence,
            needs=self.needs[rows],
            mentors=mentors,
            mentor_org=self.mentor_org[columns],
            column_of=column_of,
            u=self.u[rows],
            v=v,
            need_text=None if self.need_text is None else self.need_text[rows],
            bio_text=bio_text,
        )

    def chunks(self, block_size: int) -> Iterator[tuple[int, int]]:
        step = max(1, block_size // max(len(self.mentors), 1))
        for start in range(0, len(self.needs), step):
            yield start, min(start + step, len(self.needs))


class BlockScorer:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        cols = ctx.cols
        self.tz_values, tz_codes = np.unique(
            np.concatenate([cols.mentee_tz, cols.mentor_tz]), return_inverse=True
        )
        self.mentee_tz_code = tz_codes[: cols.n_mentees]
        self.masks, mask_codes = np.unique(
            np.concatenate([cols.mentee_langs, cols.mentor_langs]), return_inverse=True
        )
        self.mentee_mask_code = mask_codes[: cols.n_mentees]
        self.n_sectors = int(max(cols.mentee_sector.max(initial=-1), cols.mentor_sector.max(initial=-1))) + 1
        self.n_countries = (
            int(max(cols.mentee_country.max(initial=-1), cols.mentor_country.max(initial=-1))) + 1
        )
        self.mentee_u = self._mentee_encoding()

    # --- encodings --------------------------------------------------------
    def _mentee_encoding(self) -> np.ndarray:
        """One-hot of the mentee's side (without the need's kind), per mentee."""
        cols = self.ctx.cols
        parts = [
            _one_hot(np.clip(cols.mentee_seniority, 1, 5) - 1, 5),
            _one_hot(self.mentee_tz_code, len(self.tz_values)),
            (cols.mentee_sector >= 0).astype(np.float32)[:, None],
            _one_hot(cols.mentee_sector, self.n_sectors),
            _one_hot(self.mentee_mask_code, len(self.masks)),
        ]
        if self.ctx.rules.cross_country:
            parts.append(_one_hot(cols.mentee_country, self.n_countries))
        return np.hstack(parts).astype(np.float32)

    def _mentor_values(self, mentors: np.ndarray, competence: int) -> np.ndarray:
        """Value tables of the mentor side: R x mentors, weights applied."""
        ctx, cols, w = self.ctx, self.ctx.cols, self.ctx.weights
        pos = ctx.offer_position(mentors, np.full(len(mentors), competence))
        declared = ctx.offer_kinds_sorted[pos]
        fit = [score.fit_value(np.full(len(mentors), k), declared) for k in range(KIND_SLOTS - 1)]
        fit.append(np.full(len(mentors), 0.5))
        reverse = bool(ctx.reverse[competence])
        senior = [
            score.seniority_value(
                score.seniority_gap(np.full(len(mentors), s), cols.mentor_seniority[mentors], reverse)
            )
            for s in range(1, 6)
        ]
        tz = score.time_zone_overlap(self.tz_values[:, None], cols.mentor_tz[mentors][None, :])
        sector = cols.mentor_sector[mentors]
        shared = score.shared_languages(self.masks[:, None], cols.mentor_langs[mentors][None, :])
        langs = np.where(shared > 0, w.languages * score.language_value(shared), -BIG)
        parts = [
            w.fit * np.array(fit),
            w.seniority * np.array(senior),
            w.time_zone * tz,
            w.sector * (sector >= 0)[None, :],
            -w.sector * _one_hot(sector, self.n_sectors).T,
            langs,
        ]
        if ctx.rules.cross_country:
            parts.append(-BIG * _one_hot(cols.mentor_country[mentors], self.n_countries).T)
        return np.vstack(parts).astype(np.float32)

    def need_encoding(self, needs: np.ndarray) -> np.ndarray:
        cols = self.ctx.cols
        kind = np.where(cols.need_kind[needs] < 0, KIND_SLOTS - 1, cols.need_kind[needs])
        return np.hstack([_one_hot(kind, KIND_SLOTS), self.mentee_u[cols.need_mentee[needs]]])

    # --- buckets ------------------------------------------------------------
    def bucket(self, competence: int, needs: np.ndarray, mentors: np.ndarray) -> Bucket:
        ctx = self.ctx
        order = np.argsort(ctx.cols.mentor_org[mentors], kind="stable")
        mentors = mentors[order]
        column_of = np.full(ctx.cols.n_mentors, -1, np.int64)
        column_of[mentors] = np.arange(len(mentors))
        need_text, bio_text = self._text_parts(needs, mentors)
        return Bucket(
            competence=competence,
            needs=needs,
            mentors=mentors,
            mentor_org=ctx.cols.mentor_org[mentors],
            column_of=column_of,
            u=self.need_encoding(needs),
            v=_pad(self._mentor_values(mentors, competence), KIND_SLOTS),
            need_text=need_text,
            bio_text=bio_text,
        )

    def _text_parts(
        self, needs: np.ndarray, mentors: np.ndarray
    ) -> tuple[sp.csr_matrix | None, np.ndarray | None]:
        # Only words used by the bucket's bios can add similarity: keep those.
        w = self.ctx.weights.text
        if w == 0 or len(needs) == 0 or len(mentors) == 0:
            return None, None
        bios = self.ctx.bio_text[mentors]
        used = np.unique(bios.indices)
        bio_dense = np.zeros((len(used), _padded(len(mentors))), np.float32)
        bio_dense[:, : len(mentors)] = bios[:, used].T.toarray()
        need_text = (self.ctx.need_text[needs][:, used] * np.float32(w)).tocsr()
        return need_text, bio_dense

    def block(self, bucket: Bucket, start: int, stop: int) -> np.ndarray:
        """Approximate scores of bucket needs [start, stop) x all its mentors."""
        out = bucket.u[start:stop] @ bucket.v
        if bucket.need_text is not None and bucket.bio_text is not None:
            out += bucket.need_text[start:stop] @ bucket.bio_text
        rows, columns = self.ctx.forbidden_pairs(
            bucket.needs[start:stop], bucket.mentor_org, bucket.column_of
        )
        out[rows, columns] = -BIG
        return out


def _padded(width: int) -> int:
    return -(-width // 16) * 16


def _pad(values: np.ndarray, kind_rows: int) -> np.ndarray:
    # Padding columns score -BIG whatever the need: every need has one kind slot set.
    width = values.shape[1]
    out = np.zeros((values.shape[0], _padded(width)), np.float32)
    out[:, :width] = values
    out[:kind_rows, width:] = -BIG
    return out


def _one_hot(codes: np.ndarray, width: int) -> np.ndarray:
    out = np.zeros((len(codes), max(width, 0)), np.float32)
    valid = (codes >= 0) & (codes < width)
    out[np.nonzero(valid)[0], codes[valid]] = 1.0
    return out
