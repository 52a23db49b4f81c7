"""Groups are evaluated like mentorships: members of group mentoring, peer circles and start-up
teams answer the survey as mentee and give their end assessment, facilitators and team mentors
answer as mentor, once the group is archived or the cohort nears its end."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from core.access import programme_access_for
from core.factories import UserFactory, enrol
from evaluation import selectors, services, tasks
from groups.models import Group, Membership
from notifications.models import Notification
from reports import figures
from reports.filters import Population


def _access(personas, who: str):
    return programme_access_for(getattr(personas, who), "regional")


def _answers(survey, role: str, value: int = 4) -> dict:
    return {
        str(q.public_id): value if q.kind == "scale" else ""
        for q in selectors.survey_questions_for(survey=survey, role=role)
    }


def _group(personas, kind, *, members=(), facilitators=()):
    group = Group.objects.create(programme=personas.regional, kind=kind, name=f"A {kind}")
    for user in members:
        Membership.objects.create(group=group, user=user, role=Membership.Role.MEMBER)
    for user in facilitators:
        Membership.objects.create(group=group, user=user, role=Membership.Role.FACILITATOR)
    return group


def _archive(group):
    group.status = Group.Status.ARCHIVED
    group.save()


@pytest.fixture
def survey(personas):
    return services.survey_get_or_create(programme=personas.regional)


@pytest.fixture
def circle(personas):
    """A peer circle of mentee_acme and mentee_globex, facilitated by mentor_initech; no mentorships."""
    return _group(
        personas,
        Group.Kind.CIRCLE,
        members=[personas.mentee_acme, personas.mentee_globex],
        facilitators=[personas.mentor_initech],
    )


def test_a_circle_member_answers_the_survey_once_the_circle_is_archived(personas, survey, circle):
    access = _access(personas, "mentee_acme")
    assert selectors.survey_state(access=access, survey=survey) == {"mentee": "closed"}

    _archive(circle)
    response = services.survey_submit(access=access, role="mentee", answers=_answers(survey, "mentee"))

    assert response.enrolment == personas.enrolments["mentee_acme"]
    assert selectors.survey_state(access=access, survey=survey) == {"mentee": "answered"}


def test_the_facilitator_of_a_group_answers_as_mentor_when_the_cohort_nears_its_end(personas, survey):
    _group(
        personas, Group.Kind.MENTORING, members=[personas.mentee_acme], facilitators=[personas.mentor_initech]
    )
    access = _access(personas, "mentor_initech")
    assert selectors.survey_state(access=access, survey=survey) == {"mentor": "closed"}

    personas.regional.cohort_end = timezone.localdate() + timedelta(days=10)
    personas.regional.save()

    access = _access(personas, "mentor_initech")
    assert selectors.survey_state(access=access, survey=survey) == {"mentor": "open"}


def test_a_founders_end_assessment_opens_when_the_team_is_archived(personas):
    team = _group(
        personas, Group.Kind.TEAM, members=[personas.mentee_acme], facilitators=[personas.mentor_initech]
    )
    access = _access(personas, "mentee_acme")
    assert selectors.assessment_windows(access=access)["end"] is False

    _archive(team)

    assert selectors.assessment_windows(access=access)["end"] is True
    assert selectors.survey_state(
        access=access, survey=services.survey_get_or_create(programme=personas.regional)
    ) == {"mentee": "open"}
    team_mentor = _access(personas, "mentor_initech")
    assert selectors.survey_state(
        access=team_mentor, survey=services.survey_get_or_create(programme=personas.regional)
    ) == {"mentor": "open"}


def test_a_cohort_space_or_a_left_group_opens_nothing(personas, survey):
    _archive(_group(personas, Group.Kind.COHORT, facilitators=[personas.mentor_initech]))
    left = _group(personas, Group.Kind.CIRCLE, members=[personas.mentee_acme])
    left.memberships.update(status=Membership.Status.REMOVED)
    _archive(left)

    assert selectors.survey_state(access=_access(personas, "mentor_initech"), survey=survey) == {
        "mentor": "closed"
    }
    assert selectors.survey_state(access=_access(personas, "mentee_acme"), survey=survey) == {
        "mentee": "closed"
    }


def test_a_circle_member_answers_on_the_page_and_through_the_api(client, personas, survey, circle):
    _archive(circle)
    client.force_login(personas.mentee_acme)
    home = client.get("/p/regional/evaluation/").content.decode()
    assert "Answer the survey" in home

    client.post(
        "/p/regional/evaluation/survey/",
        {"role": "mentee", **{f"q-{k}": v for k, v in _answers(survey, "mentee").items()}},
    )
    client.force_login(personas.mentee_globex)
    got = client.get("/api/programmes/regional/evaluation/survey").json()
    body = {
        "role": "mentee",
        "answers": [{"question": k, "value": v} for k, v in _answers(survey, "mentee").items() if v != ""],
    }
    posted = client.post(
        "/api/programmes/regional/evaluation/survey", json.dumps(body), content_type="application/json"
    )

    assert got["state"] == "open" and posted.status_code == 201
    assert survey.responses.filter(role="mentee").count() == 2


def test_group_people_are_told_once_when_their_evaluation_opens(personas, circle):
    assert tasks.remind_evaluation_open() == 0
    _archive(circle)

    assert tasks.remind_evaluation_open() == 3
    assert tasks.remind_evaluation_open() == 0
    notes = Notification.objects.filter(kind="evaluation-open")
    assert {n.user for n in notes} == {personas.mentee_acme, personas.mentee_globex, personas.mentor_initech}
    assert "end assessment is open" in notes.get(user=personas.mentee_acme).body


def test_circle_answers_reach_the_report_with_five_people_or_more(personas, survey):
    peers = [enrol(UserFactory(organisation=personas.acme), personas.regional) for _ in range(5)]
    circle = _group(personas, Group.Kind.CIRCLE, members=[peer.user for peer in peers])
    _archive(circle)
    question = survey.questions.get(key="relationship-trust")

    for peer in peers[:4]:
        services.survey_submit(
            access=programme_access_for(peer.user, "regional"),
            role="mentee",
            answers=_answers(survey, "mentee", 5),
        )
    four = {
        row.key: row.figures[0] for row in figures.evaluation_results(Population(programme=personas.regional))
    }
    services.survey_submit(
        access=programme_access_for(peers[4].user, "regional"),
        role="mentee",
        answers=_answers(survey, "mentee", 5),
    )
    five = {
        row.key: row.figures[0] for row in figures.evaluation_results(Population(programme=personas.regional))
    }

    assert four[str(question.public_id)].suppressed
    assert five[str(question.public_id)].shown == 5


def test_a_circle_member_reads_when_their_evaluation_opens(client, personas, circle):
    client.force_login(personas.mentee_acme)
    page = client.get("/p/regional/evaluation/survey/").content.decode()
    assert "your group is archived or the cohort nears its end" in page


def test_the_manager_opens_the_evaluation_for_a_circle_of_a_programme_without_an_end(
    client, personas, survey, circle, mentorship
):
    """No cohort end and a circle that runs on: the manager opens it for the circle and the pair."""
    client.force_login(personas.manager)
    response = client.post("/p/regional/evaluation/survey/open/", follow=True)
    assert "You opened the evaluation for everyone" in response.content.decode()

    for who, role in [("mentee_acme", "mentee"), ("mentor_initech", "mentor"), ("mentor_globex", "mentor")]:
        assert selectors.survey_state(access=_access(personas, who), survey=survey)[role] == "open"
    assert selectors.assessment_windows(access=_access(personas, "mentee_globex"))["end"] is True
    assert selectors.survey_state(access=_access(personas, "mentee_initech"), survey=survey) == {
        "mentee": "closed"
    }
    assert tasks.remind_evaluation_open() == 4  # the circle's three and the pair's mentor and mentee, once
