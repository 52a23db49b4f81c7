"""The persona fixture shared by the whole suite (see STYLE.md).

Two programmes, three organisations (acme and globex declare each other competitors), the
regional programme's manager, a coordinator per organisation, a mentor and a mentee in each
organisation, an applicant waiting for approval at acme, and an outsider with no role at all.
"""

from dataclasses import dataclass

import pytest
from django.utils import translation

from core.factories import OrganisationFactory, ProgrammeFactory, UserFactory, enrol, join

pytest_plugins = ["core.testing.browser"]


@dataclass
class Personas:
    regional: object
    leaders: object
    acme: object
    globex: object
    initech: object
    manager: object
    coordinator_acme: object
    coordinator_globex: object
    coordinator_initech: object
    mentor_acme: object
    mentee_acme: object
    mentor_globex: object
    mentee_globex: object
    mentor_initech: object
    mentee_initech: object
    applicant_acme: object
    outsider: object
    enrolments: dict


@pytest.fixture
def personas(db) -> Personas:
    acme = OrganisationFactory(key="acme", name="Acme Logistics", country="NL", sector="Logistics")
    globex = OrganisationFactory(key="globex", name="Globex Freight", country="NL", sector="Logistics")
    initech = OrganisationFactory(key="initech", name="Initech", country="BE", sector="Software")
    acme.competitors.add(globex)
    regional = ProgrammeFactory(slug="regional", name="Regional Crossings", exclude_competitors=True)
    leaders = ProgrammeFactory(slug="leaders", name="Women Leaders", kind="cross-country", cross_country=True)
    join(regional, acme, globex, initech)
    join(leaders, acme, initech)
    manager = UserFactory(email="manager@host.example", name="Mia Manager")
    regional.managers.add(manager)
    coordinators = {}
    for org in (acme, globex, initech):
        coordinators[org.key] = UserFactory(
            email=f"hr@{org.key}.example", name=f"HR {org.name}", organisation=org
        )
        org.coordinators.add(coordinators[org.key])
    people, enrolments = {}, {}
    for org in (acme, globex, initech):
        for role in ("mentor", "mentee"):
            user = UserFactory(
                email=f"{role}@{org.key}.example", name=f"{role.title()} {org.name}", organisation=org
            )
            people[f"{role}_{org.key}"] = user
            enrolments[f"{role}_{org.key}"] = enrol(user, regional, role)
    applicant = UserFactory(email="applicant@acme.example", name="Ann Applicant", organisation=acme)
    enrolments["applicant_acme"] = enrol(applicant, regional, "mentee", status="applied")
    enrolments["leaders_mentee_acme"] = enrol(people["mentee_acme"], leaders, "mentee")
    outsider = UserFactory(email="outsider@nowhere.example", name="Otto Outsider")
    return Personas(
        regional=regional,
        leaders=leaders,
        acme=acme,
        globex=globex,
        initech=initech,
        manager=manager,
        coordinator_acme=coordinators["acme"],
        coordinator_globex=coordinators["globex"],
        coordinator_initech=coordinators["initech"],
        applicant_acme=applicant,
        outsider=outsider,
        enrolments=enrolments,
        **people,
    )


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Argon2 is slow on purpose; the suite creates many users and does not test hashing strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _english_unless_a_test_says_otherwise():
    # A request with another Accept-Language leaves that language active in the worker's thread.
    yield
    translation.activate("en")
