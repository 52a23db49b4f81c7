from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from . import throttle


class ThrottledEmailBackend(ModelBackend):
    """Email and password login that refuses further attempts after too many failures."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        email = (username or kwargs.get("email") or "").strip().lower()
        if not email or password is None:
            return None
        if throttle.is_locked_out(request, email):
            # PermissionDenied stops Django from trying other backends and reports the lockout.
            raise PermissionDenied("too many failed logins")
        user = super().authenticate(request, username=email, password=password)
        if user is None:
            throttle.record_failure(request, email)
        else:
            throttle.record_success(request, email)
        return user
