"""Demo content for the evaluation: frameworks, self-assessments and survey answers.

Most approved mentees have given their start assessment (the demo mentee login included, so her
growth page shows where she started); about a third of them have also given their end assessment
and answered the evaluation survey, as have a group of mentors, so that programme-wide aggregates
(over at least five people) show. The women-leadership cohort asks mentors to assess their mentees
too. Levels and answers are derived from each person's email, so running twice changes nothing.
"""

import hashlib
import random

from django.db import transaction

from demo.demo_data import DEMO_LOGINS
from programmes.models import Enrolment, Programme

from . import services
from .models import Assessment, Framework, SurveyAnswer, SurveyQuestion, SurveyResponse

MENTOR_ASSESSMENT = {"regional-crossings-2026": False, "women-leadership-2026": True}
DEMO_MENTEE = DEMO_LOGINS["mentee"]["email"]
STATUSES = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE, Enrolment.Status.ALUMNI)
# One mentee in this many has not given a start assessment yet; one in END_EVERY has finished.
NO_START_EVERY = 6
END_EVERY = 3
MENTORS_ANSWERING_EVERY = 3

FREE_TEXT = {
    "open-most-valuable": [
        "Talking to someone outside my company who had faced the same questions.",
        "Het eerlijke spiegelen: mijn mentor had geen belang bij mijn organisatie.",
        "Seeing how another organisation runs its planning gave me ideas I used the next week.",
        "Learning to prepare each conversation with one concrete question.",
        "The trust we built; I could discuss things I would never raise internally.",
        "Hearing a mentee's fresh view on our sector made me rethink my own habits.",
    ],
    "open-improve": [
        "A kick-off meeting with all pairs would help to get started faster.",
        "More guidance on setting goals in the first month.",
        "Plan the mid-term check-in earlier; our second quarter was quiet.",
        "Een terugkomdag halverwege zou fijn zijn.",
        "Share examples of good agreements before the first meeting.",
    ],
}


def _rng(*parts: str) -> random.Random:
    # A seeded generator for demo values only, not for anything secret.
    seed = int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)
    return random.Random(seed)  # noqa: S311


def demo_load(*, programmes: dict) -> None:
    for slug, programme in programmes.items():
        with transaction.atomic():
            framework = services.framework_get_or_create(programme=programme)
            if framework.mentor_assessment != MENTOR_ASSESSMENT.get(slug, False):
                framework.mentor_assessment = MENTOR_ASSESSMENT.get(slug, False)
                framework.save(update_fields=["mentor_assessment", "updated_at"])
            survey = services.survey_get_or_create(programme=programme)
            mentees = _mentees(programme)
            finished = _assessments(programme, framework, mentees)
            for enrolment in finished:
                _survey_response(survey, enrolment, SurveyResponse.Role.MENTEE)
            for enrolment in _mentors(programme)[::MENTORS_ANSWERING_EVERY]:
                _survey_response(survey, enrolment, SurveyResponse.Role.MENTOR)


def _mentees(programme: Programme) -> list[Enrolment]:
    enrolments = Enrolment.objects.filter(programme=programme, status__in=STATUSES).select_related("user")
    return [e for e in enrolments.order_by("user__email") if e.is_mentee]


def _mentors(programme: Programme) -> list[Enrolment]:
    enrolments = Enrolment.objects.filter(programme=programme, status__in=STATUSES).select_related("user")
    return [e for e in enrolments.order_by("user__email") if e.role == Enrolment.Role.MENTOR]


def _assessments(programme: Programme, framework: Framework, mentees: list[Enrolment]) -> list[Enrolment]:
    """Start levels for most mentees, end levels for some; returns those who finished."""
    competences = list(framework.competences.all())
    finished = []
    rows = []
    for index, enrolment in enumerate(mentees):
        email = enrolment.user.email
        if index % NO_START_EVERY == NO_START_EVERY - 1 and email != DEMO_MENTEE:
            continue
        ends = index % END_EVERY == 0 and email != DEMO_MENTEE
        for competence in competences:
            rng = _rng(programme.slug, email, competence.slug)
            start = rng.choice((1, 2, 2, 3, 3, 3, 4))
            rows.append((enrolment, competence, Assessment.Phase.START, start))
            if ends:
                end = min(5, start + rng.choice((0, 0, 1, 1, 1, 2)))
                rows.append((enrolment, competence, Assessment.Phase.END, end))
        if ends:
            finished.append(enrolment)
    existing = set(
        Assessment.objects.filter(programme=programme, assessor=Assessment.Assessor.SELF).values_list(
            "enrolment_id", "competence_id", "phase"
        )
    )
    Assessment.objects.bulk_create(
        [
            Assessment(
                programme=programme,
                enrolment=enrolment,
                competence=competence,
                phase=phase,
                assessor=Assessment.Assessor.SELF,
                assessed_by=enrolment.user,
                level=level,
            )
            for enrolment, competence, phase, level in rows
            if (enrolment.pk, competence.pk, phase) not in existing
        ]
    )
    # bulk_create skips the service: fill `start_level` of the end rows from their start rows.
    services.assessment_start_levels_refresh(Assessment.objects.filter(programme=programme))
    return finished


def _survey_response(survey, enrolment: Enrolment, role: str) -> None:
    response, created = SurveyResponse.objects.get_or_create(survey=survey, enrolment=enrolment, role=role)
    if not created:
        return
    questions = survey.questions.filter(active=True, audience__in=[SurveyQuestion.Audience.BOTH, role])
    answers = []
    for question in questions:
        rng = _rng(survey.programme.slug, enrolment.user.email, role, str(question.key or question.pk))
        if question.kind == SurveyQuestion.Kind.SCALE:
            answers.append(
                SurveyAnswer(
                    response=response, question=question, role=role, value=rng.choice((3, 4, 4, 4, 5, 5))
                )
            )
        elif question.key in FREE_TEXT and rng.random() < 0.6:
            answers.append(
                SurveyAnswer(
                    response=response, question=question, role=role, text=rng.choice(FREE_TEXT[question.key])
                )
            )
    SurveyAnswer.objects.bulk_create(answers)
