"""A NUL character anywhere a request carries text is refused with 400 saying where it is.

PostgreSQL can neither store nor compare text holding NUL (0x00): before, a NUL in a filter, a
field or the address reached the database and answered 500. Run this file on PostgreSQL too
(DATABASE_URL=postgres://…), where those 500s were.
"""

import pytest

from relationships.factories import MentorshipFactory


@pytest.fixture
def mentorship(personas):
    return MentorshipFactory(
        mentor=personas.enrolments["mentor_initech"], mentee=personas.enrolments["mentee_acme"]
    )


def _refused(response, where: str, *, api: bool) -> None:
    assert response.status_code == 400, response.content[:300]
    text = response.json()["detail"] if api else response.content.decode()
    assert "NUL" in text and where in text


def test_a_nul_in_an_api_filter_is_refused_naming_the_parameter(client, personas):
    client.force_login(personas.manager)

    response = client.get("/api/programmes/regional/enrolments?organisation=ac%00me")

    _refused(response, "organisation", api=True)


def test_a_nul_in_an_api_address_is_refused(client, personas):
    client.force_login(personas.manager)

    response = client.get("/api/programmes/regio%00nal/enrolments")

    _refused(response, "address", api=True)


def test_a_nul_in_a_json_field_is_refused_naming_the_field(client, mentorship):
    client.force_login(mentorship.mentee.user)
    goal = {
        "title": "Speak at\u0000 the conference",
        "specific": "A talk.",
        "measurable": "Given.",
        "achievable": "Yes.",
        "relevant": "Yes.",
        "due_on": "2031-01-31",
    }

    response = client.post(
        f"/api/programmes/regional/mentorships/{mentorship.public_id}/goals",
        goal,
        content_type="application/json",
    )

    _refused(response, "title", api=True)
    assert not mentorship.goals.exists()


def test_a_nul_deep_in_a_json_body_is_refused_naming_where(client, personas):
    client.force_login(personas.manager)

    response = client.post(
        "/api/programmes/regional/invitations",
        {"organisation": "acme", "emails": ["ok@acme.example", "x\u0000@acme.example"]},
        content_type="application/json",
    )

    _refused(response, "emails.1", api=True)


def test_a_nul_in_a_page_filter_is_refused_on_a_page_saying_so(client, personas):
    client.force_login(personas.manager)

    response = client.get("/p/regional/enrolments/?q=ann%00")

    _refused(response, "q", api=False)
    assert response["Content-Type"].startswith("text/html")


def test_a_nul_in_a_posted_form_is_refused(client, personas):
    response = client.post("/accounts/login/", {"username": "mia\x00@host.example", "password": "x"})

    _refused(response, "username", api=False)


def test_a_nul_in_the_session_cookie_is_refused_without_looking_the_session_up(client, personas):
    client.cookies["sessionid"] = "abcdefgh\x00ijklmnop"

    response = client.get("/")

    _refused(response, "sessionid", api=False)


def test_text_without_nul_goes_through(client, personas):
    client.force_login(personas.manager)

    response = client.get("/api/programmes/regional/enrolments?organisation=acme")

    assert response.status_code == 200


PEOPLE_CSV = (
    "email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone\n"
    "zed@acme.example,Zed Acme,acme,NL,en,mentor,negotiation,,1,3,Europe/Amsterdam\n"
    "zoe@acme.example,Zo\x00e Acme,acme,NL,en,mentor,negotiation,,1,3,Europe/Amsterdam\n"
)


def test_a_nul_in_an_imported_csv_is_a_problem_of_its_row_and_nothing_is_imported(personas):
    from accounts.models import User
    from programmes.importer import ImportFailed, people_import

    with pytest.raises(ImportFailed) as failed:
        people_import(programme=personas.regional, people_data=PEOPLE_CSV.encode(), invite=False)

    [problem] = failed.value.problems
    assert (problem.file, problem.row) == ("people.csv", 3)
    assert "NUL" in problem.message
    assert not User.objects.filter(email__endswith="acme.example", name__startswith="Z").exists()


def test_a_nul_in_a_framework_csv_is_a_problem_of_its_row(personas):
    from evaluation.services import FrameworkImportFailed, framework_get_or_create, framework_import_csv

    framework = framework_get_or_create(programme=personas.regional)
    content = "slug,name,description,level_1,level_2,level_3,level_4,level_5\nlead,Le\x00ad,,a,b,c,d,e\n"

    with pytest.raises(FrameworkImportFailed) as failed:
        framework_import_csv(framework=framework, content=content.encode())

    [problem] = failed.value.problems
    assert problem.row == 2 and "NUL" in problem.message
