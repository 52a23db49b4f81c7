"""The manager marks the reverse-mentoring competences and confirms a two-way pair in a real browser."""

import pytest
from playwright.sync_api import expect

from core.factories import ProgrammeFactory, UserFactory, enrol, join
from core.testing.browser import shot
from relationships.models import Mentorship

pytestmark = pytest.mark.browser


def test_a_manager_marks_reverse_competences_and_confirms_a_two_way_pair(page, login, personas):
    programme = ProgrammeFactory(slug="swap", name="Skill Swap", kind="two-way", exclude_competitors=True)
    join(programme, personas.acme, personas.initech)
    programme.managers.add(personas.manager)
    ana = UserFactory(email="ana@acme.example", name="Ana Jansen", organisation=personas.acme)
    ben = UserFactory(email="ben@initech.example", name="Ben Claes", organisation=personas.initech)
    enrol(ana, programme, "both", offers=("data-literacy",), needs=("leading-teams",))
    enrol(ben, programme, "both", offers=("leading-teams",), needs=("data-literacy",))

    login(personas.manager, "/p/swap/reverse/")
    expect(page.get_by_role("heading", name="Reverse mentor: the junior who teaches")).to_be_visible()
    expect(page.get_by_label("Data literacy")).to_be_checked()  # the digital ones are suggested
    page.get_by_label("Working with AI tools").uncheck()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("Reverse-mentoring competences saved.")
    shot(page, "reverse-mentoring-competences")
    programme.refresh_from_db()
    assert (
        "data-literacy" in programme.reverse_competences and "ai-tools" not in programme.reverse_competences
    )

    page.goto("/p/swap/two-way/")
    row = page.locator("tr.two-way-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Ana Jansen")
    expect(row).to_contain_text("Ben Claes")
    expect(row).to_contain_text("Offers this competence")
    shot(page, "two-way-proposals")
    page.get_by_role("button", name="Create the selected two-way mentorships").click()
    expect(page.locator(".messages")).to_contain_text("1 two-way mentorships created")
    shot(page, "two-way-confirmed")

    mentorship = Mentorship.objects.get(programme=programme)
    assert mentorship.mutual and mentorship.need and mentorship.reverse_need
