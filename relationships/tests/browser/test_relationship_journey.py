"""A mentee requests a mentor from the recommendations; they agree, talk, check in and close."""

import pytest
from playwright.sync_api import expect

from core.testing.browser import log_in, shot
from relationships.models import Mentorship

pytestmark = pytest.mark.browser


def switch(page, user, path):
    page.context.clear_cookies()
    log_in(page, user, path)


def test_from_request_to_closing_feedback(page, login, personas):
    personas.regional.matching_mode = "both"
    personas.regional.save()
    mentee, mentor = personas.mentee_initech, personas.mentor_acme

    # The mentee finds a mentor and asks them.
    login(mentee, "/p/regional/recommendations/")
    card = page.locator("li", has=page.get_by_role("link", name=mentor.name))
    card.get_by_role("link", name="Request this mentor").click()
    expect(page.get_by_role("heading", name=f"Ask {mentor.name} to be your mentor")).to_be_visible()
    page.get_by_label("Your message to the mentor").fill(
        "I will present our new hub to the regional council; could you help me prepare?"
    )
    shot(page, "relationships-request-form")
    page.get_by_role("button", name="Send the request").click()
    expect(page.locator(".message.success")).to_contain_text("Your request is sent")
    expect(page.locator(".badge.status-open")).to_be_visible()
    shot(page, "relationships-request-sent")

    # The mentor accepts and writes their expectations.
    switch(page, mentor, "/p/regional/requests/")
    expect(page.locator(".request-message")).to_contain_text("regional council")
    shot(page, "relationships-request-received")
    page.get_by_role("button", name="Accept").click()
    expect(page.get_by_role("heading", name="Our agreement")).to_be_visible()
    page.get_by_label("How often we meet").select_option("fortnightly")
    page.get_by_label("My expectations, in my own words").fill("Come with one real situation each time.")
    page.get_by_role("button", name="Save the agreement").click()
    expect(page.locator(".message.success")).to_contain_text("The agreement is saved")
    mentorship = Mentorship.objects.get()
    base = f"/p/regional/mentorships/{mentorship.public_id}/"

    # The mentee writes theirs and signs; the mentor signs: the mentorship is active.
    switch(page, mentee, f"{base}agreement/")
    page.get_by_label("My expectations, in my own words").fill("An honest outside view on my talks.")
    page.get_by_role("button", name="Save the agreement").click()
    page.get_by_role("button", name="Sign the agreement").click()
    expect(page.locator(".message.success")).to_contain_text("The other side is asked to sign too")
    switch(page, mentor, f"{base}agreement/")
    shot(page, "relationships-agreement")
    page.get_by_role("button", name="Sign the agreement").click()
    expect(page.locator(".message.success")).to_contain_text("your mentorship is active")
    expect(page.locator("#agreement-summary")).to_contain_text("Signed by both of you")
    shot(page, "relationships-mentorship-active")

    # They exchange messages (the thread updates in place).
    switch(page, mentee, f"{base}messages/")
    page.get_by_label("Message").fill("Thank you! Shall we meet on Tuesday?")
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".bubble.mine")).to_contain_text("Shall we meet on Tuesday?")
    expect(page.get_by_label("Message")).to_have_value("")
    shot(page, "relationships-messages")

    # The mentee checks in.
    page.get_by_role("link", name="Check-ins").click()
    page.locator("input[name='satisfaction'][value='4']").check()
    page.get_by_label("What progress have you made?").fill("I rehearsed the opening twice.")
    shot(page, "relationships-check-in")
    page.get_by_role("button", name="Send my check-in").click()
    expect(page.locator(".message.success")).to_contain_text("Thank you for your check-in")
    expect(page.locator("#check-in-summary")).to_contain_text("You have checked in for this period")

    # The mentee closes the mentorship and both give feedback.
    page.get_by_role("link", name="Close").click()
    page.get_by_label("Goals reached").check()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Close the mentorship").click()
    expect(page.get_by_role("heading", name="Closing feedback")).to_be_visible()
    page.locator("input[name='rating'][value='5']").check()
    page.get_by_label("The goals were reached").check()
    page.get_by_label("What went well, what could be better?").fill("A fresh view from outside my company.")
    page.get_by_role("button", name="Send my feedback").click()
    expect(page.locator("#closing")).to_contain_text("You have given your closing feedback")
    shot(page, "relationships-closed")
    switch(page, mentor, f"{base}feedback/")
    page.locator("input[name='rating'][value='4']").check()
    page.get_by_role("button", name="Send my feedback").click()
    expect(page.locator("#closing")).to_contain_text("You have given your closing feedback")

    # The closed mentorship is read-only: no message form any more.
    page.goto(f"{base}messages/")
    expect(page.locator(".bubble")).to_contain_text("Shall we meet on Tuesday?")
    expect(page.get_by_role("button", name="Send")).to_have_count(0)

    # The mentee's coordinator sees the mentorship's health, not its content.
    switch(page, personas.coordinator_initech, "/p/regional/mentorships/")
    expect(page.locator(f"#overseen-{mentorship.public_id}")).to_contain_text("Closed")
    expect(page.locator("body")).not_to_contain_text("Shall we meet on Tuesday?")
    shot(page, "relationships-coordinator-health")
    assert mentorship.closing_feedback.count() == 2
