import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from evaluation import services

from .conftest import all_levels

API = "/api/programmes/regional/evaluation"


def test_the_framework_comes_in_the_callers_language(client, personas):
    client.force_login(personas.mentee_acme)
    body = client.get(f"{API}/framework", HTTP_ACCEPT_LANGUAGE="es").json()
    assert body["source"] == "builtin" and len(body["competences"]) == 15
    first = body["competences"][0]
    assert first["slug"] == "strategic-thinking" and first["name"] == "Pensamiento estratégico"
    assert len(first["levels"]) == 5


def test_a_mentee_gives_start_and_end_through_the_api_and_reads_their_growth(
    client, personas, framework, closed_mentorship
):
    client.force_login(personas.mentee_acme)
    start = client.post(
        f"{API}/assessments",
        {"phase": "start", "levels": all_levels(framework, 2)},
        content_type="application/json",
    )
    assert start.status_code == 200 and start.json()["open"] == {"start": True, "end": True}
    end = client.post(
        f"{API}/assessments",
        {"phase": "end", "levels": all_levels(framework, 4)},
        content_type="application/json",
    )
    growth = end.json()["growth"]
    assert {(row["start"], row["end"], row["change"]) for row in growth} == {(2, 4, 2)}
    assert client.get(f"{API}/assessments").json()["growth"] == growth


def test_a_bad_assessment_is_a_clear_400(client, personas, framework):
    client.force_login(personas.mentee_acme)
    levels = {**all_levels(framework), "resilience": 9}
    response = client.post(
        f"{API}/assessments", {"phase": "start", "levels": levels}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "“Resilience” must be a whole number from 1 to 5" in response.json()["detail"]


def test_a_bad_csv_through_the_api_lists_each_problem_and_changes_nothing(client, personas, framework):
    client.force_login(personas.manager)
    content = b"slug,name,description,level_1,level_2,level_3,level_4,level_5\nBad,,,a,b,c,d,e\n"
    response = client.post(f"{API}/framework/csv", {"file": SimpleUploadedFile("f.csv", content)})
    assert response.status_code == 400
    assert [(p["row"], p["column"]) for p in response.json()["problems"]] == [(2, "slug"), (2, "name")]
    assert framework.competences.count() == 15


def test_a_good_csv_through_the_api_makes_the_programmes_own_framework(client, personas, framework):
    client.force_login(personas.manager)
    content = (
        b"slug,name,description,level_1,level_2,level_3,level_4,level_5\nnegotiation,Negotiation,,a,b,c,d,e\n"
    )
    response = client.post(f"{API}/framework/csv", {"file": SimpleUploadedFile("f.csv", content)})
    assert response.status_code == 200
    assert (
        response.json()["source"] == "custom" and response.json()["competences"][0]["name"] == "Negotiation"
    )


def _survey_answers(client, role: str, text: str = "") -> list[dict]:
    questions = client.get(f"{API}/survey?role={role}").json()["questions"]
    return [
        {"question": q["id"], "value": 5} if q["kind"] == "scale" else {"question": q["id"], "text": text}
        for q in questions
    ]


def test_a_mentee_answers_the_survey_through_the_api_and_sees_only_their_own_answers(
    client, personas, closed_mentorship
):
    client.force_login(personas.mentee_acme)
    answers = _survey_answers(client, "mentee", text="My mentor's outside view")
    response = client.post(
        f"{API}/survey", {"role": "mentee", "answers": answers}, content_type="application/json"
    )
    assert response.status_code == 201
    mine = client.get(f"{API}/survey?role=mentee").json()
    assert mine["state"] == "answered" and "My mentor's outside view" in [a["text"] for a in mine["answers"]]
    again = client.post(
        f"{API}/survey", {"role": "mentee", "answers": answers}, content_type="application/json"
    )
    assert again.status_code == 400 and "already answered" in again.json()["detail"]
    client.force_login(personas.mentor_globex)
    theirs = client.get(f"{API}/survey?role=mentor").json()
    assert theirs["answers"] == [] and theirs["state"] == "open"


def test_free_text_of_fewer_than_five_is_withheld_and_never_reaches_a_coordinator(
    client, personas, closed_mentorship
):
    client.force_login(personas.mentee_acme)
    answers = _survey_answers(client, "mentee", text="Confidential remark")
    client.post(f"{API}/survey", {"role": "mentee", "answers": answers}, content_type="application/json")
    client.force_login(personas.manager)
    results = client.get(f"{API}/survey/results").json()
    assert results["free_text"] and not any(row["answers"] for row in results["free_text"])
    assert b"Confidential remark" not in client.get("/p/regional/evaluation/survey/answers/").content
    assert all(
        row["average"] is None and row["answers"] is None for row in results["scale"]
    )  # one person < 5
    for coordinator in (personas.coordinator_acme, personas.coordinator_globex):
        client.force_login(coordinator)
        assert client.get(f"{API}/survey/results").status_code == 404
        assert b"Confidential remark" not in client.get("/p/regional/evaluation/").content


def test_a_manager_adds_a_question_through_the_api(client, personas):
    client.force_login(personas.manager)
    response = client.post(
        f"{API}/survey/questions",
        {"text": "Zou je opnieuw meedoen?", "section": "process", "kind": "scale", "audience": "mentee"},
        content_type="application/json",
    )
    assert response.status_code == 201 and response.json()["text"] == "Zou je opnieuw meedoen?"
    texts = [q["text"] for q in client.get(f"{API}/survey/questions").json()]
    assert "Zou je opnieuw meedoen?" in texts and len(texts) == 27


@pytest.mark.parametrize("source", ["builtin", "custom"])
def test_the_manager_sets_the_framework_through_the_api(client, personas, source):
    client.force_login(personas.manager)
    response = client.put(
        f"{API}/framework", {"source": source, "mentor_assessment": True}, content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["mentor_assessment"] is True
    assert services.framework_get_or_create(programme=personas.regional).source == source


def test_the_evaluation_endpoints_are_in_the_openapi_schema(client, personas):
    client.force_login(personas.manager)
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {
        "/api/programmes/{slug}/evaluation/framework",
        "/api/programmes/{slug}/evaluation/assessments",
        "/api/programmes/{slug}/evaluation/survey",
        "/api/programmes/{slug}/evaluation/survey/results",
    } <= set(paths)
