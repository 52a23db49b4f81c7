import pytest

from relationships.factories import MentorshipFactory


@pytest.fixture
def mentorship(personas):
    """An active mentorship in `regional`: initech's mentor with acme's mentee."""
    return MentorshipFactory(
        mentor=personas.enrolments["mentor_initech"], mentee=personas.enrolments["mentee_acme"]
    )
