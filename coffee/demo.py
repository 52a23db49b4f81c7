"""Demo content of the coffee app: virtual coffee in the regional programme, with one past round."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from demo.demo_data import DEMO_LOGINS

from . import services
from .models import CoffeeOptIn, CoffeeRound, CoffeeSettings

PROGRAMME = "regional-crossings-2026"
# Every seventh participant has not opted in (yet): the demo shows both states.
LEFT_OUT_EVERY = 7


def demo_load(*, programmes: dict) -> None:
    """Monthly virtual coffee for the regional programme; most participants in; round 1 ten days ago.

    Idempotent: settings and opt-ins are set to the same values, and the round is only run when
    the programme has none.
    """
    programme = programmes.get(PROGRAMME)
    if programme is None:
        return
    with transaction.atomic():
        CoffeeSettings.objects.update_or_create(
            programme=programme, defaults={"enabled": True, "cadence": "monthly", "automatic": True}
        )
        people = list(
            programme.enrolments.filter(status__in=services.PAIRABLE)
            .select_related("user")
            .order_by("user__email")
        )
        for position, enrolment in enumerate(people):
            # The demo mentee and mentor logins are always in, so logging in shows a pairing.
            always = enrolment.user.email in (DEMO_LOGINS["mentee"]["email"], DEMO_LOGINS["mentor"]["email"])
            active = always or position % LEFT_OUT_EVERY != LEFT_OUT_EVERY - 1
            CoffeeOptIn.objects.update_or_create(enrolment=enrolment, defaults={"active": active})
        if CoffeeRound.objects.filter(programme=programme).exists():
            return
        coffee_round = services.coffee_round_run(programme=programme, seed=2026)
        ten_days_ago = timezone.now() - timedelta(days=10)
        CoffeeRound.objects.filter(pk=coffee_round.pk).update(created_at=ten_days_ago)
