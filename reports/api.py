"""Report figures and exports in the JSON API: the same access and suppression as the pages.

GET /api/programmes/{slug}/reports                       every table, as JSON
GET /api/programmes/{slug}/reports/{table}.csv           one table as CSV
GET /api/programmes/{slug}/reports/report.xlsx           every table, one sheet each
GET /api/programmes/{slug}/reports/report.pdf            the steering group's PDF
Query: organisation=<key> (one member organisation; a coordinator only their own), cohort=2026-Q1,
kind=<kind of mentoring>, start=YYYY-MM-DD, end=YYYY-MM-DD. A withheld figure is
`{"value": null, "suppressed": true, "display": "fewer than 5"}`; the number of people behind a
figure is never sent.
"""

from ninja import Router, Schema
from ninja.errors import HttpError

from core.access import programme_access_for
from core.filters import choice_query
from programmes.models import Need

from . import exports, selectors
from .filters import ReportFilterForm

router = Router(tags=["reports"])


class FigureOut(Schema):
    value: float | None
    suppressed: bool
    display: str


class RowOut(Schema):
    key: str
    label: str
    figures: list[FigureOut]


class TableOut(Schema):
    key: str
    title: str
    label_header: str
    columns: list[str]
    rows: list[RowOut]
    total: RowOut | None
    note: str


class ReportOut(Schema):
    programme: str
    organisation: str | None
    filters: dict[str, str]
    tables: list[TableOut]


def _report(request, slug: str, organisation: str = "", **filters):
    access = programme_access_for(request.auth, slug)
    if not (access.is_manager or access.is_coordinator):
        raise HttpError(404, "Not Found")
    scope = selectors.report_organisation(access=access, key=organisation) if organisation else None
    form = ReportFilterForm({key: value for key, value in filters.items() if value})
    if not form.is_valid():
        raise HttpError(400, form.problems())
    return selectors.report_build(
        access=access, population=form.population(access.programme), organisation=scope
    )


def _row(row) -> dict:
    return {
        "key": row.key,
        "label": row.label,
        "figures": [
            {"value": figure.shown, "suppressed": figure.suppressed, "display": figure.display()}
            for figure in row.figures
        ],
    }


@router.get("/programmes/{slug}/reports", response=ReportOut)
def report_figures(
    request,
    slug: str,
    organisation: str = "",
    cohort: str = "",
    kind: str = choice_query(Need.Function.values),
    start: str = "",
    end: str = "",
):
    report = _report(request, slug, organisation, cohort=cohort, kind=kind, start=start, end=end)
    population = report.population
    return {
        "programme": report.programme.slug,
        "organisation": report.organisation.key if report.organisation else None,
        "filters": {
            "cohort": population.cohort,
            "kind": population.kind,
            "start": population.start.isoformat() if population.start else "",
            "end": population.end.isoformat() if population.end else "",
        },
        "tables": [
            {
                "key": table.key,
                "title": table.title,
                "label_header": table.label_header,
                "columns": list(table.columns),
                "rows": [_row(row) for row in table.rows],
                "total": _row(table.total) if table.total else None,
                "note": table.note,
            }
            for table in report.tables
        ],
    }


@router.get("/programmes/{slug}/reports/report.xlsx")
def report_xlsx(
    request,
    slug: str,
    organisation: str = "",
    cohort: str = "",
    kind: str = choice_query(Need.Function.values),
    start: str = "",
    end: str = "",
):
    report = _report(request, slug, organisation, cohort=cohort, kind=kind, start=start, end=end)
    return exports.download(
        exports.report_xlsx(report), exports.XLSX, exports.filename(report, "report", "xlsx")
    )


@router.get("/programmes/{slug}/reports/report.pdf")
def report_pdf(
    request,
    slug: str,
    organisation: str = "",
    cohort: str = "",
    kind: str = choice_query(Need.Function.values),
    start: str = "",
    end: str = "",
):
    report = _report(request, slug, organisation, cohort=cohort, kind=kind, start=start, end=end)
    return exports.download(
        exports.report_pdf(report), "application/pdf", exports.filename(report, "report", "pdf")
    )


@router.get("/programmes/{slug}/reports/{table}.csv")
def table_csv(
    request,
    slug: str,
    table: str,
    organisation: str = "",
    cohort: str = "",
    kind: str = choice_query(Need.Function.values),
    start: str = "",
    end: str = "",
):
    report = _report(request, slug, organisation, cohort=cohort, kind=kind, start=start, end=end)
    found = report.table(table)
    return exports.download(
        exports.table_csv(found), "text/csv; charset=utf-8", exports.filename(report, found.key, "csv")
    )
