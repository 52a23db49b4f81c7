"""Reads of the coffee app, always through the actor's `ProgrammeAccess` (core/access.py)."""

from django.db.models import Avg, Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from core.suppression import Figure, count, withhold_part_and_share
from programmes.models import Enrolment

from .models import CoffeeFeedback, CoffeeOptIn, CoffeePair, CoffeeRound, CoffeeSettings

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


def answered_pair_ids(*, access) -> set[int]:
    """The actor's coffees they have said how it went of."""
    if access.enrolment is None:
        return set()
    return set(CoffeeFeedback.objects.filter(enrolment=access.enrolment).values_list("pair_id", flat=True))


def own_feedback(*, access, pair: CoffeePair) -> CoffeeFeedback | None:
    """The actor's own answer on one of their coffees, if they gave one."""
    if access.enrolment is None:
        return None
    return CoffeeFeedback.objects.filter(pair=pair, enrolment=access.enrolment).first()


def round_feedback(*, coffee_round: CoffeeRound) -> dict:
    """How a round's coffees went, as the manager sees it: `Figure`s (core.suppression) for the
    answers, the share who met and the average rating; one aggregate query.

    The share who met is withheld with its part or its whole (fewer than five answers, or fewer
    than five who met or did not meet: the share would tell what they answered); the average with
    fewer than five ratings. Comments, without names, only from five answers in the round.
    """
    answers = CoffeeFeedback.objects.filter(pair__round=coffee_round)
    row = answers.aggregate(
        n=Count("id"), met=Count("id", filter=Q(met=True)), rated=Count("rating"), average=Avg("rating")
    )
    whole, part = count(row["n"]), count(row["met"])
    share = Figure(100 * row["met"] / row["n"] if row["n"] else None, row["n"], kind="percent")
    part, share = withhold_part_and_share(
        whole=whole, part=part, rest=count(row["n"] - row["met"]), share=share
    )
    comments = [] if whole.suppressed else list(answers.exclude(comment="").values_list("comment", flat=True))
    return {
        "answers": whole,
        "met": part,
        "met_share": share,
        "average_rating": Figure(row["average"], row["rated"], kind="mean"),
        "comments": comments,
    }
