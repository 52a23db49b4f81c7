"""A coordinator opens their organisation's report and downloads the XLSX; the manager downloads the
steering group's PDF. Screenshots of each page are kept."""

import io

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from core.testing.browser import shot

pytestmark = pytest.mark.browser


def test_a_coordinator_opens_the_organisation_report_and_downloads_the_xlsx(page, login, scene):
    login(scene.personas.coordinator_acme, "/p/regional/reports/")
    expect(page.get_by_role("heading", name="Whole programme")).to_be_visible()
    shot(page, "reports-coordinator-programme")

    page.get_by_role("navigation", name="Report scope").get_by_role("link", name="Acme Logistics").click()
    expect(page.get_by_role("heading", name="Acme Logistics")).to_be_visible()
    expect(page.locator("#funnel table")).to_contain_text("Applied")
    expect(page.locator("#funnel svg.chart")).to_be_visible()
    shot(page, "reports-coordinator-organisation")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download XLSX").click()
    download = download_info.value
    assert download.suggested_filename == "regional-acme-report.xlsx"
    with open(download.path(), "rb") as xlsx:
        workbook = load_workbook(io.BytesIO(xlsx.read()))
    funnel = {row[0]: row[1] for row in workbook["funnel"].iter_rows(min_row=3, values_only=True) if row[0]}
    assert funnel["Applied"] == 9


def test_the_manager_filters_the_report_and_downloads_the_pdf(page, login, scene):
    login(scene.personas.manager, "/p/regional/reports/")
    expect(page.locator("#organisations table")).to_contain_text("Globex Freight")
    shot(page, "reports-manager-programme")

    page.get_by_label("Cohort").fill("2025-Q4")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url("/p/regional/reports/?cohort=2025-Q4&kind=&start=&end=")
    expect(page.locator("#funnel table")).to_contain_text("12")
    shot(page, "reports-manager-filtered")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF for the steering group").click()
    download = download_info.value
    assert download.suggested_filename == "regional-report.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"
