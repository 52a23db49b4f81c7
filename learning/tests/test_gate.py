"""The learning gate that the matching and relationships code ask before matching or accepting."""

import pytest

from core.errors import ServiceError
from core.factories import UserFactory, enrol
from learning import content, selectors, services

RIGHT = {spec.slug: list(spec.answers) for spec in content.MODULES}


def set_gate(programme, gate: str) -> None:
    programme.learning_gate = gate
    programme.save()


def pass_modules(enrolment, *slugs: str) -> None:
    for slug in slugs:
        services.module_answer(enrolment=enrolment, module=slug, answers=RIGHT[slug])


def test_without_a_gate_nobody_is_held_back_even_with_required_modules_open(personas):
    mentee = personas.enrolments["mentee_acme"]

    assert selectors.required_not_passed(enrolment=mentee)  # the defaults require some
    for step in (None, "match", "accept"):
        assert selectors.required_modules_done(enrolment=mentee, step=step)
        assert selectors.missing_modules(enrolment=mentee, step=step) == []
    assert selectors.blocked_enrolment_ids(programme=personas.regional, step="match") == set()


def test_a_gate_before_matching_holds_back_matching_and_accepting(personas):
    set_gate(personas.regional, "before-matching")
    mentee = personas.enrolments["mentee_acme"]

    for step in (None, "match", "accept"):
        assert not selectors.required_modules_done(enrolment=mentee, step=step)
    assert [m.slug for m in selectors.missing_modules(enrolment=mentee, step="match")] == [
        "cross-company-mentoring",
        "mentoring-conversation",
        "smart-goals",
    ]


def test_a_gate_before_accepting_lets_people_be_matched_but_not_accept(personas):
    set_gate(personas.regional, "before-accepting")
    mentor = personas.enrolments["mentor_acme"]

    assert selectors.required_modules_done(enrolment=mentor, step="match")
    assert not selectors.required_modules_done(enrolment=mentor, step="accept")
    assert not selectors.required_modules_done(enrolment=mentor)


def test_passing_the_required_modules_opens_the_gate(personas):
    set_gate(personas.regional, "before-matching")
    mentee = personas.enrolments["mentee_acme"]
    pass_modules(mentee, "cross-company-mentoring", "mentoring-conversation")
    assert [m.slug for m in selectors.missing_modules(enrolment=mentee, step="match")] == ["smart-goals"]

    pass_modules(mentee, "smart-goals")

    assert selectors.required_modules_done(enrolment=mentee, step="match")
    assert selectors.required_modules_done(enrolment=mentee, step="accept")


def test_a_failed_attempt_does_not_count_as_done(personas):
    set_gate(personas.regional, "before-matching")
    mentee = personas.enrolments["mentee_acme"]
    pass_modules(mentee, "cross-company-mentoring", "mentoring-conversation")
    answers = list(RIGHT["smart-goals"])
    answers[-1] = (answers[-1] + 1) % 4
    services.module_answer(enrolment=mentee, module="smart-goals", answers=answers)

    assert not selectors.required_modules_done(enrolment=mentee, step="match")


def test_requirements_follow_the_role_mentors_and_mentees_are_asked_different_modules(personas):
    set_gate(personas.regional, "before-matching")
    services.module_requirements_set(
        programme=personas.regional,
        required_for_mentors={"guiding-as-a-mentor"},
        required_for_mentees={"smart-goals"},
    )
    mentor, mentee = personas.enrolments["mentor_acme"], personas.enrolments["mentee_acme"]

    assert [m.slug for m in selectors.missing_modules(enrolment=mentor)] == ["guiding-as-a-mentor"]
    assert [m.slug for m in selectors.missing_modules(enrolment=mentee)] == ["smart-goals"]


def test_someone_who_is_both_mentor_and_mentee_must_do_both_roles_modules(personas):
    set_gate(personas.regional, "before-matching")
    services.module_requirements_set(
        programme=personas.regional,
        required_for_mentors={"guiding-as-a-mentor"},
        required_for_mentees={"from-insight-to-practice"},
    )
    both = enrol(UserFactory(organisation=personas.initech), personas.regional, "both")

    assert [m.slug for m in selectors.missing_modules(enrolment=both)] == [
        "guiding-as-a-mentor",
        "from-insight-to-practice",
    ]


def test_progress_in_one_programme_does_not_count_in_another(personas):
    for programme in (personas.regional, personas.leaders):
        set_gate(programme, "before-matching")
    pass_modules(personas.enrolments["leaders_mentee_acme"], "cross-company-mentoring")

    missing = selectors.missing_modules(enrolment=personas.enrolments["mentee_acme"])
    assert "cross-company-mentoring" in [m.slug for m in missing]


def test_the_gate_check_names_the_person_and_the_modules(personas):
    set_gate(personas.regional, "before-accepting")
    mentor = personas.enrolments["mentor_globex"]
    pass_modules(mentor, "cross-company-mentoring", "mentoring-conversation")

    selectors.learning_gate_check(enrolment=mentor, step="match")  # the gate is later
    with pytest.raises(ServiceError) as error:
        selectors.learning_gate_check(enrolment=mentor, step="accept")

    assert error.value.code == "learning_required"
    assert error.value.message == (
        "Mentor Globex Freight must first complete the required e-learning: "
        "Guiding without directing: the mentor's craft."
    )


def test_the_match_pool_excludes_exactly_those_the_gate_holds_back(personas):
    set_gate(personas.regional, "before-matching")
    services.module_requirements_set(
        programme=personas.regional, required_for_mentors=set(), required_for_mentees={"smart-goals"}
    )
    pass_modules(personas.enrolments["mentee_acme"], "smart-goals")

    blocked = selectors.blocked_enrolment_ids(programme=personas.regional, step="match")

    assert blocked == {
        personas.enrolments[key].pk for key in ("mentee_globex", "mentee_initech", "applicant_acme")
    }
    set_gate(personas.regional, "before-accepting")
    assert selectors.blocked_enrolment_ids(programme=personas.regional, step="match") == set()


def test_an_unknown_step_is_a_programming_error(personas):
    with pytest.raises(ValueError, match="unknown step"):
        selectors.required_modules_done(enrolment=personas.enrolments["mentee_acme"], step="later")
