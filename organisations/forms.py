from django import forms
from django.utils.translation import gettext_lazy as _

from core.iso import country_choices

from .models import Organisation


class OrganisationForm(forms.ModelForm):
    country = forms.ChoiceField(label=_("Country"), choices=country_choices)
    competitors = forms.ModelMultipleChoiceField(
        label=_("Competitors"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Programmes that exclude competitors never pair your people with theirs."),
    )

    class Meta:
        model = Organisation
        fields = ["name", "country", "sector", "size", "competitors"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competitors"].queryset = Organisation.objects.exclude(pk=self.instance.pk)
