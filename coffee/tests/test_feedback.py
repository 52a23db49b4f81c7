"""After a coffee: each paired person says whether they met and how it was, once per pairing; the
manager sees each round's answers as figures over five people or more."""

import json

import pytest

from coffee import services
from coffee.models import CoffeeFeedback, CoffeePair, CoffeeRound
from core.errors import ServiceError
from core.factories import UserFactory, enrol


def _pair_of(personas, name):
    return CoffeePair.objects.get(people=personas.enrolments[name])


def test_a_paired_person_says_on_the_pair_page_that_they_met_and_how_it_was(client, personas, coffee_round):
    pair = _pair_of(personas, "mentee_acme")
    client.force_login(personas.mentee_acme)
    page = client.get(f"/p/regional/coffee/pairs/{pair.public_id}/").content.decode()
    assert "Did you meet?" in page

    response = client.post(
        f"/p/regional/coffee/pairs/{pair.public_id}/feedback/",
        {"met": "1", "rating": "4", "comment": "Lovely chat about logistics."},
        follow=True,
    )

    feedback = CoffeeFeedback.objects.get(pair=pair, enrolment=personas.enrolments["mentee_acme"])
    assert (feedback.met, feedback.rating, feedback.comment) == (True, 4, "Lovely chat about logistics.")
    page = response.content.decode()
    assert "You met and rated the coffee 4 out of 5." in page and "Did you meet?" not in page


def test_my_coffees_ask_how_it_went_until_i_answered(client, personas, coffee_round):
    pair = _pair_of(personas, "mentee_acme")
    client.force_login(personas.mentee_acme)
    assert "Say how it went" in client.get("/p/regional/coffee/").content.decode()

    client.post(f"/p/regional/coffee/pairs/{pair.public_id}/feedback/", {"met": "0"})

    assert "Say how it went" not in client.get("/p/regional/coffee/").content.decode()


def test_each_person_answers_once_per_pairing(client, personas, coffee_round):
    pair = _pair_of(personas, "mentee_acme")
    client.force_login(personas.mentee_acme)
    url = f"/p/regional/coffee/pairs/{pair.public_id}/feedback/"
    client.post(url, {"met": "1", "rating": "4"})

    response = client.post(url, {"met": "0"}, follow=True)

    assert "You have already said how this coffee went." in response.content.decode()
    assert CoffeeFeedback.objects.get(pair=pair).met is True


def test_a_coffee_that_happened_needs_a_rating_and_one_that_did_not_keeps_none(personas, coffee_round):
    pair = _pair_of(personas, "mentee_acme")
    enrolment = personas.enrolments["mentee_acme"]
    with pytest.raises(ServiceError, match="a number from 1 to 5"):
        services.coffee_feedback_submit(enrolment=enrolment, pair=pair, met=True, rating=None)
    with pytest.raises(ServiceError, match="a number from 1 to 5"):
        services.coffee_feedback_submit(enrolment=enrolment, pair=pair, met=True, rating=6)

    feedback = services.coffee_feedback_submit(enrolment=enrolment, pair=pair, met=False, rating=3)

    assert feedback.rating is None


def test_someone_outside_the_pair_cannot_answer_for_it(personas, coffee_round):
    pair = _pair_of(personas, "mentee_acme")
    outsider = next(e for e in pair.round.pairs.exclude(pk=pair.pk).first().people.all())
    with pytest.raises(ServiceError, match="Only the people of this coffee"):
        services.coffee_feedback_submit(enrolment=outsider, pair=pair, met=True, rating=5)


@pytest.fixture
def big_round(personas):
    """A round of five pairs of ten people: enough answers to show figures."""
    coffee_round = CoffeeRound.objects.create(programme=personas.regional, number=1)
    people = [enrol(UserFactory(organisation=personas.acme), personas.regional) for _ in range(10)]
    pairs = []
    for first, second in zip(people[::2], people[1::2], strict=True):
        pair = CoffeePair.objects.create(round=coffee_round)
        pair.people.set([first, second])
        pairs.append((pair, first, second))
    return coffee_round, pairs


def _answer(pairs, answers, comment=""):
    """`answers`: (met, rating) per person, in the order of the pairs' people."""
    people = [(pair, person) for pair, first, second in pairs for person in (first, second)]
    for (pair, person), (met, rating) in zip(people, answers, strict=False):
        services.coffee_feedback_submit(enrolment=person, pair=pair, met=met, rating=rating, comment=comment)


def test_the_manager_sees_the_share_who_met_and_the_average_rating_of_a_round(client, personas, big_round):
    coffee_round, pairs = big_round
    _answer(pairs, [(True, 5)] * 4 + [(True, 3)] + [(False, None)] * 5, comment="Good talk")  # 10, 5 met

    client.force_login(personas.manager)
    page = client.get(f"/p/regional/coffee/rounds/{coffee_round.public_id}/").content.decode()
    api = client.get(f"/api/programmes/regional/coffee/rounds/{coffee_round.public_id}/feedback").json()

    assert "<strong>50%</strong> met" in page and "<strong>4.6</strong> average rating" in page
    assert api["answers"] == 10 and api["met_share"] == 50.0 and round(api["average_rating"], 2) == 4.6
    assert api["comments"] == ["Good talk"] * 10 and "<li>Good talk</li>" in page


def test_a_round_with_fewer_than_five_answers_shows_no_figure(client, personas, big_round):
    coffee_round, pairs = big_round
    _answer(pairs, [(True, 5)] * 4, comment="Only four of us")

    client.force_login(personas.manager)
    page = client.get(f"/p/regional/coffee/rounds/{coffee_round.public_id}/").content.decode()
    api = client.get(f"/api/programmes/regional/coffee/rounds/{coffee_round.public_id}/feedback").json()

    assert "5.0" not in page and page.count("fewer than 5") >= 3 and "Only four of us" not in page
    assert api == {"answers": None, "met_share": None, "average_rating": None, "comments": []}


def test_the_share_who_met_is_withheld_when_fewer_than_five_did_not_meet(personas, big_round):
    """Seven answers, six met: the share (86%) would tell that all but one met."""
    from coffee import selectors

    coffee_round, pairs = big_round
    _answer(pairs, [(True, 4)] * 6 + [(False, None)])

    feedback = selectors.round_feedback(coffee_round=coffee_round)

    assert feedback["answers"].shown == 7
    assert feedback["met_share"].suppressed and feedback["average_rating"].shown == 4


def test_a_paired_person_answers_through_the_api(client, personas, coffee_round):
    pair = _pair_of(personas, "mentee_acme")
    client.force_login(personas.mentee_acme)
    url = f"/api/programmes/regional/coffee/pairings/{pair.public_id}/feedback"

    first = client.post(url, json.dumps({"met": True, "rating": 5}), content_type="application/json")
    again = client.post(url, json.dumps({"met": False}), content_type="application/json")

    assert first.status_code == 201 and first.json()["rating"] == 5
    assert again.status_code == 400 and again.json()["code"] == "answered"
