import pytest
from django.utils import translation

from evaluation import services
from relationships.factories import MentorshipFactory


@pytest.fixture(autouse=True)
def _english():
    # A request with another Accept-Language leaves that language active in the thread; start clean.
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def mentorship(personas):
    """An active mentorship in `regional`: mentor_globex mentors mentee_acme."""
    return MentorshipFactory(
        mentor=personas.enrolments["mentor_globex"], mentee=personas.enrolments["mentee_acme"]
    )


@pytest.fixture
def closed_mentorship(mentorship):
    mentorship.status = "closed"
    mentorship.close_reason = "goals-reached"
    mentorship.save()
    return mentorship


@pytest.fixture
def framework(personas):
    return services.framework_get_or_create(programme=personas.regional)


def all_levels(framework, level: int = 3) -> dict[str, int]:
    return {competence.slug: level for competence in framework.competences.all()}
