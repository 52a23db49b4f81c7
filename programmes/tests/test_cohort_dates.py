"""A programme's cohort never ends before it starts, however the programme is created or changed."""

import pytest

from core.factories import UserFactory
from programmes.models import Programme


@pytest.fixture
def admin(db):
    return UserFactory(email="admin@platform.example", name="Ada Admin", is_superuser=True, is_staff=True)


def test_the_api_refuses_a_programme_whose_cohort_ends_before_it_starts(client, admin):
    client.force_login(admin)

    answer = client.post(
        "/api/programmes",
        {"slug": "backwards", "name": "Backwards", "cohort_start": "2027-06-01", "cohort_end": "2027-01-31"},
        content_type="application/json",
    )

    assert answer.status_code == 400
    assert answer.json()["detail"] == (
        "The cohort end (2027-01-31) must be after the cohort start (2027-06-01)."
    )
    assert not Programme.objects.filter(slug="backwards").exists()


def test_the_api_refuses_to_move_the_cohort_end_before_its_start(client, personas):
    personas.regional.cohort_start = "2027-06-01"
    personas.regional.save(update_fields=["cohort_start"])
    client.force_login(personas.manager)

    answer = client.patch(
        "/api/programmes/regional", {"cohort_end": "2027-05-31"}, content_type="application/json"
    )

    assert answer.status_code == 400
    assert "cohort end (2027-05-31) must be after the cohort start (2027-06-01)" in answer.json()["detail"]
    personas.regional.refresh_from_db()
    assert personas.regional.cohort_end is None


def test_the_web_form_names_the_cohort_end_and_creates_nothing(client, admin):
    client.force_login(admin)

    page = client.post(
        "/programmes/new/",
        {
            "name": "Backwards",
            "slug": "backwards",
            "kind": "one-to-one",
            "cohort_start": "2027-06-01",
            "cohort_end": "2027-01-31",
            "max_mentees_per_mentor": 3,
            "max_mentors_per_mentee": 1,
            "matching_mode": "rounds",
            "request_answer_days": 14,
            "max_open_requests": 3,
            "check_in_every_weeks": 12,
            "attention_after_weeks": 6,
            "learning_gate": "none",
        },
    )

    assert page.status_code == 200
    assert "The cohort must end after it starts." in page.content.decode()
    assert not Programme.objects.filter(slug="backwards").exists()
