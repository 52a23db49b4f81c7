"""Virtual-coffee rounds in the product: opt in and out, run, tell, run on cadence."""

from datetime import timedelta
from itertools import combinations

import pytest
from django.utils import timezone

from coffee import services
from coffee.models import CoffeeOptIn, CoffeePair, CoffeeRound
from coffee.tasks import run_due_rounds
from core.errors import ServiceError
from core.factories import UserFactory, enrol

from .conftest import PARTICIPANTS


def groups_of(coffee_round):
    return [list(pair.people.select_related("organisation", "user")) for pair in coffee_round.pairs.all()]


def test_a_round_pairs_every_opted_in_participant_with_someone_of_another_organisation(
    personas, coffee_round
):
    groups = groups_of(coffee_round)

    placed = sorted(e.pk for group in groups for e in group)
    assert placed == sorted(personas.enrolments[name].pk for name in PARTICIPANTS)
    assert all(len(group) == 2 for group in groups)
    for group in groups:
        assert group[0].organisation_id != group[1].organisation_id
    assert coffee_round.number == 1 and coffee_round.compromises == []


def test_everyone_gets_one_email_with_the_other_persons_profile_and_a_suggested_time(
    personas, coffee, mailoutbox, django_capture_on_commit_callbacks
):
    personas.mentor_globex.profile.job_title = "Head of Fleet"
    personas.mentor_globex.profile.bio = "Twenty years of moving containers."
    personas.mentor_globex.profile.save()

    with django_capture_on_commit_callbacks(execute=True):
        coffee_round = services.coffee_round_run(programme=personas.regional, seed=3)
    pair = coffee_round.pairs.get(people=personas.enrolments["mentor_globex"])
    partner = pair.people.exclude(pk=personas.enrolments["mentor_globex"].pk).get()

    assert len(mailoutbox) == 6
    to_partner = next(m for m in mailoutbox if m.to == [partner.user.email])
    assert "Mentor Globex Freight" in to_partner.body
    assert "Head of Fleet" in to_partner.body and "Twenty years of moving containers." in to_partner.body
    assert "Suggested time" in to_partner.body and "Europe/Amsterdam" in to_partner.body
    assert f"/p/regional/coffee/pairs/{pair.public_id}/" in to_partner.body


def test_the_suggested_window_lies_in_both_persons_working_hours(personas, coffee):
    personas.mentee_initech.profile.timezone = "Asia/Singapore"
    personas.mentee_initech.profile.save()

    coffee_round = services.coffee_round_run(programme=personas.regional, seed=5)
    pair = coffee_round.pairs.get(people=personas.enrolments["mentee_initech"])

    for person in pair.people.select_related("user__profile"):
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(person.user.profile.timezone)
        start, end = pair.window_start.astimezone(zone), pair.window_end.astimezone(zone)
        assert start.hour >= 7 and (end.hour, end.minute) <= (21, 0)
        assert end - start >= timedelta(minutes=30)


def test_telling_a_group_twice_sends_one_email_each(
    personas, coffee, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        coffee_round = services.coffee_round_run(programme=personas.regional, seed=2)
    for pair in coffee_round.pairs.all():
        services.coffee_pair_notify(pair_id=pair.pk)

    assert len(mailoutbox) == 6


def test_later_rounds_never_repeat_a_pair_while_another_is_possible(personas, coffee):
    met = set()
    for seed in range(2):
        coffee_round = services.coffee_round_run(programme=personas.regional, seed=seed)
        for group in groups_of(coffee_round):
            pairs = {frozenset((a.pk, b.pk)) for a, b in combinations(group, 2)}
            assert not pairs & met
            met |= pairs
        assert coffee_round.compromises == []


def exclude_competitors(programme, exclude: bool) -> None:
    programme.exclude_competitors = exclude
    programme.save(update_fields=["exclude_competitors"])


def meets_a_competitor(group, personas) -> bool:
    return {personas.acme.pk, personas.globex.pk} <= {e.organisation_id for e in group}


def test_a_programme_that_excludes_competitors_never_pairs_people_of_two_competing_organisations(
    personas, coffee
):
    exclude_competitors(personas.regional, True)
    for name in ("mentee_acme", "mentee_globex"):
        services.coffee_opt(enrolment=personas.enrolments[name], active=False)

    # Acme and globex compete: each of their people meets an initech person, round after round,
    # and once both have met both, an old partner again rather than the competitor.
    rounds = [services.coffee_round_run(programme=personas.regional, seed=seed) for seed in range(4)]

    for coffee_round in rounds:
        assert not any(meets_a_competitor(group, personas) for group in groups_of(coffee_round))
    assert [[c["reason"] for c in r.compromises] for r in rounds] == [
        [],
        [],
        ["already_met", "already_met"],
        ["already_met", "already_met"],
    ]


def test_when_a_competitor_cannot_be_avoided_the_round_says_so(personas, coffee):
    exclude_competitors(personas.regional, True)
    for name in set(PARTICIPANTS) - {"mentor_acme", "mentor_globex"}:
        services.coffee_opt(enrolment=personas.enrolments[name], active=False)

    coffee_round = services.coffee_round_run(programme=personas.regional, seed=1)

    pair = coffee_round.pairs.get()
    people = sorted(str(personas.enrolments[name].public_id) for name in ("mentor_acme", "mentor_globex"))
    assert [(sorted(c["people"]), c["reason"]) for c in coffee_round.compromises] == [(people, "competitor")]
    assert pair.compromise == "competitor"
    assert coffee_round.stats["competitor"] == 1


def test_a_programme_that_allows_competitors_may_pair_them(personas, coffee):
    exclude_competitors(personas.regional, False)

    coffee_round = services.coffee_round_run(programme=personas.regional, seed=1)

    # With two people per organisation, no colleagues meeting means acme meets globex.
    assert any(meets_a_competitor(group, personas) for group in groups_of(coffee_round))
    assert coffee_round.compromises == []


def test_an_odd_number_of_participants_makes_one_trio(personas, coffee):
    extra = UserFactory(email="third@initech.example", name="Third Initech", organisation=personas.initech)
    services.coffee_opt(enrolment=enrol(extra, personas.regional, "mentee"), active=True)

    coffee_round = services.coffee_round_run(programme=personas.regional, seed=4)

    sizes = sorted(len(group) for group in groups_of(coffee_round))
    assert sizes == [2, 2, 3]


def test_opting_out_removes_a_person_from_future_rounds(personas, coffee):
    services.coffee_opt(enrolment=personas.enrolments["mentee_acme"], active=False)

    coffee_round = services.coffee_round_run(programme=personas.regional, seed=1)

    assert not coffee_round.pairs.filter(people=personas.enrolments["mentee_acme"]).exists()
    assert coffee_round.stats["participants"] == 5


def test_an_applicant_waiting_for_approval_cannot_opt_in(personas, coffee):
    with pytest.raises(ServiceError, match="approved"):
        services.coffee_opt(enrolment=personas.enrolments["applicant_acme"], active=True)


def test_nobody_can_opt_in_where_virtual_coffee_is_not_offered(personas):
    with pytest.raises(ServiceError, match="does not offer"):
        services.coffee_opt(enrolment=personas.enrolments["leaders_mentee_acme"], active=True)


def test_a_round_needs_two_participants(personas, coffee):
    CoffeeOptIn.objects.exclude(enrolment=personas.enrolments["mentor_acme"]).update(active=False)

    with pytest.raises(ServiceError, match="At least two participants"):
        services.coffee_round_run(programme=personas.regional)
    assert not CoffeeRound.objects.exists()


def test_rounds_run_on_cadence_and_running_twice_starts_nothing_new(personas, coffee):
    now = timezone.now()

    first = services.coffee_rounds_run_due(now=now)
    again = services.coffee_rounds_run_due(now=now)
    CoffeeRound.objects.update(created_at=now - timedelta(days=27))
    too_early = services.coffee_rounds_run_due(now=now)
    CoffeeRound.objects.update(created_at=now - timedelta(days=28))
    due = services.coffee_rounds_run_due(now=now)

    assert [r.number for r in first] == [1]
    assert again == [] and too_early == []
    assert [r.number for r in due] == [2]


def test_the_beat_task_runs_due_rounds_and_skips_manual_only_programmes(personas, coffee):
    coffee.automatic = False
    coffee.save()
    assert run_due_rounds() == 0

    coffee.automatic = True
    coffee.save()
    assert run_due_rounds() == 1
    assert run_due_rounds() == 0
    assert CoffeePair.objects.count() == 3


def test_a_weekly_programme_runs_again_after_a_week(personas, coffee):
    coffee.cadence = "weekly"
    coffee.save()
    services.coffee_rounds_run_due()
    CoffeeRound.objects.update(created_at=timezone.now() - timedelta(days=7))

    assert len(services.coffee_rounds_run_due()) == 1


def test_a_virtual_coffee_programme_offers_it_from_the_start(personas):
    personas.regional.kind = "virtual-coffee"
    personas.regional.save()

    services.coffee_opt(enrolment=personas.enrolments["mentee_acme"], active=True)

    assert personas.regional.coffee_settings.enabled
    assert personas.regional.coffee_settings.cadence == "monthly"
