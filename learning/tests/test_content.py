"""The built-in guides and modules are complete and consistent in every language."""

import pytest

from learning import content
from learning.urls import programme_urlpatterns

LANGUAGES = sorted(content.TEXT)


def test_the_content_is_written_in_english_dutch_and_spanish():
    assert LANGUAGES == ["en", "es", "nl"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", content.GUIDE_ROLES)
def test_every_guide_has_every_section_with_text(language, role):
    guide = content.guide_text(role, language)
    assert guide["title"] and guide["intro"]
    assert set(guide["sections"]) == set(content.GUIDE_SECTIONS)
    for section in guide["sections"].values():
        assert section["title"]
        assert section["paragraphs"] and all(p.strip() for p in section["paragraphs"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_module_has_its_questions_with_the_same_choices_in_every_language(language):
    assert set(content.TEXT[language]["modules"]) == set(content.MODULES_BY_SLUG)
    for spec in content.MODULES:
        module = content.module_text(spec.slug, language)
        assert module["title"] and module["summary"] and module["minutes"] > 0
        assert module["sections"] and all(s["title"] for s in module["sections"])
        assert len(module["questions"]) == len(spec.answers), spec.slug
        for question in module["questions"]:
            assert question["text"] and question["explanation"]
            assert len(question["choices"]) == spec.choices, (spec.slug, question["text"])
            assert all(choice.strip() for choice in question["choices"])


@pytest.mark.parametrize("language", ["nl", "es"])
def test_translations_are_not_copies_of_the_english(language):
    for spec in content.MODULES:
        english, other = content.module_text(spec.slug, "en"), content.module_text(spec.slug, language)
        assert english["summary"] != other["summary"]
        for mine, theirs in zip(english["questions"], other["questions"], strict=True):
            assert mine["explanation"] != theirs["explanation"]
    for role in content.GUIDE_ROLES:
        assert content.guide_text(role, "en")["intro"] != content.guide_text(role, language)["intro"]


def test_every_right_answer_points_at_an_existing_choice():
    for spec in content.MODULES:
        assert all(0 <= answer < spec.choices for answer in spec.answers), spec.slug


def test_each_role_has_modules_and_a_default_requirement():
    assert any(spec.for_mentors and spec.required_for_mentors for spec in content.MODULES)
    assert any(spec.for_mentees and spec.required_for_mentees for spec in content.MODULES)


def test_no_module_slug_hides_a_fixed_learning_page():
    fixed = {str(p.pattern).split("/")[1] for p in programme_urlpatterns if "<" not in str(p.pattern)}
    assert {"people", "required"} <= fixed
    assert not fixed & set(content.MODULES_BY_SLUG)


def test_the_current_language_picks_the_text_and_unknown_languages_fall_back_to_english():
    from django.utils import translation

    with translation.override("nl"):
        assert content.module_text("smart-goals")["title"] == "SMART-doelen stellen"
    with translation.override("de"):
        assert content.module_text("smart-goals")["title"] == "Setting SMART goals"
