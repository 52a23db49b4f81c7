"""'Why this match' names what the programme's own rules bring: the two countries, who teaches whom."""

import pytest

from core.factories import UserFactory, enrol
from matching.explain import explain
from matching.models import MatchRound, Proposal

FIT = {"fit": 1.0, "seniority": 1.0}


@pytest.fixture
def people_in(personas):
    """A mentor at acme (Netherlands) and a mentee at initech (Belgium) in a programme, one need."""

    def make(programme, *, cross_country=False, reverse=(), levels=(4, 2)):
        programme.cross_country = cross_country
        programme.reverse_competences = list(reverse)
        programme.save()
        programme.managers.add(personas.manager)
        slug = reverse[0] if reverse else "negotiation"
        mentor = enrol(UserFactory(organisation=personas.acme), programme, "mentor", offers=[slug])
        mentee = enrol(UserFactory(organisation=personas.initech), programme, "mentee", needs=[slug])
        for enrolment, level in zip((mentor, mentee), levels, strict=True):
            enrolment.user.profile.seniority = level
            enrolment.user.profile.save()
        return mentor, mentee

    return make


def test_a_cross_country_match_names_both_countries(people_in, personas):
    mentor, mentee = people_in(personas.leaders, cross_country=True)

    why = explain(FIT, None, pair=(mentor.programme, mentor, mentee, mentee.needs.get().competence))

    assert "Brings another country's view: the mentor works in Netherlands, the mentee in Belgium." in why


def test_a_reverse_match_says_who_teaches_what(people_in, personas):
    mentor, mentee = people_in(personas.regional, reverse=["data-literacy"], levels=(2, 5))

    why = explain(FIT, None, pair=(mentor.programme, mentor, mentee, mentee.needs.get().competence))

    assert (
        "Reverse mentoring: the mentor, at level 2, teaches Data literacy to the mentee, at level 5." in why
    )
    assert "Has the right experience gap for this need." not in why


def test_the_proposals_say_it_too(client, people_in, personas):
    mentor, mentee = people_in(personas.leaders, cross_country=True)
    match_round = MatchRound.objects.create(
        programme=personas.leaders, started_by=personas.manager, status="draft"
    )
    Proposal.objects.create(
        programme=personas.leaders,
        round=match_round,
        mentee=mentee,
        mentor=mentor,
        need=mentee.needs.get(),
        score=0.9,
        components=FIT,
    )
    client.force_login(personas.manager)

    [row] = client.get(f"/api/programmes/leaders/rounds/{match_round.public_id}/proposals").json()

    assert any("the mentor works in Netherlands" in line for line in row["why"])
