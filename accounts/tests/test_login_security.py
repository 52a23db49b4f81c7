"""Login, throttling, sessions, security headers, CSRF and API tokens."""

import importlib

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache, caches
from django.core.cache.backends import base as cache_base
from django.core.cache.backends import locmem
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.module_loading import import_string

from accounts import throttle
from accounts.services import api_token_create
from core.factories import PASSWORD

LOGIN = "/accounts/login/"
THROTTLED = "Too many failed attempts"


@pytest.fixture(autouse=True)
def _empty_cache():
    # The login counters live in the cache, which outlives a test's database transaction.
    assert isinstance(caches["default"], locmem.LocMemCache)
    cache.clear()
    yield
    cache.clear()


class CacheClock:
    """The cache's view of time, moved by hand: lockouts expire without sleeping."""

    def __init__(self, now: float):
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = CacheClock(1_800_000_000.0)
    monkeypatch.setattr(locmem, "time", clock)
    monkeypatch.setattr(cache_base, "time", clock)
    return clock


def log_in(client, email, password=PASSWORD, address="10.0.0.1", **headers):
    return client.post(LOGIN, {"username": email, "password": password}, REMOTE_ADDR=address, **headers)


def signed_in_as(client):
    response = client.get("/api/me")
    return response.json()["email"] if response.status_code == 200 else None


def sign_out(client):
    # Client.logout() would also drop the browser's other cookies; a real sign-out keeps them.
    assert client.post("/accounts/logout/").status_code == 302


def fail_on_many_accounts(times, address):
    for n in range(times):
        fail(Client(), f"guess-{n}@acme.example", 1, address=address)


def fail(client, email, times, address="10.0.0.1", **headers):
    for _ in range(times):
        response = log_in(client, email, "wrong-password-123", address, **headers)
        assert response.status_code == 200  # the form again, with an error


# Logging in -----------------------------------------------------------------------------------


def test_a_person_logs_in_with_their_email_in_any_case(client, personas):
    response = log_in(client, "Mentor@ACME.Example")

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert signed_in_as(client) == "mentor@acme.example"


def test_a_wrong_password_does_not_log_in(client, personas):
    response = log_in(client, "mentor@acme.example", "wrong-password-123")

    assert response.status_code == 200
    assert "Please enter a correct email and password" in response.content.decode()
    assert signed_in_as(client) is None


def test_logging_in_gives_a_new_session_key(client, personas):
    session = client.session
    session["language-chosen"] = "nl"
    session.save()
    before = session.session_key

    log_in(client, "mentor@acme.example")

    after = client.cookies["sessionid"].value
    assert after != before
    assert not SessionStore().exists(before)
    assert signed_in_as(client) == "mentor@acme.example"


# Throttling -----------------------------------------------------------------------------------


def test_failures_lock_the_account_only_for_the_address_they_come_from(client, personas, settings):
    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT, address="10.0.0.1")

    assert THROTTLED in log_in(Client(), "mentor@acme.example", address="10.0.0.1").content.decode()
    assert log_in(Client(), "mentor@acme.example", address="192.0.2.77").status_code == 302


def test_an_attacker_repeating_failures_never_locks_the_owner_out_of_another_address(
    client, personas, settings, clock
):
    for _round in range(3):
        fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT + 2, address="203.0.113.66")
        clock.now += settings.LOGIN_LOCKOUT_SECONDS + 1

    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT, address="203.0.113.66")

    assert THROTTLED in log_in(Client(), "mentor@acme.example", address="203.0.113.66").content.decode()
    owner = Client()
    assert log_in(owner, "mentor@acme.example", address="10.0.0.1").status_code == 302
    assert signed_in_as(owner) == "mentor@acme.example"


def test_an_account_is_not_locked_one_failure_before_the_limit(client, personas, settings):
    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT - 1)

    assert log_in(client, "mentor@acme.example").status_code == 302


def test_the_failure_count_ignores_the_case_of_the_email(client, personas, settings):
    fail(client, "MENTOR@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT)

    assert THROTTLED in log_in(client, "mentor@ACME.example").content.decode()


def test_a_locked_account_does_not_lock_other_accounts(client, personas, settings):
    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT)

    assert log_in(Client(), "mentee@acme.example", address="10.0.0.1").status_code == 302


def test_failures_over_many_accounts_lock_the_address_for_every_account(client, personas, settings):
    settings.LOGIN_FAILURES_PER_ADDRESS = 3
    for email in ["mentor@acme.example", "mentee@acme.example", "hr@acme.example"]:
        fail(client, email, 1, address="203.0.113.66")

    assert THROTTLED in log_in(Client(), "mentor@globex.example", address="203.0.113.66").content.decode()
    assert log_in(Client(), "mentor@globex.example", address="10.0.0.1").status_code == 302


def test_a_successful_login_resets_the_account_counter(client, personas, settings):
    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT - 1)
    assert log_in(client, "mentor@acme.example").status_code == 302
    client.logout()

    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT - 1)

    assert log_in(client, "mentor@acme.example").status_code == 302


def test_a_forged_forwarded_for_header_does_not_give_a_fresh_address_counter(client, personas, settings):
    settings.LOGIN_FAILURES_PER_ADDRESS = 3
    for n, email in enumerate(["mentor@acme.example", "mentee@acme.example", "hr@acme.example"]):
        fail(client, email, 1, address="198.51.100.9", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")

    response = log_in(
        client, "mentor@globex.example", address="198.51.100.9", HTTP_X_FORWARDED_FOR="203.0.113.200"
    )

    assert THROTTLED in response.content.decode()
    assert log_in(Client(), "mentor@globex.example", address="198.51.100.10").status_code == 302


# Behind the documented proxy (REMOTE_ADDR is the proxy's, the client is in X-Forwarded-For).
PROXY = "127.0.0.1"


def through_proxy(client_address: str, forged: str = "") -> dict:
    # nginx's $proxy_add_x_forwarded_for appends the address it got the request from.
    chain = f"{forged}, {client_address}" if forged else client_address
    return {"address": PROXY, "HTTP_X_FORWARDED_FOR": chain}


def test_behind_the_trusted_proxy_each_client_has_its_own_address_counter(client, personas, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    settings.LOGIN_FAILURES_PER_ADDRESS = 3
    for n in range(settings.LOGIN_FAILURES_PER_ADDRESS * 2):
        fail(client, "mentee@acme.example", 1, **through_proxy(f"203.0.113.{n}"))

    response = log_in(Client(), "mentor@acme.example", **through_proxy("192.0.2.77"))

    assert response.status_code == 302


def test_behind_the_trusted_proxy_an_attackers_address_is_the_one_the_proxy_saw(client, personas, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    for n in range(settings.LOGIN_FAILURES_PER_ACCOUNT):
        fail(client, "mentor@acme.example", 1, **through_proxy("203.0.113.66", forged=f"10.9.9.{n}"))

    attacker = log_in(Client(), "mentor@acme.example", **through_proxy("203.0.113.66", forged="10.9.9.200"))
    owner = log_in(Client(), "mentor@acme.example", **through_proxy("192.0.2.77"))

    assert THROTTLED in attacker.content.decode()
    assert owner.status_code == 302


def test_forwarded_for_is_ignored_from_an_address_that_is_not_a_trusted_proxy(client, personas, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    for n in range(settings.LOGIN_FAILURES_PER_ACCOUNT):
        fail(client, "mentor@acme.example", 1, address="203.0.113.66", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}")

    response = log_in(
        Client(), "mentor@acme.example", address="203.0.113.66", HTTP_X_FORWARDED_FOR="10.9.9.9"
    )

    assert THROTTLED in response.content.decode()


def test_a_trusted_proxy_can_be_named_by_its_network(client, personas, settings):
    settings.TRUSTED_PROXIES = ["10.1.0.0/16"]
    fail(
        client,
        "mentor@acme.example",
        settings.LOGIN_FAILURES_PER_ACCOUNT,
        address="10.1.2.3",
        HTTP_X_FORWARDED_FOR="203.0.113.66, 10.1.9.9",
    )

    attacker = log_in(
        Client(), "mentor@acme.example", address="10.1.4.4", HTTP_X_FORWARDED_FOR="203.0.113.66"
    )
    owner = log_in(Client(), "mentor@acme.example", address="10.1.2.3", HTTP_X_FORWARDED_FOR="192.0.2.77")

    assert THROTTLED in attacker.content.decode()
    assert owner.status_code == 302


# The owner's ways in when their own address is locked ------------------------------------------


def test_the_owner_signs_in_from_a_known_device_while_their_address_is_locked(client, personas, settings):
    owner = Client()
    assert log_in(owner, "mentor@acme.example", address="10.0.0.1").status_code == 302
    sign_out(owner)
    # Someone behind the same address (an office's NAT) tries passwords on it and on others.
    fail_on_many_accounts(settings.LOGIN_FAILURES_PER_ADDRESS, address="10.0.0.1")
    assert THROTTLED in log_in(Client(), "mentee@acme.example", address="10.0.0.1").content.decode()

    assert log_in(owner, "mentor@acme.example", address="10.0.0.1").status_code == 302
    assert signed_in_as(owner) == "mentor@acme.example"


def test_a_known_device_counts_its_own_failures(client, personas, settings):
    assert log_in(client, "mentor@acme.example").status_code == 302
    sign_out(client)

    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT)

    assert THROTTLED in log_in(client, "mentor@acme.example").content.decode()
    assert log_in(Client(), "mentor@acme.example", address="10.0.0.2").status_code == 302


def test_a_device_known_for_one_account_is_not_known_for_another(client, personas, settings):
    assert log_in(client, "mentee@acme.example", address="10.0.0.1").status_code == 302
    sign_out(client)
    fail(Client(), "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT, address="10.0.0.1")

    assert THROTTLED in log_in(client, "mentor@acme.example", address="10.0.0.1").content.decode()


def test_a_forged_device_cookie_is_not_a_known_device(client, personas, settings):
    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT)
    client.cookies[throttle.DEVICE_COOKIE] = "forged"

    assert THROTTLED in log_in(client, "mentor@acme.example").content.decode()


def reset_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"/accounts/reset/{uid}/{default_token_generator.make_token(user)}/"


def test_a_reset_link_signs_the_owner_in_while_their_address_is_locked(client, personas, settings):
    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT, address="10.0.0.1")
    fail_on_many_accounts(settings.LOGIN_FAILURES_PER_ADDRESS, address="10.0.0.1")
    assert THROTTLED in log_in(Client(), "mentor@acme.example", address="10.0.0.1").content.decode()
    owner = Client(REMOTE_ADDR="10.0.0.1")
    form = owner.get(reset_link(personas.mentor_acme), follow=True)

    new_password = "a brand new passphrase"
    response = owner.post(
        form.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}
    )

    assert response.status_code == 302
    assert signed_in_as(owner) == "mentor@acme.example"
    sign_out(owner)
    assert log_in(owner, "mentor@acme.example", new_password, address="10.0.0.1").status_code == 302


def test_a_lockout_ends_after_the_lockout_time(client, personas, settings, clock):
    fail(client, "mentor@acme.example", settings.LOGIN_FAILURES_PER_ACCOUNT)

    clock.now += settings.LOGIN_LOCKOUT_SECONDS - 1
    assert THROTTLED in log_in(client, "mentor@acme.example").content.decode()

    clock.now += 2
    assert log_in(client, "mentor@acme.example").status_code == 302


def test_the_lockout_is_short(settings):
    assert 60 <= settings.LOGIN_LOCKOUT_SECONDS <= 900
    assert settings.LOGIN_FAILURES_PER_ACCOUNT <= 10


# Headers --------------------------------------------------------------------------------------


def test_pages_for_a_signed_in_person_are_not_stored_by_any_cache(client, personas):
    client.force_login(personas.coordinator_acme)

    for url in ["/", "/p/regional/", "/accounts/profile/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


@pytest.mark.parametrize("signed_in", [False, True])
def test_every_page_has_a_content_security_policy_without_inline_code(client, personas, signed_in):
    if signed_in:
        client.force_login(personas.mentor_acme)

    response = client.get("/" if signed_in else LOGIN)

    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_pages_cannot_be_framed(client, personas):
    response = client.get(LOGIN)

    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


# CSRF -----------------------------------------------------------------------------------------


def test_a_login_without_a_csrf_token_is_refused(personas):
    client = Client(enforce_csrf_checks=True)

    assert log_in(client, "mentor@acme.example").status_code == 403

    client.get(LOGIN)
    token = client.cookies["csrftoken"].value
    response = client.post(
        LOGIN, {"username": "mentor@acme.example", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302


def test_a_form_post_of_a_signed_in_person_without_a_csrf_token_is_refused(personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.mentor_acme)

    response = client.post("/p/regional/withdraw/")

    assert response.status_code == 403
    personas.enrolments["mentor_acme"].refresh_from_db()
    assert personas.enrolments["mentor_acme"].status == "approved"


def test_an_api_call_with_the_session_cookie_needs_a_csrf_token(personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.mentor_acme)
    enrolment = personas.enrolments["mentor_acme"]
    url = f"/api/programmes/regional/enrolments/{enrolment.public_id}/withdraw"

    refused = client.post(url, {}, content_type="application/json")
    enrolment.refresh_from_db()
    assert (refused.status_code, enrolment.status) == (403, "approved")

    client.get("/")  # sets the CSRF cookie, as a page would before its script calls the API
    token = client.cookies["csrftoken"].value
    accepted = client.post(url, {}, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 200


# API tokens -----------------------------------------------------------------------------------


def test_an_api_token_identifies_its_owner(client, personas):
    token = api_token_create(user=personas.mentor_acme, name="laptop")

    response = client.get("/api/me", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert response.status_code == 200
    assert response.json() == {
        "id": str(personas.mentor_acme.public_id),
        "email": "mentor@acme.example",
        "name": "Mentor Acme Logistics",
        "token_expires_at": response.json()["token_expires_at"],
    }
    assert personas.mentor_acme.api_tokens.get().last_used_at is not None


def test_an_api_token_needs_no_csrf_token(personas):
    token = api_token_create(user=personas.mentor_acme, name="script")
    enrolment = personas.enrolments["mentor_acme"]

    response = Client(enforce_csrf_checks=True).post(
        f"/api/programmes/regional/enrolments/{enrolment.public_id}/withdraw",
        {"reason": "moving abroad"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )

    assert response.status_code == 200
    assert response.json()["status"] == "withdrawn"


@pytest.mark.parametrize("authorization", ["Bearer cm_not-a-real-token", "Bearer ", "Token {token}", ""])
def test_the_api_refuses_a_wrong_token(client, personas, authorization):
    token = api_token_create(user=personas.mentor_acme, name="laptop")
    headers = {"HTTP_AUTHORIZATION": authorization.format(token=token)} if authorization else {}

    response = client.get("/api/me", **headers)

    assert response.status_code == 401


def test_the_api_refuses_the_token_of_a_deactivated_person(client, personas):
    token = api_token_create(user=personas.mentor_acme, name="laptop")
    personas.mentor_acme.is_active = False
    personas.mentor_acme.save()

    assert client.get("/api/me", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


def test_only_a_hash_of_an_api_token_is_kept(personas):
    token = api_token_create(user=personas.mentor_acme, name="laptop")

    stored = personas.mentor_acme.api_tokens.get()
    assert token not in (stored.digest, stored.prefix)
    assert token.startswith("cm_") and token[3:11] == stored.prefix


# Passwords ------------------------------------------------------------------------------------


def test_passwords_are_hashed_with_argon2_in_the_real_settings():
    # The suite swaps in a fast hasher; the settings module itself is what production runs.
    real = importlib.import_module("crossmentor.settings")

    assert real.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    hasher = import_string(real.PASSWORD_HASHERS[0])()  # the argon2 library is installed
    encoded = hasher.encode("a long passphrase", hasher.salt())
    assert encoded.startswith("argon2$argon2id$")
    assert hasher.verify("a long passphrase", encoded)
    assert not hasher.verify("another passphrase", encoded)
