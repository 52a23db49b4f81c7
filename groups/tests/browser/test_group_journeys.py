"""Journeys through groups in a real browser: join, ask and be approved, post and assign a task."""

import pytest
from playwright.sync_api import expect

from core.testing.browser import shot
from groups.models import CircleOptIn, Membership, Task

pytestmark = pytest.mark.browser


def switch_to(page, login, user, path):
    page.context.clear_cookies()
    login(user, path)


def test_a_participant_joins_an_open_group(page, login, personas, groups):
    login(personas.mentee_globex, "/p/regional/groups/")
    expect(page.get_by_role("heading", name="Groups", exact=True)).to_be_visible()
    expect(page.get_by_text("Private founders' board")).to_have_count(0)
    shot(page, "groups-list")

    page.get_by_role("link", name="Open logistics lab").click()
    page.get_by_role("button", name="Join the group").click()

    expect(page.locator(".message.success")).to_have_text("Welcome to the group.")
    expect(page.get_by_role("heading", name="Posts and updates")).to_be_visible()
    expect(page.locator("#members")).to_contain_text("Mentee Globex Freight")
    shot(page, "groups-joined-open-group")
    assert Membership.objects.get(group=groups.open, user=personas.mentee_globex).status == "active"


def test_a_participant_asks_to_join_a_closed_group_and_the_facilitator_approves(
    page, login, personas, groups
):
    closed = f"/p/regional/groups/{groups.closed.public_id}/"
    login(personas.mentee_globex, closed)
    expect(page.get_by_text("This group is closed")).to_be_visible()
    page.get_by_role("button", name="Ask to join").click()
    expect(page.locator(".message.success")).to_have_text("Your request is sent; a facilitator will answer.")
    expect(page.get_by_text("Waiting for a facilitator's approval")).to_be_visible()
    shot(page, "groups-closed-request-sent")

    switch_to(page, login, personas.mentor_initech, closed)
    requests = page.locator("#requests")
    expect(requests).to_contain_text("Mentee Globex Freight")
    shot(page, "groups-facilitator-sees-request")
    requests.get_by_role("button", name="Approve").click()
    expect(page.locator(".message.success")).to_have_text("Mentee Globex Freight joins the group.")

    switch_to(page, login, personas.mentee_globex, closed)
    expect(page.get_by_role("heading", name="Posts and updates")).to_be_visible()
    shot(page, "groups-closed-approved")


def test_a_facilitator_posts_an_update_and_assigns_a_task(page, login, personas, groups):
    login(personas.mentor_initech, f"/p/regional/groups/{groups.open.public_id}/")

    page.get_by_label("Message").fill("Welcome! This month we map our cross-dock processes.")
    page.get_by_label("Kind").select_option("update")
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page.locator(".message.success")).to_have_text("Posted.")
    expect(page.locator(".post").first).to_contain_text("cross-dock processes")

    tasks = page.locator("#tasks")
    tasks.get_by_label("Task").fill("Sketch the inbound flow at Acme")
    tasks.get_by_label("Assignee").select_option(label="Mentee Acme Logistics")
    tasks.get_by_label("Due date").fill("2030-03-31")
    page.get_by_role("button", name="Add the task").click()
    expect(page.locator(".message.success")).to_have_text("Task added.")
    expect(page.locator("#tasks")).to_contain_text("Sketch the inbound flow at Acme")
    expect(page.locator("#tasks")).to_contain_text("Mentee Acme Logistics")
    shot(page, "groups-post-and-task")

    task = Task.objects.get(group=groups.open)
    assert (task.assignee, str(task.due_on)) == (personas.mentee_acme, "2030-03-31")


def test_the_manager_forms_circles_and_publishes_them(page, login, personas):
    from core.factories import UserFactory, enrol

    organisations = [personas.acme, personas.globex, personas.initech]
    for i in range(9):
        user = UserFactory(email=f"peer{i}@example.com", name=f"Peer {i}", organisation=organisations[i % 3])
        CircleOptIn.objects.create(enrolment=enrol(user, personas.regional, "mentee"))

    login(personas.manager, "/p/regional/circles/")
    expect(page.get_by_text("9 participants opted in.")).to_be_visible()
    page.get_by_role("button", name="Form a draft").click()
    expect(page.get_by_role("heading", name="Circles Draft")).to_be_visible()
    expect(page.locator(".circle-card")).to_have_count(2)
    shot(page, "circles-draft-review")
    page.get_by_role("button", name="Publish the circles").click()
    expect(page.locator(".message.success")).to_contain_text("Circles published")


def test_the_incubator_manager_adds_a_team_and_assigns_an_investor_mentor(page, login, personas):
    from core.factories import ProgrammeFactory, enrol, join
    from groups.models import TeamMentor

    startups = ProgrammeFactory(slug="startups", name="Start-up Cohort", kind="incubator")
    join(startups, personas.acme, personas.globex, personas.initech)
    startups.managers.add(personas.manager)
    enrol(personas.mentee_globex, startups, "mentee", needs=("fundraising-investor-relations",))
    enrol(personas.mentor_acme, startups, "mentor", offers=("fundraising-investor-relations",))
    enrol(
        personas.mentor_initech, startups, "mentor", offers=("fundraising-investor-relations", "networking")
    )

    login(personas.manager, "/p/startups/incubator/")
    page.get_by_label("Start-up name").fill("Freightly")
    page.get_by_label("Mentee Globex Freight (Globex Freight)").check()
    page.get_by_role("button", name="Add the team").click()
    expect(page.locator(".message.success")).to_contain_text("Team added.")
    need = page.locator("#need-fundraising-investor-relations")
    expect(need.locator("tbody tr")).to_have_count(2)
    shot(page, "incubator-team-ranking")

    need.locator("tbody tr").first.get_by_role("button", name="Assign").click()
    expect(page.locator(".message.success")).to_contain_text("mentors the team for")
    assert TeamMentor.objects.filter(team__name="Freightly").count() == 1
