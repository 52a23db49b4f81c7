"""Enrolments (apply, approve, reject, withdraw, re-apply) and invitations."""

from datetime import timedelta

import pytest
from django.http import Http404
from django.utils import timezone

from accounts.models import User
from core.access import programme_access_for
from core.errors import ServiceError, TransitionError
from core.factories import PASSWORD, OrganisationFactory, UserFactory, competence, enrol
from programmes.models import Enrolment, Invitation, Need, ProgrammeOrganisation
from programmes.services import (
    enrolment_apply,
    enrolment_approve,
    enrolment_reject,
    enrolment_update,
    enrolment_withdraw,
    invitation_accept,
    invitations_create,
)
from programmes.tasks import send_invitation


def need(slug: str, function: str = "", context: str = "") -> dict:
    return {"competence": competence(slug), "function": function, "context": context}


@pytest.fixture
def newcomer(personas):
    """A person of acme with no enrolment yet."""
    return UserFactory(email="newcomer@acme.example", name="Nina Newcomer", organisation=personas.acme)


def may_apply(user, programme) -> bool:
    """What the pages and the API check before they call enrolment_apply."""
    try:
        return programme_access_for(user, programme.slug).may_apply
    except Http404:  # no role and no right to apply
        return False


def apply(user, programme, role="mentee", **kwargs):
    if role in ("mentor", "both"):
        kwargs.setdefault("offers", [competence("negotiation")])
    if role in ("mentee", "both"):
        kwargs.setdefault("needs", [need("public-speaking")])
    return enrolment_apply(user=user, programme=programme, role=role, **kwargs)


# Applying -------------------------------------------------------------------------------------


def test_a_person_of_a_joined_organisation_applies_as_a_mentee(personas, newcomer):
    enrolment = apply(
        newcomer,
        personas.regional,
        motivation="I want to grow",
        needs=[need("public-speaking", "skills-mentoring", "I freeze on stage"), need("negotiation")],
    )

    assert (enrolment.status, enrolment.role, enrolment.capacity) == ("applied", "mentee", 1)
    assert enrolment.organisation == personas.acme
    assert enrolment.motivation == "I want to grow"
    assert [(n.competence.slug, n.function, n.context) for n in enrolment.needs.all()] == [
        ("public-speaking", "skills-mentoring", "I freeze on stage"),
        ("negotiation", "professional-mentoring", ""),
    ]
    assert not enrolment.offers.exists()


def test_a_mentor_applies_with_offers_and_a_capacity(personas, newcomer):
    enrolment = apply(newcomer, personas.regional, role="mentor", capacity=3, needs=[need("networking")])

    assert (enrolment.role, enrolment.capacity) == ("mentor", 3)
    assert [c.slug for c in enrolment.offers.all()] == ["negotiation"]
    assert not enrolment.needs.exists()  # a mentor's needs are not kept


def test_someone_who_is_both_offers_and_needs(personas, newcomer):
    enrolment = apply(newcomer, personas.regional, role="both", capacity=2)

    assert [c.slug for c in enrolment.offers.all()] == ["negotiation"]
    assert [n.competence.slug for n in enrolment.needs.all()] == ["public-speaking"]


def test_a_person_without_an_organisation_cannot_apply(personas):
    with pytest.raises(ServiceError, match="no organisation"):
        apply(personas.outsider, personas.regional)

    assert not Enrolment.objects.filter(user=personas.outsider).exists()


def test_a_person_of_an_organisation_outside_the_programme_cannot_apply(personas):
    stranger = UserFactory(email="x@umbrella.example", organisation=OrganisationFactory(key="umbrella"))

    with pytest.raises(ServiceError, match="does not take part"):
        apply(stranger, personas.regional)


def test_a_person_of_an_organisation_that_is_only_invited_cannot_apply(personas, newcomer):
    ProgrammeOrganisation.objects.filter(programme=personas.regional, organisation=personas.acme).update(
        status="invited"
    )

    with pytest.raises(ServiceError, match="does not take part"):
        apply(newcomer, personas.regional)


def test_a_closed_programme_takes_applications_only_from_invited_people(personas, newcomer):
    assert not personas.regional.open_for_applications
    assert not may_apply(newcomer, personas.regional)

    Invitation.objects.create(
        programme=personas.regional,
        organisation=personas.acme,
        email="Newcomer@acme.example",
        expires_at=timezone.now() + timedelta(days=1),
    )

    assert may_apply(newcomer, personas.regional)


def test_an_open_programme_takes_applications_from_every_joined_organisation(personas, newcomer):
    personas.regional.open_for_applications = True
    personas.regional.save()

    assert may_apply(newcomer, personas.regional)


def test_an_invitation_for_another_organisation_does_not_let_a_person_apply(personas, newcomer):
    Invitation.objects.create(
        programme=personas.regional,
        organisation=personas.globex,
        email="newcomer@acme.example",
        expires_at=timezone.now() + timedelta(days=1),
    )

    assert not may_apply(newcomer, personas.regional)


@pytest.mark.parametrize("capacity", [0, 4, -1])
def test_a_mentor_capacity_must_fit_the_programme(personas, newcomer, capacity):
    assert personas.regional.max_mentees_per_mentor == 3

    with pytest.raises(ServiceError, match="Capacity must be between 1 and 3"):
        apply(newcomer, personas.regional, role="mentor", capacity=capacity)

    assert not Enrolment.objects.filter(user=newcomer).exists()


def test_a_mentor_may_take_the_programme_maximum(personas, newcomer):
    assert apply(newcomer, personas.regional, role="mentor", capacity=3).capacity == 3


def test_a_mentee_capacity_is_always_one(personas, newcomer):
    assert apply(newcomer, personas.regional, role="mentee", capacity=7).capacity == 1


def test_a_mentor_must_offer_something(personas, newcomer):
    with pytest.raises(ServiceError, match="offers at least one competence"):
        apply(newcomer, personas.regional, role="mentor", offers=[])

    assert not Enrolment.objects.filter(user=newcomer).exists()


@pytest.mark.parametrize("role", ["mentee", "both"])
def test_a_mentee_must_state_a_need(personas, newcomer, role):
    with pytest.raises(ServiceError, match="at least one need"):
        apply(newcomer, personas.regional, role=role, needs=[])

    assert not Enrolment.objects.filter(user=newcomer).exists()


def test_each_need_must_be_about_another_competence(personas, newcomer):
    needs = [need("public-speaking", "skills-mentoring"), need("public-speaking", "personal-mentoring")]

    with pytest.raises(ServiceError, match="different competence"):
        apply(newcomer, personas.regional, needs=needs)

    assert not Enrolment.objects.filter(user=newcomer).exists()
    assert not Need.objects.filter(enrolment__user=newcomer).exists()


def test_a_person_cannot_apply_twice(personas):
    with pytest.raises(ServiceError, match="already enrolled"):
        apply(personas.applicant_acme, personas.regional)

    assert personas.applicant_acme.enrolments.get().status == "applied"


# Deciding -------------------------------------------------------------------------------------


@pytest.fixture
def application(personas):
    return personas.enrolments["applicant_acme"]


def test_a_coordinator_approves_an_application(personas, application):
    enrolment_approve(actor=personas.coordinator_acme, enrolment=application)

    application.refresh_from_db()
    assert application.status == "approved"
    assert application.decided_by == personas.coordinator_acme
    assert application.decided_at is not None


def test_a_coordinator_rejects_an_application_with_a_reason(personas, application):
    enrolment_reject(actor=personas.coordinator_acme, enrolment=application, reason="x" * 400)

    application.refresh_from_db()
    assert application.status == "rejected"
    assert application.status_reason == "x" * 300


def test_an_application_cannot_be_approved_twice(personas, application):
    enrolment_approve(actor=personas.coordinator_acme, enrolment=application)

    with pytest.raises(TransitionError, match="Cannot approve an enrolment that is approved"):
        enrolment_approve(actor=personas.manager, enrolment=application)

    application.refresh_from_db()
    assert application.decided_by == personas.coordinator_acme


def test_a_withdrawn_enrolment_cannot_be_approved(personas, application):
    enrolment_withdraw(actor=personas.applicant_acme, enrolment=application)

    with pytest.raises(TransitionError, match="withdrawn"):
        enrolment_approve(actor=personas.coordinator_acme, enrolment=application)

    application.refresh_from_db()
    assert application.status == "withdrawn"


def test_an_approved_enrolment_cannot_be_rejected(personas):
    approved = personas.enrolments["mentor_acme"]

    with pytest.raises(TransitionError):
        enrolment_reject(actor=personas.coordinator_acme, enrolment=approved)

    approved.refresh_from_db()
    assert approved.status == "approved"


@pytest.mark.parametrize("status", ["applied", "approved", "active"])
def test_a_participant_withdraws_from_an_open_enrolment(personas, status):
    enrolment = enrol(UserFactory(organisation=personas.acme), personas.regional, status=status)

    enrolment_withdraw(actor=enrolment.user, enrolment=enrolment, reason="new job")

    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.status_reason) == ("withdrawn", "new job")


@pytest.mark.parametrize("status", ["withdrawn", "rejected", "alumni"])
def test_a_closed_enrolment_cannot_be_withdrawn(personas, status):
    enrolment = enrol(UserFactory(organisation=personas.acme), personas.regional, status=status)

    with pytest.raises(TransitionError):
        enrolment_withdraw(actor=enrolment.user, enrolment=enrolment)


def test_a_person_applies_again_after_withdrawing(personas, application):
    enrolment_withdraw(actor=personas.applicant_acme, enrolment=application)

    again = apply(personas.applicant_acme, personas.regional, role="mentor", capacity=2)

    assert again.pk == application.pk
    assert (again.status, again.role, again.capacity) == ("applied", "mentor", 2)
    assert not again.needs.exists()
    assert [c.slug for c in again.offers.all()] == ["negotiation"]


def test_a_person_applies_again_after_a_rejection(personas, application):
    enrolment_reject(actor=personas.coordinator_acme, enrolment=application)

    assert apply(personas.applicant_acme, personas.regional).status == "applied"


def test_a_closed_enrolment_cannot_be_edited(personas, application):
    enrolment_withdraw(actor=personas.applicant_acme, enrolment=application)

    with pytest.raises(TransitionError):
        enrolment_update(
            enrolment=application, capacity=1, motivation="", offers=[], needs=[need("networking")]
        )


def test_editing_an_enrolment_replaces_its_needs(personas, application):
    enrolment_update(
        enrolment=application, capacity=1, motivation="later", offers=[], needs=[need("networking")]
    )

    assert [n.competence.slug for n in application.needs.all()] == ["networking"]


# Invitations ----------------------------------------------------------------------------------


def invite(personas, *emails, organisation=None):
    return invitations_create(
        actor=personas.coordinator_acme,
        programme=personas.regional,
        organisation=organisation or personas.acme,
        emails=list(emails),
    )


def test_each_invitation_is_mailed_once_after_the_transaction_commits(
    personas, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        invitations = invite(personas, "Una@acme.example", "vic@acme.example")
        assert mailoutbox == []  # nothing is sent before the commit

    assert len(callbacks) == 1  # one task mails both
    assert sorted(m.to[0] for m in mailoutbox) == ["una@acme.example", "vic@acme.example"]
    assert all(len(m.to) == 1 for m in mailoutbox)
    for invitation in invitations:
        invitation.refresh_from_db()
        assert invitation.sent_at is not None
        (message,) = [m for m in mailoutbox if m.to == [invitation.email]]
        assert f"/invitations/{invitation.token}/" in message.body
        assert message.subject == "You are invited to Regional Crossings"
        assert "Acme Logistics invites you" in message.body


def test_an_invitation_is_written_in_the_inviting_coordinators_language(
    personas, mailoutbox, django_capture_on_commit_callbacks
):
    personas.coordinator_acme.profile.language = "nl"
    personas.coordinator_acme.profile.save()

    with django_capture_on_commit_callbacks(execute=True):
        (invitation,) = invite(personas, "una@acme.example")

    (message,) = mailoutbox
    assert message.subject == "Je bent uitgenodigd voor Regional Crossings"
    assert "Accepteer de uitnodiging en kies hier je wachtwoord:" in message.body
    user = invitation_accept(invitation=invitation, name="Una", password=PASSWORD)
    assert user.profile.language == "nl"  # and so are the emails that follow


def test_running_the_send_task_twice_mails_once(personas, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        (invitation,) = invite(personas, "una@acme.example")

    send_invitation.delay(invitation.pk)
    send_invitation.delay(invitation.pk)

    assert len(mailoutbox) == 1


def test_an_accepted_invitation_is_not_mailed(personas, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        (invitation,) = invite(personas, "una@acme.example")
    invitation_accept(invitation=invitation, name="Una", password=PASSWORD)

    send_invitation.delay(invitation.pk)

    assert mailoutbox == []


def test_inviting_an_email_again_sends_a_fresh_invitation(
    personas, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(personas, "una@acme.example")
    with django_capture_on_commit_callbacks(execute=True):
        invite(personas, "una@acme.example")

    assert Invitation.objects.filter(email="una@acme.example").count() == 1
    assert len(mailoutbox) == 2


def test_accepting_an_invitation_creates_a_person_of_the_organisation(personas):
    (invitation,) = invite(personas, "Una@acme.example")

    user = invitation_accept(invitation=invitation, name="Una Unger", password=PASSWORD)

    assert (user.email, user.name) == ("una@acme.example", "Una Unger")
    assert user.check_password(PASSWORD)
    assert user.profile.organisation == personas.acme
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    assert may_apply(user, personas.regional)


def test_an_existing_person_without_an_organisation_joins_the_inviting_one(personas):
    (invitation,) = invite(personas, personas.outsider.email)

    user = invitation_accept(invitation=invitation, name="", password=None, user=personas.outsider)

    assert user == personas.outsider
    user.profile.refresh_from_db()
    assert user.profile.organisation == personas.acme
    assert user.check_password(PASSWORD)  # no new password was given: the old one stays


def test_an_invitation_cannot_be_accepted_by_someone_else(personas):
    (invitation,) = invite(personas, "una@acme.example")

    with pytest.raises(ServiceError, match="another email address"):
        invitation_accept(invitation=invitation, name="", password=None, user=personas.outsider)

    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_a_used_invitation_cannot_be_accepted_again(personas):
    (invitation,) = invite(personas, "una@acme.example")
    invitation_accept(invitation=invitation, name="Una", password=PASSWORD)

    with pytest.raises(ServiceError, match="expired or has already been used"):
        invitation_accept(invitation=invitation, name="Mallory", password="another-password-123")

    user = User.objects.get(email="una@acme.example")
    assert (user.name, user.check_password(PASSWORD)) == ("Una", True)


def test_an_expired_invitation_cannot_be_accepted(personas):
    (invitation,) = invite(personas, "una@acme.example")
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    invitation.refresh_from_db()

    with pytest.raises(ServiceError, match="expired"):
        invitation_accept(invitation=invitation, name="Una", password=PASSWORD)

    assert not User.objects.filter(email="una@acme.example").exists()


def test_an_unknown_invitation_link_answers_404(client, db):
    assert client.get("/invitations/not-a-real-token/").status_code == 404


def test_the_invitee_sets_a_password_from_the_link_and_goes_on_to_enrol(client, personas):
    (invitation,) = invite(personas, "wanda@acme.example")
    assert "Regional Crossings" in client.get(f"/invitations/{invitation.token}/").content.decode()

    form = {"name": "Wanda Acme", "password1": "a long passphrase 42", "password2": "a long passphrase 42"}
    response = client.post(f"/invitations/{invitation.token}/", form)

    assert response.status_code == 302 and response["Location"] == "/p/regional/enrol/"
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None


def test_a_used_or_expired_invitation_link_says_it_is_closed(client, personas):
    (used,) = invite(personas, "xavi@acme.example")
    used.accepted_at = timezone.now()
    used.save(update_fields=["accepted_at"])
    (expired,) = invite(personas, "yara@acme.example")
    expired.expires_at = timezone.now() - timedelta(days=1)
    expired.save(update_fields=["expires_at"])

    assert client.get(f"/invitations/{used.token}/").status_code == 410
    assert client.get(f"/invitations/{expired.token}/").status_code == 410


# An invitation link never takes over an account -----------------------------------------------

TAKEOVER = {"name": "Mallory", "password1": "a long passphrase 42", "password2": "a long passphrase 42"}


def test_accepting_never_sets_a_new_password_on_an_account_that_has_one(personas):
    (invitation,) = invite(personas, personas.outsider.email)

    with pytest.raises(ServiceError, match="sign in"):
        invitation_accept(invitation=invitation, name="Mallory", password=TAKEOVER["password1"])

    personas.outsider.refresh_from_db()
    assert personas.outsider.check_password(PASSWORD)
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_the_link_of_an_existing_account_asks_to_sign_in_and_sets_no_password(client, personas):
    (invitation,) = invite(personas, personas.outsider.email)
    url = f"/invitations/{invitation.token}/"

    page = client.get(url).content.decode()
    response = client.post(url, TAKEOVER)

    assert f'href="/accounts/login/?next={url}"' in page
    assert "password1" not in page
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    personas.outsider.refresh_from_db()
    assert (personas.outsider.name, personas.outsider.check_password(PASSWORD)) == ("Otto Outsider", True)
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_an_existing_account_signs_in_then_accepts(client, personas):
    (invitation,) = invite(personas, personas.outsider.email)
    client.force_login(personas.outsider)

    response = client.post(f"/invitations/{invitation.token}/")

    assert response.status_code == 302
    personas.outsider.profile.refresh_from_db()
    assert personas.outsider.profile.organisation == personas.acme
    assert personas.outsider.check_password(PASSWORD)


def test_someone_signed_in_as_another_person_cannot_take_the_account_either(client, personas):
    (invitation,) = invite(personas, personas.outsider.email)
    client.force_login(personas.mentor_globex)

    client.post(f"/invitations/{invitation.token}/", TAKEOVER)

    personas.outsider.refresh_from_db()
    assert personas.outsider.check_password(PASSWORD)
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_an_imported_person_without_a_password_chooses_one_from_the_link(client, personas):
    imported = User.objects.create_user(email="ivo@acme.example", password=None, name="Ivo Imported")
    (invitation,) = invite(personas, imported.email)
    url = f"/invitations/{invitation.token}/"

    assert "Ivo Imported" in client.get(url).content.decode()  # the name is already filled in
    response = client.post(url, {**TAKEOVER, "name": "Ivo Imported"})

    assert response.status_code == 302
    imported.refresh_from_db()
    assert imported.check_password(TAKEOVER["password1"])
    assert client.session["_auth_user_id"] == str(imported.pk)
