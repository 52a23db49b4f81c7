from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import programme_view
from core.errors import ServiceError
from organisations.models import Organisation

from . import importer, selectors, services
from .forms import (
    EnrolmentForm,
    ImportForm,
    InviteForm,
    InviteOrganisationForm,
    ProgrammeForm,
    ProgrammeSettingsForm,
)
from .importer import ImportFailed
from .models import Enrolment, Invitation


@login_required
@permission_required("programmes.add_programme", raise_exception=True)
def programme_create(request):
    form = ProgrammeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            programme = services.programme_create(actor=request.user, **data)
        except ServiceError as error:
            form.add_error("slug", error.message)
        else:
            messages.success(request, _("Programme created. Now invite organisations."))
            return redirect("programme_organisations", slug=programme.slug)
    return render(request, "programmes/programme_form.html", {"form": form})


@programme_view()
def programme_detail(request):
    access = request.access
    context = {"access": access, "programme": access.programme}
    if access.sees_individuals:
        context["counts"] = selectors.status_counts(access=access)
        context["organisations"] = selectors.organisation_counts(access=access)
    return render(request, "programmes/programme_detail.html", context)


@programme_view(roles=("manager",))
def programme_settings(request):
    programme = request.access.programme
    form = ProgrammeSettingsForm(request.POST or None, instance=programme)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Programme settings saved."))
        return redirect("programme_detail", slug=programme.slug)
    return render(request, "programmes/programme_settings.html", {"form": form, "programme": programme})


@programme_view(roles=("manager", "coordinator"))
def programme_organisations(request):
    access = request.access
    programme = access.programme
    form = None
    if access.is_manager:
        member_ids = programme.memberships.values_list("organisation_id", flat=True)
        candidates = Organisation.objects.exclude(pk__in=member_ids)
        form = InviteOrganisationForm(request.POST or None)
        form.fields["organisation"].choices = [(o.key, o.name) for o in candidates]
        if request.method == "POST" and form.is_valid():
            organisation = get_object_or_404(candidates, key=form.cleaned_data["organisation"])
            services.programme_invite_organisation(programme=programme, organisation=organisation)
            messages.success(request, _("%(name)s is invited.") % {"name": organisation.name})
            return redirect("programme_organisations", slug=programme.slug)
    context = {
        "access": access,
        "programme": programme,
        "rows": selectors.organisation_counts(access=access),
        "form": form,
    }
    return render(request, "programmes/programme_organisations.html", context)


@require_POST
@programme_view(roles=("coordinator",))
def programme_join(request, key):
    access = request.access
    organisation = get_object_or_404(Organisation, key=key, pk__in=access.coordinated_organisation_ids)
    services.programme_join(programme=access.programme, organisation=organisation)
    messages.success(request, _("%(name)s now takes part in the programme.") % {"name": organisation.name})
    return redirect("programme_organisations", slug=access.programme.slug)


@programme_view(roles=("manager", "coordinator"))
def enrolment_list(request):
    access = request.access
    filters = {
        "status": request.GET.get("status", ""),
        "organisation_key": request.GET.get("organisation", ""),
        "query": request.GET.get("q", "").strip(),
    }
    context = {
        "access": access,
        "programme": access.programme,
        "enrolments": selectors.enrolment_list(access=access, **filters),
        "filters": filters,
        "statuses": Enrolment.Status.choices,
        "organisations": selectors.organisation_options(access=access),
    }
    template = "programmes/partials/enrolment_rows.html" if request.htmx else "programmes/enrolment_list.html"
    return render(request, template, context)


@programme_view()
def enrolment_detail(request, public_id):
    access = request.access
    enrolment = selectors.enrolment_get(access=access, public_id=public_id)
    context = {"access": access, "programme": access.programme, "enrolment": enrolment}
    return render(request, "programmes/enrolment_detail.html", context)


def _decide(request, public_id, decision, outcome: str):
    """Approve or reject, and say what happened to whom (`outcome` has a %(name)s)."""
    access = request.access
    enrolment = selectors.enrolment_get_to_decide(access=access, public_id=public_id)
    try:
        decision(enrolment)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        name = enrolment.user.name or enrolment.user.email
        messages.success(request, outcome % {"name": name, "programme": access.programme.name})
    if request.htmx:
        return render(
            request, "programmes/partials/enrolment_row.html", {"access": access, "enrolment": enrolment}
        )
    return redirect("enrolment_detail", slug=access.programme.slug, public_id=enrolment.public_id)


@require_POST
@programme_view(roles=("manager", "coordinator"))
def enrolment_approve(request, public_id):
    return _decide(
        request,
        public_id,
        lambda e: services.enrolment_approve(actor=request.user, enrolment=e),
        _("%(name)s is approved and takes part in %(programme)s."),
    )


@require_POST
@programme_view(roles=("manager", "coordinator"))
def enrolment_reject(request, public_id):
    reason = request.POST.get("reason", "")
    return _decide(
        request,
        public_id,
        lambda e: services.enrolment_reject(actor=request.user, enrolment=e, reason=reason),
        _("The enrolment of %(name)s is rejected."),
    )


@programme_view()
def enrol(request):
    """Apply to the programme, or edit one's own enrolment."""
    access = request.access
    enrolment = access.enrolment
    if enrolment is None and not access.may_apply:
        raise Http404
    initial = EnrolmentForm.initial_for(enrolment) if enrolment else {}
    form = EnrolmentForm(request.POST or None, initial=initial)
    if enrolment is not None and enrolment.status not in ("withdrawn", "rejected"):
        form.fields["role"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if enrolment is None or enrolment.status in ("withdrawn", "rejected"):
                services.enrolment_apply(
                    user=request.user,
                    programme=access.programme,
                    role=data["role"],
                    capacity=data["capacity"],
                    motivation=data["motivation"],
                    offers=data["offers"],
                    needs=data["needs"],
                )
                messages.success(request, _("Thank you! Your coordinator will review your enrolment."))
            else:
                services.enrolment_update(
                    enrolment=enrolment,
                    capacity=data["capacity"],
                    motivation=data["motivation"],
                    offers=data["offers"],
                    needs=data["needs"],
                )
                messages.success(request, _("Your enrolment is updated."))
            return redirect("programme_detail", slug=access.programme.slug)
        except ServiceError as error:
            form.add_error(None, error.message)
    context = {"access": access, "programme": access.programme, "form": form, "enrolment": enrolment}
    return render(request, "programmes/enrol.html", context)


@require_POST
@programme_view(roles=("participant",))
def enrolment_withdraw(request):
    access = request.access
    try:
        services.enrolment_withdraw(
            actor=request.user, enrolment=access.enrolment, reason=request.POST.get("reason", "")
        )
        messages.success(request, _("You have withdrawn from the programme."))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("programme_detail", slug=access.programme.slug)


@programme_view()
def participant_detail(request, user_public_id):
    access = request.access
    enrolment = selectors.participant_get(access=access, user_public_id=user_public_id)
    return render(
        request,
        "programmes/participant_detail.html",
        {"access": access, "programme": access.programme, "enrolment": enrolment},
    )


@programme_view(roles=("manager", "coordinator"))
def people_import(request):
    access = request.access
    form = ImportForm(request.POST or None, request.FILES or None)
    problems, report = [], None
    if request.method == "POST" and form.is_valid():
        problems, report = _run_import(access, form.cleaned_data, request.user)
        if report is not None:
            messages.success(request, _("Import finished."))
    context = {
        "access": access,
        "programme": access.programme,
        "form": form,
        "problems": problems,
        "report": report,
    }
    return render(request, "programmes/import.html", context)


def _run_import(access, data, actor):
    organisations_file = data.get("organisations_file")
    only = selectors.import_organisation(access=access)
    try:
        report = importer.people_import(
            programme=access.programme,
            organisations_data=importer.read_file(organisations_file) if organisations_file else None,
            organisations_filename=organisations_file.name if organisations_file else "organisations.csv",
            people_data=importer.read_file(data["people_file"]),
            people_filename=data["people_file"].name,
            only_organisation=only,
            actor=actor,
        )
    except ImportFailed as failure:
        return failure.problems, None
    return [], report


@programme_view(roles=("manager", "coordinator"))
def invite_people(request):
    access = request.access
    form = InviteForm(request.POST or None, organisations=selectors.organisation_options(access=access))
    if request.method == "POST" and form.is_valid():
        invitations = services.invitations_create(
            actor=request.user,
            programme=access.programme,
            organisation=form.cleaned_data["organisation"],
            emails=form.cleaned_data["emails"],
        )
        messages.success(request, _("%(n)s invitation(s) sent.") % {"n": len(invitations)})
        return redirect("invite_people", slug=access.programme.slug)
    invitations = Invitation.objects.filter(programme=access.programme)
    if not access.is_manager:
        invitations = invitations.filter(organisation_id__in=access.coordinated_organisation_ids)
    context = {
        "access": access,
        "programme": access.programme,
        "form": form,
        "invitations": invitations[:200],
    }
    return render(request, "programmes/invite.html", context)
