from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import programme_view
from core.errors import ServiceError
from core.forms import form_errors_text
from programmes.models import Need

from . import adapter, selectors, services
from .explain import explain_proposal
from .forms import MatchingWeightsForm
from .models import MatchRound, Proposal


def _reason(code: str) -> str:
    reasons = {
        "no_offer": _("no mentor offers it"),
        "capacity": _("all capacity is used"),
        "rules": _("the rules exclude every candidate"),
    }
    return reasons.get(code, code)


@programme_view(roles=("manager",))
def matching_home(request):
    access = request.access
    rounds = selectors.round_list(access=access)
    draft = next((r for r in rounds if r.status == MatchRound.Status.DRAFT), None)
    running = next(
        (r for r in rounds if r.status in (MatchRound.Status.QUEUED, MatchRound.Status.RUNNING)), None
    )
    context = {
        "access": access,
        "programme": access.programme,
        "rounds": rounds,
        "draft": draft,
        "running": running,
        "weights_form": _weights_form(access.programme),
    }
    return render(request, "matching/matching_home.html", context)


def _weights_form(programme, data=None) -> MatchingWeightsForm:
    return MatchingWeightsForm(data, initial_weights=adapter.programme_weights(programme).as_dict())


@require_POST
@programme_view(roles=("manager",))
def matching_weights(request):
    """Save the score weights, or go back to the defaults ("reset")."""
    programme = request.access.programme
    if "reset" in request.POST:
        services.matching_weights_save(programme=programme, weights=None)
        messages.success(request, _("The default weights are back; the next round uses them."))
        return redirect("matching_home", slug=programme.slug)
    form = _weights_form(programme, request.POST)
    try:
        if not form.is_valid():
            raise ServiceError(form_errors_text(form))
        services.matching_weights_save(programme=programme, weights=form.cleaned_data)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Weights saved; the next round (or a re-run) uses them."))
    return redirect("matching_home", slug=programme.slug)


@require_POST
@programme_view(roles=("manager",))
def round_start(request):
    access = request.access
    try:
        match_round = services.round_start(programme=access.programme, actor=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("matching_home", slug=access.programme.slug)
    return redirect("round_detail", slug=access.programme.slug, public_id=match_round.public_id)


@programme_view(roles=("manager",))
def round_detail(request, public_id):
    access = request.access
    match_round = selectors.round_get(access=access, public_id=public_id)
    filters = {k: request.GET.get(k, "") for k in ("q", "status", "locked")}
    proposals = selectors.round_proposals(
        match_round=match_round,
        query=filters["q"].strip(),
        status=filters["status"],
        locked=filters["locked"],
    )
    weights = adapter.programme_weights(access.programme)
    rows = [(p, explain_proposal(p, weights)) for p in proposals]
    context = {
        "access": access,
        "programme": access.programme,
        "round": match_round,
        "rows": rows,
        "filters": filters,
        "unmatched": _unmatched(match_round),
        "statuses": Proposal.Status.choices,
    }
    if request.htmx and request.GET.get("part") == "progress":
        response = render(request, "matching/partials/round_progress.html", context)
        if match_round.status not in (MatchRound.Status.QUEUED, MatchRound.Status.RUNNING):
            response["HX-Refresh"] = "true"  # the finished round shows its whole table
        return response
    if request.htmx and request.GET.get("part") == "rows":
        return render(request, "matching/partials/proposal_rows.html", context)
    return render(request, "matching/round_detail.html", context)


def _unmatched(match_round: MatchRound) -> list[dict]:
    ids = [item["need"] for item in match_round.unmatched]
    needs = Need.objects.filter(pk__in=ids).select_related(
        "enrolment__user", "competence", "enrolment__organisation"
    )
    by_id = {need.pk: need for need in needs}
    return [
        {
            "need": by_id[item["need"]],
            "reason": _reason(item["reason"]),
        }
        for item in match_round.unmatched
        if item["need"] in by_id
    ]


def _round_action(request, public_id, action):
    access = request.access
    match_round = selectors.round_get(access=access, public_id=public_id)
    try:
        action(match_round)
    except ServiceError as error:
        messages.error(request, error.message)
    return match_round


@require_POST
@programme_view(roles=("manager",))
def round_publish(request, public_id):
    match_round = _round_action(request, public_id, lambda r: services.round_publish(match_round=r))
    if match_round.status == MatchRound.Status.PUBLISHED:
        messages.success(request, _("Published. Mentees and mentors are told and asked to accept."))
    return redirect("round_detail", slug=request.access.programme.slug, public_id=public_id)


@require_POST
@programme_view(roles=("manager",))
def round_rerun(request, public_id):
    access = request.access
    selectors.round_get(access=access, public_id=public_id)
    try:
        match_round = services.round_start(programme=access.programme, actor=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("round_detail", slug=access.programme.slug, public_id=public_id)
    messages.success(request, _("Re-running the round; locked pairs are kept."))
    return redirect("round_detail", slug=access.programme.slug, public_id=match_round.public_id)


@require_POST
@programme_view(roles=("manager",))
def round_swap(request, public_id):
    access = request.access
    match_round = selectors.round_get(access=access, public_id=public_id)
    ids = request.POST.getlist("proposal")
    if len(ids) != 2:
        messages.error(request, _("Choose exactly two proposals to swap their mentors."))
    else:
        found = {str(p.public_id): p for p in match_round.proposals.filter(public_id__in=ids)}
        if len(found) != 2:
            raise Http404
        try:
            services.proposal_swap(first=found[ids[0]], second=found[ids[1]])
            messages.success(request, _("Mentors swapped; both pairs are locked."))
        except ServiceError as error:
            messages.error(request, error.message)
    return redirect("round_detail", slug=access.programme.slug, public_id=public_id)


@require_POST
@programme_view(roles=("manager",))
def proposal_change(request, public_id, action):
    access = request.access
    proposal = selectors.proposal_get(access=access, public_id=public_id)
    if action not in services.PROPOSAL_ACTIONS:
        raise Http404
    try:
        services.proposal_change(proposal=proposal, action=action, actor=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    if request.htmx:
        weights = adapter.programme_weights(access.programme)
        context = {
            "access": access,
            "programme": access.programme,
            "round": proposal.round,
            "p": proposal,
            "why": explain_proposal(proposal, weights),
        }
        return render(request, "matching/partials/proposal_row.html", context)
    return redirect("round_detail", slug=access.programme.slug, public_id=proposal.round.public_id)


@programme_view()
def my_proposals(request):
    access = request.access
    proposals = selectors.proposals_visible(access=access).exclude(status=Proposal.Status.DRAFT)
    weights = adapter.programme_weights(access.programme)
    rows = [(p, explain_proposal(p, weights)) for p in proposals.order_by("-round__created_at")]
    context = {"access": access, "programme": access.programme, "rows": rows}
    return render(request, "matching/my_proposals.html", context)


@require_POST
@programme_view(roles=("participant",))
def proposal_respond(request, public_id):
    access = request.access
    proposal = selectors.proposal_get_to_answer(access=access, public_id=public_id)
    accept = request.POST.get("answer") == "accept"
    try:
        services.proposal_respond(
            proposal=proposal,
            enrolment=access.enrolment,
            accept=accept,
            reason=request.POST.get("reason", ""),
        )
        messages.success(request, _("Thank you, your answer is recorded."))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("my_proposals", slug=access.programme.slug)


@require_POST
@programme_view(roles=("coordinator",))
def proposal_approve(request, public_id):
    """The mentee's coordinator lets the match go on to the participants."""
    access = request.access
    proposal = selectors.proposal_get_to_approve(access=access, public_id=public_id)
    try:
        services.proposal_approve(proposal=proposal, actor=request.user)
        messages.success(request, _("Approved: the mentee and the mentor are told and asked to accept."))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("my_proposals", slug=access.programme.slug)


@require_POST
@programme_view(roles=("coordinator",))
def proposal_refuse(request, public_id):
    """The mentee's coordinator stops the match, saying why; the need returns to the pool."""
    access = request.access
    proposal = selectors.proposal_get_to_approve(access=access, public_id=public_id)
    try:
        services.proposal_refuse(proposal=proposal, actor=request.user, reason=request.POST.get("reason", ""))
        messages.success(request, _("Refused: the need returns to the pool and the manager reads why."))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("my_proposals", slug=access.programme.slug)


@programme_view(roles=("participant",))
def recommendations(request):
    """Self-service: per need, the ten best mentors under the programme's rules, with why."""
    access = request.access
    needs = selectors.mentee_needs(access=access)
    weights = adapter.programme_weights(access.programme)
    sections = selectors.recommendation_sections(programme=access.programme, needs=needs, weights=weights)
    context = {"access": access, "programme": access.programme, "sections": sections}
    return render(request, "matching/recommendations.html", context)
