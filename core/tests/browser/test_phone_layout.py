"""On a phone (390 x 844) no page scrolls sideways, whoever reads it: tables and tab bars scroll
inside themselves, long unbroken text wraps. Screenshots of each page go to test-artifacts/."""

import pytest
from playwright.sync_api import expect

from core.testing.browser import log_in, shot
from relationships.factories import MentorshipFactory
from relationships.models import Agreement

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LONG_WORD = "x" * 5000

PARTICIPANT = [
    "/",
    "/p/regional/",
    "/p/regional/mentorships/",
    "/p/regional/requests/",
    "/p/regional/recommendations/",
    "/p/regional/proposals/",
    "/p/regional/groups/",
    "/p/regional/coffee/",
    "/p/regional/guides/",
    "/p/regional/learning/",
    "/p/regional/evaluation/",
    "/p/regional/enrol/",
    "/accounts/profile/",
    "/notifications/",
]
COORDINATOR = [
    "/p/regional/",
    "/p/regional/enrolments/",
    "/p/regional/organisations/",
    "/p/regional/invite/",
    "/p/regional/import/",
    "/p/regional/reports/",
    "/o/acme/",
]
MANAGER = [
    "/p/regional/",
    "/p/regional/mentorships/",
    "/p/regional/proposals/",
    "/p/regional/groups/",
    "/p/regional/coffee/",
    "/p/regional/guides/",
    "/p/regional/learning/",
    "/p/regional/evaluation/",
    "/p/regional/enrolments/",
    "/p/regional/organisations/",
    "/p/regional/invite/",
    "/p/regional/import/",
    "/p/regional/matching/",
    "/p/regional/two-way/",
    "/p/regional/reverse/",
    "/p/regional/reports/",
    "/p/regional/settings/",
]


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB", viewport=PHONE)
    context.set_default_timeout(60_000)  # a page of every role, on a busy machine too
    yield context.new_page()
    context.close()


@pytest.fixture
def mentorship(personas):
    """Initech's mentor and Acme's mentee work together; the mentee's expectations in their agreement
    hold one 5000-letter word."""
    found = MentorshipFactory(
        mentor=personas.enrolments["mentor_initech"], mentee=personas.enrolments["mentee_acme"]
    )
    Agreement.objects.update_or_create(mentorship=found, defaults={"mentee_expectations": LONG_WORD})
    return found


def page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def assert_fits(page, path: str, name: str, shown_as: str = "") -> None:
    response = page.goto(path)
    assert response.status == 200, path
    width = page_width(page)
    shot(page, f"phone-{name}-{shown_as or path.strip('/').replace('/', '-') or 'home'}")
    assert width <= PHONE["width"], f"{path} is {width} px wide on a {PHONE['width']} px phone"


def test_no_page_of_a_participant_scrolls_sideways_on_a_phone(phone, personas, mentorship):
    log_in(phone, personas.mentee_acme)
    for path in PARTICIPANT:
        assert_fits(phone, path, "participant")
    assert_fits(phone, f"/p/regional/mentorships/{mentorship.public_id}/", "participant", "mentorship")

    agreement = f"/p/regional/mentorships/{mentorship.public_id}/agreement/"
    assert_fits(phone, agreement, "participant", "agreement")
    expect(phone.get_by_text(LONG_WORD[:50], exact=False).first).to_be_visible()


def test_no_page_of_a_coordinator_scrolls_sideways_on_a_phone(phone, personas):
    log_in(phone, personas.coordinator_acme)
    for path in COORDINATOR:
        assert_fits(phone, path, "coordinator")


def test_no_page_of_the_manager_scrolls_sideways_on_a_phone(phone, personas):
    log_in(phone, personas.manager)
    for path in MANAGER:
        assert_fits(phone, path, "manager")

    # The 19 tabs scroll inside their bars, which keep the current tab in view.
    phone.goto("/p/regional/settings/")
    current = phone.locator('.tabs a[aria-current="page"]')
    expect(current).to_have_text("Settings")
    expect(current).to_be_in_viewport()
