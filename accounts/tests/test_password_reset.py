"""Password reset: a link by email, also for people who never had a password (imported people)."""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from accounts.models import User
from core.factories import ProgrammeFactory
from programmes.importer import people_import

RESET = "/accounts/password-reset/"
NEW_PASSWORD = "a brand new passphrase"
PEOPLE_CSV = (
    "email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone\n"
    "Ivy@Imported.example,Ivy Imported,imp,NL,en,mentee,,negotiation,,2,Europe/Amsterdam\n"
)
ORGANISATIONS_CSV = "key,name,country,sector,competitors\nimp,Imported Ltd,NL,Logistics,\n"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def imported(db):
    people_import(
        programme=ProgrammeFactory(slug="imported"),
        people_data=PEOPLE_CSV,
        organisations_data=ORGANISATIONS_CSV,
    )
    mail.outbox.clear()  # whatever the import sent; the reset email is what these tests read
    person = User.objects.get(email="ivy@imported.example")
    assert not person.has_usable_password()
    return person


def reset_link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/reset/\S+/)", message.body).group(1)


def choose_password(client, link):
    form = client.get(link, follow=True)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    return client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )


def page_without_csrf_tokens(response) -> str:
    # A CSRF token is masked afresh for every page; everything else must be the same.
    return re.sub(
        r'(X-CSRFToken": "|name="csrfmiddlewaretoken" value=")\w+', r"\1", response.content.decode()
    )


def test_an_imported_person_without_a_password_gets_a_reset_link(client, imported):
    response = client.post(RESET, {"email": "IVY@imported.example"})

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["ivy@imported.example"]]


def test_the_reset_link_sets_the_imported_persons_password(client, imported):
    client.post(RESET, {"email": "ivy@imported.example"})

    response = choose_password(client, reset_link_in(mail.outbox[0]))

    assert response.status_code == 302
    imported.refresh_from_db()
    assert imported.check_password(NEW_PASSWORD)
    client.post("/accounts/logout/")
    signed_in = client.post(
        "/accounts/login/", {"username": "ivy@imported.example", "password": NEW_PASSWORD}
    )
    assert signed_in.status_code == 302


def test_a_reset_link_works_once(client, imported):
    client.post(RESET, {"email": "ivy@imported.example"})
    link = reset_link_in(mail.outbox[0])
    choose_password(client, link)
    client.post("/accounts/logout/")

    assert "no longer valid" in client.get(link, follow=True).content.decode()


def test_a_person_with_a_password_gets_a_reset_link(client, personas):
    client.post(RESET, {"email": "mentor@acme.example"})

    assert [message.to for message in mail.outbox] == [["mentor@acme.example"]]


def test_a_deactivated_person_gets_no_reset_link(client, imported):
    imported.is_active = False
    imported.save()

    client.post(RESET, {"email": "ivy@imported.example"})

    assert mail.outbox == []


def test_the_answer_does_not_tell_whether_an_account_exists(client, imported):
    known = client.post(RESET, {"email": "ivy@imported.example"}, follow=True)
    unknown = client.post(RESET, {"email": "nobody@imported.example"}, follow=True)

    assert known.redirect_chain == unknown.redirect_chain
    assert page_without_csrf_tokens(known) == page_without_csrf_tokens(unknown)
    assert len(mail.outbox) == 1


def test_the_reset_email_is_in_the_persons_language_not_the_requests(client, personas):
    personas.mentor_acme.profile.language = "nl"
    personas.mentor_acme.profile.save()

    client.post(RESET, {"email": "mentor@acme.example"}, HTTP_ACCEPT_LANGUAGE="es")

    assert "Iemand heeft gevraagd" in mail.outbox[0].body
