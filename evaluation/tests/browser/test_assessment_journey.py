"""A mentee gives the start assessment, later (after closing) the end assessment, sees growth and
answers the evaluation survey."""

import pytest
from playwright.sync_api import expect

from core.testing.browser import shot
from evaluation import services
from evaluation.models import Assessment, SurveyResponse
from relationships.factories import MentorshipFactory

pytestmark = pytest.mark.browser

START = {"strategic-thinking": 2, "communication": 3, "digital-fluency": 1}
END = {"strategic-thinking": 4, "communication": 4, "digital-fluency": 3}


def _assess(page, framework, chosen: dict, default: int, skip: str = "") -> None:
    for competence in framework.competences.exclude(slug=skip):
        level = chosen.get(competence.slug, default)
        page.locator(f"#c-{competence.slug} input[value='{level}']").check()


def test_a_mentee_assesses_themselves_at_the_start_and_the_end_and_sees_their_growth(page, login, personas):
    framework = services.framework_get_or_create(programme=personas.regional)
    mentorship = MentorshipFactory(
        mentor=personas.enrolments["mentor_globex"], mentee=personas.enrolments["mentee_acme"]
    )

    # At the start: the evaluation page invites the start assessment; the end is not open yet.
    login(personas.mentee_acme, "/p/regional/evaluation/")
    expect(page.get_by_role("heading", name="Evaluation", exact=True)).to_be_visible()
    expect(page.locator("main")).to_contain_text("opens when your mentorship closes")
    shot(page, "evaluation-mentee-home-at-start")
    page.get_by_role("link", name="Assess myself now").click()
    expect(page.get_by_role("heading", name="Start assessment")).to_be_visible()

    # Forgetting one competence is a clear error that keeps what was chosen.
    _assess(page, framework, START, 3, skip="resilience")
    # (The browser's own check would stop the form first; switch it off to see the server's answer.)
    page.locator("form.assessment").evaluate("form => { form.noValidate = true; }")
    page.get_by_role("button", name="Save my assessment").click()
    expect(page.get_by_role("alert")).to_contain_text("Choose a level for: Resilience")
    shot(page, "evaluation-start-assessment-error")
    page.locator("#c-resilience input[value='3']").check()
    page.get_by_role("button", name="Save my assessment").click()
    expect(page.locator(".message.success")).to_contain_text("Your assessment is saved")
    assert (
        Assessment.objects.filter(enrolment=personas.enrolments["mentee_acme"], phase="start").count() == 15
    )

    # Months later the mentorship closes: the end assessment opens.
    mentorship.status, mentorship.close_reason = "closed", "cohort-ended"
    mentorship.save()
    page.goto("/p/regional/evaluation/")
    page.get_by_role("link", name="Assess myself again").click()
    expect(page.get_by_role("heading", name="End assessment")).to_be_visible()
    _assess(page, framework, END, 4)
    shot(page, "evaluation-end-assessment")
    page.get_by_role("button", name="Save my assessment").click()

    # The growth page: a chart and the same numbers as a table.
    expect(page.get_by_role("heading", name="My growth")).to_be_visible()
    expect(page.locator("svg.growth-chart rect.bar-end")).to_have_count(15)
    row = page.get_by_role("row", name="Digital fluency")
    expect(row).to_contain_text("1")
    expect(row.locator("td").nth(2)).to_have_text("+2")
    expect(page.get_by_role("img", name="Start and end level per competence")).to_be_visible()
    shot(page, "evaluation-growth")

    # And the evaluation survey, answered once.
    page.get_by_role("link", name="Evaluation survey").click()
    for fieldset in page.locator("fieldset.scale").all():
        fieldset.locator("input[value='4']").check()
    page.locator("textarea").first.fill("An outside view on my planning problems.")
    shot(page, "evaluation-survey")
    page.get_by_role("button", name="Send my answers").click()
    expect(page.locator(".message.success")).to_contain_text("Thank you for your answers")
    assert SurveyResponse.objects.filter(enrolment=personas.enrolments["mentee_acme"], role="mentee").exists()
