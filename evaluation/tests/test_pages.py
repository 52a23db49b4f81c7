from django.core.files.uploadedfile import SimpleUploadedFile

from evaluation import services
from evaluation.models import Assessment, SurveyResponse

from .conftest import all_levels

BASE = "/p/regional/evaluation"


def test_a_mentee_gives_the_start_assessment_in_the_page(client, personas, framework):
    client.force_login(personas.mentee_acme)
    page = client.get(f"{BASE}/assessment/start/")
    assert page.status_code == 200 and b"Strategic thinking" in page.content
    response = client.post(f"{BASE}/assessment/start/", all_levels(framework, 3))
    assert response.status_code == 302
    assert Assessment.objects.filter(enrolment=personas.enrolments["mentee_acme"], level=3).count() == 15


def test_a_missing_level_keeps_the_chosen_ones_and_names_the_missing(client, personas, framework):
    client.force_login(personas.mentee_acme)
    levels = all_levels(framework, 4)
    del levels["innovation"]
    response = client.post(f"{BASE}/assessment/start/", levels)
    assert response.status_code == 400
    assert "Choose a level for: Innovation" in response.content.decode()
    assert response.content.decode().count("checked required") == 14
    assert not Assessment.objects.exists()


def test_the_end_assessment_page_says_when_it_opens(client, personas, framework):
    client.force_login(personas.mentee_acme)
    response = client.get(f"{BASE}/assessment/end/")
    assert "it opens when your mentorship closes" in response.content.decode()


def test_the_growth_page_draws_the_chart_and_gives_the_numbers_as_a_table(
    client, personas, framework, closed_mentorship
):
    access_client = client
    access_client.force_login(personas.mentee_acme)
    access_client.post(f"{BASE}/assessment/start/", all_levels(framework, 2))
    access_client.post(f"{BASE}/assessment/end/", all_levels(framework, 4))
    page = access_client.get(f"{BASE}/growth/").content.decode()
    assert '<svg class="growth-chart"' in page and 'role="img"' in page
    assert page.count('class="bar-start"') == 15 and page.count('class="bar-end"') == 15
    assert "<td>+2</td>" in page and "<caption>Levels per competence</caption>" in page
    assert "<script" not in page.split("<main")[1]


def test_the_growth_page_is_in_dutch_for_a_dutch_speaker(client, personas, framework):
    client.force_login(personas.mentee_acme)
    client.post(f"{BASE}/assessment/start/", all_levels(framework, 2))
    page = client.get(f"{BASE}/growth/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Strategisch denken" in page


def test_a_manager_uploads_a_bad_csv_and_sees_row_and_column(client, personas, framework):
    client.force_login(personas.manager)
    content = b"slug,name,description,level_1,level_2,level_3,level_4,level_5\nok,OK,,a,b,c,,e\n"
    response = client.post(f"{BASE}/framework/upload/", {"file": SimpleUploadedFile("f.csv", content)})
    page = response.content.decode()
    assert "1 problem found — nothing was changed" in page
    assert "row 2, column <code>level_4</code>: the level description is empty" in page
    assert framework.competences.count() == 15


def test_a_manager_switches_to_an_own_framework_and_edits_a_competence(client, personas, framework):
    client.force_login(personas.manager)
    client.post(f"{BASE}/framework/", {"source": "custom"})
    response = client.post(
        f"{BASE}/framework/competences/communication/",
        {"name": "Clear communication", "description": "", **{f"level_{n}": f"L{n}" for n in range(1, 6)}},
    )
    assert response.status_code == 302
    page = client.get(f"{BASE}/framework/").content.decode()
    assert "Clear communication" in page and "L5" in page


def test_a_participant_sees_the_framework_without_the_edit_controls(client, personas, framework):
    client.force_login(personas.mentee_acme)
    page = client.get(f"{BASE}/framework/").content.decode()
    assert "Strategic thinking" in page and "Upload a CSV" not in page


def test_a_mentee_answers_the_survey_in_the_page_once(client, personas, closed_mentorship):
    survey = services.survey_get_or_create(programme=personas.regional)
    client.force_login(personas.mentee_acme)
    page = client.get(f"{BASE}/survey/").content.decode()
    assert "My mentor listened carefully" in page and "My mentee came" not in page
    data = {"role": "mentee"}
    for question in survey.questions.filter(audience__in=["both", "mentee"]):
        data[f"q-{question.public_id}"] = "4" if question.kind == "scale" else "Great"
    del data[f"q-{survey.questions.get(key='process-match').public_id}"]
    response = client.post(f"{BASE}/survey/", data)
    assert response.status_code == 400 and "Please answer: The match between" in response.content.decode()
    data[f"q-{survey.questions.get(key='process-match').public_id}"] = "5"
    assert client.post(f"{BASE}/survey/", data).status_code == 302
    assert SurveyResponse.objects.filter(enrolment=personas.enrolments["mentee_acme"]).count() == 1
    assert "You have answered the survey" in client.get(f"{BASE}/survey/").content.decode()


def test_a_manager_adds_a_question_with_a_clear_error_first(client, personas):
    client.force_login(personas.manager)
    response = client.post(
        f"{BASE}/questions/", {"text": "", "section": "process", "kind": "scale", "audience": "both"}
    )
    assert "This field is required" in response.content.decode()
    response = client.post(
        f"{BASE}/questions/",
        {"text": "Did the kick-off help?", "section": "process", "kind": "scale", "audience": "both"},
    )
    assert response.status_code == 302
    assert "Did the kick-off help?" in client.get(f"{BASE}/questions/").content.decode()


def test_a_level_that_is_not_a_plain_number_counts_as_missing_not_a_crash(client, personas, framework):
    client.force_login(personas.mentee_acme)
    levels = all_levels(framework, 4)
    levels["innovation"] = "²"
    response = client.post(f"{BASE}/assessment/start/", levels)
    assert response.status_code == 400
    assert "Choose a level for: Innovation" in response.content.decode()
