"""The programme manager replaces the built-in framework by the programme's own from a CSV (a bad
file first) and adds a question to the evaluation survey."""

import pytest
from playwright.sync_api import expect

from core.testing.browser import log_in, shot

pytestmark = pytest.mark.browser

HEADER = "slug,name,description,level_1,level_2,level_3,level_4,level_5\n"
BAD = HEADER + "Negotiation,Negotiation,,Avoids it,Prepares,,Leads deals,Teaches it\n"
GOOD = (
    HEADER
    + "negotiation,Negotiation,Reaching agreements that last,Avoids it,Prepares,Finds win-wins,Leads deals,"
    + "Teaches it\n"
    + "storytelling,Storytelling,Moving people with stories,Reads,Tries,Tells well,Inspires,Shapes culture\n"
)


def test_a_manager_uploads_their_own_framework_and_adds_a_survey_question(page, personas, tmp_path):
    log_in(page, personas.manager, "/p/regional/evaluation/framework/")
    expect(page.get_by_role("heading", name="Strategic thinking")).to_be_visible()
    shot(page, "evaluation-manager-builtin-framework")

    page.get_by_role("link", name="Upload a CSV").click()
    bad, good = tmp_path / "bad.csv", tmp_path / "good.csv"
    bad.write_text(BAD)
    good.write_text(GOOD)
    page.get_by_label("CSV file").set_input_files(str(bad))
    page.get_by_role("button", name="Upload").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("2 problems found — nothing was changed")
    expect(alert).to_contain_text("row 2, column slug")
    expect(alert).to_contain_text("row 2, column level_3: the level description is empty")
    shot(page, "evaluation-manager-csv-problems")

    page.get_by_label("CSV file").set_input_files(str(good))
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".message.success")).to_contain_text("The framework now holds 2 competences")
    expect(page.get_by_role("heading", name="Storytelling")).to_be_visible()
    shot(page, "evaluation-manager-own-framework")

    page.get_by_role("link", name="Survey questions").click()
    page.get_by_role("textbox", name="Question").fill("Would you recommend the programme to a colleague?")
    page.get_by_label("Section").select_option("process")
    page.get_by_role("button", name="Add the question").click()
    expect(page.locator(".message.success")).to_contain_text("The question is added")
    expect(page.locator("table.questions").filter(has_text="Would you recommend")).to_contain_text("added")
    shot(page, "evaluation-manager-survey-questions")
