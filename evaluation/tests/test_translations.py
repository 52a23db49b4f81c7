from pathlib import Path

import polib
import pytest
from django.utils import translation

from evaluation import frameworks, survey_questions
from evaluation.models import SurveyQuestion

from .conftest import all_levels

LOCALE = Path(__file__).resolve().parents[1] / "locale"


@pytest.mark.parametrize("language", ["nl", "es"])
def test_the_evaluation_catalogue_is_complete_and_compiled(language):
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    assert len(catalogue) > 150
    assert not catalogue.untranslated_entries() and not catalogue.fuzzy_entries()
    compiled = {entry.msgid for entry in polib.mofile(str(path.with_suffix(".mo")))}
    assert {entry.msgid for entry in catalogue} <= compiled


@pytest.mark.parametrize("language", ["nl", "es"])
def test_code_data_has_every_text_in_every_language(language):
    for slug in frameworks.slugs():
        translated, english = frameworks.competence(slug, language), frameworks.competence(slug, "en")
        assert translated["name"] != english["name"] and translated["levels"] != english["levels"]
    for key, *_rest in survey_questions.QUESTIONS:
        assert survey_questions.text(key, language) != survey_questions.text(key, "en")


def test_the_assessment_page_is_spanish_for_a_spanish_speaker(client, personas, framework):
    client.force_login(personas.mentee_acme)
    page = client.get("/p/regional/evaluation/assessment/start/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert (
        "Evaluación inicial" in page and "Pensamiento estratégico" in page and "Guardar mi evaluación" in page
    )
    levels = all_levels(framework)
    del levels["resilience"]
    page = client.post("/p/regional/evaluation/assessment/start/", levels, HTTP_ACCEPT_LANGUAGE="es")
    assert "Elige un nivel para: Resiliencia." in page.content.decode()


def test_section_names_are_translated():
    with translation.override("nl"):
        assert str(SurveyQuestion.Section.RESULTS_ORGANISATION.label) == "Resultaten voor de organisatie"
