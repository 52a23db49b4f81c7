"""Reads of the coffee app, always through the actor's `ProgrammeAccess` (core/access.py)."""

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404

from programmes.models import Enrolment

from .models import CoffeeOptIn, CoffeePair, CoffeeRound, CoffeeSettings

PEOPLE = Prefetch(
    "people", queryset=Enrolment.objects.select_related("user__profile", "organisation").order_by("id")
)


def coffee_settings_of(programme) -> CoffeeSettings | None:
    return CoffeeSettings.objects.filter(programme=programme).first()


def coffee_offered(programme) -> bool:
    return CoffeeSettings.objects.filter(programme=programme, enabled=True).exists()


def opted_in(enrolment) -> bool:
    return CoffeeOptIn.objects.filter(enrolment=enrolment, active=True).exists()


def round_list(*, access):
    """The programme's rounds: the manager's view."""
    if not access.is_manager:
        return CoffeeRound.objects.none()
    return CoffeeRound.objects.filter(programme=access.programme).annotate(n_pairs=Count("pairs"))


def round_get(*, access, public_id) -> CoffeeRound:
    return get_object_or_404(round_list(access=access), public_id=public_id)


def round_pairs(*, coffee_round: CoffeeRound):
    return coffee_round.pairs.prefetch_related(PEOPLE)


def pairs_of(*, access):
    """The actor's own coffee groups in this programme, newest first."""
    if access.enrolment is None:
        return CoffeePair.objects.none()
    return (
        CoffeePair.objects.filter(people=access.enrolment, round__programme=access.programme)
        .select_related("round")
        .prefetch_related(PEOPLE)
        .order_by("-round__number")
    )


def pair_get(*, access, public_id) -> CoffeePair:
    """A coffee group for its members and the programme's manager; 404 for anyone else."""
    queryset = CoffeePair.objects.filter(round__programme=access.programme)
    if not access.is_manager:
        member = access.enrolment
        queryset = queryset.none() if member is None else queryset.filter(people=member)
    return get_object_or_404(queryset.select_related("round").prefetch_related(PEOPLE), public_id=public_id)
