"""'Why this match' sentences come from fixed, translatable templates."""

from matching.engine import Weights, explain, explain_keys
from matching.engine.explain import TEMPLATES


def test_explain_names_the_strongest_criteria_first_in_plain_english() -> None:
    components = {
        "fit": 2.0,
        "seniority": 0.8,
        "time_zone": 0.75,
        "languages": 0.0,
        "sector": 0.5,
        "text": 0.6,
    }
    lines = explain(components)
    assert lines[0] == "Offers this competence for exactly the kind of mentoring asked for."
    assert "Working hours overlap by 6 of 8 hours." in lines
    assert "Their experience matches the context of the need (30% similar)." in lines
    assert not any("languages" in line for line in lines)


def test_explain_keys_give_template_keys_and_named_parameters() -> None:
    components = {
        "fit": 1.0,
        "seniority": 2.0,
        "time_zone": 1.0,
        "languages": 0.25,
        "sector": 0.0,
        "text": 0.0,
    }
    keys = explain_keys(components)
    assert keys[0] == ("seniority_ideal", {})
    assert ("languages", {"count": 2}) in keys
    for key, params in keys:
        TEMPLATES[key].format(**params)


def test_explain_reads_shares_against_the_programme_weights() -> None:
    weights = Weights(time_zone=2.0)
    assert explain({"time_zone": 1.0}, weights) == ["Working hours overlap by 4 of 8 hours."]
