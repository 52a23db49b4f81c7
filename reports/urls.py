"""Routes of this app: `programme_urlpatterns` are mounted under /p/<slug>/, `urlpatterns` at the root.

/p/<slug>/reports/                          the whole programme (manager; coordinators in aggregate)
/p/<slug>/reports/organisation/<key>/       one member organisation (manager; its coordinators)
…/<table>.csv, …/report.xlsx, …/report.pdf  exports of either, with the page's filters
"""

from django.urls import path

from . import views

programme_urlpatterns = [
    path("reports/", views.programme_report, name="reports_programme"),
    path("reports/report.xlsx", views.report_xlsx, name="reports_xlsx"),
    path("reports/report.pdf", views.report_pdf, name="reports_pdf"),
    path("reports/<slug:table>.csv", views.table_csv, name="reports_csv"),
    path("reports/organisation/<slug:key>/", views.organisation_report, name="reports_organisation"),
    path("reports/organisation/<slug:key>/report.xlsx", views.report_xlsx, name="reports_organisation_xlsx"),
    path("reports/organisation/<slug:key>/report.pdf", views.report_pdf, name="reports_organisation_pdf"),
    path(
        "reports/organisation/<slug:key>/<slug:table>.csv", views.table_csv, name="reports_organisation_csv"
    ),
]
urlpatterns = []
