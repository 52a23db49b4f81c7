"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root."""

from django.urls import path

from . import views

programme_urlpatterns = [
    path("guides/", views.guides, name="learning_guides"),
    path("learning/", views.learning_home, name="learning_home"),
    # Fixed paths first: no built-in module is called "people" or "required" (see the content tests).
    path("learning/people/", views.learning_people, name="learning_people"),
    path("learning/required/", views.learning_required, name="learning_required"),
    path("learning/<slug:module>/", views.module_detail, name="learning_module"),
]
urlpatterns = []
