import uuid

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import programme_view
from core.errors import ServiceError
from matching import adapter, mutual
from matching.explain import explain
from programmes.catalogue import COMPETENCE_GROUPS
from programmes.models import Competence, Enrolment, Need

from . import selectors, services
from .forms import CoffeeFeedbackForm, CoffeeSettingsForm, OptForm, ReverseForm
from .models import CoffeeSettings

REASONS = {
    "same_organisation": lambda: _("nobody from another organisation was left for them"),
    "competitor": lambda: _("everybody left from another organisation works for a competitor of theirs"),
    "already_met": lambda: _("everybody left from another organisation had met them before"),
    "alone": lambda: _("they were the only participant"),
}


def _context(request, **extra) -> dict:
    return {"access": request.access, "programme": request.access.programme, **extra}


# --- virtual coffee -------------------------------------------------------------------------


@programme_view(roles=("manager", "participant"))
def coffee_home(request):
    """A participant's page: opt in or out, and their coffee pairings."""
    access = request.access
    if request.method == "POST":
        form = OptForm(request.POST)
        if access.enrolment is None or not form.is_valid():
            messages.error(request, _("Choose whether to opt in or out."))
        else:
            try:
                services.coffee_opt(enrolment=access.enrolment, active=form.cleaned_data["active"])
            except ServiceError as error:
                messages.error(request, error.message)
            else:
                if form.cleaned_data["active"]:
                    messages.success(request, _("You are in: you will be paired in the next round."))
                else:
                    messages.success(request, _("You are out: you will not be paired in future rounds."))
        return redirect("coffee_home", slug=access.programme.slug)
    services.coffee_settings_ensure(programme=access.programme)
    context = _context(
        request,
        offered=selectors.coffee_offered(access.programme),
        coffee_settings=selectors.coffee_settings_of(access.programme),
        opted_in=access.enrolment is not None and selectors.opted_in(access.enrolment),
        pairs=selectors.pairs_of(access=access),
        answered=selectors.answered_pair_ids(access=access),
    )
    return render(request, "coffee/home.html", context)


@programme_view(roles=("manager",))
def coffee_manage(request):
    access = request.access
    programme = access.programme
    current = services.coffee_settings_ensure(programme=programme)
    form = CoffeeSettingsForm(request.POST or None, instance=current or CoffeeSettings(enabled=False))
    if request.method == "POST" and form.is_valid():
        services.coffee_settings_save(programme=programme, **form.cleaned_data)
        messages.success(request, _("Virtual-coffee settings saved."))
        return redirect("coffee_manage", slug=programme.slug)
    context = _context(
        request,
        form=form,
        offered=selectors.coffee_offered(programme),
        participants=services.coffee_participants(programme).count(),
        next_round_at=services.coffee_next_round_at(coffee_settings=current),
        rounds=selectors.round_list(access=access),
    )
    return render(request, "coffee/manage.html", context)


@programme_view(roles=("manager",))
@require_POST  # inside: someone without access gets 404, not 405
def coffee_run(request):
    access = request.access
    try:
        coffee_round = services.coffee_round_run(programme=access.programme, actor=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("coffee_manage", slug=access.programme.slug)
    messages.success(
        request, _("Round %(n)s is paired; everyone is told by email.") % {"n": coffee_round.number}
    )
    return redirect("coffee_round", slug=access.programme.slug, public_id=coffee_round.public_id)


@programme_view(roles=("manager",))
def coffee_round(request, public_id):
    access = request.access
    found = selectors.round_get(access=access, public_id=public_id)
    by_public_id = {
        str(e.public_id): e
        for e in Enrolment.objects.filter(
            programme=access.programme,
            public_id__in=[p for c in found.compromises for p in c["people"]],
        ).select_related("user", "organisation")
    }
    compromises = [
        {
            "people": [by_public_id[p] for p in c["people"] if p in by_public_id],
            "reason": REASONS.get(c["reason"], lambda c=c: c["reason"])(),
        }
        for c in found.compromises
    ]
    context = _context(
        request,
        round=found,
        pairs=selectors.round_pairs(coffee_round=found),
        compromises=compromises,
        feedback=selectors.round_feedback(coffee_round=found),
    )
    return render(request, "coffee/round_detail.html", context)


@programme_view()
def coffee_pair(request, public_id):
    access = request.access
    pair = selectors.pair_get(access=access, public_id=public_id)
    viewer = getattr(getattr(request.user, "profile", None), "timezone", "") or "UTC"
    others = [e for e in pair.people.all() if access.enrolment is None or e.pk != access.enrolment.pk]
    member = access.enrolment is not None and len(others) < len(pair.people.all())  # not the manager
    context = _context(
        request,
        pair=pair,
        others=others,
        zone=viewer,
        member=member,
        feedback=selectors.own_feedback(access=access, pair=pair),
        form=CoffeeFeedbackForm(),
    )
    return render(request, "coffee/pair_detail.html", context)


@programme_view(roles=("participant",))
@require_POST  # inside: someone without access gets 404, not 405
def coffee_feedback(request, public_id):
    """A paired person says whether they met and how it was; once per pairing."""
    access = request.access
    pair = selectors.pair_get(access=access, public_id=public_id)
    if access.enrolment is None or not pair.people.filter(pk=access.enrolment.pk).exists():
        raise Http404  # the manager sees the pair but has no coffee to tell about
    form = CoffeeFeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    else:
        try:
            services.coffee_feedback_submit(enrolment=access.enrolment, pair=pair, **form.cleaned_data)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you: your answer is saved."))
    return redirect("coffee_pair", slug=access.programme.slug, public_id=pair.public_id)


# --- reverse mentoring ----------------------------------------------------------------------


@programme_view(roles=("manager",))
def reverse_settings(request):
    access = request.access
    programme = access.programme
    form = ReverseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reverse_competences_save(programme=programme, slugs=form.cleaned_data["competences"])
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Reverse-mentoring competences saved."))
            return redirect("reverse_settings", slug=programme.slug)
    selected = set(programme.reverse_competences or []) or set(services.default_reverse_competences())
    language = (get_language() or "en")[:2]
    names = {slug: n.get(language) or n["en"] for slug, n in COMPETENCE_GROUPS}
    groups = [(names.get(group, group), competences) for group, competences in form.groups.items()]
    context = _context(
        request,
        form=form,
        groups=groups,
        selected=selected,
        saved=bool(programme.reverse_competences),
        chosen=Competence.objects.filter(slug__in=programme.reverse_competences or []),
    )
    return render(request, "coffee/reverse.html", context)


# --- two-way (mutual) mentoring -------------------------------------------------------------


@programme_view(roles=("manager",))
def two_way(request):
    access = request.access
    programme = access.programme
    if request.method == "POST":
        return _two_way_confirm(request)
    result = mutual.mutual_proposals(programme)
    ids = {k for p in result.pairs for k in (p.a, p.b)}
    enrolments = Enrolment.objects.filter(programme=programme, pk__in=ids).select_related(
        "user__profile", "organisation"
    )
    people = {e.pk: e for e in enrolments}
    need_ids = {k for p in result.pairs for k in (p.need_of_a, p.need_of_b)}
    needs = {n.pk: n for n in Need.objects.filter(pk__in=need_ids).select_related("competence")}
    weights = adapter.programme_weights(programme)
    rows = [
        {
            "a": people[p.a],
            "b": people[p.b],
            "a_teaches": needs[p.need_of_b],
            "b_teaches": needs[p.need_of_a],
            "why_a": explain(p.a_to_b.components, weights),
            "why_b": explain(p.b_to_a.components, weights),
            "score": p.score,
            "value": f"{people[p.a].public_id}:{people[p.b].public_id}",
        }
        for p in result.pairs
    ]
    return render(request, "coffee/two_way.html", _context(request, rows=rows, stats=result.stats))


def _two_way_confirm(request):
    access = request.access
    programme = access.programme
    chosen = request.POST.getlist("pair")
    if not chosen:
        messages.error(request, _("Choose at least one pair to confirm."))
        return redirect("two_way", slug=programme.slug)
    created = 0
    for value in chosen:
        first_id, _sep, second_id = value.partition(":")
        ids = _uuids(first_id, second_id)
        found = {
            str(e.public_id): e for e in access.enrolments().filter(public_id__in=ids).select_related("user")
        }
        if len(found) != 2:
            raise Http404
        try:
            services.mutual_mentorship_create(
                programme=programme, actor=request.user, first=found[ids[0]], second=found[ids[1]]
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            created += 1
    if created:
        messages.success(
            request,
            _("%(n)s two-way mentorships created; both sides are asked to sign their agreement.")
            % {"n": created},
        )
    return redirect("two_way", slug=programme.slug)


def _uuids(*values: str) -> list[str]:
    try:
        return [str(uuid.UUID(v)) for v in values]
    except ValueError:
        raise Http404 from None
