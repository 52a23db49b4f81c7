"""Mentor and mentee at work, in a real browser: a meeting with its .ics, a goal, notes."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from core.testing.browser import shot
from relationships.factories import MentorshipFactory
from relationships.models import Goal, Meeting, PrivateNote

from ..helpers import past_meeting

pytestmark = pytest.mark.browser


@pytest.fixture
def mentorship(personas):
    return MentorshipFactory(
        mentor=personas.enrolments["mentor_initech"], mentee=personas.enrolments["mentee_acme"]
    )


def test_members_schedule_a_meeting_and_download_its_invitation(page, login, personas, mentorship, tmp_path):
    base = f"/p/regional/mentorships/{mentorship.public_id}/"
    day = timezone.localdate() + timedelta(days=9)

    login(personas.mentee_acme, base + "meetings/")
    expect(page.get_by_role("heading", name="Meetings", exact=True)).to_be_visible()
    page.get_by_label("Date").fill(day.isoformat())
    page.get_by_label("Time").fill("14:30")
    page.get_by_label("Duration (minutes)").fill("45")
    page.get_by_label("Mode").select_option("in-person")
    page.get_by_label("Agenda").fill("Rehearse the opening of my conference talk.")
    page.get_by_role("button", name="Schedule the meeting").click()
    # A missing place is named, and nothing is scheduled.
    expect(page.locator(".errorlist")).to_contain_text("Say where you meet in person.")
    assert not Meeting.objects.exists()
    page.get_by_label("Place").fill("Initech office, Ghent")
    page.get_by_role("button", name="Schedule the meeting").click()

    expect(page.get_by_role("heading", name=f"Meeting with {personas.mentor_initech.name}")).to_be_visible()
    expect(page.locator("#meeting-when")).to_contain_text("14:30 (Europe/Amsterdam)")
    shot(page, "work-meeting-scheduled")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download for your calendar (.ics)").click()
    path = tmp_path / "meeting.ics"
    download_info.value.save_as(path)
    calendar = Calendar.from_ical(path.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == f"{day.isoformat()} 14:30"
    assert str(event["LOCATION"]) == "Initech office, Ghent"

    # The mentor sees the same meeting in their own list.
    page.context.clear_cookies()
    login(personas.mentor_initech, base + "meetings/")
    expect(page.locator("tbody tr").first).to_contain_text("14:30")
    shot(page, "work-meetings-list")


def test_members_set_a_goal_and_update_its_progress(page, login, personas, mentorship):
    base = f"/p/regional/mentorships/{mentorship.public_id}/"

    login(personas.mentee_acme, base + "goals/")
    page.get_by_label(re.compile(r"^Goal\b")).fill("Speak at the regional logistics conference")
    page.get_by_label("Specific: what exactly").fill("A 20-minute talk about our warehouse robots.")
    page.get_by_label("Measurable: how we will know").fill("Talk given; three questions from the audience.")
    page.get_by_label("Achievable: why it is within reach").fill("I present inside the company every month.")
    page.get_by_label("Relevant: why it matters").fill("Visibility outside the company is my next step.")
    page.get_by_label("Time-bound: by when").fill((timezone.localdate() + timedelta(days=80)).isoformat())
    page.get_by_role("button", name="Set the goal").click()

    expect(page.get_by_role("heading", name="Speak at the regional logistics conference")).to_be_visible()
    page.get_by_label("Progress (%)").fill("40")
    page.get_by_role("button", name="Save progress").click()
    expect(page.locator("#goal-progress")).to_have_text("40%")
    page.get_by_label("Comment").fill("Booked a rehearsal with my team for next week.")
    page.get_by_role("button", name="Add the comment").click()
    expect(page.locator(".comment")).to_contain_text("Booked a rehearsal")
    shot(page, "work-goal")

    page.context.clear_cookies()
    login(personas.mentor_initech, base + "goals/")
    expect(page.locator(".goal")).to_contain_text("40%")
    shot(page, "work-goals-list")
    assert Goal.objects.get().progress == 40


def test_members_write_shared_notes_and_private_notes_only_they_see(page, login, personas, mentorship):
    held = past_meeting(mentorship)
    url = f"/p/regional/mentorships/{mentorship.public_id}/meetings/{held.public_id}/"

    login(personas.mentee_acme, url)
    page.get_by_label("Shared notes").fill("Agreed: draft the slides by Friday; mentor reviews them.")
    page.get_by_role("button", name="Save the shared notes").click()
    expect(page.get_by_role("status").filter(has_text="The shared notes are saved.")).to_be_visible()
    page.get_by_label("My private notes").fill("I still doubt my manager will give me the time.")
    page.get_by_role("button", name="Save my private notes").click()
    expect(page.get_by_label("My private notes")).to_have_value(
        "I still doubt my manager will give me the time."
    )
    shot(page, "work-meeting-notes-mentee")

    page.context.clear_cookies()
    login(personas.mentor_initech, url)
    expect(page.get_by_label("Shared notes")).to_have_value(
        "Agreed: draft the slides by Friday; mentor reviews them."
    )
    expect(page.get_by_label("My private notes")).to_have_value("")
    expect(page.get_by_text("doubt my manager")).to_have_count(0)
    page.get_by_label("My private notes").fill("Ask about the time budget next meeting.")
    page.get_by_role("button", name="Save my private notes").click()
    expect(page.get_by_label("My private notes")).to_have_value("Ask about the time budget next meeting.")
    shot(page, "work-meeting-notes-mentor")
    assert PrivateNote.objects.count() == 2
