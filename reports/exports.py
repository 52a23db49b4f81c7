"""CSV, XLSX and PDF of a report, always from the suppressed tables (a withheld cell reads
"fewer than 5"); the number of people behind a figure is never exported."""

import io
from xml.sax.saxutils import escape

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.spreadsheets import CsvWriter, neutralised
from core.suppression import FEWER_THAN, MIN_GROUP_SIZE
from programmes.models import Need

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PRIMARY = colors.HexColor("#1f6f8b")
ACCENT = colors.HexColor("#e07a5f")


def filename(report, name: str, extension: str) -> str:
    scope = f"-{report.organisation.key}" if report.organisation is not None else ""
    return f"{report.programme.slug}{scope}-{name}.{extension}"


def table_rows(table) -> list[list]:
    """Header and rows of one table, withheld cells as "fewer than 5"."""
    rows = [[table.label_header, *table.columns]]
    rows += [[row.label, *(figure.export() for figure in row.figures)] for row in table.all_rows()]
    return rows


def describe(report) -> list[tuple[str, str]]:
    """What the report covers, in words, for the exports' front matter."""
    population = report.population
    lines = [
        (_("Programme"), report.programme.name),
        (_("Organisation"), report.organisation.name if report.organisation else _("Whole programme")),
    ]
    if population.cohort:
        lines.append((_("Cohort"), population.cohort))
    if population.kind:
        lines.append((_("Kind of mentoring"), str(Need.Function(population.kind).label)))
    if population.start or population.end:
        period = f"{population.start or '…'} – {population.end or '…'}"
        lines.append((_("Period"), period))
    generated = timezone.localtime(report.generated_at or timezone.now())
    lines.append((_("Generated"), date_format(generated, "DATETIME_FORMAT")))
    lines.append(
        (
            _("Privacy"),
            _("Figures over fewer than %(n)s people read “%(fewer)s”.")
            % {"n": MIN_GROUP_SIZE, "fewer": FEWER_THAN},
        )
    )
    return lines


# CSV ------------------------------------------------------------------------------------------------
def table_csv(table) -> bytes:
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    writer.writerows(table_rows(table))
    return buffer.getvalue().encode("utf-8")


# XLSX -----------------------------------------------------------------------------------------------
def report_xlsx(report) -> bytes:
    """One sheet per table, after a sheet that says what the report covers."""
    workbook = Workbook()
    about = workbook.active
    about.title = _("About")[:31]
    about.append(neutralised([report.title]))
    about["A1"].font = Font(bold=True, size=14)
    for label, value in describe(report):
        about.append(neutralised([label, value]))
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 70
    for table in report.tables:
        sheet = workbook.create_sheet(title=table.key[:31])
        sheet.append(neutralised([table.title]))
        sheet["A1"].font = Font(bold=True, size=12)
        for i, row in enumerate(table_rows(table)):
            sheet.append(neutralised(row))
            if i == 0:
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
        if table.note:
            sheet.append([])
            sheet.append(neutralised([table.note]))
        sheet.column_dimensions["A"].width = 60
        for letter in "BCDEF":
            sheet.column_dimensions[letter].width = 18
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# PDF ------------------------------------------------------------------------------------------------
def _chart(table) -> Drawing | None:
    """A horizontal bar chart of the table's first column (withheld values drawn as nothing)."""
    if table.chart not in ("bars", "columns") or not table.rows:
        return None
    rows = table.rows[:20]
    column = 2 if table.key == "competences" else 0
    values = [float(row.figures[column].shown or 0) for row in rows]
    height = 28 + 16 * len(rows)
    drawing = Drawing(16 * cm, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 6.5 * cm, 10
    chart.width, chart.height = 8.5 * cm, height - 20
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [
        (row.label[:40] + (f" ({FEWER_THAN})" if row.figures[column].shown is None else ""))
        for row in reversed(rows)
    ]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = min(0, *values)
    chart.valueAxis.valueMax = table.chart_max or max([*values, 1]) * 1.1
    chart.bars[0].fillColor = ACCENT if table.key in ("endings",) else PRIMARY
    chart.bars.strokeColor = None
    drawing.add(chart)
    drawing.add(String(0, height - 8, table.columns[column], fontSize=7, fillColor=colors.grey))
    return drawing


def _paragraph(text, style=None) -> Paragraph:
    """Text as a PDF paragraph. Paragraph parses markup (<img src> reads a file from the disk, an
    unclosed <b> fails the whole PDF), so every text enters it escaped, here and only here."""
    return Paragraph(escape(str(text)), style)


def _pdf_table(rows: list[list], widths=None) -> Table:
    data = [
        [_paragraph(cell) if i == 0 and len(str(cell)) > 45 else str(cell) for i, cell in enumerate(row)]
        for row in rows
    ]
    flowable = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    flowable.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef3f6")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d9e1e7")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return flowable


def report_pdf(report) -> bytes:
    """The steering group's report: title, what it covers, key figures, then each table and chart."""
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=report.title,
        author="Crossmentor",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )
    story = [
        _paragraph(report.title, styles["Title"]),
        _paragraph(_("Programme report for the steering group"), styles["Heading3"]),
        _pdf_table([[_("About this report"), ""], *describe(report)], widths=[4 * cm, 13 * cm]),
        Spacer(1, 0.5 * cm),
        _paragraph(_("Key figures"), styles["Heading2"]),
        _pdf_table(
            [
                [_("Figure"), _("Value")],
                *[[label, figure.display()] for label, figure in report.key_figures()],
            ],
            widths=[10 * cm, 4 * cm],
        ),
    ]
    for table in report.tables:
        section = [_paragraph(table.title, styles["Heading2"])]
        if table.note:
            section.append(_paragraph(table.note, styles["Italic"]))
        chart = _chart(table)
        if chart is not None:
            section.append(chart)
            section.append(Spacer(1, 0.2 * cm))
        rows = table_rows(table)
        if len(rows) == 1:
            section.append(_paragraph(_("No data yet."), styles["Normal"]))
        else:
            first = 17 * cm - 3 * cm * (len(table.columns))
            section.append(_pdf_table(rows, widths=[first] + [3 * cm] * len(table.columns)))
        story.append(KeepTogether(section[:3]))
        story.extend(section[3:])
    document.build(story, onLaterPages=_footer, onFirstPage=_footer)
    return buffer.getvalue()


def _footer(canvas, document) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 7)
    canvas.setFillColor(colors.grey)
    canvas.drawString(2 * cm, 1.2 * cm, document.title)
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(document.page))
    canvas.restoreState()


def download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    """An export as a file to save (pages and API alike)."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
