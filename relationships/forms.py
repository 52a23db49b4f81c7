from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Agreement, Mentorship

SCALE = [(n, str(n)) for n in range(1, 6)]


class RequestForm(forms.Form):
    need = forms.ModelChoiceField(
        label=_("For which of your needs?"),
        queryset=None,
        to_field_name="public_id",
        empty_label=None,
        error_messages={"required": _("Choose the need you ask this mentor about.")},
    )
    message = forms.CharField(
        label=_("Your message to the mentor"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=2000,
        help_text=_("Why this mentor, what you hope to learn, and how much time you think it takes."),
        error_messages={
            "required": _("Write a short message to the mentor: why them, and what you hope for.")
        },
    )

    def __init__(self, *args, needs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = needs


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=500, required=False)


class AgreementForm(forms.Form):
    confidentiality = forms.BooleanField(
        label=_("What we say stays between us"),
        required=False,
        help_text=_("Neither of us shares what is said in our conversations without the other's consent."),
    )
    frequency = forms.ChoiceField(label=_("How often we meet"), choices=Agreement.Frequency.choices)
    mode = forms.ChoiceField(label=_("How we meet"), choices=Agreement.Mode.choices)
    expectations = forms.CharField(
        label=_("My expectations, in my own words"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        error_messages={"required": _("Write what you expect of this mentorship and of each other.")},
    )


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        error_messages={"required": _("Write a message first.")},
    )


class CheckInForm(forms.Form):
    satisfaction = forms.TypedChoiceField(
        label=_("How satisfied are you with your mentorship? (1 = not at all, 5 = very)"),
        choices=SCALE,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say how satisfied you are, from 1 to 5.")},
    )
    progress = forms.CharField(
        label=_("What progress have you made?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )
    blockers = forms.CharField(
        label=_("Is anything blocking you?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )
    wants_contact = forms.BooleanField(
        label=_("I want my coordinator to contact me"),
        required=False,
        help_text=_("Your coordinator is told that you asked, not what you wrote."),
    )


class CloseForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why do you end this mentorship?"),
        choices=[c for c in Mentorship.CloseReason.choices if c[0] != Mentorship.CloseReason.COHORT_ENDED],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why you end this mentorship.")},
    )
    note = forms.CharField(label=_("In a few words (required for “Other”)"), max_length=500, required=False)


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Overall, how valuable was this mentorship? (1 = not at all, 5 = very)"),
        choices=SCALE,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Rate the mentorship from 1 to 5.")},
    )
    goals_reached = forms.BooleanField(label=_("The goals were reached"), required=False)
    feedback = forms.CharField(
        label=_("What went well, what could be better?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        required=False,
    )
