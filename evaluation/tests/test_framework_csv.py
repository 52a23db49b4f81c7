import csv
import io

import pytest

from evaluation import services
from evaluation.models import Assessment, Framework
from evaluation.services import FrameworkImportFailed

HEADER = "slug,name,description,level_1,level_2,level_3,level_4,level_5\n"
GOOD = (
    HEADER
    + "negotiation,Negotiation,Reaching good agreements,"
    + "Avoids it,Prepares,Finds win-wins,Leads deals,Teaches it\n"
    + 'storytelling,Storytelling,"Moving people, with stories",'
    + "Reads,Tries,Tells well,Inspires,Shapes culture\n"
)


def _problems(framework, content) -> list[tuple[int, str]]:
    with pytest.raises(FrameworkImportFailed) as failure:
        services.framework_import_csv(framework=framework, content=content)
    return [(problem.row, problem.column) for problem in failure.value.problems]


def test_a_good_csv_replaces_the_framework_by_the_programmes_own(framework):
    count = services.framework_import_csv(framework=framework, content=GOOD.encode())
    framework.refresh_from_db()
    assert count == 2 and framework.source == Framework.Source.CUSTOM
    assert [c.slug for c in framework.competences.all()] == ["negotiation", "storytelling"]
    storytelling = framework.competences.get(slug="storytelling")
    assert storytelling.summary == "Moving people, with stories"
    assert storytelling.level_texts == ["Reads", "Tries", "Tells well", "Inspires", "Shapes culture"]


def test_uploading_the_same_csv_twice_changes_nothing(framework):
    services.framework_import_csv(framework=framework, content=GOOD)
    ids = list(framework.competences.values_list("pk", "slug", "name"))
    services.framework_import_csv(framework=framework, content=GOOD)
    assert list(framework.competences.values_list("pk", "slug", "name")) == ids


def test_a_missing_column_is_named_and_nothing_is_written(framework):
    content = "slug,name,description,level_1,level_2,level_3,level_4\nx,X,,a,b,c,d\n"
    assert _problems(framework, content) == [(1, "level_5")]
    assert Framework.objects.get(pk=framework.pk).is_builtin
    assert framework.competences.count() == 15


def test_every_bad_row_is_reported_by_row_and_column_and_nothing_is_written(framework):
    content = (
        HEADER
        + "Bad Slug,Name,,a,b,c,d,e\n"  # row 2: slug
        + "ok,,,a,b,c,d,e\n"  # row 3: name
        + "ok,Twice,,a,b,,d,e\n"  # row 4: duplicate slug, empty level_3
        + f"long,{'x' * 121},,a,b,c,d,e\n"  # row 5: name too long
    )
    assert _problems(framework, content) == [
        (2, "slug"),
        (3, "name"),
        (4, "slug"),
        (4, "level_3"),
        (5, "name"),
    ]
    assert framework.competences.count() == 15 and Framework.objects.get(pk=framework.pk).is_builtin


def test_the_problem_message_names_the_duplicate_row(framework):
    content = HEADER + "a,A,,1,2,3,4,5\na,B,,1,2,3,4,5\n"
    with pytest.raises(FrameworkImportFailed) as failure:
        services.framework_import_csv(framework=framework, content=content)
    assert str(failure.value.problems[0]) == "row 3, column slug: “a” is also in row 2"
    assert failure.value.message == "1 problem found; nothing was changed."


def test_an_empty_file_and_a_non_utf8_file_are_refused(framework):
    assert _problems(framework, HEADER) == [(2, "slug")]
    assert _problems(framework, "slug,name\n".encode("utf-16")) == [(1, "-")]


def test_a_row_with_more_values_than_the_header_is_refused(framework):
    assert _problems(framework, HEADER + "a,A,,1,2,3,4,5,extra\n") == [(2, "-")]


def test_an_assessed_competence_cannot_be_dropped_by_an_upload(personas, framework):
    services.framework_import_csv(framework=framework, content=GOOD)
    Assessment.objects.create(
        programme=personas.regional,
        enrolment=personas.enrolments["mentee_acme"],
        competence=framework.competences.get(slug="negotiation"),
        phase="start",
        level=2,
    )
    content = HEADER + "storytelling,Storytelling,,a,b,c,d,e\n"
    assert _problems(framework, content) == [(3, "slug")]
    assert framework.competences.filter(slug="negotiation").exists()


def test_the_downloaded_framework_cannot_run_formulas_and_uploads_back_unchanged(client, personas, framework):
    formula = '=HYPERLINK("https://evil.example","Open")'
    content = HEADER + f'negotiation,"{formula.replace(chr(34), chr(34) * 2)}",-Lead deals,a,b,c,d,@e\n'
    services.framework_import_csv(framework=framework, content=content)
    client.force_login(personas.manager)

    download = client.get("/p/regional/evaluation/framework.csv").content.decode()

    row = list(csv.DictReader(io.StringIO(download)))[0]
    assert (row["name"], row["description"], row["level_5"]) == ("'" + formula, "'-Lead deals", "'@e")
    services.framework_import_csv(framework=framework, content=download)
    negotiation = framework.competences.get(slug="negotiation")
    assert (negotiation.name, negotiation.summary) == (formula, "-Lead deals")
    assert negotiation.level_texts[-1] == "@e"
