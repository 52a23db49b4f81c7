"""The CSV import of organisations and people (programmes.importer.people_import)."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.models import Profile, User
from core.factories import OrganisationFactory, ProgrammeFactory
from organisations.models import Organisation
from programmes.importer import ORGANISATION_COLUMNS, PEOPLE_COLUMNS, ImportFailed, people_import
from programmes.models import Competence, Enrolment, Invitation, Need, ProgrammeOrganisation

ORGANISATIONS = [
    {"key": "alpha", "name": "Alpha Freight", "country": "NL", "sector": "Logistics", "competitors": "beta"},
    {"key": "beta", "name": "Beta Cargo", "country": "be", "sector": "Logistics", "competitors": ""},
    {"key": "gamma", "name": "Gamma Soft", "country": "DE", "sector": "Software", "competitors": "delta"},
]
PEOPLE = [
    {
        "email": "Ada@Alpha.example",
        "name": "Ada Alpha",
        "organisation": "alpha",
        "country": "NL",
        "languages": "en;NL",
        "role": "mentor",
        "offers": "negotiation;public-speaking",
        "needs": "",
        "capacity": "2",
        "seniority": "4",
        "timezone": "Europe/Amsterdam",
    },
    {
        "email": "bob@beta.example",
        "name": "Bob Beta",
        "organisation": "beta",
        "country": "BE",
        "languages": "en;fr",
        "role": "mentee",
        "offers": "",
        "needs": "negotiation;budgeting:skills-mentoring",
        "capacity": "",
        "seniority": "2",
        "timezone": "Europe/Brussels",
    },
    {
        "email": "cy@gamma.example",
        "name": "Cy Gamma",
        "organisation": "gamma",
        "country": "",
        "languages": "de",
        "role": "both",
        "offers": "python",
        "needs": "leadership:personal-mentoring",
        "capacity": "1",
        "seniority": "",
        "timezone": "",
    },
    {
        # delta is not in organisations.csv: it is already on the platform.
        "email": "dee@delta.example",
        "name": "Dee Delta",
        "organisation": "delta",
        "country": "FR",
        "languages": "fr",
        "role": "mentee",
        "offers": "",
        "needs": "negotiation",
        "capacity": "",
        "seniority": "5",
        "timezone": "Europe/Paris",
    },
]


def as_csv(columns: list[str], rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[column] for column in columns])
    return out.getvalue().encode()


def organisations_csv(rows=None) -> bytes:
    return as_csv(ORGANISATION_COLUMNS, ORGANISATIONS if rows is None else rows)


def people_csv(rows=None) -> bytes:
    return as_csv(PEOPLE_COLUMNS, PEOPLE if rows is None else rows)


def person(index: int, **changes) -> dict:
    return {**PEOPLE[index], **changes}


def organisation(index: int, **changes) -> dict:
    return {**ORGANISATIONS[index], **changes}


def snapshot() -> dict:
    """Everything an import may write, counted."""
    return {
        "organisations": Organisation.objects.count(),
        "competitor links": Organisation.competitors.through.objects.count(),
        "memberships": ProgrammeOrganisation.objects.count(),
        "joined memberships": ProgrammeOrganisation.objects.filter(status="joined").count(),
        "users": User.objects.count(),
        "profiles": Profile.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "offers": Enrolment.offers.through.objects.count(),
        "needs": Need.objects.count(),
        "competences": Competence.objects.count(),
    }


@pytest.fixture
def programme(db):
    return ProgrammeFactory(slug="spring", name="Spring Cohort")


@pytest.fixture
def delta(programme):
    """An organisation already on the platform, invited to the programme but not joined yet."""
    delta = OrganisationFactory(key="delta", name="Delta Ports", country="FR")
    ProgrammeOrganisation.objects.create(programme=programme, organisation=delta, status="invited")
    return delta


DEFAULT = object()


def run(programme, people=DEFAULT, organisations=DEFAULT, **kwargs):
    """Import the valid files, or the given ones; organisations=None imports people.csv alone."""
    return people_import(
        programme=programme,
        people_data=people_csv() if people is DEFAULT else people,
        organisations_data=organisations_csv() if organisations is DEFAULT else organisations,
        **kwargs,
    )


def refused(programme, **kwargs) -> list[tuple[str, int, str, str]]:
    """Run an import that must fail and write nothing; return its problems."""
    before = snapshot()
    with pytest.raises(ImportFailed) as failure:
        run(programme, **kwargs)
    assert snapshot() == before
    return [(p.file, p.row, p.column, p.message) for p in failure.value.problems]


# A valid import -------------------------------------------------------------------------------


def test_it_creates_the_organisations_of_the_file(programme, delta):
    report = run(programme)

    assert report.organisations_created == 3
    alpha = Organisation.objects.get(key="alpha")
    assert (alpha.name, alpha.country, alpha.sector) == ("Alpha Freight", "NL", "Logistics")
    assert Organisation.objects.get(key="beta").country == "BE"


def test_a_competitor_declared_by_one_side_counts_for_both(programme, delta):
    run(programme)

    alpha, beta, gamma = (Organisation.objects.get(key=key) for key in ("alpha", "beta", "gamma"))
    assert list(alpha.competitors.all()) == [beta]
    assert list(beta.competitors.all()) == [alpha]
    assert list(delta.competitors.all()) == [gamma]
    assert not Organisation.objects.get(key="gamma").competitors.exclude(pk=delta.pk).exists()


def test_every_organisation_of_the_files_joins_the_programme(programme, delta):
    run(programme)

    memberships = ProgrammeOrganisation.objects.filter(programme=programme)
    assert {(m.organisation.key, m.status) for m in memberships} == {
        ("alpha", "joined"),
        ("beta", "joined"),
        ("gamma", "joined"),
        ("delta", "joined"),
    }
    assert all(m.joined_at is not None for m in memberships)


def test_it_creates_people_with_their_profiles(programme, delta):
    report = run(programme)

    assert report.people_created == 4
    ada = User.objects.get(email="ada@alpha.example")
    assert ada.name == "Ada Alpha"
    assert not ada.has_usable_password()
    assert ada.profile.organisation.key == "alpha"
    assert (ada.profile.country, ada.profile.languages, ada.profile.seniority, ada.profile.timezone) == (
        "NL",
        ["en", "nl"],
        4,
        "Europe/Amsterdam",
    )
    cy = User.objects.get(email="cy@gamma.example").profile
    assert (cy.seniority, cy.timezone) == (None, "UTC")
    assert User.objects.get(email="dee@delta.example").profile.organisation == delta


def test_it_enrols_people_approved_with_their_offers_and_needs(programme, delta):
    report = run(programme)

    assert report.enrolments_created == 4
    enrolments = {e.user.email: e for e in Enrolment.objects.filter(programme=programme)}
    assert {e.status for e in enrolments.values()} == {"approved"}
    ada = enrolments["ada@alpha.example"]
    assert (ada.role, ada.capacity, ada.organisation.key) == ("mentor", 2, "alpha")
    assert sorted(c.slug for c in ada.offers.all()) == ["negotiation", "public-speaking"]
    assert not ada.needs.exists()
    bob = enrolments["bob@beta.example"]
    assert (bob.role, bob.capacity) == ("mentee", 1)
    assert not bob.offers.exists()
    assert {(n.competence.slug, n.function) for n in bob.needs.all()} == {
        ("negotiation", "professional-mentoring"),
        ("budgeting", "skills-mentoring"),
    }
    cy = enrolments["cy@gamma.example"]
    assert [c.slug for c in cy.offers.all()] == ["python"]
    assert [(n.competence.slug, n.function) for n in cy.needs.all()] == [("leadership", "personal-mentoring")]


def test_it_adds_unknown_competences_to_the_catalogue_and_reports_them(programme, delta):
    catalogue = set(Competence.objects.values_list("slug", flat=True))
    assert {"negotiation", "public-speaking"} <= catalogue  # built in
    assert not {"budgeting", "leadership", "python"} & catalogue

    report = run(programme)

    assert report.competences_added == ["budgeting", "leadership", "python"]
    assert set(Competence.objects.values_list("slug", flat=True)) == catalogue | {
        "budgeting",
        "leadership",
        "python",
    }
    assert Competence.objects.get(slug="budgeting").name == "Budgeting"
    assert (
        "competences added to the catalogue: Budgeting (budgeting), Leadership (leadership), Python (python)"
        in report.lines()
    )


def test_it_imports_a_file_saved_by_a_spreadsheet_with_a_bom_and_crlf_line_ends(programme, delta):
    people = b"\xef\xbb\xbf" + people_csv().replace(b"\n", b"\r\n")

    report = run(programme, people=people)

    assert report.people_created == 4


def test_it_imports_people_alone_into_organisations_already_on_the_platform(programme, delta):
    report = people_import(programme=programme, people_data=people_csv([PEOPLE[3]]).decode())

    assert (report.organisations_created, report.people_created) == (0, 1)
    assert Enrolment.objects.get(user__email="dee@delta.example").organisation == delta


# Importing again ------------------------------------------------------------------------------


def test_importing_the_same_files_again_changes_nothing(programme, delta):
    run(programme)
    before = snapshot()
    need_ids = set(Need.objects.values_list("id", flat=True))

    report = run(programme)

    assert snapshot() == before
    assert set(Need.objects.values_list("id", flat=True)) == need_ids
    assert (report.organisations_created, report.people_created, report.enrolments_created) == (0, 0, 0)
    assert report.organisations_updated == 0
    assert report.competences_added == []


def test_importing_again_updates_what_changed(programme, delta):
    run(programme)
    kept_need = Need.objects.get(enrolment__user__email="bob@beta.example", competence__slug="negotiation")
    people = [
        person(0, name="Ada Alpha-Smith", capacity="3", offers="negotiation"),
        person(1, role="both", offers="python", needs="negotiation"),
        *PEOPLE[2:],
    ]

    report = run(
        programme,
        people=people_csv(people),
        organisations=organisations_csv([organisation(0, name="Alpha Freight Group"), *ORGANISATIONS[1:]]),
    )

    assert report.organisations_updated == 1
    assert Organisation.objects.get(key="alpha").name == "Alpha Freight Group"
    ada = Enrolment.objects.get(user__email="ada@alpha.example")
    assert (ada.user.name, ada.capacity) == ("Ada Alpha-Smith", 3)
    assert [c.slug for c in ada.offers.all()] == ["negotiation"]
    bob = Enrolment.objects.get(user__email="bob@beta.example")
    assert bob.role == "both"
    assert [c.slug for c in bob.offers.all()] == ["python"]
    assert list(bob.needs.all()) == [kept_need]  # budgeting is gone, negotiation keeps its id
    assert User.objects.count() == 4


def test_importing_again_changes_the_kind_of_a_kept_need_in_place(programme, delta):
    run(programme)
    need = Need.objects.get(enrolment__user__email="dee@delta.example")

    run(programme, people=people_csv([*PEOPLE[:3], person(3, needs="negotiation:relationship-coaching")]))

    need.refresh_from_db()
    assert need.function == "relationship-coaching"


def test_importing_again_keeps_an_active_enrolment_active(programme, delta):
    run(programme)
    Enrolment.objects.filter(user__email="ada@alpha.example").update(status="active")

    run(programme)

    assert Enrolment.objects.get(user__email="ada@alpha.example").status == "active"


def test_importing_again_does_not_undo_a_withdrawal(programme, delta):
    run(programme)
    Enrolment.objects.filter(user__email="bob@beta.example").update(status="withdrawn")

    run(programme)

    assert Enrolment.objects.get(user__email="bob@beta.example").status == "withdrawn"


def test_a_refused_reimport_leaves_the_earlier_import_untouched(programme, delta):
    run(programme)

    refused(programme, people=people_csv([person(0, name="Ada Renamed"), person(1, email="not-an-email")]))

    assert User.objects.get(email="ada@alpha.example").name == "Ada Alpha"


# Invalid files: every problem is named, nothing is written -----------------------------------

PEOPLE_PROBLEMS = [
    ("a bad email", {1: {"email": "bob-at-beta"}}, 3, "email", "is not an email address"),
    (
        "an unknown organisation",
        {1: {"organisation": "omega"}},
        3,
        "organisation",
        "not a known organisation",
    ),
    ("a bad country", {0: {"country": "XX"}}, 2, "country", "ISO 3166-1"),
    ("a bad language", {2: {"languages": "de;klingon"}}, 4, "languages", "“klingon” is not an ISO 639-1"),
    ("no language", {2: {"languages": ""}}, 4, "languages", "at least one language"),
    ("a bad role", {0: {"role": "guru"}}, 2, "role", "“guru” is not one of"),
    ("a mentor without offers", {0: {"offers": ""}}, 2, "offers", "offers at least one competence"),
    ("a mentee without needs", {1: {"needs": ""}}, 3, "needs", "at least one need"),
    ("a capacity that is no number", {0: {"capacity": "two"}}, 2, "capacity", "“two” is not a whole number"),
    ("a capacity of zero", {0: {"capacity": "0"}}, 2, "capacity", "0 is not between 1 and 50"),
    ("a capacity above 50", {0: {"capacity": "51"}}, 2, "capacity", "51 is not between 1 and 50"),
    ("a seniority of 6", {1: {"seniority": "6"}}, 3, "seniority", "6 is not between 1 and 5"),
    ("a seniority of 0", {1: {"seniority": "0"}}, 3, "seniority", "0 is not between 1 and 5"),
    ("a bad timezone", {3: {"timezone": "Mars/Olympus"}}, 5, "timezone", "is not an IANA time zone"),
    ("a bad function kind", {1: {"needs": "budgeting:therapy"}}, 3, "needs", "“therapy” is not a kind"),
    ("a bad competence slug", {0: {"offers": "Public Speaking"}}, 2, "offers", "is not a competence slug"),
    ("a need listed twice", {1: {"needs": "budgeting;budgeting:skills-mentoring"}}, 3, "needs", "twice"),
    ("an empty name", {2: {"name": ""}}, 4, "name", "is empty"),
]


@pytest.mark.parametrize(
    ("changes", "row", "column", "message"),
    [case[1:] for case in PEOPLE_PROBLEMS],
    ids=[case[0] for case in PEOPLE_PROBLEMS],
)
def test_it_rejects_a_people_row_with(programme, delta, changes, row, column, message):
    people = [person(i, **changes.get(i, {})) for i in range(len(PEOPLE))]

    problems = refused(programme, people=people_csv(people))

    assert len(problems) == 1, problems
    assert problems[0][:3] == ("people.csv", row, column)
    assert message in problems[0][3]


def test_it_rejects_an_email_that_appears_twice_whatever_its_case(programme, delta):
    people = [*PEOPLE, person(1, email="BOB@beta.example")]

    problems = refused(programme, people=people_csv(people))

    assert problems == [("people.csv", 6, "email", "“bob@beta.example” appears twice")]


def test_it_reports_every_problem_of_every_file_at_once(programme, delta):
    organisations = [organisation(0, country="Netherlands"), *ORGANISATIONS[1:]]
    people = [person(0, role="guru", timezone="Central Europe"), *PEOPLE[1:]]

    problems = refused(programme, people=people_csv(people), organisations=organisations_csv(organisations))

    assert [p[:3] for p in problems] == [
        ("organisations.csv", 2, "country"),
        ("people.csv", 2, "role"),
        ("people.csv", 2, "timezone"),
    ]


def test_a_problem_reads_as_file_row_column_and_message(programme, delta):
    with pytest.raises(ImportFailed) as failure:
        run(programme, people=people_csv([person(0, email="nope"), *PEOPLE[1:]]))

    assert str(failure.value.problems[0]) == "people.csv, row 2, column email: “nope” is not an email address"
    assert failure.value.message == "1 problem found; nothing was imported."


def test_it_names_the_files_as_uploaded(programme, delta):
    problems = refused(
        programme,
        people=people_csv([person(0, country="XX"), *PEOPLE[1:]]),
        organisations=organisations_csv([ORGANISATIONS[0], organisation(1, country="XX"), ORGANISATIONS[2]]),
        people_filename="staff-2026.csv",
        organisations_filename="companies.csv",
    )

    assert [p[:2] for p in problems] == [("companies.csv", 3), ("staff-2026.csv", 2)]


def test_it_rejects_a_file_with_a_missing_column(programme, delta):
    columns = [c for c in PEOPLE_COLUMNS if c != "timezone"]

    problems = refused(programme, people=as_csv(columns, PEOPLE))

    assert [p[:3] for p in problems] == [("people.csv", 1, "timezone")]
    assert "missing column" in problems[0][3]


def test_it_rejects_a_file_that_is_not_utf8(programme, delta):
    people = people_csv().replace(b"Bob Beta", "Bøb Beta".encode("latin-1"))

    problems = refused(programme, people=people)

    assert [p[:3] for p in problems] == [("people.csv", 1, "-")]
    assert "not UTF-8" in problems[0][3]


def test_it_rejects_a_row_with_the_wrong_number_of_fields(programme, delta):
    lines = people_csv().decode().splitlines()
    lines[2] += ",extra"

    problems = refused(programme, people="\n".join(lines).encode())

    assert problems == [("people.csv", 3, "-", "has 12 fields, the header has 11")]


def test_it_skips_blank_lines_but_keeps_counting_them(programme, delta):
    lines = people_csv([person(0), person(1, email="broken")]).decode().splitlines()
    lines.insert(2, "")

    problems = refused(programme, people="\n".join(lines).encode())

    assert [p[:3] for p in problems] == [("people.csv", 4, "email")]


def test_it_rejects_an_unknown_competitor_key(programme, delta):
    organisations = [*ORGANISATIONS[:2], organisation(2, competitors="delta;omega")]

    problems = refused(programme, organisations=organisations_csv(organisations))

    assert problems == [("organisations.csv", 4, "competitors", "“omega” is not a known organisation key")]


def test_it_reports_the_right_row_for_an_unknown_competitor_after_a_blank_line(programme, delta):
    lines = organisations_csv([*ORGANISATIONS[:2], organisation(2, competitors="omega")]).decode().split("\n")
    lines.insert(1, "")

    problems = refused(programme, organisations="\n".join(lines).encode())

    assert [p[:3] for p in problems] == [("organisations.csv", 5, "competitors")]


@pytest.mark.parametrize(
    ("changes", "column", "message"),
    [
        ({"key": "Alpha Freight"}, "key", "is not a key"),
        ({"name": ""}, "name", "is empty"),
        ({"country": "NLD"}, "country", "ISO 3166-1"),
        ({"competitors": "alpha"}, "competitors", "its own competitor"),
    ],
    ids=["bad key", "empty name", "bad country", "own competitor"],
)
def test_it_rejects_an_organisation_row_with(programme, delta, changes, column, message):
    organisations = [organisation(0, **changes), *ORGANISATIONS[1:]]
    people = PEOPLE[1:] if column == "key" else PEOPLE  # nobody refers to a key that is refused

    problems = refused(programme, organisations=organisations_csv(organisations), people=people_csv(people))

    assert [p[:3] for p in problems] == [("organisations.csv", 2, column)]
    assert message in problems[0][3]


def test_it_rejects_an_organisation_key_that_appears_twice(programme, delta):
    organisations = [*ORGANISATIONS, organisation(1, name="Beta Again")]

    problems = refused(programme, organisations=organisations_csv(organisations))

    assert problems == [("organisations.csv", 5, "key", "“beta” appears twice")]


# A coordinator's import -----------------------------------------------------------------------


@pytest.fixture
def acme(programme):
    acme = OrganisationFactory(key="acme", name="Acme")
    OrganisationFactory(key="globex", name="Globex")
    return acme


def acme_person(email: str, organisation: str = "acme", **changes) -> dict:
    """A mentee of acme whose needs are in the catalogue (a coordinator cannot add to it)."""
    return person(1, email=email, organisation=organisation, needs="negotiation;public-speaking", **changes)


def test_a_coordinator_imports_the_people_of_their_own_organisation(programme, acme):
    report = people_import(
        programme=programme, people_data=people_csv([acme_person("x@acme.example")]), only_organisation=acme
    )

    assert report.people_created == 1
    assert Enrolment.objects.get(user__email="x@acme.example").organisation == acme


def test_a_coordinator_cannot_import_people_of_another_organisation(programme, acme):
    people = [acme_person("x@acme.example"), acme_person("y@globex.example", "globex")]

    problems = refused(programme, people=people_csv(people), organisations=None, only_organisation=acme)

    assert problems == [("people.csv", 3, "organisation", "you may only import people of “acme”")]


def test_a_coordinator_cannot_import_another_organisation_row(programme, acme):
    organisations = [
        {"key": "acme", "name": "Acme", "country": "NL", "sector": "", "competitors": ""},
        {"key": "newco", "name": "Newco", "country": "NL", "sector": "", "competitors": ""},
    ]

    problems = refused(
        programme,
        people=people_csv([acme_person("x@acme.example")]),
        organisations=organisations_csv(organisations),
        only_organisation=acme,
    )

    assert [p[:3] for p in problems] == [("organisations.csv", 3, "key")]


# Property: all or nothing ---------------------------------------------------------------------

# field -> [(replacement value, still valid?)]; the base row is a "both" so offers and needs count.
CORRUPTIONS = {
    "email": [("not-an-email", False), ("", False), ("UPPER@CASE.example", True)],
    "name": [("", False), ("Zoë d'Ármas, Jr.", True)],
    "organisation": [("omega", False), ("BETA", True)],
    "country": [("XX", False), ("NLD", False), ("", True), ("de", True)],
    "languages": [("", False), ("xx", False), ("en;xx", False), ("EN; nl", True)],
    "role": [("guru", False), ("", False), ("mentor", True), ("mentee", True)],
    "offers": [("", False), ("Bad Slug", False), ("a;a", False), ("a-b;c", True)],
    "needs": [
        ("", False),
        ("x:therapy", False),
        ("x;x:skills-mentoring", False),
        ("x:skills-mentoring", True),
    ],
    "capacity": [("0", False), ("51", False), ("1.5", False), ("", True), ("50", True)],
    "seniority": [("0", False), ("6", False), ("senior", False), ("", True), ("1", True)],
    "timezone": [("Mars/Olympus", False), ("Europe/Atlantis", False), ("", True), ("America/Lima", True)],
}
CORRUPTION_CASES = [(field, value, valid) for field, cases in CORRUPTIONS.items() for value, valid in cases]


def valid_row(n: int) -> dict:
    return {
        "email": f"person{n}@beta.example",
        "name": f"Person {n}",
        "organisation": "beta",
        "country": "BE",
        "languages": "en",
        "role": "both",
        "offers": "negotiation",
        "needs": "budgeting",
        "capacity": "2",
        "seniority": "3",
        "timezone": "Europe/Brussels",
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    size=st.integers(min_value=1, max_value=5),
    target=st.integers(min_value=0, max_value=4),
    corruption=st.sampled_from([None, *CORRUPTION_CASES]),
)
def test_an_import_writes_everything_or_nothing(programme, delta, size, target, corruption):
    rows = [valid_row(n) for n in range(size)]
    target %= size
    valid = True
    if corruption is not None:
        field, value, valid = corruption
        rows[target][field] = value
    with transaction.atomic():  # each example starts from the same database
        before = snapshot()
        try:
            report = run(programme, people=people_csv(rows), organisations=organisations_csv())
        except ImportFailed as failure:
            assert not valid, failure.problems
            assert snapshot() == before
            assert {(p.file, p.row) for p in failure.problems} == {("people.csv", target + 2)}
            assert {p.column for p in failure.problems} == {field}
        else:
            assert valid, f"{corruption} was accepted"
            assert report.people_created == size
            assert Enrolment.objects.filter(programme=programme, status="approved").count() == size
            assert snapshot()["organisations"] == before["organisations"] + 3
        transaction.set_rollback(True)


# Accounts an import may not rewrite ------------------------------------------------------------


@pytest.fixture
def admin(personas):
    """The platform admin, as `createsuperuser` makes them: no profile, no organisation."""
    admin = User.objects.create_superuser(email="admin@host.example", password="x-long-admin-password")
    admin.name = "Ada Admin"
    admin.save()
    return admin


def taking_over(email: str, organisation: str = "acme") -> bytes:
    return people_csv([acme_person(email, organisation, name="Taken Over")])


def assert_untouched(account: User, name: str) -> None:
    account.refresh_from_db()
    assert account.name == name
    assert not Profile.objects.filter(user=account, organisation__isnull=False).exists()
    assert not Enrolment.objects.filter(user=account).exists()


def import_as_coordinator(personas, people: bytes):
    return people_import(
        programme=personas.regional,
        people_data=people,
        only_organisation=personas.acme,
        actor=personas.coordinator_acme,
    )


@pytest.mark.parametrize("who", ["manager", "outsider", "admin", "mentor_globex"])
def test_a_coordinators_import_never_rewrites_an_account_outside_their_organisation(
    personas, admin, who, mailoutbox, django_capture_on_commit_callbacks
):
    account = admin if who == "admin" else getattr(personas, who)
    name, organisation = account.name, getattr(getattr(account, "profile", None), "organisation_id", None)
    enrolments = set(Enrolment.objects.filter(user=account).values_list("pk", "organisation", "role"))

    with django_capture_on_commit_callbacks(execute=True):
        import_as_coordinator(personas, taking_over(account.email))

    account.refresh_from_db()
    assert account.name == name
    assert getattr(Profile.objects.filter(user=account).first(), "organisation_id", None) == organisation
    assert set(Enrolment.objects.filter(user=account).values_list("pk", "organisation", "role")) == enrolments
    assert [m.to for m in mailoutbox] == [[account.email]]  # the owner is invited and decides
    assert "Sign in with your account and accept" in mailoutbox[0].body
    assert Invitation.objects.get(email=account.email).organisation == personas.acme


def test_a_managers_import_never_rewrites_the_platform_admin_or_a_manager(personas, admin):
    people = people_csv(
        [
            person(1, email=admin.email, organisation="acme", name="Taken Over"),
            person(1, email=personas.manager.email, organisation="globex", name="Taken Over"),
        ]
    )

    people_import(programme=personas.regional, people_data=people, actor=personas.manager)

    for account, name in ((admin, "Ada Admin"), (personas.manager, "Mia Manager")):
        account.refresh_from_db()
        assert account.name == name
        assert not Profile.objects.filter(user=account, organisation__isnull=False).exists()
        assert not Enrolment.objects.filter(user=account).exists()


def test_an_email_with_an_account_elsewhere_reads_exactly_like_an_unknown_email(personas):
    """Nothing the coordinator sees tells whether an email has an account (account enumeration)."""
    outcomes = {}
    for email in ("newcomer@acme.example", personas.mentor_globex.email, personas.manager.email):
        with transaction.atomic():
            first = import_as_coordinator(personas, taking_over(email)).lines()
            again = import_as_coordinator(personas, taking_over(email)).lines()
            transaction.set_rollback(True)
        outcomes[email] = (first, again)

    unknown, *known = outcomes.values()
    assert known == [unknown, unknown]
    assert unknown[0][1].startswith("people: 1 ")


# Invitations to the people an import creates ---------------------------------------------------


def test_each_person_an_import_creates_is_invited_once_the_import_commits(
    programme, delta, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report = run(programme)
        assert mailoutbox == []  # nothing is sent before the commit

    assert sorted(m.to[0] for m in mailoutbox) == sorted(p["email"].lower() for p in PEOPLE)
    for message in mailoutbox:
        invitation = Invitation.objects.get(programme=programme, email=message.to[0])
        assert f"/invitations/{invitation.token}/" in message.body
        assert invitation.sent_at is not None
    assert "invitations: 4 sent" in report.lines()


def test_an_imported_person_is_invited_in_the_first_of_their_languages_that_crossmentor_speaks(
    programme, delta, mailoutbox, django_capture_on_commit_callbacks
):
    people = [person(0, languages="de;nl;en"), person(1, languages="es;en"), person(2, languages="de")]

    with django_capture_on_commit_callbacks(execute=True):
        run(programme, people=people_csv(people))

    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert subjects == {
        "ada@alpha.example": "Je bent uitgenodigd voor Spring Cohort",
        "bob@beta.example": "Te han invitado a Spring Cohort",
        "cy@gamma.example": "You are invited to Spring Cohort",
    }
    assert User.objects.get(email="ada@alpha.example").profile.language == "nl"  # and later emails too


def test_importing_again_invites_nobody_again(
    programme, delta, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run(programme)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        report = run(programme)

    assert mailoutbox == []
    assert not any(line.startswith("invitations") for line in report.lines())


def test_the_invitations_of_an_import_go_out_in_tasks_that_take_ids_and_mail_once(
    programme, delta, mailoutbox, django_capture_on_commit_callbacks
):
    from programmes.tasks import send_invitations

    with django_capture_on_commit_callbacks(execute=False):
        run(programme)
    ids = list(Invitation.objects.filter(programme=programme).values_list("pk", flat=True))

    send_invitations.delay(ids)
    send_invitations.delay(ids)

    assert len(mailoutbox) == 4


def test_the_import_page_invites_the_new_people_on_behalf_of_the_coordinator(
    client, personas, mailoutbox, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(personas.coordinator_acme)
    upload = SimpleUploadedFile("people.csv", people_csv([acme_person("nina@acme.example")]))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/p/regional/import/", {"people_file": upload})

    assert "invitations: 1 sent" in response.content.decode()
    assert Invitation.objects.get(email="nina@acme.example").invited_by == personas.coordinator_acme
    assert [m.to for m in mailoutbox] == [["nina@acme.example"]]


# The shared competence catalogue ---------------------------------------------------------------


def test_a_coordinators_unknown_competence_is_a_problem_naming_the_close_matches(personas):
    catalogue = Competence.objects.count()
    rows = [
        person(0, email="a@acme.example", organisation="acme", offers="negotation;public-speaking"),
        person(
            1, email="b@acme.example", organisation="acme", needs="public-speeking:skills-mentoring;xyzzy"
        ),
    ]

    problems = refused(
        personas.regional, people=people_csv(rows), organisations=None, only_organisation=personas.acme
    )

    assert problems == [
        (
            "people.csv",
            2,
            "offers",
            "“negotation” is not in the competence catalogue; did you mean “negotiation”?",
        ),
        (
            "people.csv",
            3,
            "needs",
            "“public-speeking” is not in the competence catalogue; did you mean “public-speaking”?",
        ),
        (
            "people.csv",
            3,
            "needs",
            "“xyzzy” is not in the competence catalogue; only the programme manager can add competences",
        ),
    ]
    assert Competence.objects.count() == catalogue


def test_a_managers_import_adds_an_unknown_competence(personas):
    rows = [person(0, email="a@acme.example", organisation="acme", offers="negotation")]

    report = people_import(programme=personas.regional, people_data=people_csv(rows), actor=personas.manager)

    assert report.competences_added == ["negotation"]


# What a re-import reports ----------------------------------------------------------------------


def test_importing_the_same_files_again_reports_every_person_unchanged(programme, delta):
    run(programme)

    report = run(programme)

    assert "people: 0 created, 0 updated, 4 unchanged" in report.lines()


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "Bob Beta-Jones"},
        {"country": "NL"},
        {"languages": "en"},
        {"seniority": "3"},
        {"timezone": "Europe/Paris"},
        {"role": "both", "offers": "negotiation"},
        {"needs": "negotiation"},
        {"needs": "negotiation:skills-mentoring;budgeting:skills-mentoring"},
        {"needs": "negotiation;budgeting:skills-mentoring;public-speaking"},
    ],
    ids=[
        "name",
        "country",
        "languages",
        "seniority",
        "timezone",
        "role",
        "need gone",
        "need kind",
        "need added",
    ],
)
def test_a_person_is_reported_updated_when_anything_of_theirs_changes(programme, delta, changes):
    run(programme)
    people = [*PEOPLE[:1], person(1, **changes), *PEOPLE[2:]]

    report = run(programme, people=people_csv(people))

    assert (report.people_created, report.people_updated, report.people_unchanged) == (0, 1, 3)


def test_a_mentors_capacity_and_offers_count_as_changes_too(programme, delta):
    run(programme)
    people = [person(0, capacity="3"), *PEOPLE[1:3], person(3, organisation="beta")]
    run(programme, people=people_csv(people))
    people = [person(0, capacity="3", offers="negotiation"), *PEOPLE[1:3], person(3, organisation="beta")]

    report = run(programme, people=people_csv(people))

    assert (report.people_updated, report.people_unchanged) == (1, 3)


def test_a_competence_a_managers_import_adds_reads_as_a_name_not_a_slug(client, personas):
    rows = [person(0, email="a@acme.example", organisation="acme", offers="data-storytelling")]
    client.force_login(personas.manager)

    response = client.post(
        "/p/regional/import/", {"people_file": SimpleUploadedFile("people.csv", people_csv(rows))}
    )

    assert Competence.objects.get(slug="data-storytelling").name == "Data storytelling"
    assert (
        "competences added to the catalogue: Data storytelling (data-storytelling)"
        in response.content.decode()
    )
