from datetime import timedelta

import pytest
from django.utils import timezone

from core.access import programme_access_for
from core.errors import ServiceError
from evaluation import selectors, services
from evaluation.models import Assessment

from .conftest import all_levels


def _access(personas, who: str, programme: str = "regional"):
    return programme_access_for(getattr(personas, who), programme)


def test_an_approved_mentee_may_give_the_start_assessment_but_not_yet_the_end(personas, framework):
    access = _access(personas, "mentee_acme")
    assert selectors.assessment_windows(access=access) == {"start": True, "end": False}
    services.assessment_submit(access=access, phase="start", levels=all_levels(framework, 2))
    assert Assessment.objects.filter(enrolment=access.enrolment, phase="start", assessor="self").count() == 15
    with pytest.raises(ServiceError, match="end assessment is not open"):
        services.assessment_submit(access=access, phase="end", levels=all_levels(framework, 4))


def test_submitting_the_start_again_replaces_the_levels(personas, framework):
    access = _access(personas, "mentee_acme")
    services.assessment_submit(access=access, phase="start", levels=all_levels(framework, 2))
    services.assessment_submit(access=access, phase="start", levels=all_levels(framework, 3))
    levels = selectors.assessment_levels(enrolment=access.enrolment, phase="start")
    assert set(levels.values()) == {3} and len(levels) == 15


def test_a_missing_competence_is_named(personas, framework):
    access = _access(personas, "mentee_acme")
    levels = all_levels(framework)
    del levels["resilience"]
    with pytest.raises(ServiceError, match="Choose a level for: Resilience"):
        services.assessment_submit(access=access, phase="start", levels=levels)
    assert not Assessment.objects.exists()


@pytest.mark.parametrize("bad", [0, 6, True, "3"])
def test_a_level_outside_one_to_five_is_refused(personas, framework, bad):
    levels = all_levels(framework)
    levels["resilience"] = bad
    with pytest.raises(ServiceError, match="“Resilience” must be a whole number from 1 to 5"):
        services.assessment_submit(access=_access(personas, "mentee_acme"), phase="start", levels=levels)


def test_an_unknown_competence_is_refused(personas, framework):
    levels = {**all_levels(framework), "juggling": 3}
    with pytest.raises(ServiceError, match="Unknown competence: juggling"):
        services.assessment_submit(access=_access(personas, "mentee_acme"), phase="start", levels=levels)


def test_mentors_applicants_and_coordinators_have_no_self_assessment(personas):
    for who in ("mentor_acme", "applicant_acme", "coordinator_acme", "manager"):
        assert selectors.assessment_windows(access=_access(personas, who)) == {"start": False, "end": False}


def test_the_end_opens_when_the_mentorship_closes_and_then_the_start_closes(
    personas, framework, closed_mentorship
):
    access = _access(personas, "mentee_acme")
    services.assessment_submit(access=access, phase="start", levels=all_levels(framework, 2))
    assert selectors.assessment_windows(access=access) == {"start": True, "end": True}
    services.assessment_submit(access=access, phase="end", levels=all_levels(framework, 4))
    assert selectors.assessment_windows(access=access) == {"start": False, "end": True}
    rows = selectors.growth_rows(framework=framework, enrolment=access.enrolment)
    assert {(row["start"], row["end"], row["change"]) for row in rows} == {(2, 4, 2)}


def test_a_mentorship_cancelled_before_it_started_does_not_open_the_end(personas, framework, mentorship):
    mentorship.status, mentorship.started_at = "closed", None
    mentorship.save()
    assert selectors.assessment_windows(access=_access(personas, "mentee_acme"))["end"] is False


def test_the_end_opens_thirty_days_before_the_cohort_ends(personas, framework):
    personas.regional.cohort_end = timezone.localdate() + timedelta(days=31)
    personas.regional.save()
    assert selectors.assessment_windows(access=_access(personas, "mentee_acme"))["end"] is False
    personas.regional.cohort_end = timezone.localdate() + timedelta(days=30)
    personas.regional.save()
    assert selectors.assessment_windows(access=_access(personas, "mentee_acme"))["end"] is True


def test_a_mentor_assesses_their_own_mentee_only_when_the_programme_asks_it(personas, framework, mentorship):
    mentee = personas.enrolments["mentee_acme"]
    access = _access(personas, "mentor_globex")
    assert selectors.my_mentees(access=access) == [mentee]
    with pytest.raises(ServiceError, match="do not assess their mentees"):
        services.assessment_submit(access=access, phase="start", levels=all_levels(framework), mentee=mentee)
    services.framework_update(framework=framework, source="builtin", mentor_assessment=True)
    services.assessment_submit(access=access, phase="start", levels=all_levels(framework, 2), mentee=mentee)
    saved = Assessment.objects.filter(enrolment=mentee, assessor="mentor")
    assert saved.count() == 15 and {a.assessed_by for a in saved} == {personas.mentor_globex}
    row = selectors.growth_rows(framework=framework, enrolment=mentee)[0]
    assert row["mentor_start"] == 2 and row["start"] is None


def test_a_mentor_cannot_reach_someone_elses_mentee(personas, framework, mentorship):
    access = _access(personas, "mentor_initech")
    assert selectors.my_mentees(access=access) == []
    from django.http import Http404

    with pytest.raises(Http404):
        selectors.mentee_for_mentor(access=access, public_id=personas.enrolments["mentee_acme"].public_id)


def test_deleting_a_programme_deletes_its_framework_and_assessments(personas, framework):
    services.assessment_submit(
        access=_access(personas, "mentee_acme"), phase="start", levels=all_levels(framework)
    )
    personas.regional.delete()
    assert not Assessment.objects.exists()


def test_erasing_a_person_erases_their_assessments(personas, framework):
    services.assessment_submit(
        access=_access(personas, "mentee_acme"), phase="start", levels=all_levels(framework)
    )
    personas.mentee_acme.delete()
    assert not Assessment.objects.exists()
