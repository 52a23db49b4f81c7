"""Input the API refuses, with a 4xx naming what is wrong, instead of storing it or failing with 500."""

import pytest


@pytest.fixture
def as_manager(client, personas):
    client.force_login(personas.manager)
    return client


def test_a_null_for_a_programme_field_that_cannot_be_empty_is_refused_naming_it(as_manager, personas):
    response = as_manager.patch(
        "/api/programmes/regional", {"description": None}, content_type="application/json"
    )

    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["body", "payload", "description"]]


def test_a_null_cohort_date_clears_it(as_manager, personas):
    response = as_manager.patch(
        "/api/programmes/regional", {"cohort_end": None}, content_type="application/json"
    )

    assert response.status_code == 200, response.content
    personas.regional.refresh_from_db()
    assert personas.regional.cohort_end is None


def test_a_value_the_model_refuses_answers_400_with_a_sentence_like_every_other_error(as_manager):
    response = as_manager.patch("/api/programmes/regional", {"name": ""}, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"detail": "This field cannot be blank."}
