"""E-learning through the JSON API: the same content, rules and access as the pages."""

from learning import content
from learning.models import ModuleCompletion

RIGHT = {spec.slug: list(spec.answers) for spec in content.MODULES}
API = "/api/programmes/regional/learning"


def test_a_mentee_lists_their_modules_only(client, personas):
    client.force_login(personas.mentee_globex)

    modules = client.get(f"{API}/modules").json()

    assert [m["slug"] for m in modules] == [
        "cross-company-mentoring",
        "mentoring-conversation",
        "smart-goals",
        "from-insight-to-practice",
    ]
    assert modules[2]["required_for_mentees"] is True


def test_a_module_gives_its_questions_but_never_the_right_answers(client, personas):
    client.force_login(personas.mentee_globex)

    module = client.get(f"{API}/modules/smart-goals").json()

    assert module["title"] == "Setting SMART goals" and module["sections"]
    assert len(module["questions"]) == 3
    assert sorted(c["id"] for c in module["questions"][0]["choices"]) == [0, 1, 2, 3]
    assert "answer" not in str(module["questions"]) and "explanation" not in str(module["questions"])


def test_the_module_comes_in_the_callers_language(client, personas):
    client.force_login(personas.mentee_globex)

    module = client.get(f"{API}/modules/smart-goals", HTTP_ACCEPT_LANGUAGE="es").json()

    assert module["title"] == "Fijar objetivos SMART"


def test_answers_are_marked_with_the_explanations_and_recorded(client, personas):
    client.force_login(personas.mentee_globex)
    answers = list(RIGHT["smart-goals"])
    answers[2] = 0

    result = client.post(
        f"{API}/modules/smart-goals/answers", {"answers": answers}, content_type="application/json"
    )

    body = result.json()
    assert result.status_code == 200
    assert (body["score"], body["total"], body["passed"], body["module_passed"]) == (2, 3, False, False)
    assert [q["correct"] for q in body["questions"]] == [True, True, False]
    assert body["questions"][2]["answer"] == RIGHT["smart-goals"][2]
    assert body["questions"][2]["explanation"].startswith("Goals serve the mentee's development")

    again = client.post(
        f"{API}/modules/smart-goals/answers",
        {"answers": RIGHT["smart-goals"]},
        content_type="application/json",
    ).json()
    assert (again["passed"], again["module_passed"], again["attempts"]) == (True, True, 2)


def test_an_incomplete_answer_sheet_is_a_clear_400(client, personas):
    client.force_login(personas.mentee_globex)

    result = client.post(
        f"{API}/modules/smart-goals/answers", {"answers": [1]}, content_type="application/json"
    )

    assert result.status_code == 400
    assert result.json() == {
        "detail": "Answer all 3 questions; 1 answers were given.",
        "code": "answers_count",
    }
    assert not ModuleCompletion.objects.exists()


def test_my_progress_says_what_is_still_required_and_whether_the_gate_lets_me_through(client, personas):
    personas.regional.learning_gate = "before-matching"
    personas.regional.save()
    client.force_login(personas.mentee_globex)
    client.post(
        f"{API}/modules/smart-goals/answers",
        {"answers": RIGHT["smart-goals"]},
        content_type="application/json",
    )

    progress = client.get(f"{API}/progress").json()

    assert progress["learning_gate"] == "before-matching"
    assert (progress["may_be_matched"], progress["may_accept"]) == (False, False)
    assert progress["still_required"] == ["cross-company-mentoring", "mentoring-conversation"]
    smart = next(m for m in progress["modules"] if m["module"] == "smart-goals")
    assert (smart["passed"], smart["best_score"], smart["attempts"]) == (True, 3, 1)


def test_a_coordinator_gets_their_people_and_no_count_under_five_even_of_their_own(client, personas):
    client.force_login(personas.coordinator_globex)

    completion = client.get(f"{API}/completion").json()

    assert {p["organisation"] for p in completion["people"]} == {"globex"}
    rows = {r["organisation"]: r for r in completion["organisations"]}
    assert rows["globex"]["people"] is None and rows["globex"]["complete"] is None  # two people
    assert rows["acme"]["people"] is None and rows["acme"]["complete"] is None


def test_the_manager_sets_the_required_modules_through_the_api(client, personas):
    client.force_login(personas.manager)

    result = client.put(
        f"{API}/requirements",
        {"mentors": ["guiding-as-a-mentor"], "mentees": [], "learning_gate": "before-accepting"},
        content_type="application/json",
    )

    assert result.status_code == 200
    required = {m["slug"]: (m["required_for_mentors"], m["required_for_mentees"]) for m in result.json()}
    assert required["guiding-as-a-mentor"] == (True, False) and required["smart-goals"] == (False, False)
    bad = client.put(
        f"{API}/requirements", {"mentors": ["nope"], "mentees": []}, content_type="application/json"
    )
    assert bad.status_code == 400 and bad.json()["detail"] == "Unknown module(s): nope."


def test_a_token_works_like_the_session(client, personas):
    from accounts.services import api_token_create

    token = api_token_create(user=personas.mentee_globex, name="script")

    result = client.get(f"{API}/progress", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert result.status_code == 200


def test_answers_can_be_sent_with_a_token_and_no_csrf(personas):
    from django.test import Client

    from accounts.services import api_token_create

    token = api_token_create(user=personas.mentor_acme, name="script")
    client = Client(enforce_csrf_checks=True)

    result = client.post(
        f"{API}/modules/guiding-as-a-mentor/answers",
        {"answers": RIGHT["guiding-as-a-mentor"]},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )

    assert result.status_code == 200 and result.json()["passed"] is True
    assert ModuleCompletion.objects.get(enrolment=personas.enrolments["mentor_acme"]).passed
