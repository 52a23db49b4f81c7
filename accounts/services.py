from django.utils import timezone

from .models import ApiToken, User


def api_token_create(*, user: User, name: str) -> str:
    """Create a personal API token and return it; only its hash is kept."""
    token = ApiToken.new_token()
    ApiToken.objects.create(user=user, name=name, prefix=token[3:11], digest=ApiToken.digest_of(token))
    return token


def api_token_get(*, token: str) -> ApiToken | None:
    """The unexpired token of an active person that `token` is, marked as used now."""
    now = timezone.now()
    found = (
        ApiToken.objects.select_related("user")
        .filter(digest=ApiToken.digest_of(token), expires_at__gt=now, user__is_active=True)
        .first()
    )
    if found is not None:
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
    return found
