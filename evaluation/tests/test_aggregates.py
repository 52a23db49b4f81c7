"""Aggregates for reports, checked against hand-computed figures."""

import pytest

from core.factories import UserFactory, enrol
from evaluation import selectors, services
from evaluation.models import Assessment, SurveyAnswer, SurveyResponse


def _mentee(personas, n: int):
    user = UserFactory(email=f"m{n}@acme.example", organisation=personas.acme)
    return enrol(user, personas.regional, "mentee")


def _levels(personas, framework, enrolment, slug: str, start: int | None, end: int | None):
    competence = framework.competences.get(slug=slug)
    for phase, level in (("start", start), ("end", end)):
        if level is not None:
            Assessment.objects.create(
                programme=personas.regional,
                enrolment=enrolment,
                competence=competence,
                phase=phase,
                level=level,
                start_level=start if phase == "end" else None,
            )


def _row(rows, slug):
    return next(row for row in rows if row["competence"].slug == slug)


def test_growth_counts_only_people_with_both_levels_and_hides_groups_under_five(personas, framework):
    people = [_mentee(personas, n) for n in range(6)]
    # start/end per person for communication: (1,3) (2,3) (3,3) (2,4) (4,5) and one start-only
    pairs = [(1, 3), (2, 3), (3, 3), (2, 4), (4, 5), (3, None)]
    for person, (start, end) in zip(people, pairs, strict=True):
        _levels(personas, framework, person, "communication", start, end)
    for person, (start, end) in zip(people[:4], pairs[:4], strict=True):
        _levels(personas, framework, person, "innovation", start, end)

    rows = selectors.growth_by_competence(framework=framework)
    communication = _row(rows, "communication")
    assert communication["n"] == 5
    assert communication["start"] == pytest.approx(12 / 5) and communication["end"] == pytest.approx(18 / 5)
    assert communication["change"] == pytest.approx(6 / 5)
    innovation = _row(rows, "innovation")
    assert innovation["n"] == 4 and innovation["start"] is None and innovation["change"] is None

    narrowed = selectors.growth_by_competence(
        framework=framework, enrolments=personas.regional.enrolments.filter(pk__in=[p.pk for p in people[:3]])
    )
    assert _row(narrowed, "communication")["n"] == 3 and _row(narrowed, "communication")["start"] is None


def test_the_survey_summary_averages_over_five_and_narrows_by_enrolments(personas):
    survey = services.survey_get_or_create(programme=personas.regional)
    question = survey.questions.get(key="relationship-trust")
    people = [_mentee(personas, n) for n in range(5)]
    for person, value in zip(people, (5, 4, 4, 3, 2), strict=True):
        response = SurveyResponse.objects.create(survey=survey, enrolment=person, role="mentee")
        SurveyAnswer.objects.create(response=response, question=question, role="mentee", value=value)
    row = next(r for r in selectors.survey_scale_summary(survey=survey) if r["question"] == question)
    assert row["n"] == 5 and row["average"] == pytest.approx(18 / 5)
    some = personas.regional.enrolments.filter(pk__in=[p.pk for p in people[:2]])
    row = next(
        r for r in selectors.survey_scale_summary(survey=survey, enrolments=some) if r["question"] == question
    )
    assert row["n"] == 2 and row["average"] is None
