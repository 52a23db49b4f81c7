from django import forms
from django.utils.translation import gettext_lazy as _

from .services import WEIGHT_MAX

# The engine's score components (`engine.Weights`), in the words a programme manager uses.
WEIGHT_FIELDS = {
    "fit": (_("Kind of mentoring"), _("The mentor offers the kind of mentoring the need asks for.")),
    "seniority": (
        _("Seniority"),
        _("The mentor is one to three levels more senior (the other way round in reverse mentoring)."),
    ),
    "time_zone": (_("Time zones"), _("Working hours the two have in common.")),
    "languages": (_("More shared languages"), _("Languages in common beyond the first one.")),
    "sector": (_("Another sector"), _("Mentor and mentee work in different sectors: an outside view.")),
    "text": (_("Need and profile"), _("How close the words of the need are to the mentor's profile.")),
}


class MatchingWeightsForm(forms.Form):
    """How much each criterion counts when a round scores a pair (0 ignores it)."""

    def __init__(self, *args, initial_weights: dict[str, float], **kwargs):
        super().__init__(*args, **kwargs)
        for name, (label, help_text) in WEIGHT_FIELDS.items():
            self.fields[name] = forms.FloatField(
                label=label,
                help_text=help_text,
                min_value=0,
                max_value=WEIGHT_MAX,
                initial=initial_weights[name],
                widget=forms.NumberInput(attrs={"step": "0.5", "min": 0, "max": WEIGHT_MAX}),
            )
