"""The mentorship's lifecycle: agreement, signing, messages, check-ins, closing and feedback."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from core.errors import ServiceError, TransitionError
from matching import services as matching_services
from matching.models import MatchRound, Proposal
from programmes.models import Enrolment
from relationships import services
from relationships.factories import MentorshipFactory
from relationships.models import Mentorship

from .helpers import agree, ask


@pytest.fixture
def agreeing(people):
    return services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"])


def sign(mentorship, user):
    return services.agreement_sign(mentorship=mentorship, user=user)


def write(mentorship, user, expectations="Honest feedback", **terms):
    values = {"confidentiality": True, "frequency": "monthly", "mode": "both", **terms}
    return services.agreement_update(mentorship=mentorship, user=user, expectations=expectations, **values)


def test_each_side_writes_their_own_expectations(agreeing, people):
    write(agreeing, people.mentor_acme, "Come prepared")
    agreement = write(agreeing, people.mentee_initech, "Outside view")

    assert agreement.mentor_expectations == "Come prepared"
    assert agreement.mentee_expectations == "Outside view"


def test_signing_needs_both_sides_expectations_written(agreeing, people):
    with pytest.raises(ServiceError, match="Write your expectations"):
        sign(agreeing, people.mentor_acme)
    write(agreeing, people.mentor_acme)
    with pytest.raises(ServiceError, match="has not written their expectations"):
        sign(agreeing, people.mentor_acme)


def test_when_both_sign_the_mentorship_and_both_enrolments_become_active(
    agreeing, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mentorship = agree(agreeing)

    assert mentorship.status == Mentorship.Status.ACTIVE and mentorship.started_at
    assert mentorship.agreement.is_signed
    for key in ("mentor_acme", "mentee_initech"):
        assert Enrolment.objects.get(pk=people.enrolments[key].pk).status == Enrolment.Status.ACTIVE
    assert people.mentee_initech.notifications.filter(kind="mentorship-active").count() == 1


def test_one_signature_waits_for_the_other_and_tells_them(
    agreeing, people, django_capture_on_commit_callbacks
):
    write(agreeing, people.mentor_acme)
    write(agreeing, people.mentee_initech)
    with django_capture_on_commit_callbacks(execute=True):
        mentorship = sign(agreeing, people.mentor_acme)

    assert mentorship.status == Mentorship.Status.AGREEING
    assert people.mentee_initech.notifications.filter(kind="mentorship-signed").count() == 1
    assert not people.mentor_acme.notifications.filter(kind="mentorship-signed").exists()
    with pytest.raises(TransitionError, match="already signed"):
        sign(agreeing, people.mentor_acme)


def test_changing_the_terms_asks_both_to_sign_again(agreeing, people):
    write(agreeing, people.mentor_acme)
    write(agreeing, people.mentee_initech)
    sign(agreeing, people.mentor_acme)

    agreement = write(agreeing, people.mentee_initech, frequency="weekly")

    assert agreement.mentor_signed_at is None


def test_a_signed_agreement_can_no_longer_be_changed(agreeing, people):
    agree(agreeing)
    with pytest.raises(TransitionError, match="no longer be changed"):
        write(agreeing, people.mentor_acme)
    with pytest.raises(TransitionError, match="already signed by both"):
        sign(agreeing, people.mentor_acme)


def test_outsiders_of_the_mentorship_cannot_sign_or_write(agreeing, people):
    with pytest.raises(ServiceError, match="Only the mentor and the mentee"):
        write(agreeing, people.mentor_globex)
    with pytest.raises(ServiceError, match="Only the mentor and the mentee"):
        services.message_post(mentorship=agreeing, user=people.coordinator_acme, body="Hello")


def test_a_message_notifies_the_other_side_without_its_text(
    agreeing, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(mentorship=agreeing, user=people.mentee_initech, body="My secret plan is X")

    notification = people.mentor_acme.notifications.get(kind="message")
    assert "My secret plan" not in notification.body and "My secret plan" not in notification.subject
    assert f"/mentorships/{agreeing.public_id}/messages/" in notification.url
    assert not people.mentee_initech.notifications.filter(kind="message").exists()


def test_a_message_from_someone_whose_name_holds_a_line_break_is_posted_and_notified(
    agreeing, people, django_capture_on_commit_callbacks
):
    people.mentee_initech.name = "Ann\nO'Brien & Co"
    people.mentee_initech.save()

    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(mentorship=agreeing, user=people.mentee_initech, body="Hello")

    notification = people.mentor_acme.notifications.get(kind="message")
    assert notification.subject == "New message from Ann O'Brien & Co"
    assert mail.outbox[-1].subject == notification.subject


def test_an_empty_message_is_refused(agreeing, people):
    with pytest.raises(ServiceError, match="Write a message"):
        services.message_post(mentorship=agreeing, user=people.mentee_initech, body="  ")


def test_opening_the_thread_marks_the_other_sides_messages_read(agreeing, people):
    services.message_post(mentorship=agreeing, user=people.mentee_initech, body="Hi")
    services.message_post(mentorship=agreeing, user=people.mentor_acme, body="Hello")

    assert services.messages_mark_read(mentorship=agreeing, user=people.mentor_acme) == 1


def test_check_ins_start_once_the_mentorship_is_active(agreeing, people):
    with pytest.raises(TransitionError, match="Check-ins start"):
        services.check_in_submit(mentorship=agreeing, user=people.mentee_initech, satisfaction=4)


def test_one_check_in_per_person_and_period(agreeing, people):
    mentorship = agree(agreeing)
    check_in = services.check_in_submit(mentorship=mentorship, user=people.mentee_initech, satisfaction=4)

    assert check_in.period == 1
    with pytest.raises(TransitionError, match="already checked in"):
        services.check_in_submit(mentorship=mentorship, user=people.mentee_initech, satisfaction=5)
    services.check_in_submit(mentorship=mentorship, user=people.mentor_acme, satisfaction=5)


def test_the_check_in_period_follows_the_programmes_cadence(agreeing, people):
    mentorship = agree(agreeing)
    weeks = people.regional.check_in_every_weeks
    Mentorship.objects.filter(pk=mentorship.pk).update(
        started_at=timezone.now() - timedelta(weeks=weeks, days=1)
    )
    mentorship.refresh_from_db()

    assert services.check_in_period(mentorship) == 2


def test_satisfaction_must_be_between_one_and_five(agreeing, people):
    mentorship = agree(agreeing)
    with pytest.raises(ServiceError, match="from 1 to 5"):
        services.check_in_submit(mentorship=mentorship, user=people.mentee_initech, satisfaction=6)


def test_asking_for_contact_tells_the_persons_own_coordinator_without_the_content(
    agreeing, people, django_capture_on_commit_callbacks
):
    mentorship = agree(agreeing)
    with django_capture_on_commit_callbacks(execute=True):
        services.check_in_submit(
            mentorship=mentorship,
            user=people.mentee_initech,
            satisfaction=2,
            blockers="My mentor never shows up",
            wants_contact=True,
        )

    notification = people.coordinator_initech.notifications.get(kind="contact-wish")
    assert "never shows up" not in notification.body
    assert people.mentee_initech.name in notification.body
    assert not people.coordinator_acme.notifications.filter(kind="contact-wish").exists()


def test_a_check_in_rated_two_or_lower_alerts_the_persons_own_coordinator_without_the_content(
    agreeing, people, django_capture_on_commit_callbacks
):
    mentorship = agree(agreeing)
    with django_capture_on_commit_callbacks(execute=True):
        services.check_in_submit(
            mentorship=mentorship, user=people.mentee_initech, satisfaction=2, blockers="We never meet"
        )

    notification = people.coordinator_initech.notifications.get(kind="low-check-in")
    assert "never meet" not in notification.body and people.mentee_initech.name in notification.body
    assert not people.coordinator_acme.notifications.filter(kind="low-check-in").exists()
    assert not people.coordinator_initech.notifications.filter(kind="contact-wish").exists()


def test_a_satisfied_check_in_alerts_nobody(agreeing, people, django_capture_on_commit_callbacks):
    mentorship = agree(agreeing)
    with django_capture_on_commit_callbacks(execute=True):
        services.check_in_submit(mentorship=mentorship, user=people.mentee_initech, satisfaction=3)

    assert not people.coordinator_initech.notifications.exists()


def test_either_side_closes_early_with_a_reason_and_the_other_is_told(
    agreeing, people, django_capture_on_commit_callbacks
):
    mentorship = agree(agreeing)
    with django_capture_on_commit_callbacks(execute=True):
        closed = services.mentorship_close(
            mentorship=mentorship, user=people.mentee_initech, reason="no-time"
        )

    assert closed.status == Mentorship.Status.CLOSED and closed.close_reason == "no-time"
    assert closed.closed_by == people.mentee_initech
    assert people.mentor_acme.notifications.filter(kind="mentorship-closed").count() == 1
    with pytest.raises(TransitionError, match="already closed"):
        services.mentorship_close(mentorship=mentorship, user=people.mentor_acme, reason="no-time")


def test_closing_needs_a_known_reason_and_a_note_for_other(agreeing, people):
    with pytest.raises(ServiceError, match="Choose why"):
        services.mentorship_close(mentorship=agreeing, user=people.mentee_initech, reason="bored")
    with pytest.raises(ServiceError, match="Choose why"):
        services.mentorship_close(mentorship=agreeing, user=people.mentee_initech, reason="cohort-ended")
    with pytest.raises(ServiceError, match="few words"):
        services.mentorship_close(mentorship=agreeing, user=people.mentee_initech, reason="other")


def test_an_agreeing_mentorship_can_be_cancelled(agreeing, people):
    closed = services.mentorship_close(mentorship=agreeing, user=people.mentor_acme, reason="mismatch")

    assert closed.status == Mentorship.Status.CLOSED and closed.started_at is None


def test_a_closed_mentorship_is_read_only_for_its_members(agreeing, people):
    mentorship = agree(agreeing)
    services.mentorship_close(mentorship=mentorship, user=people.mentor_acme, reason="goals-reached")

    with pytest.raises(TransitionError, match="closed"):
        services.message_post(mentorship=mentorship, user=people.mentee_initech, body="One more thing")
    with pytest.raises(TransitionError, match="closed"):
        services.check_in_submit(mentorship=mentorship, user=people.mentee_initech, satisfaction=3)
    with pytest.raises(TransitionError, match="closed"):
        sign(mentorship, people.mentee_initech)
    with pytest.raises(TransitionError, match="closed"):
        write(mentorship, people.mentee_initech)


def test_both_give_closing_feedback_once_after_closing(agreeing, people):
    mentorship = agree(agreeing)
    with pytest.raises(TransitionError, match="once the mentorship is closed"):
        services.closing_feedback_give(
            mentorship=mentorship, user=people.mentee_initech, rating=5, goals_reached=True
        )
    services.mentorship_close(mentorship=mentorship, user=people.mentor_acme, reason="goals-reached")

    for user in (people.mentee_initech, people.mentor_acme):
        services.closing_feedback_give(
            mentorship=mentorship, user=user, rating=4, goals_reached=True, feedback="Good"
        )
    with pytest.raises(TransitionError, match="already given"):
        services.closing_feedback_give(
            mentorship=mentorship, user=people.mentor_acme, rating=4, goals_reached=True
        )
    assert mentorship.closing_feedback.count() == 2


def test_closing_feedback_needs_a_rating_from_one_to_five(db):
    mentorship = MentorshipFactory(status=Mentorship.Status.CLOSED)
    with pytest.raises(ServiceError, match="from 1 to 5"):
        services.closing_feedback_give(
            mentorship=mentorship, user=mentorship.mentee.user, rating=0, goals_reached=False
        )


def test_the_cohort_end_closes_open_mentorships_once(people, django_capture_on_commit_callbacks):
    mentorship = MentorshipFactory(in_programme=people.regional)
    people.regional.cohort_end = timezone.localdate() - timedelta(days=1)
    people.regional.save()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.mentorship_close_at_cohort_end(mentorship=mentorship) is not None
    assert services.mentorship_close_at_cohort_end(mentorship=mentorship) is None

    mentorship.refresh_from_db()
    assert mentorship.close_reason == Mentorship.CloseReason.COHORT_ENDED
    assert mentorship.mentee.user.notifications.filter(kind="mentorship-closed").count() == 1


def test_a_cohort_that_has_not_ended_closes_nothing(people):
    mentorship = MentorshipFactory(in_programme=people.regional)
    people.regional.cohort_end = timezone.localdate()
    people.regional.save()

    assert services.mentorship_close_at_cohort_end(mentorship=mentorship) is None


def _published_proposal(personas):
    match_round = MatchRound.objects.create(programme=personas.regional)
    matching_services.round_run(match_round=match_round)
    matching_services.round_publish(match_round=match_round)
    return (
        match_round.proposals.filter(status=Proposal.Status.PUBLISHED)
        .select_related("mentee", "mentor")
        .first()
    )


def test_an_accepted_proposal_starts_a_mentorship(personas):
    proposal = _published_proposal(personas)
    matching_services.proposal_respond(proposal=proposal, enrolment=proposal.mentee, accept=True)
    assert not Mentorship.objects.exists()

    matching_services.proposal_respond(proposal=proposal, enrolment=proposal.mentor, accept=True)

    mentorship = Mentorship.objects.get()
    assert mentorship.origin == Mentorship.Origin.PROPOSAL and mentorship.proposal == proposal
    assert (mentorship.mentor, mentorship.mentee, mentorship.need) == (
        proposal.mentor,
        proposal.mentee,
        proposal.need,
    )
    assert mentorship.status == Mentorship.Status.AGREEING


def test_a_mentorship_counts_in_the_matching_pool(people):
    """A mentor whose only place is taken by a mentorship is no longer proposed nor recommended."""
    from matching.adapter import load_pool

    services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"])
    pool = load_pool(people.regional)

    assert people.enrolments["mentor_acme"].pk not in {m.key for m in pool.mentors}
    assert people.enrolments["mentee_initech"].pk not in {m.key for m in pool.mentees}
