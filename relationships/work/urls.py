"""Goals, meetings and notes of a mentorship, and the personal calendar feed."""

from django.urls import path

from . import views

MENTORSHIP = "mentorships/<uuid:public_id>/"
GOAL = f"{MENTORSHIP}goals/<uuid:goal_id>/"
MEETING = f"{MENTORSHIP}meetings/<uuid:meeting_id>/"

programme_urlpatterns = [
    path(f"{MENTORSHIP}goals/", views.goal_list, name="mentorship_goals"),
    path(GOAL, views.goal_detail, name="mentorship_goal"),
    path(f"{GOAL}progress/", views.goal_progress, name="mentorship_goal_progress"),
    path(f"{GOAL}comments/", views.goal_comment, name="mentorship_goal_comment"),
    path(f"{MENTORSHIP}meetings/", views.meeting_list, name="mentorship_meetings"),
    path(MEETING, views.meeting_detail, name="mentorship_meeting"),
    path(f"{MEETING}cancel/", views.meeting_cancel, name="mentorship_meeting_cancel"),
    path(f"{MEETING}meeting.ics", views.meeting_ics, name="mentorship_meeting_ics"),
    path(f"{MEETING}notes/", views.meeting_notes, name="mentorship_meeting_notes"),
    path(f"{MEETING}private-note/", views.meeting_private_note, name="mentorship_meeting_private_note"),
]
urlpatterns = [
    path("accounts/calendar/", views.calendar_feed, name="calendar_feed"),
    path("accounts/calendar/revoke/", views.calendar_feed_revoke, name="calendar_feed_revoke"),
    path("calendar/<str:token>.ics", views.calendar_feed_ics, name="calendar_feed_ics"),
]
