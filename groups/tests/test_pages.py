"""Group pages through the test client."""

from datetime import timedelta

from django.utils import timezone

from core.access import programme_access_for
from core.factories import UserFactory, enrol
from groups import services
from groups.models import CircleOptIn, Group, Membership, Post, Task

from .conftest import scope_of


def test_the_list_shows_open_and_closed_groups_but_not_private_ones_to_a_participant(
    client, personas, groups
):
    client.force_login(personas.mentee_globex)

    html = client.get("/p/regional/groups/").content.decode()

    assert "Open logistics lab" in html and "Closed leadership table" in html
    assert "Private founders&#x27; board" not in html and "Private founders' board" not in html


def test_a_closed_group_shows_its_name_but_hides_its_content_until_approval(client, personas, groups):
    Post.objects.create(group=groups.closed, author=personas.mentee_acme, body="Our confidential numbers")
    client.force_login(personas.mentee_globex)

    html = client.get(f"/p/regional/groups/{groups.closed.public_id}/").content.decode()

    assert "Closed leadership table" in html and "Ask to join" in html
    assert "confidential numbers" not in html and "Mentee Acme Logistics" not in html


def test_a_coordinator_of_another_organisation_reads_the_facilitator_only_as_their_organisation(
    client, personas, groups
):
    url = f"/p/regional/groups/{groups.open.public_id}/"

    client.force_login(personas.coordinator_acme)
    html = client.get(url).content.decode()
    assert "Mentor Initech" not in html
    assert "Facilitated by Someone from Initech." in html

    for reader in (personas.coordinator_initech, personas.manager, personas.mentee_globex):
        client.force_login(reader)
        assert "Facilitated by Mentor Initech." in client.get(url).content.decode()


def test_a_manager_facilitating_a_group_is_named_to_every_coordinator(client, personas, groups):
    Membership.objects.filter(group=groups.open, user=personas.mentor_initech).update(user=personas.manager)
    client.force_login(personas.coordinator_acme)

    html = client.get(f"/p/regional/groups/{groups.open.public_id}/").content.decode()

    assert "Facilitated by Mia Manager." in html


def test_a_member_reads_posts_and_tasks(client, personas, groups):
    Post.objects.create(group=groups.closed, author=personas.mentee_acme, body="Our confidential numbers")
    Task.objects.create(group=groups.closed, title="Compare warehouse costs", assignee=personas.mentee_acme)
    client.force_login(personas.mentor_initech)

    html = client.get(f"/p/regional/groups/{groups.closed.public_id}/").content.decode()

    assert "Our confidential numbers" in html and "Compare warehouse costs" in html


def test_a_member_posts_and_assigns_a_task_through_the_page(client, personas, groups):
    client.force_login(personas.mentor_initech)
    url = f"/p/regional/groups/{groups.open.public_id}/"

    client.post(url + "posts/", {"body": "Welcome, everyone", "kind": "post"})
    response = client.post(
        url + "tasks/",
        {
            "title": "Read the export guide",
            "assignee": str(personas.mentee_acme.public_id),
            "due_on": "2030-01-31",
        },
        follow=True,
    )

    assert "Task added." in response.content.decode()
    task = Task.objects.get(group=groups.open)
    assert (task.assignee, str(task.due_on)) == (personas.mentee_acme, "2030-01-31")
    assert Post.objects.get(group=groups.open).body == "Welcome, everyone"


def test_assigning_a_task_to_a_non_member_says_so(client, personas, groups):
    client.force_login(personas.mentor_initech)

    response = client.post(
        f"/p/regional/groups/{groups.open.public_id}/tasks/",
        {"title": "X", "assignee": str(personas.mentee_globex.public_id)},
        follow=True,
    )

    assert "Assignee: Select a valid choice." in response.content.decode()
    assert not Task.objects.exists()


def test_a_mentor_opens_a_group_and_facilitates_it(client, personas):
    client.force_login(personas.mentor_acme)

    response = client.post(
        "/p/regional/groups/new/",
        {
            "name": "Warehouse automation",
            "kind": "mentoring",
            "visibility": "closed",
            "capacity": 4,
            "cadence": "monthly",
        },
    )

    group = Group.objects.get(name="Warehouse automation")
    assert response["Location"] == f"/p/regional/groups/{group.public_id}/"
    assert group.memberships.get().role == Membership.Role.FACILITATOR


def test_group_mentoring_without_a_capacity_is_refused_with_the_reason(client, personas):
    client.force_login(personas.mentor_acme)

    response = client.post(
        "/p/regional/groups/new/", {"name": "No cap", "kind": "mentoring", "visibility": "open"}
    )

    assert "Group mentoring needs a capacity" in response.content.decode()


def test_the_meeting_download_is_an_ics_file(client, personas, groups):
    meeting = services.meeting_schedule(
        scope=scope_of(personas.mentor_initech, groups.open),
        title="Kick-off",
        starts_at=timezone.now() + timedelta(days=1),
    )
    client.force_login(personas.mentee_acme)

    response = client.get(
        f"/p/regional/groups/{groups.open.public_id}/meetings/{meeting.public_id}/invite.ics"
    )

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "BEGIN:VEVENT" in response.content.decode()


def test_the_formation_review_names_the_problems_of_a_circle(client, personas):
    for i in range(8):
        user = UserFactory(
            email=f"p{i}@example.com", name=f"Peer {i}", organisation=[personas.acme, personas.globex][i % 2]
        )
        CircleOptIn.objects.create(enrolment=enrol(user, personas.regional, "mentee"))
    formation = services.formation_create(
        access=programme_access_for(personas.manager, "regional"), actor=personas.manager
    )
    client.force_login(personas.manager)

    html = client.get(f"/p/regional/circles/{formation.public_id}/").content.decode()

    # Two organisations, eight people: colleagues must meet, and the review says so.
    assert "Two or more people from Acme Logistics." in html
    assert "Publish the circles" in html


def test_the_team_page_ranks_mentors_for_each_need(client, personas):
    from core.factories import ProgrammeFactory, join

    startups = ProgrammeFactory(slug="startups", name="Start-up Cohort", kind="incubator")
    join(startups, personas.acme, personas.globex)
    startups.managers.add(personas.manager)
    founder = enrol(personas.mentee_globex, startups, "mentee", needs=("international-commercialisation",))
    enrol(personas.mentor_acme, startups, "mentor", offers=("international-commercialisation",))
    team = services.team_create(
        access=programme_access_for(personas.manager, "startups"), name="Freightly", founders=[founder]
    )
    client.force_login(personas.manager)

    html = client.get(f"/p/startups/incubator/teams/{team.public_id}/").content.decode()

    assert "Mentor Acme Logistics" in html and "Assign" in html


def test_every_participant_of_an_incubator_posts_in_the_cohort_space(client, personas):
    from core.factories import ProgrammeFactory, join

    startups = ProgrammeFactory(slug="startups", name="Start-up Cohort", kind="incubator")
    join(startups, personas.acme, personas.globex)
    startups.managers.add(personas.manager)
    enrol(personas.mentee_globex, startups, "mentee")
    enrol(personas.mentor_acme, startups, "mentor")
    client.force_login(personas.manager)
    space_url = client.post("/p/startups/incubator/cohort-space/")["Location"]

    client.force_login(personas.mentee_globex)
    client.post(space_url + "posts/", {"body": "Demo day rehearsal on Friday, who joins?"})
    html = client.get(space_url).content.decode()

    assert "Demo day rehearsal on Friday" in html
    assert "Mentor Acme Logistics" in html  # every participant is listed as a member
    assert Post.objects.get().author == personas.mentee_globex


def test_the_list_shows_an_invitation_to_a_private_group(client, personas, groups):
    services.group_invite(
        scope=scope_of(personas.mentor_initech, groups.private), user=personas.mentee_globex
    )
    client.force_login(personas.mentee_globex)

    html = client.get("/p/regional/groups/").content.decode()

    assert "Private founders&#x27; board" in html and "You are invited" in html
