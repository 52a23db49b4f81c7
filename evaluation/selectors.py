"""Reads of the evaluation app. Every selector takes the actor's access and never widens it.

When assessments and the survey open:
- the start assessment opens when a mentee's enrolment is approved (or active) and stays open until
  they give their end assessment;
- the end assessment and the evaluation survey open when a mentorship of theirs that had started
  is closed or a group of theirs (group mentoring, peer circle, start-up team) is archived, or from
  `END_OPENS_DAYS_BEFORE` days before the programme's cohort end, or once the manager opens the
  evaluation (`Survey.opened_at`) for everyone with such a mentorship or group; in a group,
  facilitators and team mentors answer the survey as mentor, members (peers, founders) as mentee,
  whatever their enrolment's role;
- a mentor (when the programme asks mentors to assess) assesses only mentees of their own
  mentorships: the start while the mentorship is open, the end once it closed or the cohort ends.
"""

from datetime import timedelta

from django.db.models import Avg, Count, Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy

from core.access import ProgrammeAccess
from core.suppression import Figure, count
from groups.models import Group, Membership
from programmes.models import Enrolment

from .models import (
    Assessment,
    Framework,
    FrameworkCompetence,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)

END_OPENS_DAYS_BEFORE = 30
ASSESSING_STATUSES = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE, Enrolment.Status.ALUMNI)
# Groups whose people are evaluated like a mentorship's: group mentoring, peer circles, start-up teams.
EVALUATED_GROUP_KINDS = (Group.Kind.MENTORING, Group.Kind.CIRCLE, Group.Kind.TEAM)

WINDOW_CLOSED = {
    "start": gettext_lazy(
        "The start assessment is not open: it opens when your enrolment as mentee is approved "
        "and closes once you have given your end assessment."
    ),
    "end": gettext_lazy(
        "The end assessment is not open yet: it opens when your mentorship closes, your group is archived "
        "or the cohort nears its end."
    ),
}
SURVEY_CLOSED = gettext_lazy(
    "The evaluation survey is not open for you yet: it opens when your mentorship closes, your group is "
    "archived or the cohort nears its end."
)


def _cohort_ending(programme) -> bool:
    if programme.cohort_end is None:
        return False
    return timezone.localdate() >= programme.cohort_end - timedelta(days=END_OPENS_DAYS_BEFORE)


def _started_mentorships(access: ProgrammeAccess, side: str):
    if access.enrolment is None:
        return access.mentorships_as_member().none()
    return access.mentorships_as_member().filter(**{side: access.enrolment}, started_at__isnull=False)


def _group_memberships(access: ProgrammeAccess, side: str):
    """The actor's memberships of groups of the programme on one side: facilitators (team mentors
    included) answer as mentor, members (peers, founders) as mentee.

    A cohort space is not counted: everyone is in it, and it says nothing about being mentored.
    """
    if access.enrolment is None:
        return Membership.objects.none()
    role = Membership.Role.FACILITATOR if side == "mentor" else Membership.Role.MEMBER
    return Membership.objects.filter(
        user=access.user,
        role=role,
        status=Membership.Status.ACTIVE,
        group__programme=access.programme,
        group__kind__in=EVALUATED_GROUP_KINDS,
        group__status__in=(Group.Status.ACTIVE, Group.Status.ARCHIVED),
    )


def _closing_reached(access: ProgrammeAccess, side: str) -> bool:
    """Whether the actor's mentoring on this side has come to its end: a mentorship of theirs that
    had started is closed or a group of theirs archived, or the cohort nears its end while they
    have either."""
    started = _started_mentorships(access, side)
    groups = _group_memberships(access, side)
    if (
        started.filter(status="closed").exists()
        or groups.filter(group__status=Group.Status.ARCHIVED).exists()
    ):
        return True
    ended = _cohort_ending(access.programme) or opened_by_manager(access.programme)
    return ended and (started.exists() or groups.exists())


def opened_by_manager(programme) -> bool:
    return Survey.objects.filter(programme=programme, opened_at__isnull=False).exists()


def is_mentee(access: ProgrammeAccess) -> bool:
    enrolment = access.enrolment
    return enrolment is not None and enrolment.is_mentee and enrolment.status in ASSESSING_STATUSES


def assessment_windows(*, access: ProgrammeAccess) -> dict[str, bool]:
    """Which phases of the actor's self-assessment are open now."""
    if not is_mentee(access):
        return {"start": False, "end": False}
    ended = Assessment.objects.filter(
        enrolment=access.enrolment, phase=Assessment.Phase.END, assessor=Assessment.Assessor.SELF
    ).exists()
    start = access.enrolment.status != Enrolment.Status.ALUMNI and not ended
    end = _closing_reached(access, "mentee") or _cohort_ending(access.programme)
    return {"start": start, "end": end}


def my_mentees(*, access: ProgrammeAccess) -> list[Enrolment]:
    """The mentees of the actor's own mentorships as mentor (not cancelled before they started)."""
    if access.enrolment is None:
        return []
    mentorships = access.mentorships_as_member().filter(mentor=access.enrolment)
    mentorships = mentorships.filter(Q(started_at__isnull=False) | ~Q(status="closed"))
    ids = mentorships.values_list("mentee_id", flat=True)
    return list(
        Enrolment.objects.filter(pk__in=ids).select_related("user", "organisation").order_by("user__name")
    )


def mentee_for_mentor(*, access: ProgrammeAccess, public_id) -> Enrolment:
    """One of the actor's own mentees, by enrolment id; anyone else is 404."""
    for mentee in my_mentees(access=access):
        if mentee.public_id == public_id:
            return mentee
    raise Http404


def mentor_assessment_windows(*, access: ProgrammeAccess, mentee: Enrolment) -> dict[str, bool]:
    mentorships = access.mentorships_as_member().filter(mentor=access.enrolment, mentee=mentee)
    ended = Assessment.objects.filter(
        enrolment=mentee, phase=Assessment.Phase.END, assessor=Assessment.Assessor.MENTOR
    ).exists()
    start = mentorships.exclude(status="closed").exists() and not ended
    started = mentorships.filter(started_at__isnull=False)
    end = started.filter(status="closed").exists() or (_cohort_ending(access.programme) and started.exists())
    return {"start": start, "end": end}


def framework_competences(*, framework: Framework) -> list[FrameworkCompetence]:
    return list(framework.competences.filter(active=True).select_related("framework"))


def assessment_levels(*, enrolment: Enrolment, phase: str, assessor: str = "self") -> dict[str, int]:
    rows = Assessment.objects.filter(enrolment=enrolment, phase=phase, assessor=assessor)
    return dict(rows.values_list("competence__slug", "level"))


def growth_rows(*, framework: Framework, enrolment: Enrolment) -> list[dict]:
    """Per competence: the self-assessed start and end levels, the change, and the mentor's if any."""
    levels: dict[tuple[str, str, str], int] = {}
    for slug, phase, assessor, level in Assessment.objects.filter(
        enrolment=enrolment, competence__framework=framework
    ).values_list("competence__slug", "phase", "assessor", "level"):
        levels[slug, phase, assessor] = level
    rows = []
    for competence in framework_competences(framework=framework):
        start, end = (
            levels.get((competence.slug, "start", "self")),
            levels.get((competence.slug, "end", "self")),
        )
        rows.append(
            {
                "competence": competence,
                "start": start,
                "end": end,
                "change": end - start if start is not None and end is not None else None,
                "mentor_start": levels.get((competence.slug, "start", "mentor")),
                "mentor_end": levels.get((competence.slug, "end", "mentor")),
            }
        )
    return rows


# The evaluation survey ----------------------------------------------------------------------------


def survey_roles(*, access: ProgrammeAccess) -> list[str]:
    """The roles in which the actor may ever answer: those their enrolment holds."""
    enrolment = access.enrolment
    if enrolment is None or enrolment.status not in ASSESSING_STATUSES:
        return []
    return [
        role
        for role, holds in (("mentee", enrolment.is_mentee), ("mentor", enrolment.is_mentor))
        if holds or _group_memberships(access, role).exists()
    ]


def survey_state(*, access: ProgrammeAccess, survey: Survey) -> dict[str, str]:
    """For each role the actor holds: 'answered', 'open' or 'closed'."""
    answered = set(
        SurveyResponse.objects.filter(survey=survey, enrolment=access.enrolment).values_list(
            "role", flat=True
        )
    )
    state = {}
    for role in survey_roles(access=access):
        if role in answered:
            state[role] = "answered"
        else:
            state[role] = "open" if _closing_reached(access, role) else "closed"
    return state


def survey_questions_for(*, survey: Survey, role: str) -> list[SurveyQuestion]:
    questions = survey.questions.filter(active=True)
    return list(questions.filter(audience__in=[SurveyQuestion.Audience.BOTH, role]))


def survey_questions_by_section(questions: list[SurveyQuestion]) -> list[tuple[str, list[SurveyQuestion]]]:
    sections = []
    for value, label in SurveyQuestion.Section.choices:
        found = [question for question in questions if question.section == value]
        if found:
            sections.append((label, found))
    return sections


def survey_own_answers(*, access: ProgrammeAccess, survey: Survey, role: str) -> list[SurveyAnswer]:
    """The actor's own answers in one role (their free text included: it is theirs)."""
    answers = SurveyAnswer.objects.filter(
        response__survey=survey, response__enrolment=access.enrolment, response__role=role
    )
    return list(answers.select_related("question"))


def survey_free_text(*, access: ProgrammeAccess, survey: Survey) -> list[tuple[SurveyQuestion, list]]:
    """Free-text answers without names, for the programme manager only (never coordinators).

    A question's answers are withheld until five people (the one small-group rule, core.suppression)
    gave one: with fewer, the manager could tell who wrote what.
    """
    if not access.is_manager:
        raise Http404
    questions = survey.questions.filter(kind=SurveyQuestion.Kind.TEXT)
    result = []
    for question in questions:
        answers = list(
            question.answers.exclude(text="").select_related("response").order_by("-response__submitted_at")
        )
        result.append((question, None if count(len(answers)).suppressed else answers))
    return result


def survey_scale_summary(*, survey: Survey, enrolments=None) -> list[dict]:
    """Per scale question: respondents and average, the average hidden under five answers.

    `answers` and `mean` are the two as `Figure`s (core.suppression), for pages and the API; `n` and
    `average` (None when withheld) are their raw count and shown value.

    `enrolments` (a queryset) narrows it to their answers, e.g. one organisation's people.
    """
    answers = SurveyAnswer.objects.filter(response__survey=survey, question__kind=SurveyQuestion.Kind.SCALE)
    if enrolments is not None:
        answers = answers.filter(response__enrolment__in=enrolments)
    rows = answers.values("question_id").annotate(n=Count("id"), average=Avg("value"))
    by_question = {row["question_id"]: row for row in rows}
    summary = []
    for question in survey.questions.filter(kind=SurveyQuestion.Kind.SCALE):
        row = by_question.get(question.pk, {"n": 0, "average": None})
        mean = Figure(row["average"], row["n"], kind="mean")
        summary.append(
            {
                "question": question,
                "n": row["n"],
                "answers": count(row["n"]),
                "mean": mean,
                "average": mean.shown,
            }
        )
    return summary


def growth_by_competence(*, framework: Framework, enrolments=None, assessor: str = "self") -> list[dict]:
    """Per competence, over the people who gave both a start and an end level: how many, the average
    start, end and change. One aggregate query; averages are None under five people (core.suppression).

    `enrolments` (a queryset) narrows it, e.g. to one organisation's mentees.
    """
    ends = Assessment.objects.filter(competence__framework=framework, phase="end", assessor=assessor)
    if enrolments is not None:
        ends = ends.filter(enrolment__in=enrolments)
    rows = (
        ends.filter(start_level__isnull=False)  # the start level stored on the end row: no self-join
        .values("competence_id")
        .annotate(n=Count("id"), start=Avg("start_level"), end=Avg("level"))
    )
    by_competence = {row["competence_id"]: row for row in rows}
    result = []
    for competence in framework_competences(framework=framework):
        row = by_competence.get(competence.pk, {"n": 0})
        shown = not count(row["n"]).suppressed
        result.append(
            {
                "competence": competence,
                "n": row["n"],
                "start": row["start"] if shown else None,
                "end": row["end"] if shown else None,
                "change": row["end"] - row["start"] if shown else None,
            }
        )
    return result
