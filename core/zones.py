"""The reader's time zone, for pages (accounts.middleware) and emails (notifications.notify) alike."""

import zoneinfo

UTC = zoneinfo.ZoneInfo("UTC")


def zone_of(user) -> zoneinfo.ZoneInfo:
    """The zone of the person's profile; UTC when they have none or it is not a zone we know."""
    name = getattr(getattr(user, "profile", None), "timezone", "") or ""
    try:
        return zoneinfo.ZoneInfo(name) if name else UTC
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC
