from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

import coffee.urls
import evaluation.urls
import groups.urls
import learning.urls
import notifications.urls
import relationships.urls
import reports.urls
from accounts import views as account_views
from accounts.forms import PasswordResetForm
from core import views as core_views
from matching import views as matching_views
from organisations import views as organisation_views
from programmes import views as programme_views

from .api import api

programme_urls = [
    path("", programme_views.programme_detail, name="programme_detail"),
    path("settings/", programme_views.programme_settings, name="programme_settings"),
    path("organisations/", programme_views.programme_organisations, name="programme_organisations"),
    path("organisations/<slug:key>/join/", programme_views.programme_join, name="programme_join"),
    path("enrolments/", programme_views.enrolment_list, name="enrolment_list"),
    path("enrolments/<uuid:public_id>/", programme_views.enrolment_detail, name="enrolment_detail"),
    path("enrolments/<uuid:public_id>/approve/", programme_views.enrolment_approve, name="enrolment_approve"),
    path("enrolments/<uuid:public_id>/reject/", programme_views.enrolment_reject, name="enrolment_reject"),
    path("enrol/", programme_views.enrol, name="enrol"),
    path("withdraw/", programme_views.enrolment_withdraw, name="enrolment_withdraw"),
    path("people/<uuid:user_public_id>/", programme_views.participant_detail, name="participant_detail"),
    path("import/", programme_views.people_import, name="people_import"),
    path("invite/", programme_views.invite_people, name="invite_people"),
    path("matching/", matching_views.matching_home, name="matching_home"),
    path("matching/start/", matching_views.round_start, name="round_start"),
    path("matching/weights/", matching_views.matching_weights, name="matching_weights"),
    path("matching/rounds/<uuid:public_id>/", matching_views.round_detail, name="round_detail"),
    path("matching/rounds/<uuid:public_id>/publish/", matching_views.round_publish, name="round_publish"),
    path("matching/rounds/<uuid:public_id>/rerun/", matching_views.round_rerun, name="round_rerun"),
    path("matching/rounds/<uuid:public_id>/swap/", matching_views.round_swap, name="round_swap"),
    path("proposals/", matching_views.my_proposals, name="my_proposals"),
    path("proposals/<uuid:public_id>/respond/", matching_views.proposal_respond, name="proposal_respond"),
    path("proposals/<uuid:public_id>/approve/", matching_views.proposal_approve, name="proposal_approve"),
    path("proposals/<uuid:public_id>/refuse/", matching_views.proposal_refuse, name="proposal_refuse"),
    path("proposals/<uuid:public_id>/<slug:action>/", matching_views.proposal_change, name="proposal_change"),
    path("recommendations/", matching_views.recommendations, name="recommendations"),
]
APPS = (learning.urls, relationships.urls, groups.urls, coffee.urls, evaluation.urls, reports.urls)
for _app_urls in APPS:
    programme_urls += _app_urls.programme_urlpatterns

urlpatterns = [
    path("", core_views.home, name="home"),
    path("accounts/login/", account_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password-reset/",
        auth_views.PasswordResetView.as_view(form_class=PasswordResetForm),
        name="password_reset",
    ),
    path(
        "accounts/password-reset/done/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"
    ),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("accounts/profile/", account_views.profile_edit, name="profile"),
    path("accounts/tokens/", account_views.api_tokens, name="api_tokens"),
    path("accounts/tokens/<uuid:public_id>/revoke/", account_views.api_token_revoke, name="api_token_revoke"),
    path("invitations/<str:token>/", account_views.invitation_detail, name="invitation"),
    path("programmes/new/", programme_views.programme_create, name="programme_create"),
    path("p/<slug:slug>/", include(programme_urls)),
    path("o/<slug:key>/", organisation_views.organisation_edit, name="organisation_edit"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("favicon.ico", RedirectView.as_view(url="/static/img/logo.svg", permanent=True)),
    *notifications.urls.urlpatterns,
]
for _app_urls in APPS:
    urlpatterns += _app_urls.urlpatterns

# A refused request (core.errors.BadInput: an unknown filter value, a NUL byte) says what is wrong.
handler400 = "core.views.bad_request"
