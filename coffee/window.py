"""A suggested time window for people in several time zones: where their working days overlap.

Pure Python (zoneinfo), no Django. Working hours are 9:00-17:00 local; when those do not overlap,
the day is stretched (8:00-19:00, then 7:00-21:00) before giving up, so that a pair from Amsterdam
and Singapore still gets a sensible early-or-late suggestion.
"""

from datetime import UTC, date, datetime, time, timedelta
from itertools import product
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ((time(9), time(17)), (time(8), time(19)), (time(7), time(21)))
MIN_MINUTES = 30


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def next_weekday(after: date) -> date:
    """The first working day (Tuesday to Thursday, the easiest for a chat) after `after`."""
    day = after + timedelta(days=1)
    while day.weekday() not in (1, 2, 3):
        day += timedelta(days=1)
    return day


def overlap(zones: list[str], day: date) -> tuple[datetime, datetime] | None:
    """The longest window (UTC) inside everyone's working hours around `day`, or None.

    The first person's working day is `day`; the others' may be the day before or after in their
    own calendar (Tokyo's Wednesday morning is New York's Tuesday evening).
    """
    if not zones:
        return None
    for start_time, end_time in DAYS:
        best = None
        for shifts in product((0, -1, 1), repeat=len(zones) - 1):
            days = [day, *(day + timedelta(days=s) for s in shifts)]
            start = max(
                datetime.combine(d, start_time, tzinfo=_zone(z)).astimezone(UTC)
                for d, z in zip(days, zones, strict=True)
            )
            end = min(
                datetime.combine(d, end_time, tzinfo=_zone(z)).astimezone(UTC)
                for d, z in zip(days, zones, strict=True)
            )
            long_enough = end - start >= timedelta(minutes=MIN_MINUTES)
            if long_enough and (best is None or end - start > best[1] - best[0]):
                best = (start, end)
        if best is not None:
            return best
    return None
