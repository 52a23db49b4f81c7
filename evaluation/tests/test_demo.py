from django.db.models import F, OuterRef, Subquery

from demo.demo_data import DEMO_LOGINS
from demo.services import demo_load as demo_base_load
from evaluation import selectors
from evaluation.demo import demo_load
from evaluation.models import Assessment, Survey, SurveyAnswer, SurveyResponse
from programmes.models import Programme


def _counts():
    return (Assessment.objects.count(), SurveyResponse.objects.count(), SurveyAnswer.objects.count())


def test_the_demo_shows_assessments_and_survey_answers_and_loading_twice_changes_nothing(db):
    demo_base_load()
    programmes = {p.slug: p for p in Programme.objects.all()}

    demo_load(programmes=programmes)
    counts = _counts()
    demo_load(programmes=programmes)

    assert _counts() == counts
    lieke = Assessment.objects.filter(enrolment__user__email=DEMO_LOGINS["mentee"]["email"])
    assert set(lieke.values_list("phase", flat=True)) == {"start"} and lieke.count() == 15
    regional = programmes["regional-crossings-2026"]
    finished = Assessment.objects.filter(programme=regional, phase="end").values("enrolment").distinct()
    assert finished.count() >= 5
    survey = Survey.objects.get(programme=regional)
    for role in ("mentee", "mentor"):
        assert survey.responses.filter(role=role).count() >= 5
    shown = [row for row in selectors.survey_scale_summary(survey=survey) if row["average"] is not None]
    assert len(shown) >= 15
    start = Assessment.objects.filter(
        enrolment=OuterRef("enrolment"),
        competence=OuterRef("competence"),
        assessor=OuterRef("assessor"),
        phase="start",
    ).values("level")[:1]
    ends = Assessment.objects.filter(phase="end").annotate(expected=Subquery(start))
    pairs = list(ends.values_list("start_level", "expected"))
    assert pairs and all(stored == expected is not None for stored, expected in pairs)
    assert not SurveyAnswer.objects.exclude(role=F("response__role")).exists()
