"""Login throttling, per account and per client address.

The address is REMOTE_ADDR: a forged X-Forwarded-For header cannot move an attacker to a fresh
counter (behind a proxy, the proxy must set REMOTE_ADDR, e.g. gunicorn's --forwarded-allow-ips).
Lockouts expire after LOGIN_LOCKOUT_SECONDS so an attacker cannot keep a real user out for long,
and a successful login clears the account's counter.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _key(kind: str, value: str) -> str:
    return f"login-failures:{kind}:{hashlib.sha256(value.lower().encode()).hexdigest()[:32]}"


def client_address(request) -> str:
    return (request.META.get("REMOTE_ADDR") if request is not None else None) or "unknown"


def is_locked_out(request, email: str) -> bool:
    return (
        cache.get(_key("account", email), 0) >= settings.LOGIN_FAILURES_PER_ACCOUNT
        or cache.get(_key("address", client_address(request)), 0) >= settings.LOGIN_FAILURES_PER_ADDRESS
    )


def record_failure(request, email: str) -> None:
    for key in (_key("account", email), _key("address", client_address(request))):
        cache.add(key, 0, timeout=settings.LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)


def clear_account(email: str) -> None:
    cache.delete(_key("account", email))
