"""The groups API does what the pages do, with the same rules and clear errors."""

from core.factories import UserFactory, enrol
from groups.models import CircleOptIn, Membership, Task


def test_a_member_creates_a_task_for_another_member_through_the_api(client, personas, groups):
    client.force_login(personas.mentor_initech)

    response = client.post(
        f"/api/programmes/regional/groups/{groups.open.public_id}/tasks",
        data={
            "title": "Benchmark pallet costs",
            "assignee": str(personas.mentee_acme.public_id),
            "due_on": "2030-02-01",
        },
        content_type="application/json",
    )

    assert response.status_code == 201
    assert response.json()["assignee"]["name"] == "Mentee Acme Logistics"
    assert Task.objects.get().assignee == personas.mentee_acme


def test_the_api_names_what_is_wrong_with_an_assignee(client, personas, groups):
    client.force_login(personas.mentor_initech)

    response = client.post(
        f"/api/programmes/regional/groups/{groups.open.public_id}/tasks",
        data={"title": "X", "assignee": str(personas.mentee_globex.public_id)},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json()["detail"] == "A task can only be assigned to a member of the group."


def test_asking_to_join_then_approval_through_the_api(client, personas, groups):
    client.force_login(personas.mentee_globex)
    asked = client.post(f"/api/programmes/regional/groups/{groups.closed.public_id}/join").json()
    assert asked["status"] == "requested"
    assert client.get(f"/api/programmes/regional/groups/{groups.closed.public_id}/posts").status_code == 404

    client.force_login(personas.mentor_initech)
    approved = client.post(
        f"/api/programmes/regional/groups/{groups.closed.public_id}/requests/{asked['id']}/approve"
    )

    assert approved.json()["status"] == "active"
    client.force_login(personas.mentee_globex)
    assert client.get(f"/api/programmes/regional/groups/{groups.closed.public_id}/posts").status_code == 200


def test_the_list_tells_each_caller_their_place_in_each_group(client, personas, groups):
    client.force_login(personas.mentee_acme)

    listed = {
        g["name"]: (g["member"], g["membership"])
        for g in client.get("/api/programmes/regional/groups").json()
    }

    assert listed == {
        "Open logistics lab": (True, "active"),
        "Closed leadership table": (True, "active"),
        "Private founders' board": (True, "active"),
    }


def test_the_manager_forms_moves_and_publishes_circles_through_the_api(client, personas):
    organisations = [personas.acme, personas.globex, personas.initech]
    for i in range(8):
        user = UserFactory(email=f"peer{i}@example.com", organisation=organisations[i % 3])
        CircleOptIn.objects.create(enrolment=enrol(user, personas.regional, "mentee"))
    client.force_login(personas.manager)

    formation = client.post(
        "/api/programmes/regional/circle-formations", data={}, content_type="application/json"
    )
    body = formation.json()
    assert formation.status_code == 201 and [len(c["members"]) for c in body["circles"]] == [8]

    published = client.post(f"/api/programmes/regional/circle-formations/{body['id']}/publish").json()
    assert published["status"] == "published"
    assert (
        Membership.objects.filter(group__formation__public_id=body["id"], group__status="active").count() == 8
    )
