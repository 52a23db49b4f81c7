"""Public data classes of the matching engine.

Keys (mentee, mentor, need, organisation) are opaque hashable ids chosen by
the caller: the Django side passes UUID strings or ints.  Time zones are UTC
offsets in hours (``utc_offset``); convert IANA names with :func:`utc_offset`.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

Key = Hashable

# The five mentoring functions of collaborative mentoring (see DOMAIN.md).
KINDS: tuple[str, ...] = (
    "challenging_assignments",
    "relationship_coaching",
    "personal",
    "skills",
    "professional",
)

# Reasons an unmatched need can have.
NO_OFFER = "no_offer"
RULES = "rules"
CAPACITY = "capacity"


def utc_offset(zone: str, at: datetime | None = None) -> float:
    """UTC offset in hours of an IANA zone name ("Europe/Paris" -> 1.0 or 2.0)."""
    moment = at or datetime.now(ZoneInfo("UTC"))
    delta = moment.astimezone(ZoneInfo(zone)).utcoffset()
    return 0.0 if delta is None else delta.total_seconds() / 3600.0


@dataclass(frozen=True)
class Need:
    """One thing a mentee wants help with; gets at most one mentor."""

    key: Key
    competence: str
    kind: str | None = None  # one of KINDS, or None when not stated
    text: str = ""  # a sentence of context, compared with mentor bios


@dataclass(frozen=True)
class Mentee:
    key: Key
    organisation: Key
    country: str
    languages: frozenset[str]
    seniority: int = 3  # 1 (junior) .. 5 (executive)
    utc_offset: float = 0.0
    sector: str | None = None
    needs: tuple[Need, ...] = ()


@dataclass(frozen=True)
class Offer:
    """A competence a mentor offers; ``kinds`` empty means "any function"."""

    competence: str
    kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Mentor:
    key: Key
    organisation: Key
    country: str
    languages: frozenset[str]
    seniority: int = 3
    utc_offset: float = 0.0
    sector: str | None = None
    capacity: int = 1
    offers: tuple[Offer | str, ...] = ()  # a bare string is an Offer without kinds
    bio: str = ""


@dataclass(frozen=True)
class Weights:
    """Weight of each score component; each component is worth 0..1 before weighting.

    fit: the offer declares the need's function (1), declares none or the need
    states none (0.5), declares only other functions (0.2).
    seniority: mentor 1-3 levels above the mentee is best (inverted for
    reverse-mentoring competences).
    time_zone: share of an 8-hour working day both have in common.
    languages: shared languages beyond the first (0.5 for 2, 1 for 3 or more).
    sector: 1 when both sectors are known and differ (outside perspective).
    text: TF-IDF cosine similarity of the need's text and the mentor's bio.
    """

    fit: float = 2.0
    seniority: float = 2.0
    time_zone: float = 1.0
    languages: float = 0.5
    sector: float = 0.5
    text: float = 2.0

    def as_dict(self) -> dict[str, float]:
        return {
            "fit": self.fit,
            "seniority": self.seniority,
            "time_zone": self.time_zone,
            "languages": self.languages,
            "sector": self.sector,
            "text": self.text,
        }


@dataclass
class Rules:
    cross_country: bool = False
    exclude_competitors: bool = True
    # Pairs of organisation keys; a declaration by either side counts.
    competitors: set[frozenset[Key]] = field(default_factory=set)
    max_mentors_per_mentee: int = 1
    first_mentor_priority: bool = True
    # (mentee_key, mentor_key): declined, ended, excluded by someone.
    excluded_pairs: set[tuple[Key, Key]] = field(default_factory=set)
    # (need_key, mentor_key): kept in the result, consume capacity.
    locked: set[tuple[Key, Key]] = field(default_factory=set)
    reverse_competences: set[str] = field(default_factory=set)
    weights: Weights = field(default_factory=Weights)


@dataclass(frozen=True)
class Tuning:
    """Speed knobs; the defaults suit 1k-100k mentees."""

    need_top_k: int = 6  # best mentors kept per need in the candidate graph
    # In a competence with fewer mentors (below wide_bucket) the few best are less contested.
    need_top_k_narrow: int = 3
    wide_bucket: int = 1000
    mentor_top_k: int = 6  # best needs kept per mentor (on top of its capacity)
    # Screened pairs scored exactly per need and round, beyond add_per_need (the rest are bounded).
    exact_extra: int = 2
    add_per_need: int = 3  # pairs pricing adds per need and round (those that change counts aside)
    # After a round, arcs whose score is more than this (int units) below what the prices allow
    # leave the graph (they are still priced every round).
    working_slack: int = 150  # up to exact_up_to mentees: many cheap rounds
    working_slack_above: int = 1000  # above: fewer, fuller rounds (pricing stops at the gap tolerance)
    max_rounds: int = 8  # pricing rounds before settling for a bound
    exact_up_to: int = 10_000  # mentees: up to here, price until nothing is left (gap 0)
    gap_tolerance: float = 0.0005  # above that: stop once the proven score gap is this small
    # Buckets scored at once (threads; numpy and one-thread BLAS release the GIL).
    threads: int = 2
    threads_from_pairs: int = 20_000_000  # pairs scored: below, one thread (no pool overhead)
    block_size: int = 1 << 21  # pairs scored at once (memory per block ~ 4 bytes each)


@dataclass(frozen=True)
class Proposal:
    mentee: Key
    mentor: Key
    need: Key
    score: float
    components: dict[str, float]
    locked: bool = False


@dataclass(frozen=True)
class Unmatched:
    mentee: Key
    need: Key
    reason: str  # NO_OFFER, RULES or CAPACITY


@dataclass
class Result:
    proposals: list[Proposal]
    unmatched: list[Unmatched]
    stats: dict[str, float | int | str]
