from django import forms
from django.utils.translation import gettext_lazy as _

from core.iso import language_choices

from .models import Competence, Enrolment, Need, Programme

MAX_NEEDS = 5


class ProgrammeForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=language_choices,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )

    class Meta:
        model = Programme
        fields = [
            "name",
            "slug",
            "kind",
            "description",
            "cohort_start",
            "cohort_end",
            "languages",
            "exclude_competitors",
            "cross_country",
            "max_mentees_per_mentor",
            "max_mentors_per_mentee",
            "matching_mode",
            "coordinator_approves_matches",
            "open_for_applications",
            "request_answer_days",
            "max_open_requests",
            "check_in_every_weeks",
            "attention_after_weeks",
            "learning_gate",
        ]
        widgets = {
            "cohort_start": forms.DateInput(attrs={"type": "date"}),
            "cohort_end": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("cohort_start"), cleaned.get("cohort_end")
        if start and end and end <= start:
            self.add_error("cohort_end", _("The cohort must end after it starts."))
        return cleaned


class ProgrammeSettingsForm(ProgrammeForm):
    class Meta(ProgrammeForm.Meta):
        fields = [name for name in ProgrammeForm.Meta.fields if name != "slug"]


class CompetenceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class EnrolmentForm(forms.Form):
    role = forms.ChoiceField(
        label=_("I take part as"), choices=Enrolment.Role.choices, widget=forms.RadioSelect
    )
    capacity = forms.IntegerField(
        label=_("How many mentees can you take on?"), min_value=1, max_value=50, initial=1, required=False
    )
    offers = CompetenceChoiceField(
        label=_("What I offer as a mentor"),
        queryset=Competence.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    motivation = forms.CharField(
        label=_("Why do you take part?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        competences = [("", "—")] + [(c.pk, c.name) for c in Competence.objects.all()]
        for i in range(MAX_NEEDS):
            self.fields[f"need_{i}_competence"] = forms.TypedChoiceField(
                label=_("Need %(n)s") % {"n": i + 1},
                choices=competences,
                required=False,
                coerce=int,
                empty_value=None,
            )
            self.fields[f"need_{i}_function"] = forms.ChoiceField(
                label=_("Kind of mentoring"),
                choices=Need.Function.choices,
                required=False,
                initial=Need.Function.PROFESSIONAL_MENTORING,
            )
            self.fields[f"need_{i}_context"] = forms.CharField(
                label=_("Context in a sentence"), required=False, max_length=500
            )

    def need_rows(self):
        return [
            (self[f"need_{i}_competence"], self[f"need_{i}_function"], self[f"need_{i}_context"])
            for i in range(MAX_NEEDS)
        ]

    def clean(self):
        cleaned = super().clean()
        role = cleaned.get("role")
        needs, seen = [], set()
        by_id = {c.pk: c for c in Competence.objects.all()}
        for i in range(MAX_NEEDS):
            competence_id = cleaned.get(f"need_{i}_competence")
            if competence_id is None:
                continue
            if competence_id in seen:
                self.add_error(f"need_{i}_competence", _("You already listed this competence as a need."))
            seen.add(competence_id)
            needs.append(
                {
                    "competence": by_id[competence_id],
                    "function": cleaned.get(f"need_{i}_function") or Need.Function.PROFESSIONAL_MENTORING,
                    "context": cleaned.get(f"need_{i}_context", ""),
                }
            )
        if role in (Enrolment.Role.MENTOR, Enrolment.Role.BOTH) and not cleaned.get("offers"):
            self.add_error("offers", _("As a mentor, choose at least one competence you offer."))
        if role in (Enrolment.Role.MENTEE, Enrolment.Role.BOTH) and not needs:
            self.add_error("need_0_competence", _("As a mentee, state at least one need."))
        cleaned["needs"] = needs
        cleaned["capacity"] = cleaned.get("capacity") or 1
        return cleaned

    @classmethod
    def initial_for(cls, enrolment: Enrolment) -> dict:
        initial = {
            "role": enrolment.role,
            "capacity": enrolment.capacity,
            "offers": list(enrolment.offers.all()),
            "motivation": enrolment.motivation,
        }
        for i, need in enumerate(enrolment.needs.all()[:MAX_NEEDS]):
            initial[f"need_{i}_competence"] = need.competence_id
            initial[f"need_{i}_function"] = need.function
            initial[f"need_{i}_context"] = need.context
        return initial


# What the file picker offers; the importer tells CSV from a workbook by its content.
SPREADSHEET = forms.ClearableFileInput(
    attrs={"accept": ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
)


class ImportForm(forms.Form):
    organisations_file = forms.FileField(label=_("organisations.csv"), required=False, widget=SPREADSHEET)
    people_file = forms.FileField(label=_("people.csv"), widget=SPREADSHEET)


class InviteForm(forms.Form):
    organisation = forms.ChoiceField(label=_("Organisation"))
    emails = forms.CharField(
        label=_("Email addresses"),
        help_text=_("One per line, or separated by commas."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = {o.key: o for o in organisations}
        self.fields["organisation"].choices = [(o.key, o.name) for o in organisations]

    def clean_emails(self):
        from django.core.validators import validate_email

        raw = self.cleaned_data["emails"].replace(",", "\n").split()
        emails = []
        for email in raw:
            try:
                validate_email(email)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("“%(email)s” is not an email address.") % {"email": email}
                ) from None
            emails.append(email.lower())
        if not emails:
            raise forms.ValidationError(_("Enter at least one email address."))
        return sorted(set(emails))

    def clean_organisation(self):
        return self.organisations[self.cleaned_data["organisation"]]


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Reason (shown to the person)"), required=False, max_length=300)


class InviteOrganisationForm(forms.Form):
    organisation = forms.ChoiceField(label=_("Organisation"))
