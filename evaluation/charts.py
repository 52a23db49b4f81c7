"""Server-rendered chart geometry: the template draws the SVG, no JavaScript library involved."""

WIDTH = 640
LABEL_HEIGHT = 20
BAR_HEIGHT = 14
BAR_GAP = 4
ROW_GAP = 14
LEFT = 4
RIGHT = 40  # room for the number after the longest bar
AXIS_HEIGHT = 24
MAX_LEVEL = 5


def _bar_width(level: int | None, scale: float) -> float:
    return round((level or 0) * scale, 1)


def growth_chart(rows: list[dict]) -> dict:
    """Geometry of a horizontal bar chart: per competence a start bar and an end bar on a 0-5 scale.

    Each competence's name sits above its bars, so long names in any language are never cut.
    """
    scale = (WIDTH - LEFT - RIGHT) / MAX_LEVEL
    row_height = LABEL_HEIGHT + 2 * BAR_HEIGHT + BAR_GAP + ROW_GAP
    bars = []
    for index, row in enumerate(rows):
        top = AXIS_HEIGHT + index * row_height
        start_y = top + LABEL_HEIGHT
        end_y = start_y + BAR_HEIGHT + BAR_GAP
        start_width, end_width = _bar_width(row["start"], scale), _bar_width(row["end"], scale)
        bars.append(
            {
                "label": row["competence"].label,
                "label_y": top + LABEL_HEIGHT - 6,
                "start": row["start"],
                "end": row["end"],
                "start_y": start_y,
                "end_y": end_y,
                "start_width": start_width,
                "end_width": end_width,
                "start_text_x": LEFT + start_width + 6,
                "end_text_x": LEFT + end_width + 6,
                "start_text_y": start_y + BAR_HEIGHT - 3,
                "end_text_y": end_y + BAR_HEIGHT - 3,
            }
        )
    height = AXIS_HEIGHT + len(rows) * row_height
    ticks = [{"x": round(LEFT + level * scale, 1), "level": level} for level in range(MAX_LEVEL + 1)]
    return {
        "width": WIDTH,
        "height": height,
        "bars": bars,
        "ticks": ticks,
        "left": LEFT,
        "bar_height": BAR_HEIGHT,
    }
