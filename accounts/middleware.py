import zoneinfo

from django.utils import timezone


class UserTimezoneMiddleware:
    """Show dates in the signed-in person's own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = None
        if request.user.is_authenticated:
            profile = getattr(request.user, "profile", None)
            zone = getattr(profile, "timezone", None)
        try:
            timezone.activate(zoneinfo.ZoneInfo(zone)) if zone else timezone.deactivate()
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        return self.get_response(request)
