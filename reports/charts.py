"""Server-rendered SVG charts: no JavaScript, nothing from a CDN, colours from reports.css classes.

Every chart is drawn from a report `Table` after suppression, so a withheld figure is drawn as an
empty dashed bar labelled "fewer than 5", never as its value. The page shows the same numbers as a
table right below each chart, for screen readers and for anyone who prefers numbers.
"""

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from core.suppression import FEWER_THAN, FEWER_THAN_SHORT

WIDTH = 680
LABEL_WIDTH = 250
BAR = 16
GAP = 10


def _scale_max(table, columns) -> float:
    values = [
        row.figures[c].shown
        for row in table.rows
        for c in columns
        if c < len(row.figures) and row.figures[c].shown is not None
    ]
    top = table.chart_max or max([abs(v) for v in values] + [0])
    return float(top) or 1.0


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(figure) -> str:
    return figure.display()


def bars(table, columns: tuple[int, ...] = (0,)) -> SafeString:
    """Horizontal bars, one group per row, one bar per column in `columns` (a series)."""
    top = _scale_max(table, columns)
    plot = WIDTH - LABEL_WIDTH - 90
    group = len(columns) * BAR + GAP
    height = max(len(table.rows), 1) * group + 30
    parts = [
        format_html(
            '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}" '
            'xmlns="http://www.w3.org/2000/svg">',
            WIDTH,
            height,
            table.title,
        ),
        format_html("<title>{}</title>", table.title),
    ]
    for r, row in enumerate(table.rows):
        y = r * group + 4
        parts.append(
            format_html(
                '<text class="chart-label" x="{}" y="{}" text-anchor="end">{}</text>',
                LABEL_WIDTH - 8,
                y + len(columns) * BAR / 2 + 4,
                _truncate(row.label, 38),
            )
        )
        for s, column in enumerate(columns):
            figure = row.figures[column]
            by = y + s * BAR
            if figure.shown is None:
                parts.append(
                    format_html(
                        '<rect class="bar-withheld" x="{}" y="{}" width="40" height="{}"/>'
                        '<text class="chart-value" x="{}" y="{}">{}</text>',
                        LABEL_WIDTH,
                        by + 1,
                        BAR - 3,
                        LABEL_WIDTH + 46,
                        by + BAR - 4,
                        FEWER_THAN,
                    )
                )
                continue
            length = round(max(abs(float(figure.shown)) / top * plot, 1), 1)
            parts.append(
                format_html(
                    '<rect class="bar series-{}" x="{}" y="{}" width="{}" height="{}"/>'
                    '<text class="chart-value" x="{}" y="{}">{}</text>',
                    s,
                    LABEL_WIDTH,
                    by + 1,
                    length,
                    BAR - 3,
                    round(LABEL_WIDTH + length + 6, 1),
                    by + BAR - 4,
                    _number(figure),
                )
            )
    parts.append(_legend(table, columns, height - 10))
    parts.append(mark_safe("</svg>"))  # noqa: S308 - a constant
    return mark_safe("".join(parts))  # noqa: S308 - every piece went through format_html


def columns(table, column: int = 0) -> SafeString:
    """Vertical columns, one per row (a month), with the row label underneath."""
    top = _scale_max(table, (column,))
    height, plot_top, plot_bottom = 240, 20, 190
    count = max(len(table.rows), 1)
    slot = (WIDTH - 40) / count
    width = round(min(slot * 0.7, 60), 1)
    parts = [
        format_html(
            '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}" '
            'xmlns="http://www.w3.org/2000/svg">',
            WIDTH,
            height,
            table.title,
        ),
        format_html("<title>{}</title>", table.title),
        format_html(
            '<line class="axis" x1="20" y1="{}" x2="{}" y2="{}"/>', plot_bottom, WIDTH - 20, plot_bottom
        ),
    ]
    for r, row in enumerate(table.rows):
        figure = row.figures[column]
        x = round(20 + r * slot + (slot - width) / 2, 1)
        centre = round(x + width / 2, 1)
        parts.append(
            format_html(
                '<text class="chart-label" x="{}" y="{}" text-anchor="middle">{}</text>',
                centre,
                plot_bottom + 18,
                row.label,
            )
        )
        if figure.shown is None:
            parts.append(
                format_html(
                    '<rect class="bar-withheld" x="{}" y="{}" width="{}" height="30"/>'
                    '<text class="chart-value" x="{}" y="{}" text-anchor="middle">{}</text>',
                    x,
                    plot_bottom - 30,
                    width,
                    centre,
                    plot_bottom - 36,
                    FEWER_THAN if count <= 8 else FEWER_THAN_SHORT,
                )
            )
            continue
        length = round(max(abs(float(figure.shown)) / top * (plot_bottom - plot_top), 1), 1)
        parts.append(
            format_html(
                '<rect class="bar series-0" x="{}" y="{}" width="{}" height="{}"/>'
                '<text class="chart-value" x="{}" y="{}" text-anchor="middle">{}</text>',
                x,
                round(plot_bottom - length, 1),
                width,
                length,
                centre,
                round(plot_bottom - length - 5, 1),
                _number(figure),
            )
        )
    parts.append(mark_safe("</svg>"))  # noqa: S308 - a constant
    return mark_safe("".join(parts))  # noqa: S308 - every piece went through format_html


def _legend(table, columns: tuple[int, ...], y: float) -> SafeString:
    if len(columns) < 2:
        return mark_safe("")  # noqa: S308 - empty
    pieces = []
    x = LABEL_WIDTH
    for s, column in enumerate(columns):
        name = table.columns[column]
        pieces.append(
            format_html(
                '<rect class="bar series-{}" x="{}" y="{}" width="12" height="10"/>'
                '<text class="chart-label" x="{}" y="{}">{}</text>',
                s,
                x,
                y - 9,
                x + 16,
                y,
                name,
            )
        )
        x += 30 + 8 * len(escape(name))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece went through format_html


def chart(table) -> SafeString:
    """The chart a table asks for, or an empty string."""
    if not table.rows:
        return mark_safe("")  # noqa: S308 - empty
    if table.chart == "bars":
        series = tuple(range(len(table.columns)))
        if table.key == "competences":
            series = (0, 1)
        return bars(table, series)
    if table.chart == "columns":
        return columns(table)
    return mark_safe("")  # noqa: S308 - empty
