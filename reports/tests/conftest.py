"""A hand-computed scene in the `regional` programme, on top of the personas (see test_figures.py).

NOW is 2026-06-15 12:00 UTC; every date is a number of days before it.

People (besides the personas, all re-dated to 300 days ago, 2025-Q3):
  acme mentees A0..A5   enrolled 200 days ago (2025-Q4), approved 190 days ago; A5 needs skills mentoring
  globex mentees G0, G1 enrolled 40 days ago (2026-Q2), approved 38 days ago
  initech mentors I0..I5 enrolled 200 days ago, approved 190 days ago
Mentorships (created / started days ago):
  m0 I0-A0 active 180/170  meetings 10 days ago (held), 3 (cancelled), in 5 days; check-in by I0 40 d ago: 4
  m1 I1-A1 active 170/160  meeting 70 days ago                                  -> needs attention
  m2 I2-A2 active  30/20   nothing yet                                          -> too early to tell
  m3 I3-A3 active 180/170  meeting 5 days ago; check-in by A3 3 days ago: 2     -> needs attention
  m4 I4-A4 active 160/150  check-in by A4 3 days ago: 5                         -> on track
  m5 I5-A5 closed 180/170, closed 20 days ago: no time (an early ending)
  m6 I0-G0 active  30/25   meeting 2 days ago                                   -> on track
  m7 I1-G1 closed  35/30, closed 1 day ago: the cohort ended (completed)
"""

from types import SimpleNamespace

import pytest

from evaluation import services as evaluation_services
from evaluation.models import Assessment, SurveyAnswer, SurveyQuestion, SurveyResponse
from matching.models import MatchRound, Proposal
from programmes.models import Enrolment, Invitation

from .builders import NOW, ago, assessment, check_in, goal, meeting, mentorship, people


@pytest.fixture
def scene(personas):
    regional = personas.regional
    Enrolment.objects.filter(programme=regional).update(created_at=ago(300))
    a = people(regional, personas.acme, "mentee", 5, enrolled_days_ago=200, decided_days_ago=190)
    a += people(
        regional,
        personas.acme,
        "mentee",
        1,
        enrolled_days_ago=200,
        decided_days_ago=190,
        kind="skills-mentoring",
    )
    g = people(regional, personas.globex, "mentee", 2, enrolled_days_ago=40, decided_days_ago=38)
    i = people(regional, personas.initech, "mentor", 6, enrolled_days_ago=200, decided_days_ago=190)
    m = [
        mentorship(i[0], a[0], created_days_ago=180, started_days_ago=170),
        mentorship(i[1], a[1], created_days_ago=170, started_days_ago=160),
        mentorship(i[2], a[2], created_days_ago=30, started_days_ago=20),
        mentorship(i[3], a[3], created_days_ago=180, started_days_ago=170),
        mentorship(i[4], a[4], created_days_ago=160, started_days_ago=150),
        mentorship(
            i[5],
            a[5],
            status="closed",
            created_days_ago=180,
            started_days_ago=170,
            closed_days_ago=20,
            reason="no-time",
        ),
        mentorship(i[0], g[0], created_days_ago=30, started_days_ago=25),
        mentorship(
            i[1],
            g[1],
            status="closed",
            created_days_ago=35,
            started_days_ago=30,
            closed_days_ago=1,
            reason="cohort-ended",
        ),
    ]
    meeting(m[0], 10)
    meeting(m[0], 3, status="cancelled")
    meeting(m[0], -5)
    meeting(m[1], 70)
    meeting(m[3], 5)
    meeting(m[6], 2)
    check_in(m[0], 40, 4, author=i[0].user)
    check_in(m[3], 3, 2)
    check_in(m[4], 3, 5)
    goal(m[0], status="achieved")
    goal(m[0], status="open")
    goal(m[3], status="achieved")
    goal(m[4], status="dropped")
    goal(m[6], status="open")
    goal(m[1], status="open")
    for n, organisation in enumerate([personas.acme] * 4 + [personas.initech] * 2):
        Invitation.objects.create(
            programme=regional,
            organisation=organisation,
            email=f"invited{n}@example.org",
            expires_at=ago(-30),
        )
    Invitation.objects.filter(programme=regional).update(created_at=ago(100))
    match_round = MatchRound.objects.create(programme=regional, status=MatchRound.Status.PUBLISHED)
    answered = [(a[k], i[k], "accepted") for k in range(6)] + [
        (g[0], i[2], "declined"),
        (g[1], i[3], "declined"),
    ]
    for mentee, mentor, status in answered:
        Proposal.objects.create(
            round=match_round,
            programme=regional,
            need=mentee.needs.first(),
            mentee=mentee,
            mentor=mentor,
            score=0.5,
            status=status,
            responded_at=ago(100),
        )
    framework = evaluation_services.framework_get_or_create(programme=regional)
    first, second = list(framework.competences.order_by("order")[:2])
    for mentee, start, end in zip(a[:5], [2, 2, 3, 1, 2], [4, 3, 3, 3, 4], strict=True):
        assessment(mentee, first, "start", start)
        assessment(mentee, first, "end", end)
    assessment(a[0], second, "start", 3)
    assessment(a[0], second, "end", 4)
    assessment(a[5], first, "start", 1)
    assessment(a[0], first, "end", 1, assessor="mentor")
    assessment(a[0], first, "start", 5, assessor="mentor")
    # Written directly, not through the service: copy the start levels onto the end rows.
    evaluation_services.assessment_start_levels_refresh(Assessment.objects.all())
    survey = evaluation_services.survey_get_or_create(programme=regional)
    scale = survey.questions.filter(kind=SurveyQuestion.Kind.SCALE, audience="both").order_by("order").first()
    text = survey.questions.filter(kind=SurveyQuestion.Kind.TEXT).first()
    for enrolment, role, value in [
        *zip(a[:5], ["mentee"] * 5, [5, 4, 4, 3, 4], strict=True),
        (i[0], "mentor", 3),
        (i[1], "mentor", 5),
    ]:
        response = SurveyResponse.objects.create(survey=survey, enrolment=enrolment, role=role)
        SurveyAnswer.objects.create(response=response, question=scale, role=role, value=value)
        if text is not None:
            SurveyAnswer.objects.create(
                response=response, question=text, role=role, text="SECRET-TEXT-ANSWER"
            )
    return SimpleNamespace(
        now=NOW,
        a=a,
        g=g,
        i=i,
        m=m,
        first=first,
        second=second,
        scale=scale,
        personas=personas,
        regional=regional,
    )
