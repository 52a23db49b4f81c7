from ninja.security import HttpBearer, SessionAuth

from accounts.services import api_token_user


class TokenAuth(HttpBearer):
    """Personal API tokens: `Authorization: Bearer cm_…`. No CSRF: the token is not a cookie."""

    def authenticate(self, request, token):
        user = api_token_user(token=token)
        if user is not None:
            request.user = user
        return user


# Session auth checks the CSRF token on unsafe methods, exactly as the pages do.
API_AUTH = [TokenAuth(), SessionAuth()]
