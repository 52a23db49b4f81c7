from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.access import organisation_view

from .forms import OrganisationForm


@organisation_view
def organisation_edit(request):
    organisation = request.organisation
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The organisation's profile is saved."))
        return redirect("organisation_edit", key=organisation.key)
    people = organisation.people.select_related("user").order_by("user__name")[:500]
    return render(
        request,
        "organisations/organisation_form.html",
        {"form": form, "organisation": organisation, "people": people},
    )
