from .models import Notification


def notification_list(*, user, limit: int = 50):
    return Notification.objects.filter(user=user)[:limit]


def unread_count(*, user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
