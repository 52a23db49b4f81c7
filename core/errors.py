from django.core.exceptions import BadRequest


class ServiceError(Exception):
    """A business rule refused the operation; the message is shown to the user as it is."""

    def __init__(self, message: str, *, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


class TransitionError(ServiceError):
    """A state change that is not allowed from the object's current state."""

    def __init__(self, message: str):
        super().__init__(message, code="illegal_transition")


class BadInput(BadRequest):
    """A request that cannot be answered as it is (an unknown filter value, a NUL byte): 400.

    The message says what is wrong and is shown as it is, on a page (templates/400.html) and in the
    API's `detail`.
    """

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
