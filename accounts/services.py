from django.utils import timezone

from .models import ApiToken, User


def api_token_create(*, user: User, name: str) -> str:
    """Create a personal API token and return it; only its hash is kept."""
    token = ApiToken.new_token()
    ApiToken.objects.create(user=user, name=name, prefix=token[3:11], digest=ApiToken.digest_of(token))
    return token


def api_token_user(*, token: str) -> User | None:
    found = ApiToken.objects.select_related("user").filter(digest=ApiToken.digest_of(token)).first()
    if found is None or not found.user.is_active:
        return None
    ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
    return found.user
