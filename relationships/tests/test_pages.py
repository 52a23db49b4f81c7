"""Request and mentorship pages through the test client."""

from relationships.models import CheckIn, ClosingFeedback, Mentorship, Message, Request

from .helpers import agree, ask


def test_recommendations_offer_to_request_the_mentor(client, people):
    client.force_login(people.mentee_initech)

    page = client.get("/p/regional/recommendations/").content.decode()

    assert f"/p/regional/requests/new/?mentor={people.mentor_acme.public_id}" in page


def test_recommendations_do_not_offer_requests_when_the_manager_matches(client, personas):
    client.force_login(personas.mentee_initech)

    assert "/requests/new/" not in client.get("/p/regional/recommendations/").content.decode()


def test_a_mentee_sends_a_request_from_the_form(client, people):
    client.force_login(people.mentee_initech)
    need = people.enrolments["mentee_initech"].needs.first()

    response = client.post(
        "/p/regional/requests/new/",
        {"mentor": str(people.mentor_acme.public_id), "need": str(need.public_id), "message": "Please?"},
    )

    assert response.status_code == 302
    assert Request.objects.get().mentor == people.enrolments["mentor_acme"]


def test_the_request_form_shows_why_a_request_is_refused(client, people):
    client.force_login(people.mentee_acme)
    need = people.enrolments["mentee_acme"].needs.first()

    response = client.post(
        "/p/regional/requests/new/",
        {"mentor": str(people.mentor_globex.public_id), "need": str(need.public_id), "message": "Please?"},
    )

    assert response.status_code == 200
    assert "does not pair people of competing organisations" in response.content.decode()
    assert not Request.objects.exists()


def test_the_request_form_names_a_missing_message(client, people):
    client.force_login(people.mentee_initech)
    need = people.enrolments["mentee_initech"].needs.first()

    response = client.post(
        "/p/regional/requests/new/",
        {"mentor": str(people.mentor_acme.public_id), "need": str(need.public_id)},
    )

    assert "Write a short message" in response.content.decode()


def test_the_mentor_accepts_on_the_requests_page_and_lands_on_the_agreement(client, people):
    request = ask(people)
    client.force_login(people.mentor_acme)
    assert request.message in client.get("/p/regional/requests/").content.decode()

    response = client.post(f"/p/regional/requests/{request.public_id}/accept/")

    mentorship = Mentorship.objects.get()
    assert response["Location"] == f"/p/regional/mentorships/{mentorship.public_id}/agreement/"


def test_both_sign_on_the_agreement_page(client, people):
    mentorship = ask(people)
    client.force_login(people.mentor_acme)
    client.post(f"/p/regional/requests/{mentorship.public_id}/accept/")
    mentorship = Mentorship.objects.get()
    base = f"/p/regional/mentorships/{mentorship.public_id}"
    terms = {"confidentiality": "on", "frequency": "monthly", "mode": "both"}
    for user in (people.mentor_acme, people.mentee_initech):
        client.force_login(user)
        client.post(f"{base}/agreement/", {**terms, "expectations": f"{user.name}'s hopes"})
    for user in (people.mentor_acme, people.mentee_initech):
        client.force_login(user)
        client.post(f"{base}/agreement/sign/")

    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ACTIVE
    assert "Signed by both of you" in client.get(f"{base}/").content.decode()


def test_an_htmx_message_answers_with_the_thread(client, people):
    from relationships import services

    mentorship = services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"])
    client.force_login(people.mentee_initech)

    response = client.post(
        f"/p/regional/mentorships/{mentorship.public_id}/messages/",
        {"body": "See you Tuesday"},
        HTTP_HX_REQUEST="true",
    )

    body = response.content.decode()
    assert body.startswith('<div id="thread"') and "See you Tuesday" in body
    assert Message.objects.get().author == people.mentee_initech


def test_check_in_close_and_feedback_pages(client, people):
    from relationships import services

    mentorship = agree(services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"]))
    base = f"/p/regional/mentorships/{mentorship.public_id}"
    client.force_login(people.mentee_initech)

    client.post(f"{base}/check-ins/", {"satisfaction": "4", "progress": "I gave my first talk"})
    client.post(f"{base}/close/", {"reason": "goals-reached"})
    client.post(f"{base}/feedback/", {"rating": "5", "goals_reached": "on", "feedback": "Great"})

    assert CheckIn.objects.get().satisfaction == 4
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.CLOSED
    assert ClosingFeedback.objects.get().rating == 5
    page = client.get(f"{base}/").content.decode()
    assert "You have given your closing feedback" in page
    assert "I gave my first talk" in client.get(f"{base}/check-ins/").content.decode()


def test_a_coordinator_sees_the_other_sides_organisation_but_not_the_person(client, people):
    mentorship = Mentorship.objects.create(
        programme=people.regional,
        mentor=people.enrolments["mentor_initech"],
        mentee=people.enrolments["mentee_acme"],
        origin=Mentorship.Origin.MANAGER,
        status=Mentorship.Status.ACTIVE,
    )
    client.force_login(people.coordinator_acme)

    for url in ("/p/regional/mentorships/", f"/p/regional/mentorships/{mentorship.public_id}/"):
        page = client.get(url).content.decode()
        assert people.mentee_acme.name in page
        assert people.mentor_initech.name not in page
        assert "Someone from Initech" in page
    health = client.get("/api/programmes/regional/mentorship-health").json()
    assert {row["mentor"] for row in health} == {"Someone from Initech"}

    client.force_login(people.manager)
    assert people.mentor_initech.name in client.get("/p/regional/mentorships/").content.decode()
