"""The programme manager decides how much each criterion counts when a round scores pairs."""

import pytest

from core.errors import ServiceError
from matching import adapter, services
from matching.models import MatchRound


def test_saved_weights_are_what_the_next_round_scores_with(personas):
    services.matching_weights_save(programme=personas.regional, weights={"text": 0, "seniority": 4})

    match_round = services.round_run(match_round=MatchRound.objects.create(programme=personas.regional))

    assert adapter.programme_weights(personas.regional).as_dict()["seniority"] == 4
    proposals = list(match_round.proposals.all())
    assert proposals and all(proposal.components.get("text", 0) == 0 for proposal in proposals)


def test_only_weights_that_differ_from_the_defaults_are_stored(personas):
    services.matching_weights_save(programme=personas.regional, weights={"fit": 2.0, "sector": 3})

    personas.regional.refresh_from_db()
    assert personas.regional.matching_weights == {"sector": 3.0}


def test_restoring_the_defaults_forgets_every_override(personas):
    services.matching_weights_save(programme=personas.regional, weights={"sector": 3})

    services.matching_weights_save(programme=personas.regional, weights=None)

    personas.regional.refresh_from_db()
    assert personas.regional.matching_weights == {}


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ({"charm": 1}, "Unknown weight: charm."),
        ({"fit": -1}, "must be a number from 0 to 10"),
        ({"fit": 11}, "must be a number from 0 to 10"),
        ({"fit": True}, "must be a number from 0 to 10"),
        ({"fit": 0, "seniority": 0, "time_zone": 0, "languages": 0, "sector": 0, "text": 0}, "above 0"),
    ],
)
def test_weights_out_of_range_are_refused_and_nothing_is_saved(personas, weights, message):
    with pytest.raises(ServiceError, match=message):
        services.matching_weights_save(programme=personas.regional, weights=weights)

    personas.regional.refresh_from_db()
    assert personas.regional.matching_weights == {}


def test_the_manager_edits_the_weights_on_the_matching_page(client, personas):
    client.force_login(personas.manager)
    page = client.get("/p/regional/matching/").content.decode()
    assert "What counts in a pair" in page and 'name="text"' in page

    form = {"fit": "2", "seniority": "2", "time_zone": "1", "languages": "0.5", "sector": "0.5", "text": "5"}
    response = client.post("/p/regional/matching/weights/", form, follow=True)

    assert "Weights saved" in response.content.decode()
    personas.regional.refresh_from_db()
    assert personas.regional.matching_weights == {"text": 5.0}


def test_a_weight_that_is_not_a_number_gets_a_message_naming_it(client, personas):
    client.force_login(personas.manager)
    form = {
        "fit": "a lot",
        "seniority": "2",
        "time_zone": "1",
        "languages": "0.5",
        "sector": "0.5",
        "text": "2",
    }

    response = client.post("/p/regional/matching/weights/", form, follow=True)

    assert "Kind of mentoring" in response.content.decode()
    personas.regional.refresh_from_db()
    assert personas.regional.matching_weights == {}


def test_the_manager_restores_the_defaults(client, personas):
    services.matching_weights_save(programme=personas.regional, weights={"sector": 3})
    client.force_login(personas.manager)

    client.post("/p/regional/matching/weights/", {"reset": "1"})

    personas.regional.refresh_from_db()
    assert personas.regional.matching_weights == {}
