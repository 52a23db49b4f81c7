"""People and organisations imported from an Excel workbook (.xlsx): the CSV's columns in the first
sheet, the same all-or-nothing checks, on the Import page, the API and `crossmentor import_people`."""

import io
from datetime import date
from io import StringIO

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from accounts.services import api_token_create
from core.factories import OrganisationFactory, ProgrammeFactory
from programmes import importer, workbook
from programmes.models import Enrolment, ProgrammeOrganisation
from programmes.tests.test_people_import import (
    ORGANISATION_COLUMNS,
    ORGANISATIONS,
    PEOPLE,
    PEOPLE_COLUMNS,
    acme_person,
    people_csv,
    person,
    refused,
    run,
    snapshot,
)


@pytest.fixture
def programme(db):
    return ProgrammeFactory(slug="spring", name="Spring Cohort")


@pytest.fixture
def delta(programme):
    """An organisation already on the platform, as in the CSV's tests."""
    delta = OrganisationFactory(key="delta", name="Delta Ports", country="FR")
    ProgrammeOrganisation.objects.create(programme=programme, organisation=delta, status="invited")
    return delta


def as_xlsx(columns: list[str], rows: list[dict], *, numbers: bool = True) -> bytes:
    """A workbook as a spreadsheet saves it: whole numbers as numbers, empty cells left out."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(columns)
    for row in rows:
        values = [row[column] for column in columns]
        if numbers:
            values = [int(value) if value.isdigit() else value for value in values]
        sheet.append([value if value != "" else None for value in values])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def people_xlsx(rows=None) -> bytes:
    return as_xlsx(PEOPLE_COLUMNS, PEOPLE if rows is None else rows)


def organisations_xlsx(rows=None) -> bytes:
    return as_xlsx(ORGANISATION_COLUMNS, ORGANISATIONS if rows is None else rows)


def workbook_with(cell: str, value) -> bytes:
    """The valid people workbook with one cell changed."""
    workbook = openpyxl.load_workbook(io.BytesIO(people_xlsx()))
    workbook.active[cell] = value
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def written() -> dict:
    """What an import wrote, by person, to compare a workbook's import with the CSV's."""
    return {
        e.user.email: (
            e.organisation.key,
            e.role,
            e.capacity,
            e.user.profile.seniority,
            e.user.profile.timezone,
            sorted(c.slug for c in e.offers.all()),
            sorted((n.competence.slug, n.function) for n in e.needs.all()),
        )
        for e in Enrolment.objects.select_related("user__profile", "organisation")
    }


def test_a_workbook_imports_exactly_as_the_same_csv(programme, delta):
    report = run(
        programme,
        people=people_xlsx(),
        organisations=organisations_xlsx(),
        people_filename="people.xlsx",
        organisations_filename="organisations.xlsx",
    )
    from_workbook = written()
    again = run(programme)  # the same rows as CSV change nothing

    assert (report.organisations_created, report.people_created) == (3, 4)
    assert (again.people_updated, again.people_unchanged) == (0, 4)
    assert written() == from_workbook
    assert from_workbook["ada@alpha.example"][2:4] == (2, 4)


def test_a_workbook_is_recognised_by_its_content_whatever_its_name(programme, delta):
    report = run(programme, people=people_xlsx(), people_filename="people.csv")

    assert report.people_created == 4


def test_a_workbook_with_a_bad_row_imports_nothing_and_names_the_row(programme, delta):
    rows = [PEOPLE[0], person(1, email="not-an-email"), PEOPLE[2]]

    problems = refused(programme, people=people_xlsx(rows), people_filename="people.xlsx")

    assert problems == [("people.xlsx", 3, "email", "“not-an-email” is not an email address")]


def test_a_workbook_without_a_column_is_refused_naming_it(programme, delta):
    columns = [column for column in PEOPLE_COLUMNS if column != "role"]

    problems = refused(programme, people=as_xlsx(columns, PEOPLE), people_filename="people.xlsx")

    assert [(row, column) for _f, row, column, _m in problems] == [(1, "role")]


def test_a_file_named_xlsx_that_is_no_workbook_is_refused_clearly(programme, delta):
    problems = refused(programme, people=people_csv(), people_filename="people.xlsx")

    assert problems == [
        (
            "people.xlsx",
            1,
            "-",
            "the file is named .xlsx but is not an Excel workbook; save it as .xlsx or as CSV (UTF-8)",
        )
    ]


def test_an_old_xls_workbook_is_refused_clearly(programme, delta):
    problems = refused(programme, people=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)

    assert problems == [
        (
            "people.csv",
            1,
            "-",
            "the file is an Excel 97-2003 workbook (.xls); save it as .xlsx or as CSV (UTF-8)",
        )
    ]


def test_a_damaged_workbook_is_refused_clearly(programme, delta):
    damaged = people_xlsx()[:400]

    problems = refused(programme, people=damaged, people_filename="people.xlsx")

    assert problems == [("people.xlsx", 1, "-", "the file is not a readable Excel workbook (.xlsx)")]


def test_a_formula_is_refused_naming_its_cell(programme, delta):
    problems = refused(programme, people=workbook_with("I2", "=1+1"), people_filename="people.xlsx")

    assert problems == [
        (
            "people.xlsx",
            2,
            "capacity",
            "cell I2 holds a formula; an import reads values only (paste the values, or save as CSV)",
        )
    ]


@pytest.mark.parametrize(
    ("value", "what"), [(date(2024, 5, 1), "a date"), (True, "TRUE or FALSE"), (2.5, "2.5")]
)
def test_a_cell_of_another_kind_is_refused_naming_its_cell(programme, delta, value, what):
    problems = refused(programme, people=workbook_with("J3", value), people_filename="people.xlsx")

    assert [(row, column) for _f, row, column, _m in problems] == [(3, "seniority")]
    assert problems[0][3].startswith("cell J3 ")
    assert what in problems[0][3]


def test_a_value_right_of_the_header_is_a_problem_of_its_row(programme, delta):
    problems = refused(programme, people=workbook_with("M4", "stray"), people_filename="people.xlsx")

    assert problems == [("people.xlsx", 4, "-", "has 13 fields, the header has 11")]


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused_before_it_is_parsed(
    programme, delta, monkeypatch
):
    monkeypatch.setattr(workbook, "MAX_UNPACKED_BYTES", 1000)

    def parse(*args, **kwargs):
        raise AssertionError("the workbook was parsed")

    monkeypatch.setattr(workbook, "load_workbook", parse)

    problems = refused(programme, people=people_xlsx(), people_filename="people.xlsx")

    (problem,) = problems
    assert problem[:3] == ("people.xlsx", 1, "-")
    assert "an import takes workbooks that unpack to at most 1000\xa0bytes" in problem[3]


def test_a_workbook_over_the_file_limit_is_refused(programme, delta, monkeypatch):
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 1000)

    problems = refused(programme, people=people_xlsx(), people_filename="people.xlsx")

    assert "an import takes files of at most 1000\xa0bytes" in problems[0][3]


# The three doors ------------------------------------------------------------------------------------


def acme_workbook(*emails: str) -> bytes:
    return as_xlsx(PEOPLE_COLUMNS, [acme_person(email) for email in emails])


def test_the_import_page_imports_a_workbook(client, personas):
    client.force_login(personas.coordinator_acme)
    before = snapshot()

    response = client.post(
        "/p/regional/import/",
        {"people_file": SimpleUploadedFile("staff.xlsx", acme_workbook("a@acme.example"))},
    )

    assert response.status_code == 200
    assert "Import finished." in response.content.decode()
    assert Enrolment.objects.filter(user__email="a@acme.example", programme=personas.regional).exists()
    assert snapshot()["enrolments"] == before["enrolments"] + 1


def test_the_api_imports_a_workbook(client, personas):
    token = api_token_create(user=personas.manager, name="import")
    upload = SimpleUploadedFile(
        "people.xlsx",
        acme_workbook("b@acme.example"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )

    response = client.post(
        "/api/programmes/regional/import", {"people": upload}, HTTP_AUTHORIZATION=f"Bearer {token}"
    )

    assert response.status_code == 200, response.json()
    assert response.json()["report"][1].startswith("people: 1 created")


def test_the_command_imports_workbooks(db, personas, tmp_path):
    organisations, people = tmp_path / "organisations.xlsx", tmp_path / "people.xlsx"
    organisations.write_bytes(as_xlsx(ORGANISATION_COLUMNS, []))
    people.write_bytes(acme_workbook("c@acme.example"))
    out = StringIO()

    call_command("import_people", "regional", str(organisations), str(people), stdout=out, stderr=StringIO())

    assert "people: 1 created, 0 updated, 0 unchanged" in out.getvalue()
