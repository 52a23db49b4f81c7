from ninja.security import HttpBearer, SessionAuth

from accounts.services import api_token_get


class TokenAuth(HttpBearer):
    """Personal API tokens: `Authorization: Bearer cm_…`. No CSRF: the token is not a cookie.

    An expired or revoked token answers 401 like an unknown one.
    """

    def authenticate(self, request, token):
        found = api_token_get(token=token)
        if found is None:
            return None
        request.user, request.api_token = found.user, found
        return found.user


# Session auth checks the CSRF token on unsafe methods, exactly as the pages do.
API_AUTH = [TokenAuth(), SessionAuth()]
