"""An incubator team's mentor and its founders: one mentorship, the founders all on the mentee side.

Agreement, meetings, check-ins and closing work through the pages and the API for the mentor
and every founder; an outsider and another team's founder get 404; a coordinator sees its health.
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from core.access import programme_access_for
from core.factories import ProgrammeFactory, UserFactory, enrol, join
from groups import selectors as group_selectors
from groups import services as group_services
from notifications.models import Notification
from relationships.models import CheckIn, Meeting, Mentorship

FUNDRAISING = "fundraising-investor-relations"
TERMS = {"confidentiality": "on", "frequency": "monthly", "mode": "both"}


@pytest.fixture
def startups(personas):
    programme = ProgrammeFactory(slug="startups", name="Start-up Cohort", kind="incubator")
    join(programme, personas.acme, personas.globex, personas.initech)
    programme.managers.add(personas.manager)
    cofounder = UserFactory(
        email="cofounder@globex.example", name="Cora Cofounder", organisation=personas.globex
    )
    founders = [
        enrol(personas.mentee_globex, programme, "mentee", needs=(FUNDRAISING,)),
        enrol(cofounder, programme, "mentee", needs=("business-development",)),
    ]
    rival = enrol(personas.mentee_initech, programme, "mentee", needs=(FUNDRAISING,))
    investor = enrol(personas.mentor_acme, programme, "mentor", offers=(FUNDRAISING,), capacity=3)
    access = programme_access_for(personas.manager, "startups")
    team = group_services.team_create(access=access, name="Freightly", founders=founders)
    group_services.team_create(access=access, name="Portly", founders=[rival])
    competence = next(c for c in group_selectors.team_needs(team) if c.slug == FUNDRAISING)
    assignment = group_services.team_mentor_assign(
        access=access, team=team, competence=competence, mentor=investor
    )
    personas.cofounder = cofounder
    return {"team": team, "assignment": assignment, "access": access}


def as_(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def mentorship_of(startups) -> Mentorship:
    return Mentorship.objects.get(team=startups["team"])


def base_of(mentorship) -> str:
    return f"/p/startups/mentorships/{mentorship.public_id}"


def sign_through_pages(personas, mentorship):
    base = base_of(mentorship)
    as_(personas.mentor_acme).post(f"{base}/agreement/", {**TERMS, "expectations": "Investor intros"})
    as_(personas.cofounder).post(f"{base}/agreement/", {**TERMS, "expectations": "A seed round by June"})
    as_(personas.mentor_acme).post(f"{base}/agreement/sign/")
    as_(personas.mentee_globex).post(f"{base}/agreement/sign/")
    mentorship.refresh_from_db()
    return mentorship


def test_assigning_a_team_mentor_starts_one_mentorship_with_the_team(personas, startups):
    mentorship = mentorship_of(startups)

    assert mentorship.origin == Mentorship.Origin.TEAM and mentorship.status == Mentorship.Status.AGREEING
    assert mentorship.mentor.user == personas.mentor_acme
    assert {person.email for person in mentorship.mentee_people()} == {
        "mentee@globex.example",
        "cofounder@globex.example",
    }


def test_every_founder_sees_the_team_mentorship_instead_of_none(personas, startups):
    for founder in (personas.mentee_globex, personas.cofounder):
        page = as_(founder).get("/p/startups/mentorships/").content.decode()

        assert "You have no mentorship yet" not in page
        assert "Mentored by Mentor Acme" in page or personas.mentor_acme.name in page
    assert "Freightly" in as_(personas.mentor_acme).get("/p/startups/mentorships/").content.decode()


def test_the_mentor_and_any_founder_write_and_sign_the_agreement_on_its_page(personas, startups):
    mentorship = sign_through_pages(personas, mentorship_of(startups))

    assert mentorship.status == Mentorship.Status.ACTIVE
    assert mentorship.agreement.mentee_expectations == "A seed round by June"
    page = as_(personas.cofounder).get(f"{base_of(mentorship)}/").content.decode()
    assert "Signed by both of you" in page


def test_a_founder_schedules_a_meeting_and_the_whole_team_and_mentor_are_invited(
    personas, startups, django_capture_on_commit_callbacks
):
    mentorship = sign_through_pages(personas, mentorship_of(startups))
    day = (timezone.localdate() + timedelta(days=7)).isoformat()

    with django_capture_on_commit_callbacks(execute=True):
        response = as_(personas.cofounder).post(
            f"{base_of(mentorship)}/meetings/",
            {
                "day": day,
                "time": "10:00",
                "duration_minutes": "60",
                "mode": "virtual",
                "video_link": "https://meet.example/x",
            },
        )

    assert response.status_code == 302
    meeting = Meeting.objects.get(mentorship=mentorship)
    assert (
        as_(personas.mentee_globex).get(f"{base_of(mentorship)}/meetings/{meeting.public_id}/").status_code
        == 200
    )
    invited = set(
        Notification.objects.filter(kind="meeting-invitation").values_list("user__email", flat=True)
    )
    assert invited == {"mentor@acme.example", "mentee@globex.example", "cofounder@globex.example"}


def test_each_founder_and_the_mentor_check_in_and_a_founder_closes(personas, startups):
    mentorship = sign_through_pages(personas, mentorship_of(startups))
    base = base_of(mentorship)

    for person in (personas.mentee_globex, personas.cofounder, personas.mentor_acme):
        as_(person).post(f"{base}/check-ins/", {"satisfaction": "4", "progress": "Pitch deck done"})
    as_(personas.cofounder).post(f"{base}/close/", {"reason": "goals-reached"})

    assert CheckIn.objects.filter(mentorship=mentorship).count() == 3
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.CLOSED and mentorship.closed_by == personas.cofounder


@pytest.mark.parametrize("who", ["outsider", "mentee_initech", "mentor_globex"])
@pytest.mark.parametrize("route", ["/", "/agreement/", "/meetings/", "/check-ins/", "/close/", "/messages/"])
def test_an_outsider_and_another_teams_founder_get_404(personas, startups, who, route):
    mentorship = mentorship_of(startups)

    assert as_(getattr(personas, who)).get(f"{base_of(mentorship)}{route}").status_code == 404


def test_another_teams_founder_gets_404_from_the_api(personas, startups):
    mentorship = mentorship_of(startups)
    url = f"/api/programmes/startups/mentorships/{mentorship.public_id}"

    assert as_(personas.mentee_initech).get(url).status_code == 404
    assert as_(personas.mentee_initech).get(f"{url}/check-ins").status_code == 404


def test_a_coordinator_sees_the_health_but_not_the_content(personas, startups):
    mentorship = mentorship_of(startups)
    coordinator = as_(personas.coordinator_globex)

    assert coordinator.get(f"{base_of(mentorship)}/").status_code == 200
    assert coordinator.get(f"{base_of(mentorship)}/agreement/").status_code == 404


def test_founders_and_the_mentor_go_through_the_api(personas, startups):
    mentorship = mentorship_of(startups)
    url = f"/api/programmes/startups/mentorships/{mentorship.public_id}"
    agreement = {"confidentiality": True, "frequency": "monthly", "mode": "both"}
    founder, cofounder, mentor = (
        as_(personas.mentee_globex),
        as_(personas.cofounder),
        as_(personas.mentor_acme),
    )

    mentor.put(f"{url}/agreement", {**agreement, "expectations": "Intros"}, content_type="application/json")
    founder.put(f"{url}/agreement", {**agreement, "expectations": "Seed"}, content_type="application/json")
    mentor.post(f"{url}/agreement/sign")
    signed = cofounder.post(f"{url}/agreement/sign")
    starts_at = (timezone.now() + timedelta(days=3)).isoformat()
    meeting = cofounder.post(
        f"{url}/meetings",
        {"starts_at": starts_at, "video_link": "https://meet.example/y"},
        content_type="application/json",
    )
    check_in = founder.post(f"{url}/check-ins", {"satisfaction": 5}, content_type="application/json")
    closed = mentor.post(f"{url}/close", {"reason": "goals-reached"}, content_type="application/json")

    assert signed.status_code == 200 and signed.json()["status"] == "active"
    assert signed.json()["team"] == str(startups["team"].public_id)
    assert meeting.status_code == 201 and check_in.status_code == 201
    assert closed.status_code == 200 and closed.json()["status"] == "closed"


def test_removing_the_mentors_last_assignment_closes_the_team_mentorship(personas, startups):
    group_services.team_mentor_remove(access=startups["access"], assignment=startups["assignment"])

    mentorship = mentorship_of(startups)
    assert mentorship.status == Mentorship.Status.CLOSED
    assert mentorship.close_reason == Mentorship.CloseReason.UNASSIGNED


def test_a_team_meeting_is_in_every_founders_calendar_feed(personas, startups):
    from relationships.work.selectors import meetings_of_person

    mentorship = sign_through_pages(personas, mentorship_of(startups))
    Meeting.objects.create(mentorship=mentorship, starts_at=timezone.now() + timedelta(days=2))

    for person in (personas.cofounder, personas.mentee_globex, personas.mentor_acme):
        assert meetings_of_person(user=person).count() == 1
    assert meetings_of_person(user=personas.mentee_initech).count() == 0


def test_a_team_mentorship_holds_a_place_of_the_mentor_not_of_the_first_founder(personas, startups):
    from relationships import capacity

    mentorship = mentorship_of(startups)

    assert capacity.mentor_places_left(mentorship.mentor) == 2
    assert capacity.mentee_places_left(mentorship.mentee) == mentorship.programme.max_mentors_per_mentee
