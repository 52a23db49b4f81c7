"""Find a mentor: when no mentor can be chosen for a need, the page says the real reason."""

import pytest

from core.factories import OrganisationFactory, UserFactory, competence, enrol, join
from learning.models import ModuleCompletion
from learning.selectors import required_not_passed
from programmes.models import Need
from relationships.models import Mentorship


@pytest.fixture
def people(personas):
    personas.regional.matching_mode = "both"
    personas.regional.save(update_fields=["matching_mode"])
    return personas


def find_a_mentor(client, user):
    client.force_login(user)
    page = client.get("/p/regional/recommendations/")
    assert page.status_code == 200
    return page.content.decode()


def mentorship(people, mentor, mentee, need=None):
    return Mentorship.objects.create(
        programme=people.regional, mentor=mentor, mentee=mentee, need=need, origin="request", status="active"
    )


def newcomer(people, key):
    organisation = OrganisationFactory(key=key, name=key.title(), country="NL")
    join(people.regional, organisation)
    return enrol(UserFactory(email=f"mentee@{key}.example", organisation=organisation), people.regional)


def complete_required(enrolment):
    for module in required_not_passed(enrolment=enrolment):
        ModuleCompletion.objects.create(enrolment=enrolment, module=module.slug, passed=True)


def test_it_says_the_mentee_already_has_as_many_mentors_as_allowed(client, people):
    mentee = people.enrolments["mentee_initech"]
    Need.objects.create(enrolment=mentee, competence=competence("negotiation"))
    people.enrolments["mentor_acme"].offers.add(competence("negotiation"))
    mentorship(people, people.enrolments["mentor_globex"], mentee, need=mentee.needs.first())

    page = find_a_mentor(client, people.mentee_initech)

    assert "This need already has a mentor." in page
    assert "You already have as many mentors as this programme allows (1)" in page
    assert "No mentor with room left" not in page


def test_it_says_the_required_e_learning_is_not_done(client, people):
    people.regional.learning_gate = "before-matching"
    people.regional.save(update_fields=["learning_gate"])

    page = find_a_mentor(client, people.mentee_initech)

    assert "Complete the programme&#x27;s required e-learning first:" in page
    complete_required(people.enrolments["mentee_initech"])
    page = find_a_mentor(client, people.mentee_initech)
    assert "The mentors who offer Public speaking have not completed the required e-learning yet." in page


def test_it_says_every_mentor_who_offers_it_is_full(client, people):
    for mentor, key in (("mentor_acme", "umbrella"), ("mentor_globex", "hooli")):
        mentorship(people, people.enrolments[mentor], newcomer(people, key))

    page = find_a_mentor(client, people.mentee_initech)

    assert "Every mentor who offers Public speaking and may mentor you has all their places taken." in page


def test_it_says_nobody_offers_the_competence(client, people):
    need = people.enrolments["mentee_initech"].needs.first()
    need.competence = competence("negotiation")
    need.save(update_fields=["competence"])

    page = find_a_mentor(client, people.mentee_initech)

    assert "No mentor in this programme offers Negotiation." in page


def test_it_says_the_programmes_rules_exclude_the_mentors_who_offer_it(client, people):
    people.enrolments["mentor_initech"].offers.clear()  # left: acme (own) and globex (a competitor)

    page = find_a_mentor(client, people.mentee_acme)

    assert "do not fit this programme&#x27;s rules for you" in page
