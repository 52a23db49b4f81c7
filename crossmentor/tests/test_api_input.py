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


# Length limits ---------------------------------------------------------------------------------

FORMATS_WITHOUT_LENGTH = {"uuid", "date", "date-time", "binary"}


def _unlimited_strings(schema: dict, components: dict, where: str, seen: set):
    """Every string in a request body's schema that takes any length (no maxLength, enum or const)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name not in seen:
            seen.add(name)
            yield from _unlimited_strings(components[name], components, name, seen)
        return
    string = schema.get("type") == "string" and schema.get("format") not in FORMATS_WITHOUT_LENGTH
    if string and not {"maxLength", "enum", "const"} & set(schema):
        yield where
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for option in schema.get(key, []):
            yield from _unlimited_strings(option, components, where, seen)
    for key in ("items", "additionalProperties", "propertyNames"):
        if isinstance(schema.get(key), dict):
            yield from _unlimited_strings(schema[key], components, where, seen)
    for name, field in schema.get("properties", {}).items():
        yield from _unlimited_strings(field, components, f"{where}.{name}", seen)


def test_every_string_an_api_body_takes_has_a_length_limit(client):
    """Limits come from the model fields they are stored in (core/api_fields.py)."""
    schema = client.get("/api/openapi.json").json()
    components = schema["components"]["schemas"]
    unlimited = set()
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            for content in operation.get("requestBody", {}).get("content", {}).values():
                where = f"{method.upper()} {path}"
                unlimited |= set(_unlimited_strings(content["schema"], components, where, set()))
    assert sorted(unlimited) == []


@pytest.fixture
def mentorship(personas):
    from relationships.factories import MentorshipFactory

    return MentorshipFactory(
        mentor=personas.enrolments["mentor_initech"], mentee=personas.enrolments["mentee_acme"]
    )


def _goal(mentorship, **changes) -> dict:
    return {
        "title": "Speak at the regional logistics conference",
        "specific": "A 20-minute talk.",
        "measurable": "Three questions from the room.",
        "achievable": "I present monthly inside the company.",
        "relevant": "Visibility outside the company.",
        "due_on": "2031-01-31",
        **changes,
    }


def test_a_goal_title_longer_than_the_model_keeps_is_refused_naming_the_field(client, mentorship):
    client.force_login(mentorship.mentee.user)
    url = f"/api/programmes/regional/mentorships/{mentorship.public_id}/goals"

    response = client.post(url, _goal(mentorship, title="t" * 300), content_type="application/json")

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "payload", "title"]
    assert "200 characters" in error["msg"]
    assert not mentorship.goals.exists()


def test_a_comment_longer_than_the_model_keeps_is_refused_naming_the_field(client, mentorship):
    from relationships.models import Goal

    goal = Goal.objects.create(mentorship=mentorship, created_by=mentorship.mentee.user, **_goal(mentorship))
    client.force_login(mentorship.mentor.user)
    url = f"/api/programmes/regional/mentorships/{mentorship.public_id}/goals/{goal.public_id}/comments"

    response = client.post(url, {"body": "c" * 2500}, content_type="application/json")

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "payload", "body"]
    assert "2000 characters" in error["msg"]
    assert not goal.comments.exists()


def test_a_limit_is_the_model_fields_own(client):
    from relationships.models import GoalComment, Meeting

    components = client.get("/api/openapi.json").json()["components"]["schemas"]

    assert (
        components["CommentIn"]["properties"]["body"]["maxLength"]
        == GoalComment._meta.get_field("body").max_length
    )
    assert (
        components["MeetingIn"]["properties"]["agenda"]["maxLength"]
        == Meeting._meta.get_field("agenda").max_length
    )
