"""The programme's tab bars (templates/programme_base.html), with the current tab marked."""

from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

register = template.Library()


@dataclass
class Tab:
    label: str
    url: str
    current: bool = False


def _participant_rows(access) -> list[tuple[bool, str, str]]:
    """(shown, label, URL name) for everyone who takes part in or runs the programme."""
    enrolment = access.enrolment
    enrolled_or_staff = bool(enrolment or access.sees_individuals)
    return [
        (True, _("Overview"), "programme_detail"),
        (enrolled_or_staff, _("Mentorships"), "mentorship_list"),
        (access.is_participant, _("Requests"), "request_list"),
        (
            bool(enrolment and enrolment.is_mentee and access.is_participant),
            _("Find a mentor"),
            "recommendations",
        ),
        (enrolled_or_staff, _("Proposals"), "my_proposals"),
        (access.is_manager or access.is_coordinator or access.is_participant, _("Groups"), "group_list"),
        (access.is_manager or access.is_participant, _("Virtual coffee"), "coffee_home"),
        (enrolled_or_staff, _("Guides"), "learning_guides"),
        (enrolled_or_staff, _("E-learning"), "learning_home"),
        (bool(access.roles), _("Evaluation"), "evaluation_home"),
        (bool(enrolment or access.may_apply), _("My enrolment") if enrolment else _("Enrol"), "enrol"),
    ]


def _manage_rows(access) -> list[tuple[bool, str, str]]:
    """(shown, label, URL name) for the manager and the coordinators."""
    if not access.sees_individuals:
        return []
    manager = access.is_manager
    return [
        (True, _("Enrolments"), "enrolment_list"),
        (True, _("Organisations"), "programme_organisations"),
        (True, _("Invite"), "invite_people"),
        (True, _("Import CSV"), "people_import"),
        (manager, _("Matching"), "matching_home"),
        (manager, _("Two-way pairs"), "two_way"),
        (manager, _("Reverse mentoring"), "reverse_settings"),
        (True, _("Reports"), "reports_programme"),
        (manager, _("Settings"), "programme_settings"),
    ]


def _tabs(rows, slug) -> list[Tab]:
    return [Tab(label, reverse(name, args=[slug])) for shown, label, name in rows if shown]


def mark_current(tabs: list[Tab], path: str, home: str) -> None:
    """The current tab is the one whose address is the longest start of the page's (a mentorship's
    pages are under Mentorships); the overview's address starts every page, so only its own counts."""
    matching = [t for t in tabs if path == t.url or (t.url != home and path.startswith(t.url))]
    if matching:
        max(matching, key=lambda t: len(t.url)).current = True


@register.simple_tag(takes_context=True)
def programme_tabs(context) -> dict:
    """The tabs of the page's programme (core.access resolved it; not every view passes it on)."""
    request = context["request"]
    access = context.get("access") or getattr(request, "access", None)
    if access is None:  # a page outside any programme's scope
        return {"main": [], "manage": []}
    slug = access.programme.slug
    tabs = {
        "main": _tabs(_participant_rows(access), slug),
        "manage": _tabs(_manage_rows(access), slug),
        "manage_label": _("Manage") if access.is_manager else _("Coordinate"),
    }
    mark_current(tabs["main"] + tabs["manage"], request.path, reverse("programme_detail", args=[slug]))
    return tabs
