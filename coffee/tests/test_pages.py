"""The coffee app's pages: what each person sees and does."""

from datetime import UTC, datetime

from django.template import Context, Template

from coffee.models import CoffeeOptIn, CoffeeRound, CoffeeSettings
from core.factories import ProgrammeFactory, UserFactory, enrol, join
from programmes.models import Competence
from relationships.models import Mentorship


def test_a_participant_opts_in_and_out_on_their_page(client, personas, coffee):
    client.force_login(personas.applicant_acme)  # not approved yet: refused with the reason
    client.post("/p/regional/coffee/", {"active": "1"})
    assert not CoffeeOptIn.objects.filter(enrolment=personas.enrolments["applicant_acme"]).exists()

    client.force_login(personas.mentee_acme)
    response = client.post("/p/regional/coffee/", {"active": "0"}, follow=True)

    assert "You are out" in response.content.decode()
    assert not CoffeeOptIn.objects.get(enrolment=personas.enrolments["mentee_acme"]).active


def test_the_manager_runs_a_round_and_participants_see_their_pairing(client, personas, coffee):
    client.force_login(personas.manager)
    response = client.post("/p/regional/coffee/run/", follow=True)

    coffee_round = CoffeeRound.objects.get()
    assert response.redirect_chain[-1][0] == f"/p/regional/coffee/rounds/{coffee_round.public_id}/"
    assert "Coffee round 1" in response.content.decode()

    pair = coffee_round.pairs.get(people=personas.enrolments["mentee_acme"])
    partner = pair.people.exclude(pk=personas.enrolments["mentee_acme"].pk).get()
    client.force_login(personas.mentee_acme)
    home = client.get("/p/regional/coffee/").content.decode()
    detail = client.get(f"/p/regional/coffee/pairs/{pair.public_id}/").content.decode()

    assert partner.user.name in home
    assert partner.user.name in detail and "Suggested time" in detail


def test_running_a_round_without_enough_participants_says_why(client, personas):
    CoffeeSettings.objects.create(programme=personas.regional)
    client.force_login(personas.manager)

    response = client.post("/p/regional/coffee/run/", follow=True)

    assert "At least two participants" in response.content.decode()


def test_the_manager_sets_the_cadence(client, personas, coffee):
    client.force_login(personas.manager)

    client.post("/p/regional/coffee/manage/", {"enabled": "on", "cadence": "fortnightly"})

    coffee.refresh_from_db()
    assert coffee.cadence == "fortnightly" and not coffee.automatic


def test_the_reverse_page_suggests_the_digital_competences_and_saves_the_choice(client, personas):
    client.force_login(personas.manager)
    page = client.get("/p/regional/reverse/").content.decode()

    assert "Reverse mentor: the junior who teaches" in page and "Senior learner" in page
    assert 'value="social-media-personal-branding" checked' in page
    assert 'value="leading-teams" checked' not in page

    client.post("/p/regional/reverse/", {"competences": ["ai-tools", "e-reputation"]})

    personas.regional.refresh_from_db()
    assert personas.regional.reverse_competences == ["ai-tools", "e-reputation"]


def test_the_reverse_page_refuses_an_unknown_competence(client, personas):
    client.force_login(personas.manager)

    response = client.post("/p/regional/reverse/", {"competences": ["juggling"]})

    assert "juggling" in response.content.decode()
    personas.regional.refresh_from_db()
    assert personas.regional.reverse_competences == []


def test_the_role_tags_name_reverse_mentoring_roles_plainly(personas):
    personas.regional.reverse_competences = ["ai-tools"]
    junior = UserFactory(email="junior@initech.example", name="Jun", organisation=personas.initech)
    junior_enrolment = enrol(junior, personas.regional, "mentor", offers=("ai-tools",))
    reverse = ProgrammeFactory(slug="reverse", kind="reverse")
    template = Template(
        "{% load roles %}{% role_name enrolment programme %} / {% role_label 'mentee' programme %}"
    )

    mixed = template.render(Context({"enrolment": junior_enrolment, "programme": personas.regional}))
    classic = template.render(
        Context({"enrolment": personas.enrolments["mentor_acme"], "programme": personas.regional})
    )
    plain = template.render(Context({"enrolment": personas.enrolments["mentor_acme"], "programme": reverse}))

    assert mixed == "Reverse mentor: the junior who teaches / Mentee"
    assert classic == "Mentor / Mentee"
    assert plain == "Reverse mentor: the junior who teaches / Senior learner"


def test_the_manager_confirms_a_two_way_pair_on_the_page(client, personas):
    programme = ProgrammeFactory(slug="swap", kind="two-way")
    join(programme, personas.acme, personas.initech)
    programme.managers.add(personas.manager)
    Competence.objects.get_or_create(slug="data-literacy")
    ana = enrol(
        UserFactory(email="ana@acme.example", name="Ana", organisation=personas.acme),
        programme,
        "both",
        offers=("data-literacy",),
        needs=("leading-teams",),
    )
    ben = enrol(
        UserFactory(email="ben@initech.example", name="Ben", organisation=personas.initech),
        programme,
        "both",
        offers=("leading-teams",),
        needs=("data-literacy",),
    )
    client.force_login(personas.manager)

    page = client.get("/p/swap/two-way/").content.decode()
    assert "Ana" in page and "Ben" in page and "Offers this competence" in page

    client.post("/p/swap/two-way/", {"pair": [f"{ana.public_id}:{ben.public_id}"]})

    mentorship = Mentorship.objects.get(programme=programme)
    assert mentorship.mutual and {mentorship.mentor, mentorship.mentee} == {ana, ben}


def test_through_the_api_a_participant_opts_in_the_manager_runs_a_round_and_both_see_it(
    client, personas, coffee
):
    client.force_login(personas.mentee_acme)
    assert client.put(
        "/api/programmes/regional/coffee/opt-in", {"opted_in": False}, content_type="application/json"
    ).json() == {"opted_in": False}
    client.put("/api/programmes/regional/coffee/opt-in", {"opted_in": True}, content_type="application/json")

    client.force_login(personas.manager)
    created = client.post("/api/programmes/regional/coffee/rounds")
    rounds = client.get("/api/programmes/regional/coffee/rounds").json()

    assert created.status_code == 201 and created.json()["pairs"] == 3
    assert [r["number"] for r in rounds] == [1]
    client.force_login(personas.mentee_acme)
    [mine] = client.get("/api/programmes/regional/coffee/pairings").json()
    names = {p["name"] for p in mine["people"]}
    assert "Mentee Acme Logistics" in names and len(names) == 2
    assert mine["window_start"] is not None


def test_the_api_refuses_a_round_with_too_few_participants_with_a_clear_message(client, personas):
    CoffeeSettings.objects.create(programme=personas.regional)
    client.force_login(personas.manager)

    response = client.post("/api/programmes/regional/coffee/rounds")

    assert response.status_code == 400
    assert "At least two participants" in response.json()["detail"]


def test_the_api_sets_the_reverse_competences_and_names_an_unknown_one(client, personas):
    client.force_login(personas.manager)
    url = "/api/programmes/regional/reverse-competences"

    saved = client.put(url, {"competences": ["e-reputation"]}, content_type="application/json")
    refused = client.put(url, {"competences": ["juggling"]}, content_type="application/json")

    assert saved.json()["competences"] == ["e-reputation"]
    assert "data-literacy" in saved.json()["suggested"]
    assert refused.status_code == 400 and "juggling" in refused.json()["detail"]


def test_the_coffee_tab_tag_says_where_virtual_coffee_is_offered(personas):
    template = Template("{% load coffee_tags %}{% coffee_offered programme as offered %}{{ offered }}")
    coffee_kind = ProgrammeFactory(slug="coffee-club", kind="virtual-coffee")

    before = template.render(Context({"programme": personas.regional}))
    CoffeeSettings.objects.create(programme=personas.regional)
    after = template.render(Context({"programme": personas.regional}))

    assert (before, after) == ("False", "True")
    assert template.render(Context({"programme": coffee_kind})) == "True"


def test_the_round_page_says_who_could_not_be_paired_as_wished_and_why(client, personas):
    CoffeeSettings.objects.create(programme=personas.regional)
    from coffee import services

    extra = UserFactory(email="third@acme.example", name="Third Acme", organisation=personas.acme)
    for enrolment in (
        personas.enrolments["mentor_acme"],
        personas.enrolments["mentee_acme"],
        enrol(extra, personas.regional, "mentee"),
        personas.enrolments["mentor_initech"],
    ):
        services.coffee_opt(enrolment=enrolment, active=True)
    coffee_round = services.coffee_round_run(programme=personas.regional, seed=1)
    client.force_login(personas.manager)

    page = client.get(f"/p/regional/coffee/rounds/{coffee_round.public_id}/").content.decode()

    assert [c["reason"] for c in coffee_round.compromises] == ["same_organisation"]
    assert "Could not be paired as wished" in page
    assert "nobody from another organisation was left for them" in page


def test_the_round_page_says_when_someone_had_to_meet_a_competitor(client, personas, coffee):
    from coffee import services

    personas.regional.exclude_competitors = True
    personas.regional.save(update_fields=["exclude_competitors"])
    for name in ("mentee_acme", "mentee_globex", "mentor_initech", "mentee_initech"):
        services.coffee_opt(enrolment=personas.enrolments[name], active=False)
    coffee_round = services.coffee_round_run(programme=personas.regional, seed=1)
    client.force_login(personas.manager)
    url = f"/p/regional/coffee/rounds/{coffee_round.public_id}/"

    page = client.get(url).content.decode()
    dutch = client.get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()

    assert [c["reason"] for c in coffee_round.compromises] == ["competitor"]
    assert "everybody left from another organisation works for a competitor of theirs" in page
    assert "werkt bij een concurrent van hun organisatie" in dutch


def test_coffee_partners_find_each_others_email_on_the_page_in_the_email_and_in_the_api(
    client, personas, coffee_round, mailoutbox
):
    me = personas.enrolments["mentee_acme"]
    pair = coffee_round.pairs.get(people=me)
    partner = pair.people.exclude(pk=me.pk).get()
    client.force_login(personas.mentee_acme)

    detail = client.get(f"/p/regional/coffee/pairs/{pair.public_id}/").content.decode()
    [email] = [m for m in mailoutbox if m.to == [personas.mentee_acme.email]]
    [mine] = client.get("/api/programmes/regional/coffee/pairings").json()

    assert f'href="mailto:{partner.user.email}"' in detail
    assert partner.user.email in email.body
    assert {p["email"] for p in mine["people"]} == {partner.user.email, personas.mentee_acme.email}


def test_both_people_of_a_two_way_pair_see_both_roles_and_both_needs(client, personas):
    programme = ProgrammeFactory(slug="swap", kind="two-way")
    join(programme, personas.acme, personas.initech)
    programme.managers.add(personas.manager)
    Competence.objects.update_or_create(slug="data-literacy", defaults={"names": {"en": "Data literacy"}})
    Competence.objects.update_or_create(slug="leading-teams", defaults={"names": {"en": "Leading teams"}})
    ana = enrol(
        UserFactory(email="ana@acme.example", name="Ana", organisation=personas.acme),
        programme,
        "both",
        offers=("data-literacy",),
        needs=("leading-teams",),
    )
    ben = enrol(
        UserFactory(email="ben@initech.example", name="Ben", organisation=personas.initech),
        programme,
        "both",
        offers=("leading-teams",),
        needs=("data-literacy",),
    )
    client.force_login(personas.manager)
    client.post("/p/swap/two-way/", {"pair": [f"{ana.public_id}:{ben.public_id}"]})
    mentorship = Mentorship.objects.get(programme=programme)

    for person, other, teaches, learns in (
        (ana, "Ben", "Data literacy", "Leading teams"),
        (ben, "Ana", "Leading teams", "Data literacy"),
    ):
        client.force_login(person.user)
        detail = client.get(f"/p/swap/mentorships/{mentorship.public_id}/").content.decode()
        listing = client.get("/p/swap/mentorships/").content.decode()
        [api] = client.get("/api/programmes/swap/mentorships").json()
        for page in (detail, listing):
            assert f"You mentor {other} in {teaches}" in page
            assert f"{other} mentors you in {learns}" in page
        assert api["mutual"] is True
        assert {api["need"], api["reverse_need"]} == {"data-literacy", "leading-teams"}


def test_the_round_page_shows_suggested_times_in_the_managers_own_zone(client, personas, coffee_round):
    pair = coffee_round.pairs.first()
    pair.window_start = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    pair.window_end = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    pair.save(update_fields=["window_start", "window_end"])
    personas.manager.profile.timezone = "Europe/Madrid"
    personas.manager.profile.save()
    client.force_login(personas.manager)

    page = client.get(f"/p/regional/coffee/rounds/{coffee_round.public_id}/").content.decode()

    assert "Suggested time (Europe/Madrid)" in page
    assert "Tuesday 10 March, 09:00–10:30" in page
    assert "UTC" not in page
