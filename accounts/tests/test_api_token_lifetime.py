"""API tokens expire, and every token of a person is revoked when their password changes."""

from datetime import timedelta

import pytest
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import ApiToken
from accounts.services import api_token_create
from core.factories import PASSWORD, UserFactory

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Login counters live in the cache; these tests sign in several times.
    cache.clear()
    yield
    cache.clear()


def me(client, token):
    return client.get("/api/me", HTTP_AUTHORIZATION=f"Bearer {token}")


def tokens_of(user):
    return set(ApiToken.objects.filter(user=user).values_list("name", flat=True))


# Expiry ---------------------------------------------------------------------------------------


def test_a_new_token_expires_after_the_configured_number_of_days(personas, settings):
    settings.API_TOKEN_DAYS = 30

    api_token_create(user=personas.mentor_acme, name="laptop")

    expires_at = personas.mentor_acme.api_tokens.get().expires_at
    assert abs(expires_at - (timezone.now() + timedelta(days=30))) < timedelta(minutes=1)


def test_tokens_last_ninety_days_by_default(settings):
    assert settings.API_TOKEN_DAYS == 90


def test_a_token_is_accepted_until_it_expires(client, personas):
    token = api_token_create(user=personas.mentor_acme, name="laptop")
    ApiToken.objects.update(expires_at=timezone.now() + timedelta(seconds=30))

    assert me(client, token).status_code == 200


def test_an_expired_token_is_refused(client, personas):
    token = api_token_create(user=personas.mentor_acme, name="laptop")
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    assert me(client, token).status_code == 401
    assert personas.mentor_acme.api_tokens.get().last_used_at is None


def test_the_api_tells_a_token_when_it_expires(client, personas):
    token = api_token_create(user=personas.mentor_acme, name="laptop")

    response = me(client, token)

    expires_at = personas.mentor_acme.api_tokens.get().expires_at
    assert abs(parse_datetime(response.json()["token_expires_at"]) - expires_at) < timedelta(milliseconds=1)


def test_the_api_tells_a_session_that_it_uses_no_token(client, personas):
    client.force_login(personas.mentor_acme)

    assert client.get("/api/me").json()["token_expires_at"] is None


def test_the_tokens_page_says_when_each_token_expires(client, personas):
    client.force_login(personas.mentor_acme)

    response = client.post("/accounts/tokens/", {"name": "laptop"})

    expires_at = personas.mentor_acme.api_tokens.get().expires_at
    page = response.content.decode()
    assert "Expires" in page
    assert f"{expires_at:%Y}" in page and "It expires on" in page


def test_the_tokens_page_marks_an_expired_token(client, personas):
    api_token_create(user=personas.mentor_acme, name="laptop")
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(days=1))
    client.force_login(personas.mentor_acme)

    assert "expired" in client.get("/accounts/tokens/").content.decode()


# Revocation on a password change ----------------------------------------------------------------


@pytest.fixture
def two_tokens(personas):
    tokens = [api_token_create(user=personas.mentor_acme, name=name) for name in ("laptop", "script")]
    api_token_create(user=personas.mentee_acme, name="someone else's")
    return tokens


def test_changing_the_password_revokes_every_token_of_the_person(client, personas, two_tokens):
    client.force_login(personas.mentor_acme)

    response = client.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert tokens_of(personas.mentor_acme) == set()
    assert all(me(Client(), token).status_code == 401 for token in two_tokens)
    assert tokens_of(personas.mentee_acme) == {"someone else's"}


def test_resetting_the_password_with_a_link_revokes_every_token(client, personas, two_tokens):
    user = personas.mentor_acme
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    form = client.get(f"/accounts/reset/{uid}/{default_token_generator.make_token(user)}/", follow=True)

    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )

    assert response.status_code == 302
    assert tokens_of(user) == set()


def test_a_platform_admin_setting_the_password_revokes_every_token(client, personas, two_tokens):
    client.force_login(UserFactory(email="admin@host.example", is_staff=True, is_superuser=True))

    response = client.post(
        f"/admin/accounts/user/{personas.mentor_acme.pk}/password/",
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"},
    )

    assert response.status_code == 302
    assert tokens_of(personas.mentor_acme) == set()


def test_disabling_password_login_revokes_every_token(personas, two_tokens):
    personas.mentor_acme.set_unusable_password()
    personas.mentor_acme.save()

    assert tokens_of(personas.mentor_acme) == set()


def test_signing_in_keeps_the_tokens(client, personas, two_tokens):
    response = client.post("/accounts/login/", {"username": "mentor@acme.example", "password": PASSWORD})

    assert response.status_code == 302
    assert tokens_of(personas.mentor_acme) == {"laptop", "script"}


def test_signing_in_with_an_outdated_hash_keeps_the_tokens(client, personas, two_tokens, settings):
    # Django re-hashes the password with the preferred hasher at sign-in: not a password change.
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    personas.mentor_acme.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    personas.mentor_acme.save(update_fields=["password"])

    client.post("/accounts/login/", {"username": "mentor@acme.example", "password": PASSWORD})

    personas.mentor_acme.refresh_from_db()
    assert personas.mentor_acme.password.startswith("md5$")
    assert tokens_of(personas.mentor_acme) == {"laptop", "script"}


def test_saving_a_profile_keeps_the_tokens(personas, two_tokens):
    personas.mentor_acme.name = "Another name"
    personas.mentor_acme.save()

    assert tokens_of(personas.mentor_acme) == {"laptop", "script"}
