import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _default_language():
    """Requests made with another Accept-Language leave that language active in the thread; reset it
    before and after each test so that no later test (of any app) runs in Dutch or Spanish."""
    translation.deactivate()
    yield
    translation.deactivate()
