"""The two copies kept for reports: an end assessment's start level and an answer's role."""

import importlib
from types import SimpleNamespace

from django.apps import apps
from django.db import connection

from core.access import programme_access_for
from evaluation import selectors, services
from evaluation.models import Assessment, SurveyAnswer, SurveyResponse

from .conftest import all_levels

backfill = importlib.import_module("evaluation.migrations.0004_backfill_start_level_and_role").backfill


def _access(personas, who: str):
    return programme_access_for(getattr(personas, who), "regional")


def _varied_levels(framework, shift: int = 0) -> dict[str, int]:
    """A different level per competence, so a level copied from the wrong row shows."""
    return {slug: 1 + (index + shift) % 5 for index, slug in enumerate(all_levels(framework))}


def _start_levels(enrolment, assessor: str = "self") -> dict[str, int | None]:
    ends = Assessment.objects.filter(enrolment=enrolment, phase="end", assessor=assessor)
    return dict(ends.values_list("competence__slug", "start_level"))


def test_an_end_assessment_remembers_the_start_level(personas, framework, closed_mentorship):
    access = _access(personas, "mentee_acme")
    services.assessment_submit(access=access, phase="start", levels=_varied_levels(framework))
    saved = services.assessment_submit(access=access, phase="end", levels=all_levels(framework, 5))

    assert _start_levels(access.enrolment) == _varied_levels(framework)
    assert {a.competence.slug: a.start_level for a in saved} == _varied_levels(framework)
    starts = Assessment.objects.filter(enrolment=access.enrolment, phase="start")
    assert set(starts.values_list("start_level", flat=True)) == {None}


def test_an_end_without_a_start_has_no_start_level(personas, framework, closed_mentorship):
    access = _access(personas, "mentee_acme")
    services.assessment_submit(access=access, phase="end", levels=all_levels(framework, 4))
    assert set(_start_levels(access.enrolment).values()) == {None}


def test_resubmitting_the_start_updates_the_start_level_of_the_end(
    personas, framework, closed_mentorship, monkeypatch
):
    # Today the start closes once the end is given; the copy must follow the start whatever the
    # windows allow (an end given before its start, a window reopened).
    monkeypatch.setattr(selectors, "assessment_windows", lambda access: {"start": True, "end": True})
    access = _access(personas, "mentee_acme")
    services.assessment_submit(access=access, phase="end", levels=all_levels(framework, 5))
    services.assessment_submit(access=access, phase="start", levels=all_levels(framework, 2))
    assert set(_start_levels(access.enrolment).values()) == {2}

    services.assessment_submit(access=access, phase="start", levels=_varied_levels(framework, shift=2))
    assert _start_levels(access.enrolment) == _varied_levels(framework, shift=2)


def test_a_mentors_end_assessment_remembers_the_mentors_start_not_the_self_assessment(
    personas, framework, mentorship
):
    services.framework_update(framework=framework, source="builtin", mentor_assessment=True)
    mentee = personas.enrolments["mentee_acme"]
    mentor = _access(personas, "mentor_globex")
    services.assessment_submit(
        access=_access(personas, "mentee_acme"), phase="start", levels=all_levels(framework, 2)
    )
    services.assessment_submit(access=mentor, phase="start", levels=all_levels(framework, 4), mentee=mentee)
    mentorship.status, mentorship.close_reason = "closed", "goals-reached"
    mentorship.save()
    services.assessment_submit(access=mentor, phase="end", levels=all_levels(framework, 5), mentee=mentee)
    assert set(_start_levels(mentee, assessor="mentor").values()) == {4}


def test_survey_answers_carry_their_responses_role(personas, closed_mentorship):
    survey = services.survey_get_or_create(programme=personas.regional)
    for who, role in (("mentee_acme", "mentee"), ("mentor_globex", "mentor")):
        questions = selectors.survey_questions_for(survey=survey, role=role)
        answers = {str(q.public_id): 4 if q.kind == "scale" else "Fine" for q in questions}
        services.survey_submit(access=_access(personas, who), role=role, answers=answers)
    for response in SurveyResponse.objects.filter(survey=survey):
        assert set(response.answers.values_list("role", flat=True)) == {response.role}


def test_the_migration_fills_both_copies_for_rows_written_before_it(personas, framework):
    survey = services.survey_get_or_create(programme=personas.regional)
    question = survey.questions.filter(kind="scale").first()
    mentee = personas.enrolments["mentee_acme"]
    first, second, third = framework.competences.all()[:3]
    for competence, phase, level in [(first, "start", 2), (first, "end", 4), (second, "end", 3)]:
        Assessment.objects.create(
            programme=personas.regional, enrolment=mentee, competence=competence, phase=phase, level=level
        )
    Assessment.objects.create(  # a mentor's start is not the mentee's own
        programme=personas.regional,
        enrolment=mentee,
        competence=second,
        phase="start",
        level=5,
        assessor="mentor",
    )
    response = SurveyResponse.objects.create(survey=survey, enrolment=mentee, role="mentee")
    SurveyAnswer.objects.create(response=response, question=question, value=3)  # role left blank

    backfill(apps, SimpleNamespace(connection=connection))

    assert _start_levels(mentee) == {first.slug: 2, second.slug: None}
    assert SurveyAnswer.objects.get().role == "mentee"
