import pytest

from coffee import services
from coffee.models import CoffeeSettings

PARTICIPANTS = (
    "mentor_acme",
    "mentee_acme",
    "mentor_globex",
    "mentee_globex",
    "mentor_initech",
    "mentee_initech",
)


@pytest.fixture
def coffee(personas):
    """The regional programme offers monthly virtual coffee and its six participants opted in.

    Pairing across competitors is allowed here: the six are two per organisation and acme and
    globex compete, so with the rule on one of their four people would have to meet a competitor
    in every round. The tests of that rule turn it on themselves.
    """
    personas.regional.exclude_competitors = False
    personas.regional.save(update_fields=["exclude_competitors"])
    settings_row = CoffeeSettings.objects.create(programme=personas.regional, cadence="monthly")
    for name in PARTICIPANTS:
        services.coffee_opt(enrolment=personas.enrolments[name], active=True)
    return settings_row


@pytest.fixture
def coffee_round(personas, coffee, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.coffee_round_run(programme=personas.regional, actor=personas.manager, seed=1)
