"""Peer circles: participants opt in; the manager forms a draft, reviews it and publishes it."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import User
from core.access import programme_view
from core.errors import ServiceError
from core.iso import language_names
from core.parse import uuid_or_none

from . import forms, selectors, services
from .formation import Peer, circle_problems
from .models import CircleFormation

PROBLEMS = {
    "too_small": lambda d: _("Too small: %(n)d people.") % {"n": d},
    "too_large": lambda d: _("Too large: %(n)d people.") % {"n": d},
    "no_shared_language": lambda d: _("No language everyone speaks."),
    "same_organisation": lambda d: _("Two or more people from %(organisation)s.") % {"organisation": d},
}


@programme_view()
def circles_home(request):
    access = request.access
    if not (access.is_manager or access.is_participant):
        raise Http404
    context = {
        "access": access,
        "programme": access.programme,
        "opted_in": selectors.is_opted_in(access=access),
    }
    if access.is_manager:
        context.update(
            formations=selectors.formation_list(access=access),
            candidates=selectors.circle_candidates(access.programme).count(),
            form=forms.FormationForm(),
        )
    return render(request, "groups/circles_home.html", context)


@require_POST
@programme_view(roles=("participant",))
def circle_opt_in(request):
    access = request.access
    opt_in = request.POST.get("opt_in") == "1"
    try:
        services.circle_opt_in(access=access, opt_in=opt_in)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("You are on the list for the next peer circles.")
            if opt_in
            else _("You are off the list for peer circles."),
        )
    return redirect("circles_home", slug=access.programme.slug)


@require_POST
@programme_view(roles=("manager",))
def formation_create(request):
    access = request.access
    form = forms.FormationForm(request.POST)
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))
        return redirect("circles_home", slug=access.programme.slug)
    data = form.cleaned_data
    try:
        formation = services.formation_create(
            access=access,
            actor=request.user,
            min_size=data["min_size"],
            max_size=data["max_size"],
            cadence=data["cadence"] or "",
        )
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("circles_home", slug=access.programme.slug)
    return redirect("formation_detail", slug=access.programme.slug, public_id=formation.public_id)


def _rows(formation: CircleFormation):
    rows = []
    for circle in selectors.formation_circles(formation=formation):
        people = list(circle.memberships.all())
        peers = [
            Peer(
                key=m.user_id,
                organisation=getattr(m.user.profile.organisation, "name", "—"),
                seniority=m.user.profile.seniority or 3,
                languages=frozenset(m.user.profile.languages or ["en"]),
            )
            for m in people
            if m.role == m.Role.MEMBER
        ]
        problems = [
            PROBLEMS[code](detail)
            for code, detail in circle_problems(
                peers, min_size=formation.min_size, max_size=formation.max_size
            )
        ]
        languages = language_names(sorted(_shared(peers)))
        rows.append({"circle": circle, "people": people, "problems": problems, "languages": languages})
    return rows


def _shared(peers):
    from .formation import shared_languages

    return shared_languages(peers)


@programme_view(roles=("manager",))
def formation_detail(request, public_id):
    access = request.access
    formation = selectors.formation_get(access=access, public_id=public_id)
    rows = _rows(formation)
    context = {
        "access": access,
        "programme": access.programme,
        "formation": formation,
        "rows": rows,
        "circles": [row["circle"] for row in rows],
        "facilitators": _facilitator_choices(access),
    }
    return render(request, "groups/formation_detail.html", context)


def _facilitator_choices(access):
    from .views import _facilitator_choices as choices  # one list of facilitators for both pages

    return choices(access)


def _formation_action(request, public_id, action, success):
    access = request.access
    formation = selectors.formation_get(access=access, public_id=public_id)
    try:
        action(formation)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)
    return redirect("formation_detail", slug=access.programme.slug, public_id=public_id)


@require_POST
@programme_view(roles=("manager",))
def formation_move(request, public_id):
    return _formation_action(
        request,
        public_id,
        lambda f: services.formation_move(
            formation=f,
            user_public_id=uuid_or_none(request.POST.get("person")),
            to_circle_public_id=uuid_or_none(request.POST.get("circle")),
        ),
        _("Moved."),
    )


@require_POST
@programme_view(roles=("manager",))
def formation_facilitator(request, public_id):
    person = User.objects.filter(public_id=uuid_or_none(request.POST.get("person"))).first()

    def add(formation):
        if person is None:
            raise ServiceError(_("Choose a facilitator."))
        services.formation_facilitator(
            formation=formation, circle_public_id=request.POST.get("circle") or None, user=person
        )

    return _formation_action(request, public_id, add, _("Facilitator added."))


@require_POST
@programme_view(roles=("manager",))
def formation_publish(request, public_id):
    return _formation_action(
        request,
        public_id,
        lambda f: services.formation_publish(formation=f),
        _("Circles published; every member is told which circle they are in."),
    )


@require_POST
@programme_view(roles=("manager",))
def formation_discard(request, public_id):
    return _formation_action(
        request, public_id, lambda f: services.formation_discard(formation=f), _("Draft discarded.")
    )
