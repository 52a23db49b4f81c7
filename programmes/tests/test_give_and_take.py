"""Give and take: per organisation, the mentors it contributes and the mentees it sends."""

import re

from core.factories import UserFactory, enrol


def give_and_take_row(html: str, name: str) -> str:
    """The row of the give-and-take table that names this organisation."""
    rows = [row for row in re.findall(r"<tr>(.*?)</tr>", html, re.S) if f'<th scope="row">{name}' in row]
    assert len(rows) == 1, rows
    return re.sub(r"\s+", " ", rows[0])


def add(personas, organisation, role, number, status="approved"):
    for _ in range(number):
        enrol(UserFactory(organisation=organisation), personas.regional, role, status=status)


def test_another_organisation_sees_the_mentors_an_organisation_contributes_and_the_mentees_it_sends(
    client, personas
):
    # Acme: 1 + 6 mentors, 1 + 5 mentees approved, the applicant and 5 more applied: 19 in all.
    add(personas, personas.acme, "mentor", 6)
    add(personas, personas.acme, "mentee", 5)
    add(personas, personas.acme, "mentee", 5, status="applied")
    client.force_login(personas.coordinator_globex)

    rows = {row["organisation"]: row for row in client.get("/api/programmes/regional/organisations").json()}
    html = give_and_take_row(client.get("/p/regional/organisations/").content.decode(), "Acme Logistics")

    assert rows["acme"]["counts"]["mentors"] == 7
    assert rows["acme"]["counts"]["mentees"] == 6
    assert "applied" not in rows["acme"]["counts"]
    assert re.findall(r"<td>(\d+)</td>", html) == ["7", "6"]


def test_a_small_give_or_take_reads_fewer_than_5_for_everyone(client, personas):
    add(personas, personas.acme, "mentor", 6)  # Acme: 7 mentors, 1 mentee, 13 in all
    add(personas, personas.acme, "mentee", 4, status="applied")
    for role in ("manager", "coordinator_acme", "coordinator_globex"):
        client.force_login(getattr(personas, role))

        counts = {r["organisation"]: r for r in client.get("/api/programmes/regional/organisations").json()}[
            "acme"
        ]["counts"]

        assert counts["mentors"] == 7, role
        assert counts["mentees"] is None, role


def test_a_give_or_take_is_withheld_when_the_total_would_give_the_rest_away(client, personas):
    # Acme: 1 + 5 mentors, 1 mentee, 1 applicant: 8 in all; 8 - 6 mentors would say 2 are not mentors.
    add(personas, personas.acme, "mentor", 5)
    client.force_login(personas.coordinator_globex)

    counts = {r["organisation"]: r for r in client.get("/api/programmes/regional/organisations").json()}[
        "acme"
    ]["counts"]

    assert counts["total"] == 8
    assert counts["mentors"] is None


def test_a_person_who_is_mentor_and_mentee_counts_on_both_sides(client, personas):
    add(personas, personas.initech, "both", 5)
    add(personas, personas.initech, "mentor", 4)
    add(personas, personas.initech, "mentee", 4)
    client.force_login(personas.manager)

    counts = {r["organisation"]: r for r in client.get("/api/programmes/regional/organisations").json()}[
        "initech"
    ]["counts"]

    assert (counts["mentors"], counts["mentees"], counts["total"]) == (10, 10, 15)
