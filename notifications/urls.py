from django.urls import path

from . import views

urlpatterns = [
    path("notifications/", views.notification_list, name="notification_list"),
    path("notifications/read/", views.notification_read, name="notifications_read_all"),
    path("notifications/<uuid:public_id>/read/", views.notification_read, name="notification_read"),
]
