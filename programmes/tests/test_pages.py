"""Programme pages through the test client, with the suite's personas."""

import re
from datetime import UTC, datetime

import pytest

from core.factories import UserFactory, competence, enrol
from programmes.models import Enrolment


def approve_url(enrolment) -> str:
    return f"/p/{enrolment.programme.slug}/enrolments/{enrolment.public_id}/approve/"


def organisation_row(html: str, name: str) -> str:
    """The <tr> of the organisations table that names this organisation."""
    rows = [row for row in re.findall(r"<tr>(.*?)</tr>", html, re.S) if f"<td>{name}" in row]
    assert len(rows) == 1, rows
    return re.sub(r"\s+", " ", rows[0])


# Approving ------------------------------------------------------------------------------------


def test_a_coordinator_approves_an_applicant(client, personas):
    application = personas.enrolments["applicant_acme"]
    client.force_login(personas.coordinator_acme)

    response = client.post(approve_url(application))

    assert response.status_code == 302
    assert response["Location"] == f"/p/regional/enrolments/{application.public_id}/"
    application.refresh_from_db()
    assert (application.status, application.decided_by) == ("approved", personas.coordinator_acme)


def test_an_htmx_approval_answers_with_the_updated_row(client, personas):
    application = personas.enrolments["applicant_acme"]
    client.force_login(personas.coordinator_acme)

    response = client.post(approve_url(application), HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith(f'<tr id="enrolment-{application.public_id}">')
    assert "<html" not in html
    assert '<span class="badge status-approved">Approved</span>' in html
    assert "hx-post" not in html  # no more buttons once decided
    application.refresh_from_db()
    assert application.status == "approved"


def test_approving_twice_shows_an_error_and_changes_nothing(client, personas):
    application = personas.enrolments["applicant_acme"]
    client.force_login(personas.coordinator_acme)
    client.post(approve_url(application))

    response = client.post(approve_url(application), follow=True)

    assert "Cannot approve an enrolment that is approved." in response.content.decode()


def test_a_coordinator_cannot_approve_their_own_application(client, personas):
    own = enrol(personas.coordinator_acme, personas.regional, "mentor", status="applied")
    client.force_login(personas.coordinator_acme)

    response = client.post(approve_url(own))

    assert response.status_code == 404
    own.refresh_from_db()
    assert own.status == "applied"


def test_a_coordinator_cannot_approve_an_applicant_of_another_organisation(client, personas):
    application = personas.enrolments["applicant_acme"]
    client.force_login(personas.coordinator_globex)

    assert client.post(approve_url(application)).status_code == 404
    application.refresh_from_db()
    assert application.status == "applied"


def test_approving_says_who_now_takes_part(client, personas):
    client.force_login(personas.coordinator_acme)

    response = client.post(approve_url(personas.enrolments["applicant_acme"]), follow=True)

    assert "Ann Applicant is approved and takes part in Regional Crossings." in response.content.decode()


def test_rejecting_says_whose_enrolment_was_rejected(client, personas):
    application = personas.enrolments["applicant_acme"]
    client.force_login(personas.coordinator_acme)

    response = client.post(approve_url(application).replace("approve", "reject"), follow=True)

    assert "The enrolment of Ann Applicant is rejected." in response.content.decode()
    application.refresh_from_db()
    assert application.status == "rejected"


def test_an_htmx_decision_brings_its_message_along_with_the_row(client, personas):
    client.force_login(personas.coordinator_acme)

    response = client.post(approve_url(personas.enrolments["applicant_acme"]), HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert '<div id="messages" role="status" hx-swap-oob="innerHTML">' in html
    assert "Ann Applicant is approved" in html
    # Shown once: the next page does not repeat it.
    assert "Ann Applicant is approved" not in client.get("/p/regional/enrolments/").content.decode()


def test_approving_needs_a_post(client, personas):
    client.force_login(personas.coordinator_acme)

    assert client.get(approve_url(personas.enrolments["applicant_acme"])).status_code == 405


# Enrolling ------------------------------------------------------------------------------------


def test_a_person_enrols_with_their_needs(client, personas):
    personas.regional.open_for_applications = True
    personas.regional.save()
    newcomer = UserFactory(email="newcomer@acme.example", organisation=personas.acme)
    speaking, networking = competence("public-speaking"), competence("networking")
    client.force_login(newcomer)
    assert client.get("/p/regional/enrol/").status_code == 200

    response = client.post(
        "/p/regional/enrol/",
        {
            "role": "mentee",
            "motivation": "Grow as a speaker",
            "need_0_competence": speaking.pk,
            "need_0_function": "skills-mentoring",
            "need_0_context": "I present to the board in May",
            "need_1_competence": networking.pk,
            "need_1_function": "",
            "need_1_context": "",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/p/regional/"
    enrolment = Enrolment.objects.get(user=newcomer, programme=personas.regional)
    assert (enrolment.status, enrolment.role, enrolment.organisation) == ("applied", "mentee", personas.acme)
    assert [(n.competence, n.function, n.context) for n in enrolment.needs.all()] == [
        (speaking, "skills-mentoring", "I present to the board in May"),
        (networking, "professional-mentoring", ""),
    ]


def test_the_enrol_page_refuses_a_mentee_without_needs(client, personas):
    personas.regional.open_for_applications = True
    personas.regional.save()
    newcomer = UserFactory(email="newcomer@acme.example", organisation=personas.acme)
    client.force_login(newcomer)

    response = client.post("/p/regional/enrol/", {"role": "mentee"})

    assert response.status_code == 200
    assert "As a mentee, state at least one need." in response.content.decode()
    assert not Enrolment.objects.filter(user=newcomer).exists()


def test_the_enrol_page_is_hidden_from_someone_who_may_not_apply(client, personas):
    newcomer = UserFactory(email="newcomer@acme.example", organisation=personas.acme)
    client.force_login(newcomer)  # regional is not open and newcomer is not invited

    assert client.post("/p/regional/enrol/", {"role": "mentee"}).status_code == 404
    assert not Enrolment.objects.filter(user=newcomer).exists()


# What a coordinator sees of other organisations -----------------------------------------------


def test_a_coordinator_sees_small_counts_of_other_organisations_suppressed(client, personas):
    client.force_login(personas.coordinator_globex)

    html = client.get("/p/regional/organisations/").content.decode()

    acme = organisation_row(html, "Acme Logistics")  # 3 enrolments
    assert "fewer than 5" in acme
    assert "aggregate only" in acme
    assert not re.search(r"<td>\d+</td>", acme)


def test_the_own_organisations_small_counts_read_fewer_than_5_too(client, personas):
    # Globex: a mentor and a mentee, both approved. One rule for every figure, whoever reads it.
    client.force_login(personas.coordinator_globex)

    own = organisation_row(client.get("/p/regional/organisations/").content.decode(), "Globex Freight")

    assert "yours" in own
    assert not re.search(r"<td>\d+</td>", own)
    assert own.count("fewer than 5") == 4


def test_a_coordinator_sees_only_the_total_of_a_large_enough_other_organisation(client, personas):
    for _ in range(2):
        enrol(UserFactory(organisation=personas.acme), personas.regional, status="applied")
    client.force_login(personas.coordinator_globex)

    html = client.get("/p/regional/organisations/").content.decode()

    acme = organisation_row(html, "Acme Logistics")  # now 5 enrolments
    assert "fewer than 5" not in acme
    assert re.findall(r"<td>(\d+)</td>", acme) == ["5"]


def test_the_manager_sees_every_count_of_five_or_more(client, personas):
    for status in ("applied", "approved", "active"):
        for _ in range(5):
            enrol(UserFactory(organisation=personas.acme), personas.regional, status=status)
    client.force_login(personas.manager)

    html = client.get("/p/regional/organisations/").content.decode()

    # Acme: 6 applied, 7 approved, 5 active, 18 in all; nobody rejected, withdrawn or alumni. The
    # total minus 6 and 7 would say that those are none, so the smallest part goes with them.
    acme = organisation_row(html, "Acme Logistics")
    assert re.findall(r"<td>(\d+|<span[^<]*</span>)</td>", acme) == [
        "6",
        "7",
        '<span class="muted">fewer than 5</span>',
        "18",
    ]
    assert "<td>2</td>" not in organisation_row(html, "Globex Freight")


def test_the_api_gives_no_count_under_five_to_anyone(client, personas):
    for role in ("manager", "coordinator_acme", "coordinator_globex"):
        client.force_login(getattr(personas, role))

        rows = client.get("/api/programmes/regional/organisations").json()

        shown = [n for row in rows for n in row["counts"].values() if n is not None]
        assert shown == [], role


def test_a_total_and_the_other_parts_never_give_a_small_part_away(client, personas):
    # Acme: 1 applied (the applicant), 2 approved + 5 more, and 5 active: 13 in all. With the
    # total, approved and active shown, 13 - 7 - 5 would give the 1 applicant away.
    for status, number in (("approved", 5), ("active", 5)):
        for _ in range(number):
            enrol(UserFactory(organisation=personas.acme), personas.regional, status=status)
    client.force_login(personas.coordinator_acme)

    rows = {row["organisation"]: row for row in client.get("/api/programmes/regional/organisations").json()}

    counts = rows["acme"]["counts"]
    assert counts["total"] == 13 and counts["approved"] == 7
    assert counts["applied"] is None and counts["active"] is None


# Time zones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("Europe/Amsterdam", "Wednesday 11 March 2026, 00:30"),
        ("America/New_York", "Tuesday 10 March 2026, 19:30"),
        ("UTC", "Tuesday 10 March 2026, 23:30"),
    ],
)
def test_dates_are_shown_in_the_time_zone_of_the_viewer(client, personas, zone, shown):
    application = personas.enrolments["applicant_acme"]
    Enrolment.objects.filter(pk=application.pk).update(created_at=datetime(2026, 3, 10, 23, 30, tzinfo=UTC))
    personas.coordinator_acme.profile.timezone = zone
    personas.coordinator_acme.profile.save()
    client.force_login(personas.coordinator_acme)

    response = client.get(f"/p/regional/enrolments/{application.public_id}/")

    assert f"enrolled {shown}" in response.content.decode()


def test_a_broken_profile_time_zone_falls_back_to_utc(client, personas):
    application = personas.enrolments["applicant_acme"]
    Enrolment.objects.filter(pk=application.pk).update(created_at=datetime(2026, 3, 10, 23, 30, tzinfo=UTC))
    personas.coordinator_acme.profile.timezone = "Mars/Olympus"
    personas.coordinator_acme.profile.save()
    client.force_login(personas.coordinator_acme)

    response = client.get(f"/p/regional/enrolments/{application.public_id}/")

    assert "enrolled Tuesday 10 March 2026, 23:30" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "shown"),
    [("nl", "woensdag 11 maart 2026, 00:30"), ("es", "miércoles 11 de marzo de 2026, 00:30")],  # Amsterdam
)
def test_each_language_has_its_own_date_format(client, personas, language, shown):
    application = personas.enrolments["applicant_acme"]
    Enrolment.objects.filter(pk=application.pk).update(created_at=datetime(2026, 3, 10, 23, 30, tzinfo=UTC))
    client.force_login(personas.coordinator_acme)
    client.cookies["django_language"] = language

    response = client.get(f"/p/regional/enrolments/{application.public_id}/")

    assert shown in response.content.decode()
