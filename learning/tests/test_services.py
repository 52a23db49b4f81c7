"""Answering modules and choosing the required ones."""

import pytest

from core.errors import ServiceError
from learning import content, selectors, services
from learning.models import ModuleCompletion, ModuleSetting

RIGHT = {spec.slug: list(spec.answers) for spec in content.MODULES}


def wrong(slug: str) -> list[int]:
    """Every answer right except the first."""
    answers = list(RIGHT[slug])
    answers[0] = (answers[0] + 1) % content.MODULES_BY_SLUG[slug].choices
    return answers


# Answering -----------------------------------------------------------------------------------------


def test_a_mentee_passes_a_module_by_answering_every_question_right(personas):
    enrolment = personas.enrolments["mentee_acme"]

    result = services.module_answer(enrolment=enrolment, module="smart-goals", answers=RIGHT["smart-goals"])

    assert (result.score, result.total, result.passed) == (3, 3, True)
    completion = ModuleCompletion.objects.get(enrolment=enrolment, module="smart-goals")
    assert completion.passed and completion.completed_at is not None
    assert (completion.attempts, completion.score, completion.questions) == (1, 3, 3)


def test_one_wrong_answer_does_not_pass_and_says_which_was_wrong(personas):
    enrolment = personas.enrolments["mentee_acme"]

    result = services.module_answer(enrolment=enrolment, module="smart-goals", answers=wrong("smart-goals"))

    assert (result.score, result.passed, result.correct) == (2, False, [False, True, True])
    completion = ModuleCompletion.objects.get(enrolment=enrolment, module="smart-goals")
    assert not completion.passed and completion.completed_at is None


def test_a_retry_after_failing_can_pass_and_keeps_the_count_of_attempts(personas):
    enrolment = personas.enrolments["mentee_acme"]
    services.module_answer(enrolment=enrolment, module="smart-goals", answers=wrong("smart-goals"))

    result = services.module_answer(enrolment=enrolment, module="smart-goals", answers=RIGHT["smart-goals"])

    assert result.passed
    completion = result.completion
    assert (completion.attempts, completion.score, completion.passed) == (2, 3, True)


def test_a_passed_module_stays_passed_with_its_best_score_after_a_worse_retry(personas):
    enrolment = personas.enrolments["mentee_acme"]
    first = services.module_answer(enrolment=enrolment, module="smart-goals", answers=RIGHT["smart-goals"])
    passed_at = first.completion.completed_at

    again = services.module_answer(enrolment=enrolment, module="smart-goals", answers=wrong("smart-goals"))

    assert not again.passed
    completion = ModuleCompletion.objects.get(enrolment=enrolment, module="smart-goals")
    assert (completion.passed, completion.score, completion.completed_at) == (True, 3, passed_at)
    assert completion.last_answers == wrong("smart-goals")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([1, 1], "Answer all 3 questions; 2 answers were given."),
        ([None, 1, None], "Choose an answer to question 1, 3."),
        ([1, 7, 1], "Question 2 has no choice 7."),
        ([-1, 1, 1], "Question 1 has no choice -1."),
    ],
)
def test_incomplete_or_impossible_answers_are_refused_with_a_clear_message(personas, answers, message):
    enrolment = personas.enrolments["mentee_acme"]

    with pytest.raises(ServiceError) as error:
        services.module_answer(enrolment=enrolment, module="smart-goals", answers=answers)

    assert error.value.message == message
    assert not ModuleCompletion.objects.exists()


def test_a_mentee_cannot_answer_a_module_written_for_mentors(personas):
    with pytest.raises(ServiceError, match="not part of your role"):
        services.module_answer(
            enrolment=personas.enrolments["mentee_acme"],
            module="guiding-as-a-mentor",
            answers=RIGHT["guiding-as-a-mentor"],
        )


def test_an_unknown_module_is_refused(personas):
    with pytest.raises(ServiceError, match="There is no module “nope”"):
        services.module_answer(enrolment=personas.enrolments["mentee_acme"], module="nope", answers=[0])


def test_a_withdrawn_participant_can_no_longer_answer(personas):
    enrolment = personas.enrolments["mentee_acme"]
    enrolment.status = "withdrawn"
    enrolment.save()

    with pytest.raises(ServiceError, match="Your enrolment is withdrawn"):
        services.module_answer(enrolment=enrolment, module="smart-goals", answers=RIGHT["smart-goals"])


def test_an_applicant_may_already_prepare(personas):
    result = services.module_answer(
        enrolment=personas.enrolments["applicant_acme"], module="smart-goals", answers=RIGHT["smart-goals"]
    )
    assert result.passed


# Required modules ----------------------------------------------------------------------------------


def test_without_a_choice_the_programme_follows_the_built_in_defaults(personas):
    modules = {m.slug: m for m in selectors.programme_modules(programme=personas.regional)}

    for spec in content.MODULES:
        assert modules[spec.slug].required_for_mentors == spec.required_for_mentors
        assert modules[spec.slug].required_for_mentees == spec.required_for_mentees


def test_a_manager_chooses_the_required_modules_and_the_gate(personas):
    services.module_requirements_set(
        programme=personas.regional,
        required_for_mentors={"guiding-as-a-mentor"},
        required_for_mentees={"smart-goals", "from-insight-to-practice"},
        gate="before-accepting",
    )

    modules = {m.slug: m for m in selectors.programme_modules(programme=personas.regional)}
    assert [s for s, m in modules.items() if m.required_for_mentors] == ["guiding-as-a-mentor"]
    assert sorted(s for s, m in modules.items() if m.required_for_mentees) == [
        "from-insight-to-practice",
        "smart-goals",
    ]
    assert ModuleSetting.objects.filter(programme=personas.regional).count() == len(content.MODULES)
    personas.regional.refresh_from_db()
    assert personas.regional.learning_gate == "before-accepting"
    # The other programme is untouched.
    assert not ModuleSetting.objects.filter(programme=personas.leaders).exists()


def test_choosing_twice_keeps_one_setting_per_module(personas):
    for _ in range(2):
        services.module_requirements_set(
            programme=personas.regional, required_for_mentors=set(), required_for_mentees={"smart-goals"}
        )
    assert ModuleSetting.objects.filter(programme=personas.regional).count() == len(content.MODULES)
    assert personas.regional.learning_gate == "none"


@pytest.mark.parametrize(
    ("mentors", "mentees", "gate", "message"),
    [
        ({"nope"}, set(), None, "Unknown module(s): nope."),
        ({"from-insight-to-practice"}, set(), None, "is written for mentees only"),
        (set(), {"guiding-as-a-mentor"}, None, "is written for mentors only"),
        (set(), set(), "sometimes", "Unknown learning gate “sometimes”."),
    ],
)
def test_impossible_requirements_are_refused_and_nothing_is_written(
    personas, mentors, mentees, gate, message
):
    with pytest.raises(ServiceError) as error:
        services.module_requirements_set(
            programme=personas.regional, required_for_mentors=mentors, required_for_mentees=mentees, gate=gate
        )
    assert message in error.value.message
    assert not ModuleSetting.objects.exists()
