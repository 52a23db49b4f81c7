"""'Why this match', criterion by criterion, from a proposal's components.

Sentences come from a small set of fixed templates with named placeholders,
so the Django side can translate each template once and fill it in:
`explain_keys` gives (template_key, params) pairs, `explain` the English.
"""

from __future__ import annotations

from .model import Weights
from .score import WORKDAY_HOURS

TEMPLATES: dict[str, str] = {
    "fit_exact": "Offers this competence for exactly the kind of mentoring asked for.",
    "fit_general": "Offers this competence.",
    "fit_other": "Offers this competence, mostly for another kind of mentoring.",
    "seniority_ideal": "Has the right experience gap for this need.",
    "seniority_fair": "Experience levels fit reasonably well.",
    "time_zone": "Working hours overlap by {hours} of {workday} hours.",
    "languages": "Shares {count} languages.",
    "sector": "Brings an outside perspective from another sector.",
    "text": "Their experience matches the context of the need ({percent}% similar).",
}
ORDER = ("fit", "seniority", "time_zone", "languages", "sector", "text")


def explain_keys(
    components: dict[str, float], weights: Weights | None = None
) -> list[tuple[str, dict[str, object]]]:
    """(template key, params) per notable criterion, strongest contribution first."""
    table = (weights or Weights()).as_dict()
    shares = {name: components.get(name, 0.0) / table[name] for name in ORDER if table.get(name)}
    ranked = sorted(shares, key=lambda name: -components.get(name, 0.0))
    return [item for name in ranked if (item := _sentence(name, shares[name])) is not None]


def explain(components: dict[str, float], weights: Weights | None = None) -> list[str]:
    """Plain English sentences, strongest criterion first."""
    return [TEMPLATES[key].format(**params) for key, params in explain_keys(components, weights)]


def _sentence(name: str, share: float) -> tuple[str, dict[str, object]] | None:
    if share <= 0.01:
        return None
    if name == "fit":
        key = "fit_exact" if share > 0.99 else "fit_general" if share > 0.45 else "fit_other"
        return key, {}
    if name == "seniority":
        return ("seniority_ideal" if share > 0.99 else "seniority_fair"), {}
    if name == "time_zone":
        return "time_zone", {"hours": _hours(share * WORKDAY_HOURS), "workday": int(WORKDAY_HOURS)}
    if name == "languages":
        return "languages", {"count": 2 if share < 0.99 else "3 or more"}
    if name == "sector":
        return "sector", {}
    return "text", {"percent": max(1, round(share * 100))}


def _hours(value: float) -> str:
    rounded = round(value * 2) / 2
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
