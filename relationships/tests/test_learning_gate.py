"""The programme's learning gate: e-learning required before being matched, or before accepting."""

import pytest

from core.errors import ServiceError
from learning.models import ModuleCompletion
from learning.selectors import required_not_passed
from relationships import services

from .helpers import ask


def gate(personas, value):
    personas.regional.learning_gate = value
    personas.regional.save(update_fields=["learning_gate"])


def complete_required(enrolment):
    for module in required_not_passed(enrolment=enrolment):
        ModuleCompletion.objects.create(enrolment=enrolment, module=module.slug, passed=True)


def test_before_matching_a_mentee_without_the_modules_cannot_send_a_request(people):
    gate(people, "before-matching")
    with pytest.raises(ServiceError, match="Mentee Initech must first complete the required e-learning"):
        ask(people)
    complete_required(people.enrolments["mentee_initech"])
    with pytest.raises(ServiceError, match="Mentor Acme Logistics must first complete"):
        ask(people)  # nor can a mentor who has not done them be asked

    complete_required(people.enrolments["mentor_acme"])

    assert ask(people).status == "open"


def test_before_accepting_the_mentor_completes_the_modules_before_accepting(people):
    gate(people, "before-accepting")
    request = ask(people)  # asking is allowed
    with pytest.raises(ServiceError, match="Mentor Acme Logistics must first complete"):
        services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])

    complete_required(people.enrolments["mentor_acme"])

    assert (
        services.request_accept(request=request, mentor=people.enrolments["mentor_acme"]).status == "agreeing"
    )


def test_before_accepting_each_side_completes_the_modules_before_signing(people):
    complete_required(people.enrolments["mentor_acme"])
    mentorship = services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"])
    gate(people, "before-accepting")
    for user in (people.mentor_acme, people.mentee_initech):
        services.agreement_update(
            mentorship=mentorship,
            user=user,
            confidentiality=True,
            frequency="monthly",
            mode="both",
            expectations="x",
        )
    services.agreement_sign(mentorship=mentorship, user=people.mentor_acme)

    with pytest.raises(ServiceError, match="Mentee Initech must first complete"):
        services.agreement_sign(mentorship=mentorship, user=people.mentee_initech)
