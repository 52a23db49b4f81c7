from django.shortcuts import render
from django.views.decorators.http import require_GET

from core.access import programme_view
from core.errors import BadInput

from . import charts, exports, selectors
from .filters import ReportFilterForm

REPORT_ROLES = ("manager", "coordinator")


def _report(request, key: str | None = None, *, download: bool = False):
    """The report the actor asked for, with the filters of the query string.

    The page shows a wrong filter on its form; a download is refused (400) rather than being
    computed without it.
    """
    access = request.access
    organisation = selectors.report_organisation(access=access, key=key) if key else None
    form = ReportFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid() and download:
        raise BadInput(form.problems())
    report = selectors.report_build(
        access=access, population=form.population(access.programme), organisation=organisation
    )
    return report, form


def _page(request, key: str | None = None):
    access = request.access
    report, form = _report(request, key)
    context = {
        "access": access,
        "programme": access.programme,
        "report": report,
        "sections": [(table, charts.chart(table)) for table in report.tables],
        "form": form,
        "query": request.GET.urlencode(),
        "organisations": selectors.report_organisations(access=access),
    }
    return render(request, "reports/report.html", context)


@require_GET
@programme_view(roles=REPORT_ROLES)
def programme_report(request):
    return _page(request)


@require_GET
@programme_view(roles=REPORT_ROLES)
def organisation_report(request, key):
    return _page(request, key)


@require_GET
@programme_view(roles=REPORT_ROLES)
def table_csv(request, table, key=None):
    report, _form = _report(request, key, download=True)
    found = report.table(table)
    return exports.download(
        exports.table_csv(found), "text/csv; charset=utf-8", exports.filename(report, found.key, "csv")
    )


@require_GET
@programme_view(roles=REPORT_ROLES)
def report_xlsx(request, key=None):
    report, _form = _report(request, key, download=True)
    return exports.download(
        exports.report_xlsx(report), exports.XLSX, exports.filename(report, "report", "xlsx")
    )


@require_GET
@programme_view(roles=REPORT_ROLES)
def report_pdf(request, key=None):
    report, _form = _report(request, key, download=True)
    return exports.download(
        exports.report_pdf(report), "application/pdf", exports.filename(report, "report", "pdf")
    )
