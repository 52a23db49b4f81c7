"""Seeded, realistic matching instances for the benchmark (columnar form).

Organisations have Zipf-like sizes and a home country; people mostly work in
their organisation's country and speak its language, often English, sometimes
a third language.  Forty competences: demand is skewed (a few are asked for a
lot), supply much less so, so the popular ones are scarce.  Mentors are about a
quarter of the mentees, with capacity 1-4; mentees have 1-3 needs.
"""

from __future__ import annotations

import numpy as np

from matching.engine.columns import ColumnRules, Columns

N_COMPETENCES = 40
COUNTRY_TZ = np.array([0.0, 1.0, 1.0, 2.0, -5.0, -8.0, 5.5, 9.0, 1.0, 3.0])
N_LANGUAGES = 9  # one per country (some share), English is 0
COUNTRY_LANGUAGE = np.array([0, 1, 2, 3, 0, 4, 5, 6, 7, 8])
N_SECTORS = 12
TOPIC_WORDS = 14
GENERIC = [
    "team",
    "project",
    "strategy",
    "leadership",
    "growth",
    "client",
    "plan",
    "change",
    "process",
    "people",
    "company",
    "market",
    "goal",
    "role",
    "career",
    "network",
    "board",
    "product",
    "data",
]


def _zipf(rng: np.random.Generator, n_items: int, exponent: float, size: int) -> np.ndarray:
    weights = 1.0 / np.arange(1, n_items + 1) ** exponent
    return rng.choice(n_items, size=size, p=weights / weights.sum())


def _topic_words() -> list[list[str]]:
    syllables = ["ka", "lo", "mi", "ter", "sun", "bra", "vel", "qui", "don", "ra", "pe", "zor"]
    words = []
    for comp in range(N_COMPETENCES):
        words.append(
            [
                f"{syllables[comp % 12]}{syllables[(comp // 12 + w) % 12]}{w}x{comp}"
                for w in range(TOPIC_WORDS)
            ]
        )
    return words


def _people(
    rng: np.random.Generator, n: int, org_country: np.ndarray, org_sector: np.ndarray, n_orgs: int
) -> dict[str, np.ndarray]:
    org = _zipf(rng, n_orgs, 1.1, n)
    country = np.where(rng.random(n) < 0.85, org_country[org], rng.integers(0, len(COUNTRY_TZ), n))
    langs = (1 << COUNTRY_LANGUAGE[country]).astype(np.int64)
    langs |= np.where(rng.random(n) < 0.7, 1, 0)
    third = rng.integers(0, N_LANGUAGES, n)
    langs |= np.where(rng.random(n) < 0.2, 1 << third, 0)
    return {
        "org": org,
        "country": country,
        "langs": langs,
        "tz": COUNTRY_TZ[country],
        "sector": org_sector[org],
    }


def make_instance(n_mentees: int, seed: int = 1, priority: bool = True) -> tuple[Columns, ColumnRules]:
    rng = np.random.default_rng(seed)
    n_mentors = max(n_mentees // 4, 2)
    n_orgs = max(10, n_mentees // 150)
    org_country = rng.integers(0, len(COUNTRY_TZ), n_orgs)
    org_sector = rng.integers(0, N_SECTORS, n_orgs)
    mentee = _people(rng, n_mentees, org_country, org_sector, n_orgs)
    mentor = _people(rng, n_mentors, org_country, org_sector, n_orgs)
    needs_per = rng.choice([1, 2, 3], size=n_mentees, p=[0.4, 0.35, 0.25])
    need_mentee = np.repeat(np.arange(n_mentees), needs_per)
    need_comp = _zipf(rng, N_COMPETENCES, 1.0, len(need_mentee))
    offer_mentor, offer_comp = _offers(rng, n_mentors)
    topics = _topic_words()
    cols = Columns(
        mentee_org=mentee["org"],
        mentee_country=mentee["country"],
        mentee_langs=mentee["langs"],
        mentee_seniority=rng.choice([1, 2, 3, 4], size=n_mentees, p=[0.3, 0.35, 0.25, 0.1]),
        mentee_tz=mentee["tz"],
        mentee_sector=mentee["sector"],
        need_mentee=need_mentee,
        need_competence=need_comp,
        need_kind=np.where(rng.random(len(need_mentee)) < 0.1, -1, rng.integers(0, 5, len(need_mentee))),
        need_text=_need_texts(rng, need_comp, topics),
        mentor_org=mentor["org"],
        mentor_country=mentor["country"],
        mentor_langs=mentor["langs"],
        mentor_seniority=rng.choice([2, 3, 4, 5], size=n_mentors, p=[0.1, 0.3, 0.35, 0.25]),
        mentor_tz=mentor["tz"],
        mentor_sector=mentor["sector"],
        mentor_capacity=rng.integers(1, 5, n_mentors),
        mentor_bio=_bios(rng, offer_mentor, offer_comp, n_mentors, topics),
        offer_mentor=offer_mentor,
        offer_competence=offer_comp,
        offer_kinds=np.where(rng.random(len(offer_mentor)) < 0.5, 0, rng.integers(1, 32, len(offer_mentor))),
        n_competences=N_COMPETENCES,
    )
    return cols, _rules(rng, cols, n_orgs, priority)


def _offers(rng: np.random.Generator, n_mentors: int) -> tuple[np.ndarray, np.ndarray]:
    count = rng.integers(1, 5, n_mentors)
    mentor = np.repeat(np.arange(n_mentors), count)
    comp = _zipf(rng, N_COMPETENCES, 0.4, len(mentor))
    key = np.unique(mentor.astype(np.int64) * N_COMPETENCES + comp)
    return key // N_COMPETENCES, key % N_COMPETENCES


def _need_texts(rng: np.random.Generator, comps: np.ndarray, topics: list[list[str]]) -> list[str]:
    topic = rng.integers(0, TOPIC_WORDS, (len(comps), 3))
    generic = rng.integers(0, len(GENERIC), (len(comps), 2))
    out = []
    for c, t, g in zip(comps.tolist(), topic.tolist(), generic.tolist(), strict=True):
        words = topics[c]
        out.append(
            f"I want to improve {words[t[0]]} and {words[t[1]]} for our {GENERIC[g[0]]} "
            f"{GENERIC[g[1]]}, mostly {words[t[2]]}"
        )
    return out


def _bios(
    rng: np.random.Generator,
    offer_mentor: np.ndarray,
    offer_comp: np.ndarray,
    n_mentors: int,
    topics: list[list[str]],
) -> list[str]:
    parts: list[list[str]] = [[] for _ in range(n_mentors)]
    picks = rng.integers(0, TOPIC_WORDS, (len(offer_mentor), 4))
    for m, c, p in zip(offer_mentor.tolist(), offer_comp.tolist(), picks.tolist(), strict=True):
        parts[m].extend(topics[c][k] for k in p)
    generic = rng.integers(0, len(GENERIC), (n_mentors, 4))
    return [
        "Years of experience in " + " ".join(words) + " " + " ".join(GENERIC[k] for k in g)
        for words, g in zip(parts, generic.tolist(), strict=True)
    ]


def _rules(rng: np.random.Generator, cols: Columns, n_orgs: int, priority: bool) -> ColumnRules:
    top = min(n_orgs, 30)
    pairs = rng.integers(0, top, (max(top // 3, 1), 2))
    n_excluded = max(cols.n_mentees // 100, 1)
    return ColumnRules(
        cross_country=False,
        exclude_competitors=True,
        competitor_pairs=pairs[pairs[:, 0] != pairs[:, 1]],
        max_mentors_per_mentee=2,
        first_mentor_priority=priority,
        excluded_mentee=rng.integers(0, cols.n_mentees, n_excluded),
        excluded_mentor=rng.integers(0, cols.n_mentors, n_excluded),
        reverse=np.arange(N_COMPETENCES) >= N_COMPETENCES - 3,
    )
