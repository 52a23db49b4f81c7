"""The console commands: `crossmentor create_programme` and `crossmentor import_people`."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command

from core.factories import ProgrammeFactory
from programmes.models import Enrolment, Programme

ORGANISATIONS_CSV = """key,name,country,sector,competitors
alpha,Alpha Freight,NL,Logistics,beta
beta,Beta Cargo,BE,Logistics,
"""
PEOPLE_CSV = """email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone
ada@alpha.example,Ada Alpha,alpha,NL,en,mentor,negotiation,,2,4,Europe/Amsterdam
bob@beta.example,Bob Beta,beta,BE,en;fr,mentee,,negotiation:skills-mentoring,,2,Europe/Brussels
cy@beta.example,Cy Beta,beta,BE,fr,mentee,,networking,,,
"""


def create_programme(*args, **options) -> str:
    out = StringIO()
    call_command("create_programme", *args, stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


# create_programme -----------------------------------------------------------------------------


def test_it_creates_a_programme_with_its_rules(db):
    output = create_programme(
        "spring-2026",
        name="Spring 2026",
        kind="group",
        cross_country=True,
        exclude_competitors=True,
        max_mentors_per_mentee=2,
    )

    programme = Programme.objects.get(slug="spring-2026")
    assert programme.name == "Spring 2026"
    assert programme.kind == "group"
    assert (programme.cross_country, programme.exclude_competitors) == (True, True)
    assert programme.max_mentors_per_mentee == 2
    assert output == "Created programme spring-2026: Spring 2026 (Group mentoring)\n"


def test_it_reads_its_options_from_the_command_line(db):
    create_programme("spring-2026", "--name", "Spring", "--kind", "reverse", "--max-mentors-per-mentee", "3")

    programme = Programme.objects.get(slug="spring-2026")
    assert (programme.kind, programme.max_mentors_per_mentee) == ("reverse", 3)
    assert (programme.cross_country, programme.exclude_competitors) == (False, False)


def test_it_creates_a_one_to_one_programme_by_default(db):
    create_programme("spring-2026", name="Spring")

    programme = Programme.objects.get(slug="spring-2026")
    assert (programme.kind, programme.max_mentors_per_mentee) == ("one-to-one", 1)
    assert not programme.managers.exists()


def test_a_cross_country_kind_implies_the_cross_country_rule(db):
    create_programme("abroad", name="Abroad", kind="cross-country")

    assert Programme.objects.get(slug="abroad").cross_country


@pytest.mark.parametrize("slug", ["Spring 2026", "spring_2026", "spring--2026", "spring-", "Spring"])
def test_it_rejects_a_bad_slug(db, slug):
    with pytest.raises(CommandError) as error:
        create_programme(slug, name="Spring")

    assert error.value.returncode == 2
    assert "is not a valid SLUG" in str(error.value)
    assert not Programme.objects.exists()


def test_it_rejects_a_slug_that_is_taken(db):
    ProgrammeFactory(slug="spring-2026", name="The first one")

    with pytest.raises(CommandError) as error:
        create_programme("spring-2026", name="Spring")

    assert error.value.returncode == 2
    assert "already exists" in str(error.value)
    assert Programme.objects.get(slug="spring-2026").name == "The first one"


def test_it_rejects_an_unknown_kind_on_the_command_line(db):
    with pytest.raises(CommandError) as error:
        create_programme("spring", "--name", "Spring", "--kind", "speed-dating")

    assert "argument --kind: invalid choice: 'speed-dating'" in str(error.value)
    assert not Programme.objects.exists()


def test_it_rejects_an_unknown_kind_given_from_code(db):
    with pytest.raises(CommandError) as error:
        create_programme("spring", name="Spring", kind="speed-dating")

    assert error.value.returncode == 2
    assert "kind" in str(error.value)
    assert not Programme.objects.exists()


@pytest.mark.parametrize("n", [0, 11, -1])
def test_it_rejects_a_max_mentors_per_mentee_out_of_range(db, n):
    with pytest.raises(CommandError) as error:
        create_programme("spring", name="Spring", max_mentors_per_mentee=n)

    assert error.value.returncode == 2
    assert "--max-mentors-per-mentee must be between 1 and 10" in str(error.value)
    assert not Programme.objects.exists()


def test_it_rejects_a_max_mentors_per_mentee_that_is_no_number(db):
    with pytest.raises(CommandError) as error:
        create_programme("spring", "--name", "Spring", "--max-mentors-per-mentee", "two")

    assert "argument --max-mentors-per-mentee: invalid int value: 'two'" in str(error.value)


def test_it_requires_a_name(db):
    with pytest.raises(CommandError) as error:
        create_programme("spring")

    assert "the following arguments are required: --name" in str(error.value)


# import_people --------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path):
    organisations, people = tmp_path / "organisations.csv", tmp_path / "people.csv"
    organisations.write_text(ORGANISATIONS_CSV)
    people.write_text(PEOPLE_CSV)
    return organisations, people


def import_people(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_people", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_imports_people_and_prints_the_counts(db, files, mailoutbox, django_capture_on_commit_callbacks):
    programme = ProgrammeFactory(slug="spring")

    with django_capture_on_commit_callbacks(execute=True):
        out, err = import_people("spring", *files)

    assert out.splitlines() == [
        "organisations: 2 created, 0 updated",
        "people: 3 created, 0 updated, 0 unchanged",
        "enrolments: 3 created",
        "invitations: 3 sent",
    ]
    assert err == ""
    assert len(mailoutbox) == 3  # each new person chooses a password from their invitation
    assert Enrolment.objects.filter(programme=programme, status="approved").count() == 3


def test_it_refuses_an_unknown_programme(db, files):
    with pytest.raises(CommandError) as error:
        import_people("autumn", *files)

    assert error.value.returncode == 2
    assert "unknown programme “autumn”" in str(error.value)


def test_it_refuses_a_missing_file(db, files, tmp_path):
    ProgrammeFactory(slug="spring")

    with pytest.raises(CommandError) as error:
        import_people("spring", files[0], tmp_path / "staff.csv")

    assert error.value.returncode == 2
    assert f"{tmp_path / 'staff.csv'}: no such file" in str(error.value)
    assert not Enrolment.objects.exists()


def test_it_lists_every_problem_on_stderr_and_imports_nothing(db, files):
    ProgrammeFactory(slug="spring")
    organisations, people = files
    people.write_text(
        PEOPLE_CSV.replace("ada@alpha.example", "ada-at-alpha").replace("Europe/Brussels", "Brussels")
    )
    err = StringIO()

    with pytest.raises(CommandError) as error:
        call_command(
            "import_people", "spring", str(organisations), str(people), stdout=StringIO(), stderr=err
        )

    assert error.value.returncode == 2  # bad input, as the README says
    assert error.value.args[0] == "2 problems found; nothing was imported."
    assert err.getvalue().splitlines() == [
        "people.csv, row 2, column email: “ada-at-alpha” is not an email address",
        "people.csv, row 3, column timezone: “Brussels” is not an IANA time zone (e.g. Europe/Amsterdam)",
    ]
    assert not Enrolment.objects.exists()


# The installed console command, in a process of its own ---------------------------------------


def test_the_console_command_uses_database_url_and_reports_bad_input_clearly(tmp_path):
    database = tmp_path / "x.sqlite3"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"CROSSMENTOR_PRODUCTION", "REDIS_URL", "EMAIL_HOST", "SECRET_KEY", "DEBUG"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        CROSSMENTOR_DATA_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="crossmentor.settings",
    )

    def crossmentor(*args):
        return subprocess.run(  # noqa: S603 - our own interpreter and arguments
            [sys.executable, "-m", "crossmentor.cli", *args],
            cwd=django_settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    created = crossmentor("migrate", "--verbosity", "0")
    assert created.returncode == 0, created.stderr
    created = crossmentor("create_programme", "spring-2026", "--name", "Spring", "--exclude-competitors")
    refused = crossmentor("create_programme", "Spring 2026", "--name", "Spring")

    assert created.returncode == 0, created.stderr
    assert "Created programme spring-2026" in created.stdout
    with closing(sqlite3.connect(database)) as connection:
        rows = connection.execute("select slug, exclude_competitors from programmes_programme").fetchall()
    assert rows == [("spring-2026", 1)]
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "CommandError: “Spring 2026” is not a valid SLUG: use lowercase letters, digits and -"
    )
    assert "Traceback" not in refused.stderr
