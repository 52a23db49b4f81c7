import pytest
from django.utils import translation

from core.access import programme_access_for
from core.errors import ServiceError
from evaluation import selectors, services
from evaluation.models import SurveyAnswer, SurveyQuestion, SurveyResponse


def _access(personas, who: str):
    return programme_access_for(getattr(personas, who), "regional")


def _answers(survey, role: str, value: int = 4, text: str = "") -> dict:
    answers = {}
    for question in selectors.survey_questions_for(survey=survey, role=role):
        answers[str(question.public_id)] = value if question.kind == "scale" else text
    return answers


@pytest.fixture
def survey(personas):
    return services.survey_get_or_create(programme=personas.regional)


def test_the_survey_holds_every_builtin_question_once(personas, survey):
    services.survey_get_or_create(programme=personas.regional)
    assert survey.questions.count() == 26
    mentee_questions = selectors.survey_questions_for(survey=survey, role="mentee")
    assert {q.section for q in mentee_questions} >= {"mentor", "results-mentee", "results-organisation"}
    assert "mentee" not in {q.section for q in mentee_questions}  # mentees are not asked about themselves


def test_builtin_questions_are_shown_in_the_active_language(survey):
    question = survey.questions.get(key="relationship-trust")
    with translation.override("nl"):
        assert question.label.startswith("We bouwden een vertrouwensrelatie")


def test_the_survey_is_closed_until_the_mentorship_closes(personas, survey, mentorship):
    access = _access(personas, "mentee_acme")
    assert selectors.survey_state(access=access, survey=survey) == {"mentee": "closed"}
    with pytest.raises(ServiceError, match="not open for you yet"):
        services.survey_submit(access=access, role="mentee", answers=_answers(survey, "mentee"))


def test_a_mentee_answers_once_after_closing(personas, survey, closed_mentorship):
    access = _access(personas, "mentee_acme")
    assert selectors.survey_state(access=access, survey=survey) == {"mentee": "open"}
    response = services.survey_submit(
        access=access, role="mentee", answers=_answers(survey, "mentee", text="Real outside perspective")
    )
    assert response.answers.filter(value=4).count() == 18
    assert response.answers.filter(text="Real outside perspective").count() == 2
    assert selectors.survey_state(access=access, survey=survey) == {"mentee": "answered"}
    with pytest.raises(ServiceError, match="already answered"):
        services.survey_submit(access=access, role="mentee", answers=_answers(survey, "mentee"))


def test_the_mentor_answers_in_the_mentor_role(personas, survey, closed_mentorship):
    access = _access(personas, "mentor_globex")
    assert selectors.survey_state(access=access, survey=survey) == {"mentor": "open"}
    with pytest.raises(ServiceError):
        services.survey_submit(access=access, role="mentee", answers={})
    response = services.survey_submit(access=access, role="mentor", answers=_answers(survey, "mentor"))
    assert response.role == "mentor" and response.enrolment == personas.enrolments["mentor_globex"]


def test_an_unanswered_statement_is_named_and_nothing_is_saved(personas, survey, closed_mentorship):
    answers = _answers(survey, "mentee")
    trust = survey.questions.get(key="relationship-trust")
    answers[str(trust.public_id)] = ""
    with pytest.raises(ServiceError, match="Please answer: We built a relationship of trust"):
        services.survey_submit(access=_access(personas, "mentee_acme"), role="mentee", answers=answers)
    assert not SurveyResponse.objects.exists() and not SurveyAnswer.objects.exists()


def test_a_value_outside_the_scale_is_refused(personas, survey, closed_mentorship):
    answers = _answers(survey, "mentee")
    trust = survey.questions.get(key="relationship-trust")
    answers[str(trust.public_id)] = "7"
    with pytest.raises(ServiceError, match="must be a number from 1 to 5"):
        services.survey_submit(access=_access(personas, "mentee_acme"), role="mentee", answers=answers)


def test_a_question_not_asked_of_the_role_is_refused(personas, survey, closed_mentorship):
    answers = _answers(survey, "mentee")
    answers[str(survey.questions.get(key="mentee-prepared").public_id)] = 3
    with pytest.raises(ServiceError, match="not asked of you"):
        services.survey_submit(access=_access(personas, "mentee_acme"), role="mentee", answers=answers)


def test_a_manager_adds_a_question_that_is_then_asked(personas, survey, closed_mentorship):
    question = services.survey_question_add(
        survey=survey, text="¿Recomendarías el programa?", section="process", kind="scale", audience="both"
    )
    assert question.label == "¿Recomendarías el programa?" and not question.is_builtin
    assert question in selectors.survey_questions_for(survey=survey, role="mentee")
    services.survey_question_set_active(question=question, active=False)
    assert question not in selectors.survey_questions_for(survey=survey, role="mentee")


def test_builtin_questions_can_be_stopped_but_not_changed_or_removed(survey):
    question = survey.questions.get(key="process-match")
    with pytest.raises(ServiceError, match="cannot be changed"):
        services.survey_question_update(
            question=question, text="x", section="process", kind="scale", audience="both"
        )
    with pytest.raises(ServiceError, match="cannot be removed"):
        services.survey_question_remove(question=question)


def test_a_question_with_answers_cannot_be_removed_or_change_kind(personas, survey, closed_mentorship):
    added = services.survey_question_add(
        survey=survey,
        text="Would you mentor again?",
        section="results-mentor",
        kind="scale",
        audience="mentee",
    )
    services.survey_submit(
        access=_access(personas, "mentee_acme"), role="mentee", answers=_answers(survey, "mentee")
    )
    with pytest.raises(ServiceError, match="stop asking it instead"):
        services.survey_question_remove(question=added)
    with pytest.raises(ServiceError, match="kind of answer cannot change"):
        services.survey_question_update(
            question=added, text="Would you?", section="process", kind="text", audience="mentee"
        )


@pytest.mark.parametrize(
    ("text", "section", "kind", "audience", "message"),
    [
        ("  ", "process", "scale", "both", "Write the question"),
        ("Q", "nowhere", "scale", "both", "Choose one of the sections"),
        ("Q", "process", "stars", "both", "scale or free text"),
        ("Q", "process", "scale", "everyone", "Choose who is asked"),
    ],
)
def test_a_bad_question_is_refused_with_what_is_wrong(survey, text, section, kind, audience, message):
    with pytest.raises(ServiceError, match=message):
        services.survey_question_add(survey=survey, text=text, section=section, kind=kind, audience=audience)


def test_the_scale_summary_hides_averages_under_five_answers(personas, survey, closed_mentorship):
    services.survey_submit(
        access=_access(personas, "mentee_acme"), role="mentee", answers=_answers(survey, "mentee")
    )
    trust = next(
        row
        for row in selectors.survey_scale_summary(survey=survey)
        if row["question"].key == "relationship-trust"
    )
    assert trust["n"] == 1 and trust["average"] is None


def test_free_text_is_for_the_manager_only(personas, survey):
    from django.http import Http404

    assert selectors.survey_free_text(access=_access(personas, "manager"), survey=survey)
    with pytest.raises(Http404):
        selectors.survey_free_text(access=_access(personas, "coordinator_acme"), survey=survey)


def test_the_sections_follow_the_survey_order(survey):
    sections = selectors.survey_questions_by_section(list(survey.questions.all()))
    assert [label for label, _questions in sections][0] == SurveyQuestion.Section.MENTOR.label


def test_open_answers_show_once_five_people_gave_one(personas, survey):
    question = survey.questions.filter(kind=SurveyQuestion.Kind.TEXT).first()
    manager = _access(personas, "manager")
    people = [e for key, e in personas.enrolments.items() if key.startswith(("mentee_", "mentor_"))]
    assert len(people) >= 5
    for count, enrolment in enumerate(people[:5], start=1):
        response = SurveyResponse.objects.create(survey=survey, enrolment=enrolment, role="mentee")
        SurveyAnswer.objects.create(
            response=response, question=question, role="mentee", text=f"remark {count}"
        )
        shown = dict(selectors.survey_free_text(access=manager, survey=survey))[question]
        assert (shown is not None) == (count >= 5)
    assert len(shown) == 5


def _respond(survey, enrolments, value: int = 4):
    question = survey.questions.get(key="relationship-trust")
    for enrolment in enrolments:
        response = SurveyResponse.objects.create(survey=survey, enrolment=enrolment, role="mentee")
        SurveyAnswer.objects.create(response=response, question=question, role="mentee", value=value)


def test_the_answers_page_reads_fewer_than_5_for_a_count_of_fewer_than_five_people(client, personas, survey):
    _respond(survey, [personas.enrolments[key] for key in ("mentee_acme", "mentee_globex", "mentee_initech")])
    client.force_login(personas.manager)

    page = client.get("/p/regional/evaluation/survey/answers/").content.decode()

    assert "3 responses" not in page
    assert "Responses so far: fewer than 5." in page
    trust = next(row for row in page.split("<tr>") if "We built a relationship of trust" in row)
    assert "fewer than 5" in trust and "<td>3</td>" not in trust


def test_the_answers_page_counts_five_people_or_more(client, personas, survey):
    _respond(survey, [e for key, e in personas.enrolments.items() if key.startswith(("mentee_", "mentor_"))])
    client.force_login(personas.manager)

    page = client.get("/p/regional/evaluation/survey/answers/").content.decode()

    assert "6 responses so far." in page
    trust = next(row for row in page.split("<tr>") if "We built a relationship of trust" in row)
    assert "<td>6</td>" in trust and "<td>4.0</td>" in trust
