"""Columnar form of a matching problem: numpy arrays indexed by position.

The solver works only on this form so 100k mentees stay fast; the data class
API converts to it (`from_objects`) and a caller with its own arrays (the
benchmark, a bulk export) can build `Columns` directly.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .model import KINDS, Mentee, Mentor, Offer, Rules, Weights

KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}


@dataclass
class Columns:
    """Everything the solver needs, as arrays.

    Codes are small ints (organisation, country, competence, sector; -1 for an
    unknown sector).  Languages are bitmasks (at most 63 distinct languages).
    ``offer_kinds`` is a bitmask over KINDS, 0 meaning "not declared".
    """

    mentee_org: np.ndarray
    mentee_country: np.ndarray
    mentee_langs: np.ndarray
    mentee_seniority: np.ndarray
    mentee_tz: np.ndarray
    mentee_sector: np.ndarray
    need_mentee: np.ndarray
    need_competence: np.ndarray
    need_kind: np.ndarray  # -1 when not stated
    need_text: Sequence[str]
    mentor_org: np.ndarray
    mentor_country: np.ndarray
    mentor_langs: np.ndarray
    mentor_seniority: np.ndarray
    mentor_tz: np.ndarray
    mentor_sector: np.ndarray
    mentor_capacity: np.ndarray
    mentor_bio: Sequence[str]
    offer_mentor: np.ndarray
    offer_competence: np.ndarray
    offer_kinds: np.ndarray
    n_competences: int

    def __post_init__(self) -> None:
        self.mentee_org = self.mentee_org.astype(np.int32)
        self.mentee_country = self.mentee_country.astype(np.int32)
        self.mentee_langs = self.mentee_langs.astype(np.int64)
        self.mentee_seniority = self.mentee_seniority.astype(np.int8)
        self.mentee_tz = self.mentee_tz.astype(np.float64)
        self.mentee_sector = self.mentee_sector.astype(np.int32)
        self.need_mentee = self.need_mentee.astype(np.int32)
        self.need_competence = self.need_competence.astype(np.int32)
        self.need_kind = self.need_kind.astype(np.int8)
        self.mentor_org = self.mentor_org.astype(np.int32)
        self.mentor_country = self.mentor_country.astype(np.int32)
        self.mentor_langs = self.mentor_langs.astype(np.int64)
        self.mentor_seniority = self.mentor_seniority.astype(np.int8)
        self.mentor_tz = self.mentor_tz.astype(np.float64)
        self.mentor_sector = self.mentor_sector.astype(np.int32)
        self.mentor_capacity = self.mentor_capacity.astype(np.int64)
        self.offer_mentor = self.offer_mentor.astype(np.int32)
        self.offer_competence = self.offer_competence.astype(np.int32)
        self.offer_kinds = self.offer_kinds.astype(np.int8)

    @property
    def n_mentees(self) -> int:
        return len(self.mentee_org)

    @property
    def n_needs(self) -> int:
        return len(self.need_mentee)

    @property
    def n_mentors(self) -> int:
        return len(self.mentor_org)


@dataclass
class ColumnRules:
    """`Rules` with keys replaced by positions/codes."""

    cross_country: bool = False
    exclude_competitors: bool = True
    competitor_pairs: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), np.int32))
    max_mentors_per_mentee: int = 1
    first_mentor_priority: bool = True
    excluded_mentee: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    excluded_mentor: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    locked_need: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    locked_mentor: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    reverse: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))  # per competence
    weights: Weights = field(default_factory=Weights)

    def reverse_flags(self, n_competences: int) -> np.ndarray:
        flags = np.zeros(n_competences, bool)
        flags[: len(self.reverse)] = self.reverse[:n_competences]
        return flags


class Codebook:
    """Turns hashable values into dense int codes, in order of first sight."""

    def __init__(self) -> None:
        self.codes: dict[Hashable, int] = {}

    def code(self, value: Hashable) -> int:
        return self.codes.setdefault(value, len(self.codes))

    def codes_of(self, values: Iterable[Hashable]) -> np.ndarray:
        return np.fromiter((self.code(v) for v in values), np.int32)

    def get(self, value: Hashable) -> int:
        return self.codes.get(value, -1)


@dataclass
class Keys:
    """Caller keys by position, to translate results back."""

    mentee: list[Hashable]
    need: list[Hashable]
    mentor: list[Hashable]
    competence: list[str]


def language_masks(groups: Iterable[frozenset[str]], book: Codebook) -> np.ndarray:
    masks = []
    for langs in groups:
        mask = 0
        for lang in langs:
            code = book.code(lang)
            if code > 62:
                raise ValueError("at most 63 distinct languages are supported")
            mask |= 1 << code
        masks.append(mask)
    return np.array(masks, np.int64)


def kind_mask(kinds: Iterable[str]) -> int:
    mask = 0
    for kind in kinds:
        mask |= 1 << KIND_CODE[kind]
    return mask


def as_offer(offer: Offer | str) -> Offer:
    return Offer(offer) if isinstance(offer, str) else offer


def from_objects(
    mentees: Sequence[Mentee], mentors: Sequence[Mentor], rules: Rules
) -> tuple[Columns, ColumnRules, Keys]:
    """Convert the data class API to arrays (one pass over the objects)."""
    orgs, countries, langs, sectors, comps = (Codebook() for _ in range(5))
    needs = [(i, need) for i, mentee in enumerate(mentees) for need in mentee.needs]
    offers = [(j, as_offer(o)) for j, mentor in enumerate(mentors) for o in mentor.offers]
    cols = Columns(
        mentee_org=orgs.codes_of(m.organisation for m in mentees),
        mentee_country=countries.codes_of(m.country for m in mentees),
        mentee_langs=language_masks((m.languages for m in mentees), langs),
        mentee_seniority=np.array([m.seniority for m in mentees], np.int8),
        mentee_tz=np.array([m.utc_offset for m in mentees], np.float64),
        mentee_sector=_sector_codes((m.sector for m in mentees), sectors),
        need_mentee=np.array([i for i, _ in needs], np.int32),
        need_competence=comps.codes_of(n.competence for _, n in needs),
        need_kind=np.array([KIND_CODE.get(n.kind, -1) if n.kind else -1 for _, n in needs], np.int8),
        need_text=[n.text for _, n in needs],
        mentor_org=orgs.codes_of(m.organisation for m in mentors),
        mentor_country=countries.codes_of(m.country for m in mentors),
        mentor_langs=language_masks((m.languages for m in mentors), langs),
        mentor_seniority=np.array([m.seniority for m in mentors], np.int8),
        mentor_tz=np.array([m.utc_offset for m in mentors], np.float64),
        mentor_sector=_sector_codes((m.sector for m in mentors), sectors),
        mentor_capacity=np.array([m.capacity for m in mentors], np.int64),
        mentor_bio=[m.bio for m in mentors],
        offer_mentor=np.array([j for j, _ in offers], np.int32),
        offer_competence=comps.codes_of(o.competence for _, o in offers),
        offer_kinds=np.array([kind_mask(o.kinds) for _, o in offers], np.int8),
        n_competences=0,
    )
    for competence in rules.reverse_competences:
        comps.code(competence)
    cols.n_competences = len(comps.codes)
    _drop_duplicate_offers(cols)
    keys = Keys(
        mentee=[m.key for m in mentees],
        need=[n.key for _, n in needs],
        mentor=[m.key for m in mentors],
        competence=list(comps.codes),
    )
    return cols, _column_rules(rules, keys, orgs, comps), keys


def _sector_codes(values: Iterable[str | None], book: Codebook) -> np.ndarray:
    return np.fromiter((-1 if v is None else book.code(v) for v in values), np.int32)


def _drop_duplicate_offers(cols: Columns) -> None:
    # A mentor listing a competence twice must not count twice; keep the first.
    pair = cols.offer_mentor.astype(np.int64) * max(cols.n_competences, 1) + cols.offer_competence
    _, first = np.unique(pair, return_index=True)
    first.sort()
    cols.offer_mentor = cols.offer_mentor[first]
    cols.offer_competence = cols.offer_competence[first]
    cols.offer_kinds = cols.offer_kinds[first]


def _positions(keys: list[Hashable]) -> dict[Hashable, int]:
    return {key: pos for pos, key in enumerate(keys)}


def _column_rules(rules: Rules, keys: Keys, orgs: Codebook, comps: Codebook) -> ColumnRules:
    mentee_pos, mentor_pos, need_pos = (
        _positions(keys.mentee),
        _positions(keys.mentor),
        _positions(keys.need),
    )
    pairs = _competitor_codes(rules.competitors, orgs)
    excluded = [
        (mentee_pos[a], mentor_pos[b]) for a, b in rules.excluded_pairs if a in mentee_pos and b in mentor_pos
    ]
    unknown = [pair for pair in rules.locked if pair[0] not in need_pos or pair[1] not in mentor_pos]
    if unknown:
        raise ValueError(f"locked pairs name unknown needs or mentors: {unknown[:3]}")
    locked = [(need_pos[n], mentor_pos[m]) for n, m in rules.locked]
    reverse = np.zeros(len(comps.codes), bool)
    for competence in rules.reverse_competences:
        reverse[comps.code(competence)] = True
    return ColumnRules(
        cross_country=rules.cross_country,
        exclude_competitors=rules.exclude_competitors,
        competitor_pairs=pairs,
        max_mentors_per_mentee=rules.max_mentors_per_mentee,
        first_mentor_priority=rules.first_mentor_priority,
        excluded_mentee=np.array([a for a, _ in excluded], np.int32),
        excluded_mentor=np.array([b for _, b in excluded], np.int32),
        locked_need=np.array([n for n, _ in locked], np.int32),
        locked_mentor=np.array([m for _, m in locked], np.int32),
        reverse=reverse,
        weights=rules.weights,
    )


def _competitor_codes(pairs: set[frozenset[Hashable]], orgs: Codebook) -> np.ndarray:
    codes = []
    for pair in pairs:
        members = [orgs.get(org) for org in pair]
        if len(members) == 2 and min(members) >= 0:
            codes.append(members)
    return np.array(codes, np.int32).reshape(-1, 2)
