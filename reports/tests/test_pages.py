"""Report pages, exports and API over the hand-computed scene (conftest.py)."""

import csv
import io
import re
import zipfile

import pytest
from openpyxl import load_workbook

from reports.selectors import report_build

SECRETS = ("SECRET-PROGRESS", "SECRET-BLOCKER", "SECRET-GOAL", "SECRET-TEXT-ANSWER", "Our plans")


def table_rows(html: str, table_id: str) -> dict[str, list[str]]:
    """Row label -> cells of the report table in the section `table_id`."""
    section = re.search(rf'<section class="card report-section" id="{table_id}">(.*?)</section>', html, re.S)
    assert section, table_id
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", section.group(1), re.S):
        label = re.search(r'<th scope="row">(.*?)</th>', row, re.S)
        if label:
            rows[label.group(1).strip()] = [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    return rows


@pytest.fixture
def as_manager(client, scene):
    client.force_login(scene.personas.manager)
    return client


@pytest.fixture
def as_coordinator(client, scene):
    client.force_login(scene.personas.coordinator_acme)
    return client


def test_the_manager_sees_the_whole_programme_with_charts_and_tables(as_manager):
    html = as_manager.get("/p/regional/reports/").content.decode()

    funnel = table_rows(html, "funnel")
    assert funnel["Applied"] == ["21"]
    assert funnel["Matched"] == ["14"]
    assert funnel["Completed"] == ["fewer than 5"]
    assert html.count('<svg class="chart"') >= 3
    assert "The numbers of this chart are in the table below." in html


def test_the_manager_sees_the_breakdown_per_organisation_small_cells_hidden(as_manager):
    html = as_manager.get("/p/regional/reports/").content.decode()

    rows = table_rows(html, "organisations")
    assert rows["Acme Logistics"][0] == "9"
    assert rows["Initech"][0] == "fewer than 5"  # 8, hidden so that 21 - 9 does not give globex's 4
    assert rows["Globex Freight"] == ["fewer than 5"] * 5
    assert rows["Whole programme"][:3] == ["21", "20", "14"]


def test_a_breakdown_hides_a_second_part_when_the_total_would_reveal_the_first(as_manager):
    html = as_manager.get("/p/regional/reports/").content.decode()

    # Approved: acme 8, globex 4, initech 8 of 20 shown: globex's 4 could be read off the total,
    # so the smallest other part is hidden too.
    approved = [
        cells[1] for label, cells in table_rows(html, "organisations").items() if label != "Whole programme"
    ]
    assert approved.count("fewer than 5") == 2


def test_a_coordinator_sees_the_programme_only_where_the_others_are_five_or_more(as_coordinator, scene):
    html = as_coordinator.get("/p/regional/reports/").content.decode()

    assert 'id="organisations"' not in html
    assert table_rows(html, "funnel")["Applied"] == ["21"]  # 12 outside acme
    # 6 active relationships, 5 of them with someone of acme: the 1 other would show by difference.
    assert table_rows(html, "health")["Active relationships"] == ["fewer than 5"]
    assert "Globex" not in html and "Initech" not in html


def test_the_manager_sees_the_active_relationships_the_coordinator_may_not(as_manager):
    html = as_manager.get("/p/regional/reports/").content.decode()

    assert table_rows(html, "health")["Active relationships"] == ["6"]


def test_a_coordinator_sees_their_own_organisation(as_coordinator):
    html = as_coordinator.get("/p/regional/reports/organisation/acme/").content.decode()

    assert table_rows(html, "funnel")["Applied"] == ["9"]
    assert table_rows(html, "competences")  # the mentees of acme assessed themselves
    assert "Acme Logistics" in html


def test_competence_growth_and_evaluation_show_when_five_answered(as_manager, scene):
    html = as_manager.get("/p/regional/reports/").content.decode()

    growth = table_rows(html, "competences")
    assert growth[scene.first.label] == ["2.0", "3.4", "1.4"]
    assert growth[scene.second.label] == ["fewer than 5"] * 3
    evaluation = next(iter(table_rows(html, "evaluation").values()))
    assert evaluation == ["4.0", "fewer than 5"]


def test_filters_narrow_every_figure_and_name_a_bad_cohort(as_manager):
    html = as_manager.get("/p/regional/reports/?cohort=2025-Q4").content.decode()
    assert table_rows(html, "funnel")["Applied"] == ["12"]

    html = as_manager.get("/p/regional/reports/?cohort=spring").content.decode()
    assert "Write the cohort as a year and a quarter, e.g. 2026-Q1." in html

    html = as_manager.get("/p/regional/reports/?start=2026-06-01&end=2026-01-01").content.decode()
    assert "The period starts after it ends." in html


def test_no_report_shows_notes_messages_or_free_text(as_manager):
    urls = [
        "/p/regional/reports/",
        "/p/regional/reports/organisation/acme/",
        "/api/programmes/regional/reports",
    ]
    urls += [f"/p/regional/reports/{key}.csv" for key in ("funnel", "health", "evaluation", "goals")]
    for url in urls:
        body = as_manager.get(url).content.decode()
        assert not [secret for secret in SECRETS if secret in body], url
    xlsx = as_manager.get("/p/regional/reports/report.xlsx").content
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        text = "".join(archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml"))
    assert not [secret for secret in SECRETS if secret in text]
    pdf = as_manager.get("/p/regional/reports/report.pdf").content
    assert not [secret for secret in SECRETS if secret.encode() in pdf]


def test_a_csv_export_holds_the_table_with_small_groups_hidden(as_manager):
    response = as_manager.get("/p/regional/reports/funnel.csv")

    assert response["Content-Disposition"] == 'attachment; filename="regional-funnel.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Stage", "People"]
    assert ["Applied", "21"] in rows
    assert ["Completed", "fewer than 5"] in rows


def test_the_xlsx_has_a_sheet_per_table_and_hides_small_groups(as_coordinator):
    response = as_coordinator.get("/p/regional/reports/organisation/acme/report.xlsx")

    assert response["Content-Disposition"] == 'attachment; filename="regional-acme-report.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[:3] == ["About", "funnel", "matching"]
    assert "organisations" not in workbook.sheetnames
    funnel = {row[0]: row[1] for row in workbook["funnel"].iter_rows(min_row=3, values_only=True) if row[0]}
    assert funnel["Applied"] == 9
    assert funnel["Completed"] == "fewer than 5"


def test_the_pdf_is_a_multi_page_report_for_the_steering_group(as_manager):
    response = as_manager.get("/p/regional/reports/report.pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response.content.count(b"/Type /Page\n") + response.content.count(b"/Type /Page\r") >= 2 or (
        len(re.findall(rb"/Type /Page[^s]", response.content)) >= 2
    )
    assert b"Regional Crossings" in response.content


def test_the_api_gives_every_table_with_the_same_suppression(as_coordinator):
    body = as_coordinator.get("/api/programmes/regional/reports").json()

    assert body["organisation"] is None
    tables = {table["key"]: table for table in body["tables"]}
    assert "organisations" not in tables
    applied = next(row for row in tables["funnel"]["rows"] if row["key"] == "applied")
    assert applied["figures"] == [{"value": 21.0, "suppressed": False, "display": "21"}]
    assert tables["health"]["total"]["figures"] == [
        {"value": None, "suppressed": True, "display": "fewer than 5"}
    ]


def test_the_api_filters_by_organisation_and_names_a_bad_filter(as_coordinator):
    body = as_coordinator.get(
        "/api/programmes/regional/reports?organisation=acme&kind=skills-mentoring"
    ).json()
    assert (body["organisation"], body["filters"]["kind"]) == ("acme", "skills-mentoring")

    response = as_coordinator.get("/api/programmes/regional/reports?cohort=2026-Q5")
    assert response.status_code == 400
    assert "cohort" in response.json()["detail"]


def test_the_api_exports_csv(as_coordinator):
    response = as_coordinator.get("/api/programmes/regional/reports/health.csv?organisation=acme")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="regional-acme-health.csv"'
    assert "Active relationships,5" in response.content.decode()


def test_a_report_costs_a_fixed_number_of_queries(scene, django_assert_max_num_queries):
    from core.access import programme_access_for
    from reports.filters import Population

    access = programme_access_for(scene.personas.manager, "regional")
    with django_assert_max_num_queries(30):
        report_build(access=access, population=Population(programme=scene.regional))


def test_the_report_speaks_the_viewers_language(as_manager):
    html = as_manager.get("/p/regional/reports/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()

    assert "Aanmeldtrechter" in html
    assert "minder dan 5" in html
