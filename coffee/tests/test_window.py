"""The suggested time window: inside everyone's working hours, across time zones (pure)."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffee.window import next_weekday, overlap

WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("zones", "hours"),
    [
        (["Europe/Amsterdam", "Europe/Madrid"], 8),
        (["Europe/Amsterdam", "Europe/London"], 7),
        (["Europe/Amsterdam", "America/New_York"], 2),
    ],
)
def test_the_window_is_the_overlap_of_nine_to_five(zones, hours):
    start, end = overlap(zones, WEDNESDAY)

    assert end - start == timedelta(hours=hours)
    for zone in zones:
        local_start, local_end = start.astimezone(ZoneInfo(zone)), end.astimezone(ZoneInfo(zone))
        assert local_start.hour >= 9 and (local_end.hour, local_end.minute) <= (17, 0)


def test_far_apart_zones_get_a_stretched_day_across_the_date_line():
    start, end = overlap(["America/New_York", "Asia/Tokyo"], WEDNESDAY)

    new_york, tokyo = start.astimezone(ZoneInfo("America/New_York")), start.astimezone(ZoneInfo("Asia/Tokyo"))
    assert end - start >= timedelta(minutes=30)
    assert new_york.hour >= 7 and tokyo.hour >= 7
    assert tokyo.date() == new_york.date() + timedelta(days=1)


def test_no_window_when_even_the_stretched_days_do_not_meet():
    assert overlap(["Europe/London", "Asia/Shanghai", "America/Los_Angeles"], WEDNESDAY) is None


def test_the_suggested_day_is_a_tuesday_wednesday_or_thursday_after_today():
    friday = date(2026, 11, 27)

    assert next_weekday(friday) == date(2026, 12, 1)
    assert next_weekday(date(2026, 11, 24)) == date(2026, 11, 25)
