"""Crossmentor's matching engine: pure Python (numpy, scipy, OR-Tools), no Django.

    result = solve(mentees, mentors, rules)          # a programme's matching round
    best = rank_mentors(mentees, mentors, rules, need_key, k=10)   # self-service
    lines = explain(proposal.components)             # "why this match"

See README.md in this folder for the model, the objective and the proof.
"""

from .columns import ColumnRules, Columns
from .explain import explain, explain_keys
from .model import (
    CAPACITY,
    KINDS,
    NO_OFFER,
    RULES,
    Mentee,
    Mentor,
    Need,
    Offer,
    Proposal,
    Result,
    Rules,
    Tuning,
    Unmatched,
    Weights,
    utc_offset,
)
from .solver import ColumnResult, rank_mentors, solve, solve_columns

__all__ = [
    "CAPACITY",
    "KINDS",
    "NO_OFFER",
    "RULES",
    "ColumnResult",
    "ColumnRules",
    "Columns",
    "Mentee",
    "Mentor",
    "Need",
    "Offer",
    "Proposal",
    "Result",
    "Rules",
    "Tuning",
    "Unmatched",
    "Weights",
    "explain",
    "explain_keys",
    "rank_mentors",
    "solve",
    "solve_columns",
    "utc_offset",
]
