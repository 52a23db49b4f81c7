"""The manager runs a virtual-coffee round; a participant opts in beforehand and sees their pairing."""

import pytest
from playwright.sync_api import expect

from coffee import services
from coffee.models import CoffeeRound, CoffeeSettings
from core.testing.browser import log_in, shot

pytestmark = pytest.mark.browser

OTHERS = ("mentor_acme", "mentor_globex", "mentee_globex", "mentor_initech", "mentee_initech")


def test_a_manager_runs_a_virtual_coffee_round_and_a_participant_sees_their_pairing(page, login, personas):
    CoffeeSettings.objects.create(programme=personas.regional, cadence="fortnightly")
    for name in OTHERS:
        services.coffee_opt(enrolment=personas.enrolments[name], active=True)
    personas.mentor_initech.profile.job_title = "Head of Software Delivery"
    personas.mentor_initech.profile.bio = "I build logistics software and love a good espresso."
    personas.mentor_initech.profile.save()

    # A participant opts in on their page.
    login(personas.mentee_acme, "/p/regional/coffee/")
    expect(page.get_by_role("heading", name="Virtual coffee")).to_be_visible()
    page.get_by_role("button", name="Opt in").click()
    expect(page.locator(".coffee-opt")).to_contain_text("You are in")
    shot(page, "coffee-participant-opted-in")

    # The manager runs a round now.
    page.context.clear_cookies()
    log_in(page, personas.manager, "/p/regional/coffee/manage/")
    expect(page.locator(".stat").first).to_contain_text("6")
    shot(page, "coffee-manager-before-round")
    page.get_by_role("button", name="Run a round now").click()
    expect(page.get_by_role("heading", name="Coffee round 1")).to_be_visible()
    expect(page.locator("table tbody tr")).to_have_count(3)
    shot(page, "coffee-manager-round")

    # The participant sees who they are paired with, their profile and a suggested time.
    pair = CoffeeRound.objects.get().pairs.get(people=personas.enrolments["mentee_acme"])
    partner = pair.people.exclude(pk=personas.enrolments["mentee_acme"].pk).select_related("user").get()
    page.context.clear_cookies()
    log_in(page, personas.mentee_acme, "/p/regional/coffee/")
    expect(page.locator(".coffee-pairing")).to_contain_text(partner.user.name)
    page.get_by_role("link", name="Round 1").click()
    expect(page.get_by_role("heading", name="Your coffee of round 1")).to_be_visible()
    expect(page.locator(".coffee-person")).to_contain_text(partner.user.name)
    expect(page.locator(".coffee-window")).to_contain_text("Suggested time")
    shot(page, "coffee-participant-pairing")

    # Opting out keeps them out of the next round.
    page.get_by_role("link", name="Virtual coffee").first.click()
    page.get_by_role("button", name="Opt out").click()
    expect(page.locator(".coffee-opt")).to_contain_text("You are out")
    second = services.coffee_round_run(programme=personas.regional)
    assert not second.pairs.filter(people=personas.enrolments["mentee_acme"]).exists()
