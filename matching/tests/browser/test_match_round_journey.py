"""A match round from end to end: run, review, lock, re-run, publish; one mentee accepts, another
declines and their need is back in the pool of the next round."""

import pytest
from playwright.sync_api import expect

from core.testing.browser import log_in, shot
from matching.models import MatchRound, PairExclusion, Proposal

pytestmark = pytest.mark.browser


def _row(page, person_name):
    return page.locator("#proposal-rows tr").filter(has_text=person_name)


def test_a_manager_runs_and_publishes_a_round_and_mentees_answer(page, login, personas):
    # The Initech mentor can take two mentees: each of the three mentees gets a proposal.
    mentor_initech = personas.enrolments["mentor_initech"]
    mentor_initech.capacity = 2
    mentor_initech.save(update_fields=["capacity"])

    # The manager runs a round from the matching page and reviews the draft.
    login(personas.manager, "/p/regional/matching/")
    expect(page.get_by_role("heading", name="Matching rounds")).to_be_visible()
    page.get_by_role("button", name="Run a matching round").click()
    expect(page.locator("#round-progress")).to_contain_text("Draft")
    expect(page.locator("#proposal-rows tr")).to_have_count(3)
    expect(_row(page, "Mentee Acme Logistics")).to_contain_text("Mentor Initech")
    expect(_row(page, "Mentee Acme Logistics").locator(".why li").first).to_be_visible()
    shot(page, "matching-draft-round")

    # They lock the pair of the Initech mentee, whichever mentor it got, and re-run.
    initech_row = _row(page, "Mentee Initech")
    initech_row.get_by_role("button", name="Lock").click()
    expect(_row(page, "Mentee Initech")).to_contain_text("locked")
    first = MatchRound.objects.get()
    locked = first.proposals.get(mentee=personas.enrolments["mentee_initech"])
    assert locked.locked
    shot(page, "matching-draft-pair-locked")
    page.get_by_role("button", name="Re-run, keeping locked pairs").click()
    expect(page.get_by_text("Re-running the round; locked pairs are kept.")).to_be_visible()
    expect(page.locator("#round-progress")).to_contain_text("Draft")
    second = MatchRound.objects.exclude(pk=first.pk).get()
    assert second.proposals.filter(need=locked.need, mentor=locked.mentor, locked=True).exists()
    expect(_row(page, "Mentee Initech")).to_contain_text("locked")
    expect(_row(page, "Mentee Initech")).to_contain_text(locked.mentor.user.name)
    first.refresh_from_db()
    assert first.status == MatchRound.Status.SUPERSEDED
    shot(page, "matching-rerun-keeps-the-lock")

    # Publishing asks for confirmation, then the round is out.
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published. Mentees and mentors are told and asked to accept.")).to_be_visible()
    expect(page.locator("#round-progress")).to_contain_text("Published")
    expect(page.get_by_role("button", name="Lock")).to_have_count(0)
    shot(page, "matching-round-published")

    # The Acme mentee accepts their proposal.
    page.context.clear_cookies()
    log_in(page, personas.mentee_acme, "/p/regional/proposals/")
    card = page.locator("section.card").filter(has_text="Mentor Initech")
    expect(card).to_contain_text("Waiting for answers")
    card.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("Thank you, your answer is recorded.")).to_be_visible()
    expect(page.locator("section.card").filter(has_text="Mentor Initech")).to_contain_text(
        "You have answered; waiting for the other side."
    )
    accepted = Proposal.objects.get(round=second, mentee=personas.enrolments["mentee_acme"])
    assert accepted.mentee_response == Proposal.Response.ACCEPTED
    shot(page, "matching-mentee-accepted")

    # The Globex mentee declines theirs, with a reason.
    page.context.clear_cookies()
    log_in(page, personas.mentee_globex, "/p/regional/proposals/")
    card = page.locator("section.card").filter(has_text="Mentor Initech")
    card.get_by_placeholder("Reason (optional)").fill("Our schedules do not overlap")
    card.get_by_text("Decline", exact=True).click()  # asks first
    expect(card).to_contain_text("Decline this proposal? The pair will not be proposed again.")
    card.get_by_role("button", name="Yes, decline").click()
    expect(page.get_by_text("Thank you, your answer is recorded.")).to_be_visible()
    expect(page.locator("section.card").filter(has_text="Mentor Initech")).to_contain_text("Declined")
    declined = Proposal.objects.get(round=second, mentee=personas.enrolments["mentee_globex"])
    assert declined.status == Proposal.Status.DECLINED
    assert PairExclusion.objects.filter(mentee=declined.mentee, mentor=declined.mentor).exists()
    shot(page, "matching-mentee-declined")

    # The next round has the declined need back in its pool: the only open need, unmatched now
    # because the one mentor allowed for it was declined.
    page.context.clear_cookies()
    log_in(page, personas.manager, "/p/regional/matching/")
    page.get_by_role("button", name="Run a matching round").click()
    expect(page.locator("#round-progress")).to_contain_text("Draft")
    expect(page.locator("#round-progress .stat").nth(1)).to_contain_text("1")
    unmatched = page.locator("table").last.locator("tbody tr")
    expect(unmatched).to_have_count(1)
    expect(unmatched).to_contain_text("Mentee Globex Freight")
    expect(unmatched).to_contain_text("the rules exclude every candidate")
    third = MatchRound.objects.exclude(pk__in=[first.pk, second.pk]).get()
    assert [item["need"] for item in third.unmatched] == [declined.need_id]
    shot(page, "matching-declined-need-back-in-the-pool")
