import json
from importlib import import_module

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.http import JsonResponse, QueryDict
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .errors import BadInput
from .views import bad_request

SessionStore = import_module(settings.SESSION_ENGINE).SessionStore


class NoStoreForPersonalPagesMiddleware:
    """Pages seen by a signed-in person carry personal data: no shared or browser cache keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated and not request.path.startswith("/static/"):
            response["Cache-Control"] = "no-store, private"
        return response


class HtmxMiddleware:
    """Mark requests made by htmx so views can answer with a partial instead of a full page.

    A partial has no room for the page's messages, so what a view said (approved, refused) would
    only show on the next full page: the answer carries them along, swapped out of band into the
    page's messages area.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.htmx = request.headers.get("HX-Request") == "true"
        response = self.get_response(request)
        if request.htmx and _is_swapped_html(response):
            _send_messages_along(request, response)
        return response


def _is_swapped_html(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
    )


def _send_messages_along(request, response) -> None:
    storage = messages.get_messages(request)
    if storage.used or not len(storage):  # already shown by the page itself, or nothing to say
        return
    html = render_to_string("core/partials/messages.html", {"messages": storage, "oob": True}, request)
    response.content = response.content + html.encode(response.charset)


NUL = "\x00"


class RefuseNulMiddleware:
    """Refuse (400) a request with a NUL character in its address, query, cookies, form or JSON body.

    PostgreSQL can neither store nor compare text holding NUL, so without this one in a filter or a
    field answered 500. The answer says where the NUL is: `{"detail": …}` in the API, the 400 page
    otherwise. Uploaded files are the importers' to check (core.parse.nul_line). It runs before
    anything reads the session, whose key comes from a cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        where = nul_in(request)
        if where is None:
            return self.get_response(request)
        message = _("A NUL character (\\0) cannot be used: remove it from %(where)s.") % {"where": where}
        if request.path_info.startswith(API_PREFIX):
            return JsonResponse({"detail": message}, status=400)
        # The page is shown signed out: a session key holding NUL cannot even be looked up.
        request.session = SessionStore()
        request.user = AnonymousUser()
        return bad_request(request, BadInput(message))


API_PREFIX = "/api/"


def nul_in(request) -> str | None:
    """Where the request carries a NUL (described for its reader), or None."""
    if NUL in request.path_info:
        return _("the address")
    for name, value in request.COOKIES.items():
        if NUL in name or NUL in value:
            return _("the cookie “%(name)s”") % {"name": _shown(name)}
    for source in (request.GET, _form(request)):
        for name, values in source.lists():
            if NUL in name or any(NUL in value for value in values):
                return f"“{_shown(name)}”"
    found = _nul_in_json(_json(request))
    if found is None:
        return None
    return f"“{_shown(found)}”" if found else _("the body")


def _shown(name: str) -> str:
    name = name.replace(NUL, "")
    return name if len(name) <= 60 else name[:60] + "…"


def _form(request):
    """The posted form's fields (not its files), or nothing when the body is not a form."""
    if request.method == "POST" and request.content_type in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        return request.POST
    return QueryDict()


def _json(request):
    if request.content_type != "application/json":
        return None
    try:
        return json.loads(request.body)
    except ValueError:  # not JSON at all (also not UTF-8): the API says so itself
        return None


def _nul_in_json(value, path: str = "") -> str | None:
    """The dotted path of the first string (or key) holding NUL, "" for the body itself, or None."""
    if isinstance(value, str):
        return path if NUL in value else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        inner = f"{path}.{key}" if path else str(key)
        if NUL in str(key):
            return inner
        found = _nul_in_json(item, inner)
        if found is not None:
            return found
    return None
