from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.shortcuts import resolve_url
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from core.zones import zone_of


class UserTimezoneMiddleware:
    """Show dates in the signed-in person's own time zone (everyone else reads UTC)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            timezone.activate(zone_of(request.user))
        else:
            timezone.deactivate()
        return self.get_response(request)


class HtmxLoginRedirectMiddleware:
    """An htmx request whose session ended sends the whole page to sign in, and back to it.

    Following a redirect to the login page would swap the login form into a fragment, and `next`
    would name the fragment's URL; instead the browser goes to the login page with the page's own
    path and query string (htmx's HX-Current-URL) as `next`, if it is on this site.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.headers.get("HX-Request") != "true" or not _is_login_redirect(response):
            return response
        page = _same_site_path(request, request.headers.get("HX-Current-URL", ""))
        htmx_response = HttpResponse()
        htmx_response["HX-Redirect"] = (
            redirect_to_login(page)["Location"] if page else resolve_url(settings.LOGIN_URL)
        )
        return htmx_response


def _is_login_redirect(response) -> bool:
    return response.status_code in (301, 302) and urlsplit(response["Location"]).path == resolve_url(
        settings.LOGIN_URL
    )


def _same_site_path(request, url: str) -> str:
    if not url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
        return ""
    parts = urlsplit(url)
    return urlunsplit(("", "", parts.path or "/", parts.query, ""))
