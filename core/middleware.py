from django.contrib import messages
from django.template.loader import render_to_string


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
