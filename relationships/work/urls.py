"""Goals, meetings and notes of a mentorship, and the personal calendar feed."""

programme_urlpatterns = []
urlpatterns = []
