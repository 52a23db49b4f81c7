import pytest
from django.utils import translation

from core.errors import ServiceError
from evaluation import frameworks, services, survey_questions
from evaluation.models import Assessment, Framework

from .conftest import all_levels


def test_the_builtin_framework_has_fifteen_competences_fully_described_in_three_languages():
    assert len(frameworks.COMPETENCES) == 15
    for slug, languages in frameworks.COMPETENCES.items():
        assert set(languages) == {"en", "nl", "es"}, slug
        for language, entry in languages.items():
            assert entry["name"].strip() and entry["description"].strip(), (slug, language)
            assert len(entry["levels"]) == 5 and all(text.strip() for text in entry["levels"]), (
                slug,
                language,
            )
        names = {entry["name"] for entry in languages.values()}
        assert len(names) == 3, f"{slug} is not translated"


def test_every_builtin_survey_question_is_written_in_three_languages():
    assert 20 <= len(survey_questions.QUESTIONS) <= 30
    sections = {question[1] for question in survey_questions.QUESTIONS}
    assert sections == {
        "mentor",
        "mentee",
        "relationship",
        "process",
        "results-mentee",
        "results-mentor",
        "results-organisation",
    }
    for key, _section, _kind, _audience, texts in survey_questions.QUESTIONS:
        assert set(texts) == {"en", "nl", "es"} and len(set(texts.values())) == 3, key


def test_a_new_programme_gets_the_builtin_framework_shown_in_the_active_language(framework):
    assert framework.source == Framework.Source.BUILTIN
    competence = framework.competences.get(slug="strategic-thinking")
    with translation.override("nl"):
        assert competence.label == "Strategisch denken"
    with translation.override("es"):
        assert competence.label == "Pensamiento estratégico"
        assert competence.level_texts[4].startswith("Define el rumbo")
    assert framework.competences.count() == 15


def test_getting_the_framework_twice_creates_it_once(personas, framework):
    again = services.framework_get_or_create(programme=personas.regional)
    assert again.pk == framework.pk and again.competences.count() == 15


def test_switching_to_an_own_framework_starts_from_the_builtin_texts_in_the_managers_language(framework):
    with translation.override("es"):
        services.framework_update(framework=framework, source="custom", mentor_assessment=True)
    competence = framework.competences.get(slug="communication")
    assert competence.name == "Comunicación"
    with translation.override("en"):
        assert competence.label == "Comunicación"  # the manager's own text now, in whatever language
    assert framework.mentor_assessment


def test_a_framework_with_assessments_cannot_be_replaced(personas, framework):
    Assessment.objects.create(
        programme=personas.regional,
        enrolment=personas.enrolments["mentee_acme"],
        competence=framework.competences.first(),
        phase="start",
        level=2,
    )
    with pytest.raises(ServiceError, match="cannot be replaced"):
        services.framework_update(framework=framework, source="custom", mentor_assessment=False)
    framework.refresh_from_db()
    assert framework.is_builtin


def test_the_builtin_framework_cannot_be_edited(framework):
    with pytest.raises(ServiceError, match="built-in framework cannot be edited"):
        services.framework_competence_save(
            framework=framework, slug="negotiation", name="Negotiation", description="", levels=["a"] * 5
        )


def test_a_manager_adds_edits_and_removes_a_competence_of_their_own_framework(framework):
    services.framework_update(framework=framework, source="custom", mentor_assessment=False)
    added = services.framework_competence_save(
        framework=framework,
        slug="negotiation",
        name="Negotiation",
        description="Reaching agreements",
        levels=["one", "two", "three", "four", "five"],
    )
    assert added.order == 16 and added.level_texts[2] == "three"
    with pytest.raises(ServiceError, match="already a competence"):
        services.framework_competence_save(
            framework=framework, slug="negotiation", name="Again", description="", levels=["x"] * 5
        )
    with pytest.raises(ServiceError, match="five levels"):
        services.framework_competence_save(
            framework=framework, slug="other", name="Other", description="", levels=["x", "", "x", "x", "x"]
        )
    services.framework_competence_remove(competence=added)
    assert not framework.competences.filter(slug="negotiation").exists()


def test_an_assessed_competence_cannot_be_removed(personas, framework):
    services.framework_update(framework=framework, source="custom", mentor_assessment=False)
    competence = framework.competences.first()
    Assessment.objects.create(
        programme=personas.regional,
        enrolment=personas.enrolments["mentee_acme"],
        competence=competence,
        phase="start",
        level=2,
    )
    with pytest.raises(ServiceError, match="assessed already"):
        services.framework_competence_remove(competence=competence)


def test_all_levels_helper_covers_every_competence(framework):
    assert len(all_levels(framework)) == 15
