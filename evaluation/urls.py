"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root."""

programme_urlpatterns = []
urlpatterns = []
