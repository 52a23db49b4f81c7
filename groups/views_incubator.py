"""Incubator cohorts: start-up teams, their specialised mentors per need, the cohort's shared space."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import programme_view
from core.errors import ServiceError
from core.parse import uuid_or_none
from programmes.models import Competence, Enrolment, Programme

from . import forms, selectors, services
from .models import Group, TeamMentor


def _incubator_manager(request):
    access = request.access
    if access.programme.kind != Programme.Kind.INCUBATOR:
        raise Http404
    return access


def _founder_choices(access):
    return [
        (str(e.public_id), f"{e.user} ({e.organisation.name})")
        for e in selectors.founders_without_team(access=access)
    ]


@programme_view(roles=("manager",))
def incubator_home(request):
    access = _incubator_manager(request)
    teams = selectors.teams(access=access)
    context = {
        "access": access,
        "programme": access.programme,
        "teams": [{"team": t, "needs": list(selectors.team_needs(t))} for t in teams],
        "cohort_space": Group.objects.filter(programme=access.programme, kind=Group.Kind.COHORT).first(),
        "form": forms.TeamForm(founder_choices=_founder_choices(access)),
    }
    return render(request, "groups/incubator_home.html", context)


@require_POST
@programme_view(roles=("manager",))
def cohort_space(request):
    access = _incubator_manager(request)
    try:
        space = services.cohort_space_ensure(access=access)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("incubator_home", slug=access.programme.slug)
    return redirect("group_detail", slug=access.programme.slug, public_id=space.public_id)


@require_POST
@programme_view(roles=("manager",))
def team_create(request):
    access = _incubator_manager(request)
    form = forms.TeamForm(request.POST, founder_choices=_founder_choices(access))
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))
        return redirect("incubator_home", slug=access.programme.slug)
    data = form.cleaned_data
    founders = list(Enrolment.objects.filter(programme=access.programme, public_id__in=data["founders"]))
    try:
        team = services.team_create(
            access=access, name=data["name"], description=data["description"], founders=founders
        )
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("incubator_home", slug=access.programme.slug)
    messages.success(request, _("Team added. Assign mentors to its needs."))
    return redirect("incubator_team_detail", slug=access.programme.slug, public_id=team.public_id)


@programme_view(roles=("manager",))
def team_detail(request, public_id):
    access = _incubator_manager(request)
    team = selectors.team_get(access=access, public_id=public_id)
    sections = []
    for competence, needs in selectors.team_needs(team).items():
        sections.append(
            {
                "competence": competence,
                "founders": sorted({need.enrolment.user.name for need in needs}),
                "assigned": [a for a in team.team_mentors.all() if a.competence_id == competence.pk],
                "ranking": selectors.mentor_ranking(team=team, competence=competence, needs=needs)[:8],
            }
        )
    context = {
        "access": access,
        "programme": access.programme,
        "team": team,
        "founders": selectors.founders(team),
        "sections": sections,
    }
    return render(request, "groups/team_detail.html", context)


@require_POST
@programme_view(roles=("manager",))
def team_assign(request, public_id):
    access = _incubator_manager(request)
    team = selectors.team_get(access=access, public_id=public_id)
    competence = Competence.objects.filter(slug=request.POST.get("competence", "")).first()
    mentor = Enrolment.objects.filter(
        programme=access.programme, public_id=uuid_or_none(request.POST.get("mentor"))
    ).first()
    try:
        if competence is None or mentor is None:
            raise ServiceError(_("Choose a need of the team and a mentor of the programme."))
        services.team_mentor_assign(access=access, team=team, competence=competence, mentor=mentor)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s mentors the team for “%(need)s”.") % {"name": mentor.user, "need": competence},
        )
    return redirect("incubator_team_detail", slug=access.programme.slug, public_id=team.public_id)


@require_POST
@programme_view(roles=("manager",))
def team_unassign(request, public_id):
    access = _incubator_manager(request)
    assignment = (
        TeamMentor.objects.filter(team__programme=access.programme, public_id=public_id)
        .select_related("team", "mentor__user")
        .first()
    )
    if assignment is None:
        raise Http404
    services.team_mentor_remove(access=access, assignment=assignment)
    messages.success(request, _("Assignment removed."))
    return redirect("incubator_team_detail", slug=access.programme.slug, public_id=assignment.team.public_id)
