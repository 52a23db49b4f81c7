"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root."""

from django.urls import path

from . import views
from .work import urls as work_urls

MENTORSHIP = "mentorships/<uuid:public_id>/"
REQUEST = "requests/<uuid:public_id>/"

programme_urlpatterns = [
    path("requests/", views.request_list, name="request_list"),
    path("requests/new/", views.request_new, name="request_new"),
    path(f"{REQUEST}accept/", views.request_accept, name="request_accept"),
    path(f"{REQUEST}decline/", views.request_decline, name="request_decline"),
    path(f"{REQUEST}withdraw/", views.request_withdraw, name="request_withdraw"),
    path("mentorships/", views.mentorship_list, name="mentorship_list"),
    path(MENTORSHIP, views.mentorship_detail, name="mentorship_detail"),
    path(f"{MENTORSHIP}agreement/", views.mentorship_agreement, name="mentorship_agreement"),
    path(f"{MENTORSHIP}agreement/sign/", views.mentorship_sign, name="mentorship_sign"),
    path(f"{MENTORSHIP}messages/", views.mentorship_messages, name="mentorship_messages"),
    path(f"{MENTORSHIP}check-ins/", views.mentorship_check_ins, name="mentorship_check_ins"),
    path(f"{MENTORSHIP}close/", views.mentorship_close, name="mentorship_close"),
    path(f"{MENTORSHIP}feedback/", views.mentorship_feedback, name="mentorship_feedback"),
    *work_urls.programme_urlpatterns,
]
urlpatterns = [
    *work_urls.urlpatterns,
]
