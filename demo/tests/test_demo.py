import pytest
from django.db.models import F

from demo.services import demo_load
from programmes.models import Enrolment
from relationships.models import Mentorship

pytestmark = pytest.mark.django_db


def _counts():
    return {model.__name__: model.objects.count() for model in (Enrolment, Mentorship)}


def test_loading_the_demo_twice_changes_nothing_and_mentorships_start_after_approval():
    logins = demo_load()
    first = _counts()
    demo_load()

    assert _counts() == first
    assert set(logins) == {"manager", "coordinator", "mentor", "mentee", "admin"}
    active = Mentorship.objects.filter(status=Mentorship.Status.ACTIVE)
    assert active.filter(mentee__user__email=logins["mentee"]).exists()
    assert not Mentorship.objects.filter(created_at__lt=F("mentee__decided_at")).exists()
