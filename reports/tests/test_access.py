"""Who may open which report, page and API alike: one table per route and persona (404 = not there)."""

import pytest

PAGES = [
    "/p/regional/reports/",
    "/p/regional/reports/funnel.csv",
    "/p/regional/reports/report.xlsx",
    "/p/regional/reports/report.pdf",
]
ACME = [
    "/p/regional/reports/organisation/acme/",
    "/p/regional/reports/organisation/acme/funnel.csv",
    "/p/regional/reports/organisation/acme/report.xlsx",
    "/p/regional/reports/organisation/acme/report.pdf",
]
GLOBEX = [url.replace("/acme/", "/globex/") for url in ACME]
API = [
    "/api/programmes/regional/reports",
    "/api/programmes/regional/reports/funnel.csv",
    "/api/programmes/regional/reports/report.xlsx",
    "/api/programmes/regional/reports/report.pdf",
]
API_ACME = [f"{url}?organisation=acme" for url in API]
API_GLOBEX = [f"{url}?organisation=globex" for url in API]

# (persona, urls, expected status)
TABLE = [
    ("manager", PAGES + ACME + GLOBEX + API + API_ACME + API_GLOBEX, 200),
    ("coordinator_acme", PAGES + ACME + API + API_ACME, 200),
    ("coordinator_acme", GLOBEX + API_GLOBEX, 404),
    ("coordinator_globex", GLOBEX + API_GLOBEX, 200),
    ("coordinator_globex", ACME + API_ACME, 404),
    ("mentee_acme", PAGES + ACME + API + API_ACME, 404),
    ("mentor_globex", PAGES + GLOBEX + API, 404),
    ("applicant_acme", PAGES + ACME + API, 404),
    ("outsider", PAGES + ACME + GLOBEX + API + API_ACME, 404),
]


@pytest.mark.parametrize(
    ("persona", "url", "status"),
    [(persona, url, status) for persona, urls, status in TABLE for url in urls],
)
def test_report_access(client, personas, persona, url, status):
    client.force_login(getattr(personas, persona))

    response = client.get(url)

    assert response.status_code == status


@pytest.mark.parametrize("url", ["/p/leaders/reports/", "/api/programmes/leaders/reports"])
def test_the_manager_of_one_programme_sees_no_report_of_another(client, personas, url):
    client.force_login(personas.manager)

    assert client.get(url).status_code == 404


def test_a_coordinator_of_an_organisation_outside_the_programme_gets_404(client, personas):
    client.force_login(personas.coordinator_globex)

    assert client.get("/p/leaders/reports/").status_code == 404
    assert client.get("/p/leaders/reports/organisation/globex/").status_code == 404


def test_an_anonymous_visitor_is_sent_to_log_in(client, personas):
    response = client.get("/p/regional/reports/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert client.get("/api/programmes/regional/reports").status_code == 401


def test_an_unknown_table_or_organisation_is_404(client, personas):
    client.force_login(personas.manager)

    assert client.get("/p/regional/reports/nothing.csv").status_code == 404
    assert client.get("/p/regional/reports/organisation/nowhere/").status_code == 404
    assert client.get("/api/programmes/regional/reports?organisation=nowhere").status_code == 404


def test_reports_answer_only_get(client, personas):
    client.force_login(personas.manager)

    assert client.post("/p/regional/reports/").status_code == 405
