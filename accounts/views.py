from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.errors import ServiceError
from programmes.models import Invitation
from programmes.services import invitation_accept

from . import services, throttle
from .forms import ApiTokenForm, LoginForm, ProfileForm, SetPasswordForm
from .models import ApiToken, Profile, User


@login_required
def profile_edit(request):
    profile, _created = Profile.objects.get_or_create(user=request.user)
    form = ProfileForm(request.POST or None, instance=profile, initial={"name": request.user.name})
    if request.method == "POST" and form.is_valid():
        form.save()
        request.user.name = form.cleaned_data["name"]
        request.user.save(update_fields=["name"])
        messages.success(request, _("Your profile is saved."))
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form, "profile": profile})


def invitation_detail(request, token):
    invitation = get_object_or_404(
        Invitation.objects.select_related("programme", "organisation"), token=token
    )
    if not invitation.is_open:
        return render(request, "accounts/invitation_closed.html", {"invitation": invitation}, status=410)
    signed_in_as_invitee = request.user.is_authenticated and request.user.email.lower() == invitation.email
    account = None if signed_in_as_invitee else User.objects.filter(email__iexact=invitation.email).first()
    # An account with a password is its owner's: they sign in, then accept; the link sets no password.
    must_sign_in = account is not None and account.has_usable_password()
    form = SetPasswordForm(
        request.POST or None, email=invitation.email, initial={"name": account.name if account else ""}
    )
    if request.method == "POST" and not must_sign_in and (signed_in_as_invitee or form.is_valid()):
        try:
            user = invitation_accept(
                invitation=invitation,
                name=form.cleaned_data.get("name", "") if not signed_in_as_invitee else request.user.name,
                password=None if signed_in_as_invitee else form.cleaned_data["password1"],
                user=request.user if signed_in_as_invitee else None,
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            login(request, user, backend="accounts.backends.ThrottledEmailBackend")
            messages.success(request, _("Welcome! Complete your profile, then enrol in the programme."))
            return redirect("enrol", slug=invitation.programme.slug)
    context = {
        "invitation": invitation,
        "form": form,
        "signed_in_as_invitee": signed_in_as_invitee,
        "must_sign_in": must_sign_in,
    }
    return render(request, "accounts/invitation.html", context)


@login_required
def api_tokens(request):
    form = ApiTokenForm(request.POST or None)
    new_token = new_token_row = None
    if request.method == "POST" and form.is_valid():
        new_token = services.api_token_create(user=request.user, name=form.cleaned_data["name"])
        new_token_row = request.user.api_tokens.get(digest=ApiToken.digest_of(new_token))
        form = ApiTokenForm()
    context = {
        "form": form,
        "tokens": request.user.api_tokens.all(),
        "new_token": new_token,
        "new_token_row": new_token_row,
        "api_token_days": settings.API_TOKEN_DAYS,
    }
    return render(request, "accounts/api_tokens.html", context)


@require_POST
@login_required
def api_token_revoke(request, public_id):
    token = get_object_or_404(request.user.api_tokens, public_id=public_id)
    token.delete()
    messages.success(request, _("The token is revoked."))
    return redirect("api_tokens")


class LoginView(auth_views.LoginView):
    """Signing in also marks this browser as a known device of the account (accounts/throttle.py)."""

    authentication_form = LoginForm

    def form_valid(self, form):
        response = super().form_valid(form)
        throttle.remember_device(response, form.get_user().email)
        return response


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """A valid reset link signs its owner in, whatever failures their address has."""

    post_reset_login = True
    post_reset_login_backend = "accounts.backends.ThrottledEmailBackend"

    def form_valid(self, form):
        response = super().form_valid(form)
        throttle.remember_device(response, form.user.email)
        return response
