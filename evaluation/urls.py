"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root."""

from django.urls import path

from . import views

programme_urlpatterns = [
    path("evaluation/", views.evaluation_home, name="evaluation_home"),
    path("evaluation/framework/", views.framework_detail, name="evaluation_framework"),
    path("evaluation/framework.csv", views.framework_csv, name="evaluation_framework_csv"),
    path("evaluation/framework/upload/", views.framework_upload, name="evaluation_framework_upload"),
    path("evaluation/framework/competences/new/", views.competence_edit, name="evaluation_competence_new"),
    path(
        "evaluation/framework/competences/<slug:competence>/",
        views.competence_edit,
        name="evaluation_competence_edit",
    ),
    path(
        "evaluation/framework/competences/<slug:competence>/remove/",
        views.competence_remove,
        name="evaluation_competence_remove",
    ),
    path("evaluation/assessment/<slug:phase>/", views.assessment_form, name="evaluation_assessment"),
    path(
        "evaluation/mentees/<uuid:public_id>/assessment/<slug:phase>/",
        views.mentor_assessment_form,
        name="evaluation_mentor_assessment",
    ),
    path("evaluation/growth/", views.growth, name="evaluation_growth"),
    path("evaluation/survey/", views.survey_form, name="evaluation_survey"),
    path("evaluation/survey/answers/", views.survey_answers, name="evaluation_survey_answers"),
    path("evaluation/survey/open/", views.survey_open, name="evaluation_survey_open"),
    path("evaluation/questions/", views.question_list, name="evaluation_questions"),
    path("evaluation/questions/<uuid:public_id>/", views.question_edit, name="evaluation_question_edit"),
    path(
        "evaluation/questions/<uuid:public_id>/active/",
        views.question_active,
        name="evaluation_question_active",
    ),
    path(
        "evaluation/questions/<uuid:public_id>/remove/",
        views.question_remove,
        name="evaluation_question_remove",
    ),
]
urlpatterns = []
