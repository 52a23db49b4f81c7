"""Two mentees' requests accepted at the same moment never exceed the mentor's capacity.

Each accept runs in its own thread with its own database connection. To make the race certain
rather than lucky, both threads are held at a barrier right after counting the mentor's
mentorships: without the row lock both would count 0 there and both create a mentorship. With
the lock (`select_for_update` on the mentor's enrolment) the second thread waits at the lock
instead, the first passes the barrier when it times out, commits, and the second then counts 1.
"""

import contextlib
import threading

import pytest
from django.db import connection

from core.errors import ServiceError
from core.factories import OrganisationFactory, UserFactory, enrol, join
from relationships import capacity, services
from relationships.models import Mentorship

from .helpers import ask

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="SQLite ignores SELECT … FOR UPDATE (it serialises whole write transactions instead); "
        "the row lock is proved on PostgreSQL (DATABASE_URL=postgres://…)",
    ),
]


def test_two_simultaneous_accepts_never_exceed_the_mentors_capacity(people, monkeypatch):
    mentor = people.enrolments["mentor_acme"]  # capacity 1
    umbrella = OrganisationFactory(key="umbrella", name="Umbrella", country="NL")
    join(people.regional, umbrella)
    second_mentee = enrol(
        UserFactory(email="mentee@umbrella.example", organisation=umbrella), people.regional
    )
    requests = [
        ask(people, mentee="mentee_initech", mentor="mentor_acme"),
        services.request_send(
            mentee=second_mentee, mentor=mentor, need=second_mentee.needs.first(), message="Me too, please"
        ),
    ]
    barrier = threading.Barrier(2, timeout=3)
    counted = capacity.mentor_places_left

    def count_then_wait(enrolment, **kwargs):
        left = counted(enrolment, **kwargs)
        with contextlib.suppress(threading.BrokenBarrierError):  # the other one (rightly) waits for the lock
            barrier.wait()
        return left

    monkeypatch.setattr(capacity, "mentor_places_left", count_then_wait)
    outcomes = []

    def accept(request):
        try:
            services.request_accept(request=request, mentor=mentor)
            outcomes.append("accepted")
        except ServiceError as error:
            outcomes.append(error.message)
        finally:
            connection.close()

    threads = [threading.Thread(target=accept, args=(request,)) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(outcomes) == 2 and outcomes.count("accepted") == 1
    refused = next(outcome for outcome in outcomes if outcome != "accepted")
    assert "no room for another mentee" in refused
    assert Mentorship.objects.filter(mentor=mentor).count() == 1
