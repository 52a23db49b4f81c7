from coffee.demo import PROGRAMME, demo_load
from coffee.models import CoffeeOptIn, CoffeePair, CoffeeRound
from demo.services import demo_load as demo_base_load
from programmes.models import Programme


def test_the_demo_opts_in_most_participants_and_has_one_past_round_and_loading_twice_changes_nothing(db):
    demo_base_load()
    programmes = {p.slug: p for p in Programme.objects.all()}

    demo_load(programmes=programmes)
    counts = (
        CoffeeOptIn.objects.filter(active=True).count(),
        CoffeeRound.objects.count(),
        CoffeePair.objects.count(),
    )
    demo_load(programmes=programmes)

    assert counts == (
        CoffeeOptIn.objects.filter(active=True).count(),
        CoffeeRound.objects.count(),
        CoffeePair.objects.count(),
    )
    people = programmes[PROGRAMME].enrolments.count()
    assert counts[0] > people * 0.8 and counts[1] == 1
    assert CoffeePair.objects.filter(compromise="").count() == counts[2]
