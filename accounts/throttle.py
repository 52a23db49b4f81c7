"""Login throttling that slows an attacker without locking the account's owner out.

Failures are counted per (account, client) and per client address, never per account alone: a
remote attacker's wrong passwords lock only the attacker's own address, and the owner signs in
from any other address. A browser that has signed in to an account before carries a signed
known-device cookie; for that account it counts as its own client and is exempt from its
address's limit, so the owner is not locked out by someone sharing their address (an office's
NAT). A password reset link signs its owner in without passing through the throttle.

The client address is REMOTE_ADDR, unless REMOTE_ADDR is one of settings.TRUSTED_PROXIES: then
it is the nearest address in X-Forwarded-For that is not a trusted proxy. Without the setting
X-Forwarded-For is ignored, so a forged header cannot move an attacker to a fresh counter.
"""

import hashlib
import ipaddress
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache

DEVICE_COOKIE = "crossmentor_device"
DEVICE_COOKIE_AGE = 365 * 24 * 3600
_DEVICE_SALT = "accounts.throttle.known-device"


def _digest(value: str) -> str:
    return hashlib.sha256(value.lower().encode()).hexdigest()[:32]


def _is_trusted_proxy(address: str) -> bool:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(parsed in ipaddress.ip_network(proxy, strict=False) for proxy in settings.TRUSTED_PROXIES)


def client_address(request) -> str:
    remote = (request.META.get("REMOTE_ADDR") if request is not None else None) or "unknown"
    if not _is_trusted_proxy(remote):
        return remote
    # Each proxy appends the address it received the request from: read from the right, the
    # first address no trusted proxy vouches for is the client (anything left of it is forgeable).
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([hop for hop in hops if hop]):
        if not _is_trusted_proxy(hop):
            return hop
    return remote


def _known_device(request, email: str) -> str | None:
    """The id of this browser's device cookie if it was issued for `email`."""
    value = request.COOKIES.get(DEVICE_COOKIE) if request is not None else None
    if not value:
        return None
    try:
        account, device = signing.loads(value, salt=_DEVICE_SALT, max_age=DEVICE_COOKIE_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return device if account == _digest(email) else None


def _counters(request, email: str) -> list[tuple[str, int]]:
    """The cache keys a failed login counts in, each with the number of failures that locks it."""
    device = _known_device(request, email)
    client = f"device:{device}" if device else f"address:{client_address(request)}"
    pair = (f"login-failures:pair:{_digest(email)}:{_digest(client)}", settings.LOGIN_FAILURES_PER_ACCOUNT)
    if device:
        return [pair]
    address = (f"login-failures:address:{_digest(client)}", settings.LOGIN_FAILURES_PER_ADDRESS)
    return [pair, address]


def is_locked_out(request, email: str) -> bool:
    return any(cache.get(key, 0) >= limit for key, limit in _counters(request, email))


def record_failure(request, email: str) -> None:
    for key, _limit in _counters(request, email):
        cache.add(key, 0, timeout=settings.LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)


def record_success(request, email: str) -> None:
    """A successful sign-in clears the failures of this account from this client."""
    pair_key, _limit = _counters(request, email)[0]
    cache.delete(pair_key)


def remember_device(response, email: str) -> None:
    value = signing.dumps([_digest(email), secrets.token_urlsafe(16)], salt=_DEVICE_SALT)
    response.set_cookie(
        DEVICE_COOKIE,
        value,
        max_age=DEVICE_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
