"""Guides and e-learning pages through the test client, with the suite's personas."""

import re

from learning import content, services
from learning.models import ModuleCompletion

RIGHT = {spec.slug: list(spec.answers) for spec in content.MODULES}


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def answers_form(slug: str, answers: list[int]) -> dict:
    return {f"q{number}": str(answer) for number, answer in enumerate(answers)}


# Guides ----------------------------------------------------------------------------------------------


def test_a_mentee_reads_the_mentee_guide_only(client, personas):
    client.force_login(personas.mentee_globex)

    page = text(client.get("/p/regional/guides/"))

    assert "Mentee guide" in page and "Setting SMART goals" in page
    assert "Mentor guide" not in page


def test_a_mentor_reads_the_mentor_guide_only(client, personas):
    client.force_login(personas.mentor_acme)

    page = text(client.get("/p/regional/guides/"))

    assert "Mentor guide" in page and "Holding a productive mentoring conversation" in page
    assert "Mentee guide" not in page


def test_the_manager_reads_both_guides(client, personas):
    client.force_login(personas.manager)

    page = text(client.get("/p/regional/guides/"))

    assert "Mentor guide" in page and "Mentee guide" in page


def test_the_guide_is_in_the_readers_language(client, personas):
    client.force_login(personas.mentee_globex)

    dutch = text(client.get("/p/regional/guides/", HTTP_ACCEPT_LANGUAGE="nl"))
    spanish = text(client.get("/p/regional/guides/", HTTP_ACCEPT_LANGUAGE="es"))

    assert "Handleiding voor mentees" in dutch and "SMART-doelen stellen" in dutch
    assert "Guía para mentees" in spanish and "Fijar objetivos SMART" in spanish


# The learning page -----------------------------------------------------------------------------------


def test_a_mentee_sees_their_modules_with_what_is_still_required_and_why(client, personas):
    personas.regional.learning_gate = "before-matching"
    personas.regional.save()
    services.module_answer(
        enrolment=personas.enrolments["mentee_globex"],
        module="cross-company-mentoring",
        answers=RIGHT["cross-company-mentoring"],
    )
    client.force_login(personas.mentee_globex)

    page = text(client.get("/p/regional/learning/"))

    assert "before you can be matched with anyone or send a request to a mentor" in page
    still = page.split("Still required")[1].split("My modules")[0]
    assert "Holding a productive mentoring conversation" in still and "Setting SMART goals" in still
    assert "Why cross-company mentoring works" not in still
    assert "Passed on" in page
    assert "Guiding without directing" not in page  # a mentor's module


def test_without_a_gate_the_page_says_required_modules_do_not_hold_up_matching(client, personas):
    client.force_login(personas.mentee_globex)

    page = text(client.get("/p/regional/learning/"))

    assert "They do not hold up matching" in page


def test_once_everything_required_is_passed_the_page_says_so(client, personas):
    for slug in ("cross-company-mentoring", "mentoring-conversation", "smart-goals"):
        services.module_answer(
            enrolment=personas.enrolments["mentee_globex"], module=slug, answers=RIGHT[slug]
        )
    client.force_login(personas.mentee_globex)

    page = text(client.get("/p/regional/learning/"))

    assert "You have completed every required module." in page
    assert "Still required" not in page


def test_a_coordinator_without_an_enrolment_sees_the_programmes_modules_and_their_requirements(
    client, personas
):
    client.force_login(personas.coordinator_acme)

    page = text(client.get("/p/regional/learning/"))

    assert "The programme's modules" in page and "See completion" in page
    assert "Choose required modules" not in page  # the manager's


# A module ---------------------------------------------------------------------------------------------


def test_a_mentee_answers_every_question_right_and_passes(client, personas):
    client.force_login(personas.mentee_globex)
    url = "/p/regional/learning/smart-goals/"
    assert 'name="q0"' in client.get(url).content.decode()

    response = client.post(url, answers_form("smart-goals", RIGHT["smart-goals"]))

    assert response.status_code == 302 and response["Location"] == f"{url}?result=1#result"
    page = text(client.get(f"{url}?result=1"))
    assert "Well done: every answer is right." in page and "You answered 3 of 3 questions right." in page
    assert "Why:" in page and "It is specific (present the quarterly results)" in page
    assert ModuleCompletion.objects.get(enrolment=personas.enrolments["mentee_globex"]).passed


def test_a_wrong_answer_shows_the_explanation_and_invites_a_retry(client, personas):
    client.force_login(personas.mentee_globex)
    url = "/p/regional/learning/smart-goals/"
    answers = list(RIGHT["smart-goals"])
    answers[1] = 0

    client.post(url, answers_form("smart-goals", answers))
    page = text(client.get(f"{url}?result=1"))

    assert "Not quite yet" in page and "You answered 2 of 3 questions right." in page
    assert "(the right answer)" in page and "Try again" in page
    retry = client.post(url, answers_form("smart-goals", RIGHT["smart-goals"]))
    assert retry.status_code == 302
    completion = ModuleCompletion.objects.get(enrolment=personas.enrolments["mentee_globex"])
    assert (completion.attempts, completion.passed) == (2, True)


def test_an_unanswered_question_is_named_and_the_given_answers_are_kept(client, personas):
    client.force_login(personas.mentee_globex)

    response = client.post("/p/regional/learning/smart-goals/", {"q0": "2"})

    assert response.status_code == 200
    page = text(response)
    assert "Choose an answer to question 2, 3." in page
    assert 'name="q0" value="2" checked' in page
    assert not ModuleCompletion.objects.exists()


def test_the_manager_reads_a_module_as_a_preview_without_questions_to_answer(client, personas):
    client.force_login(personas.manager)

    page = text(client.get("/p/regional/learning/guiding-as-a-mentor/"))

    assert "Guiding without directing" in page and "as a preview" in page
    assert 'name="q0"' not in page


def test_a_mentee_cannot_open_a_module_written_for_mentors(client, personas):
    client.force_login(personas.mentee_globex)

    assert client.get("/p/regional/learning/guiding-as-a-mentor/").status_code == 404
    assert client.get("/p/regional/learning/no-such-module/").status_code == 404


# Completion and required modules ---------------------------------------------------------------------


def test_a_coordinator_sees_their_own_people_individually_and_others_only_as_counts(client, personas):
    services.module_answer(
        enrolment=personas.enrolments["mentee_globex"], module="smart-goals", answers=RIGHT["smart-goals"]
    )
    client.force_login(personas.coordinator_acme)

    page = text(client.get("/p/regional/learning/people/"))

    assert "Mentor Acme Logistics" in page and "Mentee Acme Logistics" in page and "Ann Applicant" in page
    assert "Mentee Globex Freight" not in page and "Mentor Initech" not in page
    globex_row = re.search(r"<tr> <td>Globex Freight</td>(.*?)</tr>", page).group(1)
    assert "fewer than 5" in globex_row


def test_the_manager_sees_everyones_completion(client, personas):
    services.module_answer(
        enrolment=personas.enrolments["mentee_globex"], module="smart-goals", answers=RIGHT["smart-goals"]
    )
    client.force_login(personas.manager)

    page = text(client.get("/p/regional/learning/people/"))

    assert "Mentee Globex Freight" in page and "Mentor Initech" in page
    assert "<strong>1/7</strong>Setting SMART goals" in page  # written for all seven participants
    # Each organisation has fewer than five participants: the manager reads no count of them either.
    for name in ("Acme Logistics", "Globex Freight", "Initech"):
        row = re.search(rf"<tr> <td>{name}</td>(.*?)</tr>", page).group(1)
        assert "fewer than 5" in row and not re.search(r"<td>\d+</td>", row)


def test_the_manager_chooses_the_required_modules_and_the_gate(client, personas):
    client.force_login(personas.manager)

    response = client.post(
        "/p/regional/learning/required/",
        {"mentors": ["guiding-as-a-mentor"], "mentees": ["smart-goals"], "learning_gate": "before-matching"},
    )

    assert response.status_code == 302
    personas.regional.refresh_from_db()
    assert personas.regional.learning_gate == "before-matching"
    client.force_login(personas.mentee_globex)
    page = text(client.get("/p/regional/learning/"))
    still = page.split("Still required")[1].split("My modules")[0]
    assert "Setting SMART goals" in still and "Why cross-company mentoring works" not in still


def test_a_module_for_the_wrong_role_cannot_be_chosen_in_the_form(client, personas):
    client.force_login(personas.manager)

    response = client.post(
        "/p/regional/learning/required/", {"mentors": ["from-insight-to-practice"], "learning_gate": "none"}
    )

    assert response.status_code == 200
    assert "is not one of the available choices" in response.content.decode()


def test_the_learning_pages_speak_dutch_and_spanish(client, personas):
    client.force_login(personas.mentee_globex)

    dutch = text(client.get("/p/regional/learning/", HTTP_ACCEPT_LANGUAGE="nl"))
    spanish = text(client.get("/p/regional/learning/smart-goals/", HTTP_ACCEPT_LANGUAGE="es"))

    assert "Nog verplicht" in dutch and "Mijn modules" in dutch and "SMART-doelen stellen" in dutch
    assert "Fijar objetivos SMART" in spanish and "Comprobar mis respuestas" in spanish


def test_a_withdrawn_participant_reads_but_can_no_longer_answer(client, personas):
    enrolment = personas.enrolments["mentee_globex"]
    enrolment.status = "withdrawn"
    enrolment.save()
    client.force_login(personas.mentee_globex)

    page = text(client.get("/p/regional/learning/smart-goals/"))
    posted = text(
        client.post("/p/regional/learning/smart-goals/", answers_form("smart-goals", RIGHT["smart-goals"]))
    )

    assert "Setting SMART goals" in page and 'name="q0"' not in page
    assert "Your enrolment is withdrawn: modules can no longer be answered." in posted
    assert not ModuleCompletion.objects.exists()


def test_an_answer_that_is_not_a_plain_number_is_refused_not_a_crash(client, personas):
    client.force_login(personas.mentee_globex)
    answers = answers_form("smart-goals", RIGHT["smart-goals"])
    answers["q0"] = "²"

    response = client.post("/p/regional/learning/smart-goals/", answers)

    assert response.status_code == 200
    assert not ModuleCompletion.objects.filter(
        enrolment=personas.enrolments["mentee_globex"], passed=True
    ).exists()


def test_another_organisations_completion_hides_when_fewer_than_five_are_done_or_not_done(personas):
    from core.access import programme_access_for
    from core.factories import UserFactory, enrol
    from learning import selectors
    from learning.models import ModuleCompletion

    globex = [personas.enrolments["mentee_globex"], personas.enrolments["mentor_globex"]]
    for number in range(4):
        user = UserFactory(email=f"extra{number}@globex.example", organisation=personas.globex)
        globex.append(enrol(user, personas.regional))
    ModuleCompletion.objects.all().delete()
    for module in ("cross-company-mentoring", "mentoring-conversation", "smart-goals"):
        services.module_answer(enrolment=globex[0], module=module, answers=RIGHT[module])

    def globex_row(who):
        access = programme_access_for(who, "regional")
        rows = selectors.progress_overview(access=access)["organisations"]
        row = next(row for row in rows if row["organisation"] == personas.globex)
        return {"people": row["people"].shown, "complete": row["complete"].shown}

    assert globex_row(personas.coordinator_acme)["people"] == 6
    assert globex_row(personas.coordinator_acme)["complete"] is None  # 1 of 6 would point at someone
    # One rule for every reader: their own organisation's 1 of 6 reads "fewer than 5" too.
    assert globex_row(personas.coordinator_globex)["complete"] is None
    assert globex_row(personas.manager)["people"] == 6 and globex_row(personas.manager)["complete"] is None


def test_an_organisations_completion_shows_when_five_or_more_are_done_and_not_done(personas):
    from core.access import programme_access_for
    from core.factories import UserFactory, enrol
    from learning import selectors
    from learning.models import ModuleCompletion

    ModuleCompletion.objects.all().delete()
    globex = [enrol(UserFactory(organisation=personas.globex), personas.regional) for _ in range(8)]
    for enrolment in globex[:5]:
        for module in ("cross-company-mentoring", "mentoring-conversation", "smart-goals"):
            services.module_answer(enrolment=enrolment, module=module, answers=RIGHT[module])
    rows = selectors.progress_overview(access=programme_access_for(personas.manager, "regional"))
    row = next(row for row in rows["organisations"] if row["organisation"] == personas.globex)

    # 10 people, 5 done and 5 (the persona mentor and mentee among them) not.
    assert (row["people"].shown, row["complete"].shown) == (10, 5)
