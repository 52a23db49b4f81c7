"""Signing in brings a person back to the page they asked for, query string included."""

from urllib.parse import quote

import pytest
from django.core.cache import cache

from core.factories import PASSWORD

LOGIN = "/accounts/login/"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def login_url_for(path: str) -> str:
    return f"{LOGIN}?next={quote(path, safe='/')}"


def sign_in(client, email, next_path):
    data = {"username": email, "password": PASSWORD, "next": next_path}
    return client.post(LOGIN, data)


@pytest.fixture
def request_page(personas):
    mentor = personas.mentor_globex.public_id
    return f"/p/regional/requests/new/?mentor={mentor}&need=3f2a5b6e-0000-4000-8000-000000000001"


def test_a_programme_page_sends_a_visitor_to_sign_in_with_its_full_path(client, request_page):
    response = client.get(request_page)

    assert response.status_code == 302
    assert response["Location"] == login_url_for(request_page)


def test_signing_in_returns_to_the_page_with_its_query_string(client, personas, request_page):
    login_page = client.get(client.get(request_page)["Location"])
    assert f'value="{request_page.replace("&", "&amp;")}"' in login_page.content.decode()

    response = sign_in(client, "mentee@acme.example", login_page.context["next"])

    assert response.status_code == 302
    assert response["Location"] == request_page
    assert client.get(response["Location"]).status_code == 200


def test_an_organisation_page_keeps_its_query_string(client, personas):
    response = client.get("/o/acme/?tab=people&page=2")

    assert response["Location"] == login_url_for("/o/acme/?tab=people&page=2")


def test_a_page_for_any_signed_in_person_keeps_its_query_string(client, personas):
    response = client.get("/notifications/?page=2&unread=1")

    assert response["Location"] == login_url_for("/notifications/?page=2&unread=1")


def test_an_htmx_request_sends_the_whole_page_to_sign_in_and_back(client, personas):
    page = "/p/regional/enrolments/?status=applied&q=ann"

    response = client.get(
        "/p/regional/enrolments/?status=applied&q=ann&part=rows",
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver{page}",
    )

    assert response.status_code == 200
    assert response.content == b""
    assert response["HX-Redirect"] == login_url_for(page)


def test_an_htmx_post_of_a_page_whose_session_ended_returns_to_that_page(client, personas):
    enrolment = personas.enrolments["applicant_acme"]

    response = client.post(
        f"/p/regional/enrolments/{enrolment.public_id}/approve/",
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/p/regional/enrolments/?status=applied",
    )

    assert response["HX-Redirect"] == login_url_for("/p/regional/enrolments/?status=applied")


def test_an_htmx_request_naming_another_site_as_its_page_signs_in_without_a_next(client, personas):
    response = client.get(
        "/p/regional/enrolments/", HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL="https://evil.example/p/"
    )

    assert response["HX-Redirect"] == LOGIN


@pytest.mark.parametrize(
    "next_path", ["https://evil.example/", "//evil.example/p/regional/", "javascript:alert(1)"]
)
def test_signing_in_never_sends_a_person_to_another_site(client, personas, next_path):
    response = sign_in(client, "mentee@acme.example", next_path)

    assert response.status_code == 302
    assert response["Location"] == "/"


def test_the_login_page_drops_an_unsafe_next(client, personas):
    page = client.get(f"{LOGIN}?next=https://evil.example/")

    assert '<input type="hidden" name="next" value="">' in page.content.decode()
