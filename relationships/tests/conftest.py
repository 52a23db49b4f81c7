"""Helpers for this app's tests: the persona programme opened for mentees' requests."""

import pytest


@pytest.fixture
def people(personas):
    """The personas, with the regional programme letting mentees request mentors (matching mode both)."""
    personas.regional.matching_mode = "both"
    personas.regional.save(update_fields=["matching_mode"])
    return personas
