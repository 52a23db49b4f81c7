"""Requests: a mentee asks a mentor; the mentor accepts or declines; unanswered ones expire."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.errors import ServiceError, TransitionError
from core.factories import OrganisationFactory, UserFactory, enrol, join
from matching.models import PairExclusion
from relationships import services
from relationships.models import Mentorship, Request

from .helpers import ask


def test_a_mentee_sends_a_request_that_waits_for_the_programmes_answer_time(
    people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = ask(people)

    assert request.status == Request.Status.OPEN
    expected = timezone.now() + timedelta(days=people.regional.request_answer_days)
    assert abs(request.expires_at - expected) < timedelta(minutes=1)
    assert people.mentor_acme.notifications.filter(kind="request-received").count() == 1


def test_requests_are_refused_when_the_programme_matches_only_by_rounds(personas):
    with pytest.raises(ServiceError, match="matched by the programme manager"):
        ask(personas)


def test_it_rejects_a_mentor_from_the_same_organisation(people):
    with pytest.raises(ServiceError, match="another organisation"):
        ask(people, mentee="mentee_acme", mentor="mentor_acme")


def test_it_rejects_a_mentor_of_a_competing_organisation(people):
    with pytest.raises(ServiceError, match="competing organisations"):
        ask(people, mentee="mentee_acme", mentor="mentor_globex")


def test_a_cross_country_programme_rejects_a_mentor_from_the_same_country(people):
    people.regional.cross_country = True
    people.regional.exclude_competitors = False
    people.regional.save()
    with pytest.raises(ServiceError, match="another country"):
        ask(people, mentee="mentee_globex", mentor="mentor_acme")  # both in the Netherlands


def test_it_rejects_a_mentor_without_a_shared_language(people):
    profile = people.mentor_acme.profile
    profile.languages = ["fr"]
    profile.save()
    with pytest.raises(ServiceError, match="no language in common"):
        ask(people)


def test_it_rejects_a_mentor_who_does_not_offer_the_competence(people):
    people.enrolments["mentor_acme"].offers.clear()
    with pytest.raises(ServiceError, match="does not offer"):
        ask(people)


def test_it_rejects_an_excluded_pair(people):
    PairExclusion.objects.create(
        programme=people.regional,
        mentee=people.enrolments["mentee_initech"],
        mentor=people.enrolments["mentor_acme"],
        reason="declined",
    )
    with pytest.raises(ServiceError, match="excluded"):
        ask(people)


def test_it_rejects_a_mentor_with_no_room_left(people):
    services.request_accept(
        request=ask(people, mentee="mentee_initech"), mentor=people.enrolments["mentor_acme"]
    )
    # mentor_acme has capacity 1, now taken by mentee_initech
    newcomer = UserFactory(email="newcomer@initech.example", organisation=people.initech)
    enrolment = enrol(newcomer, people.regional, "mentee")
    with pytest.raises(ServiceError, match="no room"):
        services.request_send(
            mentee=enrolment,
            mentor=people.enrolments["mentor_acme"],
            need=enrolment.needs.first(),
            message="Hi",
        )


def test_a_duplicate_open_request_is_refused(people):
    ask(people)
    with pytest.raises(ServiceError, match="already asked this mentor"):
        ask(people)


def test_a_mentee_cannot_have_more_open_requests_than_the_programme_allows(people):
    people.regional.max_open_requests = 1
    people.regional.save()
    ask(people, mentor="mentor_acme")
    with pytest.raises(ServiceError, match="1 open requests"):
        ask(people, mentor="mentor_globex")


def test_a_request_needs_a_message(people):
    with pytest.raises(ServiceError, match="short message"):
        ask(people, message="   ")


def test_a_mentee_can_only_ask_for_their_own_need(people):
    with pytest.raises(ServiceError, match="own needs"):
        services.request_send(
            mentee=people.enrolments["mentee_initech"],
            mentor=people.enrolments["mentor_acme"],
            need=people.enrolments["mentee_globex"].needs.first(),
            message="Hello",
        )


def test_accepting_starts_an_agreeing_mentorship_with_an_agreement(
    people, django_capture_on_commit_callbacks
):
    request = ask(people)
    with django_capture_on_commit_callbacks(execute=True):
        mentorship = services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])

    request.refresh_from_db()
    assert request.status == Request.Status.ACCEPTED and request.answered_at
    assert mentorship.status == Mentorship.Status.AGREEING
    assert mentorship.origin == Mentorship.Origin.REQUEST and mentorship.request == request
    assert mentorship.agreement.is_signed is False
    assert people.mentee_initech.notifications.filter(kind="request-accepted").count() == 1


def test_accepting_twice_is_an_illegal_transition(people):
    request = ask(people)
    services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])
    with pytest.raises(TransitionError, match="no longer waiting"):
        services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])


def test_a_withdrawn_request_cannot_be_accepted(people):
    request = ask(people)
    services.request_withdraw(request=request, mentee=people.enrolments["mentee_initech"])
    with pytest.raises(TransitionError, match="withdrawn"):
        services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])


def test_only_the_mentor_asked_answers_a_request(people):
    request = ask(people)
    with pytest.raises(ServiceError, match="Only the mentor who was asked"):
        services.request_accept(request=request, mentor=people.enrolments["mentor_globex"])
    with pytest.raises(ServiceError, match="Only the mentor who was asked"):
        services.request_decline(request=request, mentor=people.enrolments["mentor_globex"])


def test_a_mentor_declines_with_an_optional_reason_and_the_mentee_is_told(
    people, django_capture_on_commit_callbacks
):
    request = ask(people)
    with django_capture_on_commit_callbacks(execute=True):
        services.request_decline(
            request=request, mentor=people.enrolments["mentor_acme"], reason="No time this year"
        )

    request.refresh_from_db()
    assert request.status == Request.Status.DECLINED and request.decline_reason == "No time this year"
    notification = people.mentee_initech.notifications.get(kind="request-declined")
    assert "No time this year" not in notification.body
    with pytest.raises(TransitionError):
        services.request_decline(request=request, mentor=people.enrolments["mentor_acme"])


def test_only_an_open_request_can_be_withdrawn(people):
    request = ask(people)
    services.request_decline(request=request, mentor=people.enrolments["mentor_acme"])
    with pytest.raises(TransitionError, match="Only an open request"):
        services.request_withdraw(request=request, mentee=people.enrolments["mentee_initech"])


def test_an_expired_request_cannot_be_accepted_and_expiring_tells_the_mentee(
    people, django_capture_on_commit_callbacks
):
    request = ask(people)
    Request.objects.filter(pk=request.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(TransitionError, match="expired"):
        services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])
    with django_capture_on_commit_callbacks(execute=True):
        assert services.request_expire(request=request) is not None
    assert services.request_expire(request=request) is None  # idempotent
    request.refresh_from_db()
    assert request.status == Request.Status.EXPIRED
    assert people.mentee_initech.notifications.filter(kind="request-expired").count() == 1


def test_when_a_need_is_filled_the_other_open_requests_for_it_are_withdrawn_and_mentors_told(
    people, django_capture_on_commit_callbacks
):
    first = ask(people, mentor="mentor_acme")
    second = ask(people, mentor="mentor_globex")
    with django_capture_on_commit_callbacks(execute=True):
        services.request_accept(request=first, mentor=people.enrolments["mentor_acme"])

    second.refresh_from_db()
    assert second.status == Request.Status.WITHDRAWN
    assert people.mentor_globex.notifications.filter(kind="request-withdrawn").count() == 1
    with pytest.raises(TransitionError):
        services.request_accept(request=second, mentor=people.enrolments["mentor_globex"])


def test_accepting_never_exceeds_the_mentors_capacity(people):
    first = ask(people, mentee="mentee_initech", mentor="mentor_acme")
    other_org = OrganisationFactory(key="umbrella", name="Umbrella", country="NL")
    join(people.regional, other_org)
    second_mentee = enrol(
        UserFactory(email="mentee@umbrella.example", organisation=other_org), people.regional
    )
    second = services.request_send(
        mentee=second_mentee,
        mentor=people.enrolments["mentor_acme"],
        need=second_mentee.needs.first(),
        message="Hi",
    )
    services.request_accept(request=first, mentor=people.enrolments["mentor_acme"])

    with pytest.raises(ServiceError, match="no room for another mentee"):
        services.request_accept(request=second, mentor=people.enrolments["mentor_acme"])
    second.refresh_from_db()
    assert second.status == Request.Status.OPEN
    assert Mentorship.objects.filter(mentor=people.enrolments["mentor_acme"]).count() == 1


def test_a_mentee_with_as_many_mentors_as_allowed_cannot_send_more_requests(people):
    services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"])
    enrolment = people.enrolments["mentee_initech"]
    from core.factories import competence
    from programmes.models import Need

    need = Need.objects.create(enrolment=enrolment, competence=competence("negotiation"))
    people.enrolments["mentor_globex"].offers.add(need.competence)
    with pytest.raises(ServiceError, match="as many mentors"):
        services.request_send(
            mentee=enrolment, mentor=people.enrolments["mentor_globex"], need=need, message="Hi"
        )


def end_cohort(personas, days_ago=1):
    personas.regional.cohort_end = timezone.localdate() - timedelta(days=days_ago)
    personas.regional.save(update_fields=["cohort_end"])


def test_a_request_cannot_be_sent_once_the_cohort_has_ended(people):
    end_cohort(people)

    with pytest.raises(ServiceError, match="cohort of Regional Crossings ended on"):
        ask(people)


def test_a_request_sent_on_the_cohorts_last_day_is_allowed(people):
    end_cohort(people, days_ago=0)

    assert ask(people).status == Request.Status.OPEN


def test_a_request_cannot_be_accepted_once_the_cohort_has_ended(people):
    request = ask(people)
    end_cohort(people)

    with pytest.raises(ServiceError, match="cohort of Regional Crossings ended on"):
        services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])
    assert not Mentorship.objects.exists()


def test_a_mentor_cannot_accept_a_request_from_a_mentee_who_has_withdrawn(people):
    from programmes.services import enrolment_withdraw

    request = ask(people)
    enrolment_withdraw(enrolment=people.enrolments["mentee_initech"], actor=people.mentee_initech)

    with pytest.raises(ServiceError, match="Mentee Initech no longer takes part in this programme"):
        services.request_accept(request=request, mentor=people.enrolments["mentor_acme"])
    assert not Mentorship.objects.exists()
