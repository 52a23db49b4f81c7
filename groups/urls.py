"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root."""

from django.urls import path

from . import views, views_circles, views_incubator

G = "groups/<uuid:public_id>/"

programme_urlpatterns = [
    path("groups/", views.group_list, name="group_list"),
    path("groups/new/", views.group_create, name="group_create"),
    path(G, views.group_detail, name="group_detail"),
    path(G + "join/", views.group_join, name="group_join"),
    path(G + "leave/", views.group_leave, name="group_leave"),
    path(G + "invitation/", views.invitation_answer, name="group_invitation_answer"),
    path(G + "invite/", views.group_invite, name="group_invite"),
    path(
        G + "requests/<uuid:membership_id>/<slug:decision>/",
        views.request_decide,
        name="group_request_decide",
    ),
    path(G + "posts/", views.post_create, name="group_post_create"),
    path(G + "tasks/", views.task_create, name="group_task_create"),
    path(G + "tasks/<uuid:task_id>/", views.task_update, name="group_task_update"),
    path(G + "feedback/", views.feedback_create, name="group_feedback_create"),
    path(G + "meetings/", views.meeting_schedule, name="group_meeting_schedule"),
    path(G + "meetings/<uuid:meeting_id>/cancel/", views.meeting_cancel, name="group_meeting_cancel"),
    path(G + "meetings/<uuid:meeting_id>/invite.ics", views.meeting_ics, name="group_meeting_ics"),
    path(G + "goals/", views.goal_create, name="group_goal_create"),
    path(G + "goals/<uuid:goal_id>/updates/", views.goal_update, name="group_goal_update"),
    path("circles/", views_circles.circles_home, name="circles_home"),
    path("circles/opt-in/", views_circles.circle_opt_in, name="circle_opt_in"),
    path("circles/form/", views_circles.formation_create, name="formation_create"),
    path("circles/<uuid:public_id>/", views_circles.formation_detail, name="formation_detail"),
    path("circles/<uuid:public_id>/move/", views_circles.formation_move, name="formation_move"),
    path(
        "circles/<uuid:public_id>/facilitator/",
        views_circles.formation_facilitator,
        name="formation_facilitator",
    ),
    path("circles/<uuid:public_id>/publish/", views_circles.formation_publish, name="formation_publish"),
    path("circles/<uuid:public_id>/discard/", views_circles.formation_discard, name="formation_discard"),
    path("incubator/", views_incubator.incubator_home, name="incubator_home"),
    path("incubator/cohort-space/", views_incubator.cohort_space, name="incubator_cohort_space"),
    path("incubator/teams/", views_incubator.team_create, name="incubator_team_create"),
    path("incubator/teams/<uuid:public_id>/", views_incubator.team_detail, name="incubator_team_detail"),
    path(
        "incubator/teams/<uuid:public_id>/assign/", views_incubator.team_assign, name="incubator_team_assign"
    ),
    path(
        "incubator/assignments/<uuid:public_id>/remove/",
        views_incubator.team_unassign,
        name="incubator_team_unassign",
    ),
]
urlpatterns = []
