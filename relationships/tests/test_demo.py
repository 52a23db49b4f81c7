"""The demo's mentorships: a realistic mix, and loading twice changes nothing."""

import pytest

from demo.services import demo_load as load_people
from programmes.models import Programme
from relationships import selectors
from relationships.demo import demo_load
from relationships.models import ClosingFeedback, Mentorship, Message, Request


@pytest.fixture
def _demo(db):
    load_people()
    programmes = {p.slug: p for p in Programme.objects.all()}
    demo_load(programmes=programmes)
    return programmes


def test_the_demo_shows_every_state_of_a_mentorship_and_loads_once(_demo):
    before = (Mentorship.objects.count(), Message.objects.count(), Request.objects.count())
    demo_load(programmes=_demo)

    assert (Mentorship.objects.count(), Message.objects.count(), Request.objects.count()) == before
    health = selectors.health_counts(Mentorship.objects.all())
    assert health[selectors.NEEDS_ATTENTION] >= 1 and health[selectors.ON_TRACK] >= 3
    assert Mentorship.objects.filter(status="agreeing").exists()
    closed = Mentorship.objects.get(status="closed")
    assert ClosingFeedback.objects.filter(mentorship=closed).count() == 2
    lieke = Mentorship.objects.get(mentee__user__email="lieke.peters@novalith.example")
    assert lieke.status == "active" and lieke.agreement.is_signed and lieke.messages.exists()
    assert Request.objects.filter(
        mentor__user__email="annemiek.roijakkers@dommelstede.example", status="open"
    ).exists()
