"""The import's three doors, the Import CSV page, POST /api/programmes/{slug}/import and
`crossmentor import_people`, refuse a file too large by its size, before reading it, and say so."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from accounts.services import api_token_create
from programmes import importer
from programmes.models import Enrolment
from programmes.tests.test_people_import import acme_person, people_csv

LIMIT = 2048


@pytest.fixture
def small_limit(monkeypatch):
    """A limit tests can exceed cheaply; and parsing fails the test, so refusing must come first."""
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", LIMIT)

    def parse(*args, **kwargs):
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(importer, "read_rows", parse)


def too_large() -> SimpleUploadedFile:
    return SimpleUploadedFile("staff.csv", people_csv() + b"x" * LIMIT)


def test_the_import_page_refuses_a_file_over_the_limit(client, personas, small_limit):
    client.force_login(personas.coordinator_acme)

    response = client.post("/p/regional/import/", {"people_file": too_large()})

    assert response.status_code == 200
    page = response.content.decode()
    assert "nothing was imported" in page
    assert "staff.csv, row 1, column <code>-</code>: the file is 2.4\xa0KB;" in page
    assert "an import takes files of at most 2.0\xa0KB" in page


def test_the_api_refuses_a_file_over_the_limit(client, personas, small_limit):
    token = api_token_create(user=personas.manager, name="import")

    response = client.post(
        "/api/programmes/regional/import",
        {"people": too_large()},
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )

    assert response.status_code == 400
    (problem,) = response.json()["problems"]
    assert (problem["file"], problem["row"]) == ("staff.csv", 1)
    assert "an import takes files of at most 2.0\xa0KB" in problem["message"]


def test_the_command_refuses_a_60_mb_file_without_reading_it(db, personas, tmp_path, monkeypatch):
    organisations, people = tmp_path / "organisations.csv", tmp_path / "people.csv"
    organisations.write_text("key,name,country,sector,competitors\n")
    with people.open("wb") as file:
        file.truncate(60 * 1024 * 1024)  # sparse: nothing is written, the size is real
    read_bytes = Path.read_bytes

    def read_small_files_only(path):
        assert path != people, "the large file was read"
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_small_files_only)
    err = StringIO()

    with pytest.raises(CommandError) as error:
        call_command(
            "import_people", "regional", str(organisations), str(people), stdout=StringIO(), stderr=err
        )

    assert err.getvalue().splitlines() == [
        "people.csv, row 1, column -: the file is 60.0\xa0MB; an import takes files of at most 12.0\xa0MB"
    ]
    assert error.value.args[0] == "1 problem found; nothing was imported."
    assert error.value.returncode == 2


def test_a_field_longer_than_csv_reads_is_a_problem_of_its_row_not_an_error_page(client, personas):
    rows = [acme_person("a@acme.example"), acme_person("b@acme.example")]
    rows[1]["name"] = "N" * 140_000
    client.force_login(personas.coordinator_acme)

    response = client.post(
        "/p/regional/import/", {"people_file": SimpleUploadedFile("people.csv", people_csv(rows))}
    )

    assert response.status_code == 200
    assert (
        "row 3, column <code>-</code>: a field is longer than 131,072 characters" in response.content.decode()
    )
    assert not Enrolment.objects.filter(user__email="a@acme.example").exists()


def test_the_api_imports_organisations_csv_as_the_command_does(client, personas):
    from programmes.tests.test_people_import import ORGANISATIONS, organisations_csv

    token = api_token_create(user=personas.manager, name="import")
    people = people_csv([acme_person("nina@alpha.example", "alpha")])

    response = client.post(
        "/api/programmes/regional/import",
        {
            "people": SimpleUploadedFile("people.csv", people),
            "organisations": SimpleUploadedFile("organisations.csv", organisations_csv(ORGANISATIONS[:2])),
        },
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )

    assert response.status_code == 200, response.json()
    assert response.json()["report"][0] == "organisations: 2 created, 0 updated"
    assert Enrolment.objects.get(user__email="nina@alpha.example").organisation.name == "Alpha Freight"


def test_the_schema_describes_organisations_csv_as_a_file_of_the_form(client, db):
    operation = client.get("/api/openapi.json").json()["paths"]["/api/programmes/{slug}/import"]["post"]

    assert [p["name"] for p in operation["parameters"]] == ["slug"]
    form = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert form["required"] == ["people"]
    assert set(form["properties"]) == {"people", "organisations"}
