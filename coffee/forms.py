from django import forms
from django.utils.translation import gettext_lazy as _

from programmes.models import Competence

from .models import CoffeeSettings


class CoffeeSettingsForm(forms.ModelForm):
    class Meta:
        model = CoffeeSettings
        fields = ["enabled", "cadence", "automatic"]


class OptForm(forms.Form):
    active = forms.TypedChoiceField(
        choices=[("1", _("Opt in")), ("0", _("Opt out"))], coerce=lambda v: v == "1", empty_value=None
    )


class ReverseForm(forms.Form):
    competences = forms.MultipleChoiceField(
        label=_("Competences in which the junior mentors the senior"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        catalogue = Competence.objects.order_by("group", "slug")
        self.fields["competences"].choices = [(c.slug, c.name) for c in catalogue]
        self.groups = {}
        for c in catalogue:
            self.groups.setdefault(c.group or "other", []).append(c)


class CoffeeFeedbackForm(forms.Form):
    met = forms.TypedChoiceField(
        label=_("Did you meet?"),
        choices=[("1", _("Yes, we met")), ("0", _("No, we did not meet"))],
        coerce=lambda v: v == "1",
        empty_value=None,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether you met.")},
    )
    rating = forms.TypedChoiceField(
        label=_("How was it? (1 = not worth it, 5 = excellent)"),
        choices=[("", "—")] + [(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    comment = forms.CharField(
        label=_("A comment (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
