"""Each score component on its own, and the fast blocks agreeing with the exact scores."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.engine import Mentee, Mentor, Need, Offer, Rules, Weights, rank_mentors
from matching.engine import score as sc
from matching.engine.blocks import FLOOR, BlockScorer
from matching.engine.candidates import build_buckets
from matching.engine.columns import from_objects
from matching.engine.context import Context
from matching.engine.text import tfidf

from .factory import random_pool


def test_a_mentor_one_to_three_levels_more_senior_scores_best() -> None:
    gaps = np.arange(-4, 5)
    values = sc.seniority_value(gaps)
    assert values[gaps == 1] == values[gaps == 3] == values.max()
    assert values[gaps == 0] > values[gaps == -1] > values[gaps == -3]
    assert values[gaps == 4] < values[gaps == 3]


def test_reverse_mentoring_inverts_the_seniority_gap() -> None:
    junior, senior = np.array([1]), np.array([3])
    normal = sc.seniority_value(sc.seniority_gap(senior, junior, np.array([False])))
    reverse = sc.seniority_value(sc.seniority_gap(senior, junior, np.array([True])))
    assert normal[0] == 0.0 and reverse[0] == 1.0


def test_time_zone_overlap_counts_shared_working_hours() -> None:
    overlap = sc.time_zone_overlap(
        np.array([0.0, 0.0, 0.0, 1.0, 12.0]), np.array([0.0, 2.0, 9.0, -23.0, -12.0])
    )
    assert overlap.tolist() == [1.0, 0.75, 0.0, 1.0, 1.0]


def test_languages_score_only_beyond_the_first_shared_one() -> None:
    shared = sc.shared_languages(np.array([0b1, 0b11, 0b111, 0b1111]), np.array([0b1, 0b11, 0b111, 0b1111]))
    assert sc.language_value(shared).tolist() == [0.0, 0.5, 1.0, 1.0]


def test_sector_diversity_needs_two_known_different_sectors() -> None:
    values = sc.sector_value(np.array([0, 0, -1, 1]), np.array([1, 0, 1, -1]))
    assert values.tolist() == [1.0, 0.0, 0.0, 0.0]


def test_fit_rewards_an_offer_declared_for_the_needed_function() -> None:
    values = sc.fit_value(np.array([0, 0, -1, 2]), np.array([0b1, 0, 0b1, 0b1]))
    assert values.tolist() == [1.0, 0.5, 0.5, 0.2]


def test_tfidf_ranks_a_relevant_bio_above_an_unrelated_one() -> None:
    needs, bios = tfidf(
        ["I want to prepare the annual budget forecast for our board"],
        [
            "Twenty years of budget planning and forecast reviews for boards",
            "Social media video and brand storytelling",
        ],
    )
    similarity = (needs @ bios.T).toarray()[0]
    assert similarity[0] > 0.2 > similarity[1] == 0.0
    assert np.allclose(np.asarray(bios.multiply(bios).sum(axis=1)).ravel(), 1.0)


def _person(key: str, org: str, **extra) -> dict:
    return {"key": key, "organisation": org, "country": "NL", "languages": frozenset({"en"}), **extra}


def test_rank_mentors_puts_the_relevant_bio_first_and_explains_each_criterion() -> None:
    mentee = Mentee(
        **_person("e", "acme"), needs=(Need("n", "finance", "skills", "budget forecast for the board"),)
    )
    mentors = [
        Mentor(**_person("m1", "globex"), offers=("finance",), bio="video brand storytelling"),
        Mentor(
            **_person("m2", "initech"),
            offers=(Offer("finance", frozenset({"skills"})),),
            bio="budget forecast board",
        ),
        Mentor(**_person("m3", "acme"), offers=("finance",), bio="budget forecast board"),
    ]
    ranked = rank_mentors([mentee], mentors, Rules(), "n", k=5)
    assert [p.mentor for p in ranked] == ["m2", "m1"]
    assert ranked[0].components["text"] > ranked[1].components["text"]
    assert set(ranked[0].components) == set(Weights().as_dict())
    assert abs(sum(ranked[0].components.values()) - ranked[0].score) < 1e-9


def test_rank_mentors_leaves_out_mentors_without_capacity_left() -> None:
    mentee = Mentee(**_person("e", "acme"), needs=(Need("n", "finance"),))
    mentors = [Mentor(**_person(f"m{i}", f"org{i}"), offers=("finance",)) for i in range(3)]
    ranked = rank_mentors([mentee], mentors, Rules(), "n", remaining_capacity={"m0": 1, "m1": 0})
    assert [p.mentor for p in ranked] == ["m0"]


def test_weights_scale_their_component() -> None:
    mentee = Mentee(**_person("e", "acme", sector="retail"), needs=(Need("n", "finance"),))
    mentor = Mentor(**_person("m", "globex", sector="energy"), offers=("finance",))
    heavy = rank_mentors([mentee], [mentor], Rules(weights=Weights(sector=3.0)), "n")[0]
    assert heavy.components["sector"] == 3.0


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**9))
def test_fast_score_blocks_agree_with_the_exact_components(seed: int) -> None:
    mentees, mentors, rules = random_pool(seed)
    cols, crules, _ = from_objects(mentees, mentors, rules)
    ctx = Context(cols, crules)
    scorer = BlockScorer(ctx)
    for bucket in build_buckets(ctx, scorer):
        block = scorer.block(bucket, 0, len(bucket.needs))[:, : len(bucket.mentors)]
        need = np.repeat(bucket.needs, len(bucket.mentors))
        mentor = np.tile(bucket.mentors, len(bucket.needs))
        eligible = ctx.eligible(need, mentor)
        assert ((block.ravel() > FLOOR) == eligible).all()
        exact = sc.total(ctx.components(need, mentor))
        assert np.allclose(block.ravel()[eligible], exact[eligible], atol=1e-4)
