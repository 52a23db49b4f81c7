"""One table proves the groups' access policy: every route with an id, for every role and method.

Roles: the programme's manager, the coordinators of acme (whose mentee is a member) and globex, the
groups' facilitator (initech mentor), a member (acme mentee), two participants in no group (acme
mentor, globex mentee), an applicant still waiting for approval, and an outsider. A role missing
from a row gets 404, exactly as for a group that does not exist.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from core.factories import UserFactory, enrol
from groups.models import CircleFormation, CircleGoal, Group, GroupMeeting, Membership, Post, Task, TeamMentor
from groups.services import cohort_space_ensure, formation_create, team_create

ROLES = [
    "manager",
    "coordinator_acme",
    "coordinator_globex",
    "facilitator",
    "member",
    "mentor_acme",
    "mentee_globex",
    "applicant_acme",
    "outsider",
]
ALIASES = {"facilitator": "mentor_initech", "member": "mentee_acme"}
INSIDE = {"facilitator": 302, "member": 302}
PARTICIPANTS = {"facilitator": 200, "member": 200, "mentor_acme": 200, "mentee_globex": 200}
IN_PROGRAMME = {"manager": 200, "coordinator_acme": 200, "coordinator_globex": 200, **PARTICIPANTS}


def ph(kind: str, visibility: str) -> str:
    """The placeholder of one object of the group of this visibility, e.g. {task_open}."""
    return "{" + f"{kind}_{visibility}" + "}"


def _knows(visibility: str, status: int) -> dict:
    """Who learns that a group exists: everyone in the programme, or only its members if private."""
    roles = IN_PROGRAMME if visibility != "private" else {"facilitator": 200, "member": 200}
    return dict.fromkeys(roles, status)


def _group_rows(visibility: str) -> list:
    g = f"/p/regional/groups/{{{visibility}}}/"
    return [
        ("get", g, _knows(visibility, 200)),
        ("post", g + "join/", _knows(visibility, 302)),
        ("post", g + "leave/", _knows(visibility, 302)),
        ("post", g + "invitation/", _knows(visibility, 302)),
        ("post", g + "invite/", {"facilitator": 302}),
        ("post", g + "requests/" + ph("request", visibility) + "/approve/", {"facilitator": 302}),
        ("post", g + "requests/" + ph("request", visibility) + "/decline/", {"facilitator": 302}),
        ("post", g + "posts/", INSIDE),
        ("post", g + "tasks/", INSIDE),
        ("post", g + "tasks/" + ph("task", visibility) + "/", INSIDE),
        ("post", g + "feedback/", INSIDE),
        ("post", g + "meetings/", INSIDE),
        ("post", g + "meetings/" + ph("meeting", visibility) + "/cancel/", INSIDE),
        (
            "get",
            g + "meetings/" + ph("meeting", visibility) + "/invite.ics",
            {"facilitator": 200, "member": 200},
        ),
        ("post", g + "goals/", INSIDE),
        ("post", g + "goals/" + ph("goal", visibility) + "/updates/", INSIDE),
    ]


PAGES = [
    ("get", "/p/regional/groups/", IN_PROGRAMME),
    ("get", "/p/regional/groups/new/", {"manager": 200, "facilitator": 200, "mentor_acme": 200}),
    ("post", "/p/regional/groups/new/", {"manager": 200, "facilitator": 200, "mentor_acme": 200}),
    *_group_rows("open"),
    *_group_rows("closed"),
    *_group_rows("private"),
    ("get", "/p/regional/groups/{draft_circle}/", {}),  # an unpublished circle is nobody's yet
    ("get", "/p/regional/groups/{missing}/", {}),
    ("get", "/p/regional/circles/", {"manager": 200, **PARTICIPANTS}),
    ("post", "/p/regional/circles/opt-in/", dict.fromkeys(PARTICIPANTS, 302) | {"applicant_acme": 302}),
    ("post", "/p/regional/circles/form/", {"manager": 302}),
    ("get", "/p/regional/circles/{formation}/", {"manager": 200}),
    ("post", "/p/regional/circles/{formation}/move/", {"manager": 302}),
    ("post", "/p/regional/circles/{formation}/facilitator/", {"manager": 302}),
    ("post", "/p/regional/circles/{formation}/publish/", {"manager": 302}),
    ("post", "/p/regional/circles/{formation}/discard/", {"manager": 302}),
    ("get", "/p/startups/incubator/", {"manager": 200}),
    ("post", "/p/startups/incubator/cohort-space/", {"manager": 302}),
    ("post", "/p/startups/incubator/teams/", {"manager": 302}),
    ("get", "/p/startups/incubator/teams/{team}/", {"manager": 200}),
    ("post", "/p/startups/incubator/teams/{team}/assign/", {"manager": 302}),
    ("post", "/p/startups/incubator/assignments/{assignment}/remove/", {"manager": 302}),
    ("get", "/p/regional/incubator/", {}),  # not an incubator programme
]


def _api_group_rows(visibility: str) -> list:
    g = f"/api/programmes/regional/groups/{{{visibility}}}"
    return [
        ("get", g, _knows(visibility, 200)),
        # Whoever knows the group reaches the service: a clear 400 for non-members and the only facilitator.
        ("post", g + "/leave", _knows(visibility, 400) | {"member": 200}),
        ("post", g + "/invitation", _knows(visibility, 400)),  # nobody in the table holds an invitation
        ("post", g + "/invitations", {"facilitator": 201}),
        ("get", g + "/requests", {"facilitator": 200}),
        ("post", g + "/requests/" + ph("request", visibility) + "/approve", {"facilitator": 200}),
        ("get", g + "/members", {"facilitator": 200, "member": 200}),
        ("get", g + "/posts", {"facilitator": 200, "member": 200}),
        ("post", g + "/posts", {"facilitator": 201, "member": 201}),
        ("post", g + "/posts/" + ph("post", visibility) + "/replies", {"facilitator": 201, "member": 201}),
        ("get", g + "/tasks", {"facilitator": 200, "member": 200}),
        ("post", g + "/tasks", {"facilitator": 201, "member": 201}),
        ("patch", g + "/tasks/" + ph("task", visibility), {"facilitator": 200, "member": 200}),
        ("post", g + "/feedback", {"facilitator": 201, "member": 201}),
        ("get", g + "/meetings", {"facilitator": 200, "member": 200}),
        ("post", g + "/meetings", {"facilitator": 201, "member": 201}),
        ("get", g + "/goals", {"facilitator": 200, "member": 200}),
        # Members reach the service, which answers a clear 400: goals are for circles.
        ("post", g + "/goals", {"facilitator": 400, "member": 400}),
        ("post", g + "/goals/" + ph("goal", visibility) + "/updates", {"facilitator": 201, "member": 201}),
    ]


API = [
    ("get", "/api/programmes/regional/groups", IN_PROGRAMME),
    ("post", "/api/programmes/regional/groups", {"manager": 201, "facilitator": 201, "mentor_acme": 201}),
    *_api_group_rows("open"),
    *_api_group_rows("closed"),
    *_api_group_rows("private"),
    (
        "post",
        "/api/programmes/regional/groups/{open}/join",
        {"mentor_acme": 200, "mentee_globex": 200}
        | {
            "manager": 400,
            "coordinator_acme": 400,
            "coordinator_globex": 400,
            "facilitator": 400,
            "member": 400,
        },
    ),
    ("post", "/api/programmes/regional/groups/{private}/join", {"facilitator": 400, "member": 400}),
    ("get", "/api/programmes/regional/groups/{draft_circle}", {}),
    ("post", "/api/programmes/regional/circles/opt-in", dict.fromkeys(PARTICIPANTS, 200)),
    ("post", "/api/programmes/regional/circle-formations", {"manager": 400}),  # a draft already waits
    ("get", "/api/programmes/regional/circle-formations/{formation}", {"manager": 200}),
    ("post", "/api/programmes/regional/circle-formations/{formation}/move", {"manager": 200}),
    ("post", "/api/programmes/regional/circle-formations/{formation}/publish", {"manager": 200}),
    ("post", "/api/programmes/regional/circle-formations/{formation}/discard", {"manager": 200}),
    ("get", "/api/programmes/startups/teams", {"manager": 200}),
    (
        "get",
        "/api/programmes/startups/teams/{team}/needs/fundraising-investor-relations/mentors",
        {"manager": 200},
    ),
    ("post", "/api/programmes/startups/teams/{team}/mentors", {"manager": 201}),
    ("get", "/api/programmes/regional/teams", {}),
]


@pytest.fixture
def world(request, personas, groups):
    """Ids for the placeholders of the tables; the costly parts only for the rows that need them."""
    url = request.node.callspec.params.get("url", "") if hasattr(request.node, "callspec") else ""
    ids = {"missing": "00000000-0000-0000-0000-000000000000"}
    _groups_content(ids, personas, groups)
    if "formation" in url or "draft_circle" in url or "circle" in url or not url:
        _formation(ids, personas)
    if "startups" in url or not url:
        _incubator(ids, personas)
    return ids


def _groups_content(ids, personas, groups):
    requester = personas.mentee_initech
    soon = timezone.now() + timedelta(days=7)
    for name in ("open", "closed", "private"):
        group = getattr(groups, name)
        ids[name] = group.public_id
        ids[f"request_{name}"] = Membership.objects.create(
            group=group, user=requester, status=Membership.Status.REQUESTED
        ).public_id
        ids[f"task_{name}"] = Task.objects.create(group=group, title="Draft the plan").public_id
        ids[f"post_{name}"] = Post.objects.create(
            group=group, author=personas.mentee_acme, body="Hello"
        ).public_id
        ids[f"meeting_{name}"] = GroupMeeting.objects.create(
            group=group, title="Kick-off", starts_at=soon, created_by=personas.mentor_initech
        ).public_id
        ids[f"goal_{name}"] = CircleGoal.objects.create(
            group=group, owner=personas.mentee_acme, title="Speak at the fair"
        ).public_id


def _formation(ids, personas):
    """A draft formation of the opted-in participants."""
    from core.access import programme_access_for

    extra = UserFactory(email="extra@initech.example", organisation=personas.initech)
    enrol(extra, personas.regional, "mentee")
    from groups.models import CircleOptIn
    from programmes.models import Enrolment

    for enrolment in Enrolment.objects.filter(programme=personas.regional, status="approved")[:6]:
        CircleOptIn.objects.get_or_create(enrolment=enrolment)
    regional_manager = programme_access_for(personas.manager, "regional")
    formation = formation_create(access=regional_manager, actor=personas.manager, min_size=3, max_size=8)
    ids["formation"] = formation.public_id
    ids["draft_circle"] = formation.circles.first().public_id


def _incubator(ids, personas):
    """An incubator programme with a team of founders (the globex mentee) and a mentor (acme mentor)."""
    from core.access import programme_access_for
    from core.factories import ProgrammeFactory, join

    startups = ProgrammeFactory(slug="startups", name="Start-up Cohort", kind="incubator")
    join(startups, personas.acme, personas.globex)
    startups.managers.add(personas.manager)
    founder = enrol(personas.mentee_globex, startups, "mentee", needs=("fundraising-investor-relations",))
    mentor = enrol(personas.mentor_acme, startups, "mentor", offers=("fundraising-investor-relations",))
    incubator = programme_access_for(personas.manager, "startups")
    team = team_create(access=incubator, name="Freightly", founders=[founder])
    cohort_space_ensure(access=incubator)
    from groups.services import team_mentor_assign
    from programmes.models import Competence

    competence = Competence.objects.get(slug="fundraising-investor-relations")
    ids["team"] = team.public_id
    ids["assignment"] = team_mentor_assign(
        access=incubator, team=team, competence=competence, mentor=mentor
    ).public_id
    ids["mentor_enrolment"] = mentor.public_id
    ids["founder_enrolment"] = founder.public_id


def _user(personas, role):
    return getattr(personas, ALIASES.get(role, role))


def _rows(table):
    for method, url, allowed in table:
        expected = {role: allowed.get(role, 404) for role in ROLES}
        yield pytest.param(method, url, expected, id=f"{method} {url}")


def _body(personas, world, url):
    """One body that satisfies every endpoint's schema in the table; each ignores the other fields."""
    body = {
        "name": "Export readiness",
        "kind": "mentoring" if url.endswith("/groups") else "post",
        "visibility": "open",
        "capacity": 6,
        "accept": True,
        "person": str(personas.mentor_globex.public_id),
        "body": "Looks good",
        "title": "Write the pitch",
        "status": "doing" if "/tasks/" in url else "",
        "task": str(
            world[next((f"task_{v}" for v in ("closed", "private") if "{" + v + "}" in url), "task_open")]
        ),
        "starts_at": (timezone.now() + timedelta(days=3)).isoformat(),
        "opt_in": True,
        "circle": str(world.get("draft_circle")),
        "need": "fundraising-investor-relations",
        "mentor": str(personas.mentor_acme.public_id),
    }
    if "/move" in url:
        moved = Membership.objects.filter(group__formation__public_id=world["formation"]).exclude(
            group__public_id=world["draft_circle"]
        )
        body["person"] = str(moved.first().user.public_id) if moved.exists() else body["person"]
    return body


# Every role is asked in turn within one test (one database setup per route); the roles that are
# refused never change anything, so the order does not matter.
@pytest.mark.parametrize(("method", "url", "expected"), list(_rows(PAGES)))
def test_group_pages_answer_each_role_as_the_policy_says(client, personas, world, method, url, expected):
    answers = {}
    for role in ROLES:
        client.force_login(_user(personas, role))
        answers[role] = getattr(client, method)(url.format(**world)).status_code
    assert answers == expected


@pytest.mark.parametrize(("method", "url", "expected"), list(_rows(API)))
def test_the_groups_api_answers_each_role_as_the_policy_says(client, personas, world, method, url, expected):
    answers = {}
    for role in ROLES:
        client.force_login(_user(personas, role))
        if url.endswith("/mentors") and method == "post":
            TeamMentor.objects.all().delete()  # each allowed role assigns afresh
        body = _body(personas, world, url)
        response = getattr(client, method)(url.format(**world), data=body, content_type="application/json")
        answers[role] = response.status_code
    assert answers == expected


def test_a_private_group_and_a_missing_one_answer_the_same(client, personas, world):
    client.force_login(personas.mentee_globex)

    private = client.get(f"/p/regional/groups/{world['private']}/")
    missing = client.get(f"/p/regional/groups/{world['missing']}/")

    def without_token(response):
        """The page, less what differs by request: the CSRF token and the path itself."""
        content = re.sub(rb"[A-Za-z0-9]{64}", b"<token>", response.content)
        return re.sub(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", b"<id>", content)

    assert (private.status_code, without_token(private)) == (missing.status_code, without_token(missing))
    assert Group.objects.filter(public_id=world["private"]).exists()
    assert CircleFormation.objects.filter(public_id=world["formation"]).exists()
