import zoneinfo

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.iso import country_choices, language_choices
from notifications.services import language_of

from . import throttle
from .models import Profile, User

TIMEZONE_CHOICES = [(zone, zone) for zone in sorted(zoneinfo.available_timezones())]


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("Email"), widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "username"})
    )

    def clean(self):
        email = (self.cleaned_data.get("username") or "").lower()
        if email and throttle.is_locked_out(self.request, email):
            raise ValidationError(
                _("Too many failed attempts. Please wait a few minutes, or reset your password."),
                code="throttled",
            )
        return super().clean()


class PasswordResetForm(DjangoPasswordResetForm):
    """Also sends the link to people who never had a password (a CSV import creates them so).

    Django skips accounts without a usable password, meant for sign-in by another system; here
    every account signs in by password, and the link is how an imported person chooses theirs.
    The page reads the same whether or not the email has an account. The email is in the
    person's own language, like every other email, not in the language of whoever asked.
    """

    def get_users(self, email):
        return User.objects.filter(email__iexact=email.strip(), is_active=True)

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(language_of(context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class ProfileForm(forms.ModelForm):
    name = forms.CharField(label=_("Name"), max_length=200)
    country = forms.ChoiceField(
        label=_("Country"), choices=lambda: [("", "—"), *country_choices()], required=False
    )
    timezone = forms.ChoiceField(label=_("Time zone"), choices=TIMEZONE_CHOICES)
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=language_choices, widget=forms.SelectMultiple(attrs={"size": 6})
    )

    class Meta:
        model = Profile
        fields = ["job_title", "seniority", "country", "timezone", "languages", "bio", "language"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 4}),
            "seniority": forms.Select(
                choices=[
                    ("", "—"),
                    (1, _("1 – early career")),
                    (2, _("2 – professional")),
                    (3, _("3 – experienced")),
                    (4, _("4 – senior / manager")),
                    (5, _("5 – executive")),
                ]
            ),
        }


class SetPasswordForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    password1 = forms.CharField(label=_("Choose a password"), widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label=_("Repeat the password"), widget=forms.PasswordInput, strip=False)

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)
