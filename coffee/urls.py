"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root."""

from django.urls import path

from . import views

programme_urlpatterns = [
    path("coffee/", views.coffee_home, name="coffee_home"),
    path("coffee/manage/", views.coffee_manage, name="coffee_manage"),
    path("coffee/run/", views.coffee_run, name="coffee_run"),
    path("coffee/rounds/<uuid:public_id>/", views.coffee_round, name="coffee_round"),
    path("coffee/pairs/<uuid:public_id>/", views.coffee_pair, name="coffee_pair"),
    path("coffee/pairs/<uuid:public_id>/feedback/", views.coffee_feedback, name="coffee_feedback"),
    path("reverse/", views.reverse_settings, name="reverse_settings"),
    path("two-way/", views.two_way, name="two_way"),
]
urlpatterns = []
