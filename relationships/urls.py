"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root."""

from .work import urls as work_urls

programme_urlpatterns = [
    *work_urls.programme_urlpatterns,
]
urlpatterns = [
    *work_urls.urlpatterns,
]
