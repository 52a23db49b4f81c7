"""A mentee prepares: reads the mentee guide, then completes a module of the e-learning in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from core.testing.browser import shot
from learning import content, selectors, services
from learning.models import ModuleCompletion

pytestmark = pytest.mark.browser


def choose(page, number: int, text: str) -> None:
    page.locator("fieldset").nth(number).get_by_role("radio", name=text, exact=True).check()


def test_a_mentee_reads_the_guide_and_completes_a_module_to_open_the_gate(page, login, personas):
    programme = personas.regional
    services.module_requirements_set(
        programme=programme,
        required_for_mentors=set(),
        required_for_mentees={"smart-goals"},
        gate="before-matching",
    )
    mentee = personas.enrolments["mentee_globex"]
    module = content.module_text("smart-goals", "en")
    right = content.MODULES_BY_SLUG["smart-goals"].answers

    login(personas.mentee_globex, "/p/regional/guides/")
    expect(page.get_by_role("heading", name="Mentee guide")).to_be_visible()
    expect(page.get_by_role("heading", name="3. Getting the most out of each conversation")).to_be_visible()
    expect(page.get_by_role("heading", name="Mentor guide")).to_have_count(0)
    shot(page, "learning-mentee-guide")

    page.get_by_role("link", name="Go to the e-learning").click()
    gate = page.locator(".learning-gate")
    expect(gate).to_contain_text("before you can be matched with anyone or send a request to a mentor")
    expect(gate.get_by_role("link", name="Setting SMART goals")).to_be_visible()
    shot(page, "learning-still-required")

    # A first attempt with one wrong answer: the explanations are shown and a retry is offered.
    gate.get_by_role("link", name="Setting SMART goals").click()
    expect(page.get_by_role("heading", name="Setting SMART goals", level=2)).to_be_visible()
    for number, question in enumerate(module["questions"]):
        wrong = (right[number] + 1) % 4 if number == 0 else right[number]
        choose(page, number, question["choices"][wrong])
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_role("heading", name="Not quite yet")).to_be_visible()
    expect(page.locator("#result")).to_contain_text("You answered 2 of 3 questions right.")
    expect(page.locator("#result .explanation").first).to_contain_text(module["questions"][0]["explanation"])
    assert not selectors.required_modules_done(enrolment=mentee, step="match")

    # The retry passes, and the gate opens.
    page.locator("#result").get_by_role("link", name="Try again").click()
    for number, question in enumerate(module["questions"]):
        choose(page, number, question["choices"][right[number]])
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_role("heading", name="Well done: every answer is right.")).to_be_visible()
    shot(page, "learning-module-passed")

    page.get_by_role("link", name="Back to my modules").click()
    expect(page.get_by_text("You have completed every required module. Well done!")).to_be_visible()
    expect(page.locator(".learning-gate")).to_have_count(0)
    shot(page, "learning-modules-done")
    completion = ModuleCompletion.objects.get(enrolment=mentee, module="smart-goals")
    assert (completion.attempts, completion.passed) == (2, True)
    assert selectors.required_modules_done(enrolment=mentee, step="match")


def test_a_manager_chooses_the_required_modules_and_follows_completion(page, login, personas):
    services.module_answer(
        enrolment=personas.enrolments["mentee_globex"],
        module="smart-goals",
        answers=list(content.MODULES_BY_SLUG["smart-goals"].answers),
    )

    login(personas.manager, "/p/regional/learning/")
    expect(page.get_by_role("heading", name="The programme's modules")).to_be_visible()
    page.get_by_role("link", name="Choose required modules").click()
    page.get_by_label("When the required modules must be completed").select_option("before-accepting")
    page.locator("#id_mentees").get_by_label("From insight to practice").check()
    page.locator("#id_mentors").get_by_label("Holding a productive mentoring conversation").uncheck()
    shot(page, "learning-required-modules")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The required modules are saved.")).to_be_visible()
    expect(page.locator(".learning-nav + h2 + p")).to_contain_text("before they can accept a mentorship")

    page.get_by_role("link", name="See completion").click()
    expect(page.get_by_role("heading", name="Completion by module")).to_be_visible()
    row = page.get_by_role("row", name=re.compile("Mentee Globex Freight"))
    expect(row).to_contain_text("Setting SMART goals")
    shot(page, "learning-completion")
    modules = {m.slug: m for m in selectors.programme_modules(programme=personas.regional)}
    assert modules["from-insight-to-practice"].required_for_mentees
    assert not modules["mentoring-conversation"].required_for_mentors
