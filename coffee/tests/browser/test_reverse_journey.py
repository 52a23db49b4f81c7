"""A reverse-mentoring programme from enrolment to the first meeting, in a real browser.

The manager marks the digital competences; a senior enrols as a senior learner, their
coordinator approves them; "Find a mentor" ranks the junior first (the seniority preference is
inverted for those competences); the senior requests, the junior (the reverse mentor) accepts;
both write and sign the agreement; the junior schedules their first meeting.
"""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from core.factories import ProgrammeFactory, UserFactory, enrol, join
from core.testing.browser import log_in, shot
from programmes.models import Competence, Enrolment
from relationships.models import Meeting, Mentorship

pytestmark = pytest.mark.browser

COMPETENCE = "social-media-personal-branding"


def person(email, name, organisation, seniority, job_title):
    user = UserFactory(email=email, name=name, organisation=organisation)
    user.profile.seniority = seniority
    user.profile.job_title = job_title
    user.profile.save()
    return user


def switch(page, user, path):
    page.context.clear_cookies()
    log_in(page, user, path)


def test_a_reverse_mentoring_programme_from_enrolment_to_the_first_meeting(page, login, personas):
    programme = ProgrammeFactory(
        slug="digital-bridge",
        name="Digital Bridge",
        kind="reverse",
        matching_mode="self-service",
        open_for_applications=True,
        exclude_competitors=True,
    )
    join(programme, personas.acme, personas.initech)
    programme.managers.add(personas.manager)
    junior = person("jade@initech.example", "Jade de Wit", personas.initech, 2, "Junior developer")
    veteran = person("victor@initech.example", "Victor Peeters", personas.initech, 5, "Marketing director")
    enrol(junior, programme, "mentor", offers=(COMPETENCE,))
    enrol(veteran, programme, "mentor", offers=(COMPETENCE,))
    senior = person("sara@acme.example", "Sara Bakker", personas.acme, 5, "Chief operating officer")

    # The manager marks the competences in which the junior mentors the senior.
    login(personas.manager, "/p/digital-bridge/reverse/")
    expect(page.get_by_role("heading", name="Reverse mentor: the junior who teaches")).to_be_visible()
    expect(page.get_by_label("Social media & personal branding")).to_be_checked()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("Reverse-mentoring competences saved.")
    shot(page, "reverse-journey-competences")

    # The senior enrols as a mentee (a senior learner) with one digital need.
    switch(page, senior, "/p/digital-bridge/enrol/")
    page.get_by_label("Mentee", exact=True).check()
    branding = Competence.objects.get(slug=COMPETENCE)
    page.locator("#id_need_0_competence").select_option(str(branding.pk))
    page.locator("#id_need_0_function").select_option("skills-mentoring")
    page.locator("#id_need_0_context").fill("I want to speak for our company on LinkedIn with confidence.")
    shot(page, "reverse-journey-enrol")
    page.get_by_role("button", name="Send my enrolment").click()
    enrolment = Enrolment.objects.get(programme=programme, user=senior)
    assert enrolment.status == Enrolment.Status.APPLIED

    # Acme's coordinator approves them.
    switch(page, personas.coordinator_acme, "/p/digital-bridge/enrolments/")
    row = page.locator(f"#enrolment-{enrolment.public_id}")
    row.get_by_role("button", name="Approve").click()
    expect(row.locator(".badge")).to_have_text("Approved")

    # Find a mentor ranks the junior first: for this competence the junior is the better mentor.
    switch(page, senior, "/p/digital-bridge/recommendations/")
    first = page.locator("section.card ol > li").first
    expect(first).to_contain_text("Jade de Wit")
    expect(page.locator("section.card ol > li").nth(1)).to_contain_text("Victor Peeters")
    shot(page, "reverse-journey-find-a-mentor")
    first.get_by_role("link", name="Request this mentor").click()
    page.get_by_label("Your message to the mentor").fill(
        "You post every day and people listen. Could you show me how, one hour a month?"
    )
    page.get_by_role("button", name="Send the request").click()
    expect(page.locator(".messages")).to_contain_text("Your request is sent.")

    # The junior, the reverse mentor, accepts.
    switch(page, junior, "/p/digital-bridge/requests/")
    page.get_by_role("button", name="Accept").click()
    mentorship = Mentorship.objects.get(programme=programme)
    assert mentorship.mentor.user == junior and mentorship.mentee.user == senior

    # Both write their expectations, then both sign: the mentorship is active.
    agreement = f"/p/digital-bridge/mentorships/{mentorship.public_id}/agreement/"
    for user, expectations in [
        (junior, "One hour a month; I show, Sara tries, we look at the numbers."),
        (senior, "Honest feedback on my posts, even when it is uncomfortable."),
    ]:
        switch(page, user, agreement)
        page.get_by_label("My expectations, in my own words").fill(expectations)
        page.get_by_role("button", name="Save the agreement").click()
    for user in (senior, junior):
        switch(page, user, agreement)
        page.get_by_role("button", name="Sign the agreement").click()
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ACTIVE
    shot(page, "reverse-journey-agreement-signed")

    # The junior schedules their first meeting.
    page.goto(f"/p/digital-bridge/mentorships/{mentorship.public_id}/meetings/")
    day = date.today() + timedelta(days=7)
    page.get_by_label("Date").fill(day.isoformat())
    page.get_by_label("Time").fill("10:00")
    page.get_by_label("Video link").fill("https://meet.jit.si/digital-bridge-sara-jade")
    page.get_by_label("Agenda").fill("Your LinkedIn profile, and one first post together.")
    page.get_by_role("button", name="Schedule the meeting").click()
    expect(page.get_by_role("paragraph").filter(has_text="Your LinkedIn profile")).to_be_visible()
    shot(page, "reverse-journey-first-meeting")
    assert Meeting.objects.filter(mentorship=mentorship, status="scheduled").count() == 1
