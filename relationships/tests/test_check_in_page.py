"""The check-in page: the form only when a check-in is allowed (else why not), and a refused submit
keeps every answer in the form."""

import re

from django.utils import timezone
from django.utils.formats import date_format

from relationships import services
from relationships.models import CheckIn

from .helpers import agree, ask

FORM = 'id="check-in-form"'


def page_of(client, mentorship, user, data=None):
    client.force_login(user)
    url = f"/p/regional/mentorships/{mentorship.public_id}/check-ins/"
    response = client.post(url, data) if data is not None else client.get(url)
    return response.status_code, response.content.decode()


def started(people):
    return services.request_accept(request=ask(people), mentor=people.enrolments["mentor_acme"])


def test_an_active_mentorship_without_this_periods_check_in_shows_the_form(client, people):
    status, page = page_of(client, agree(started(people)), people.mentee_initech)

    assert status == 200 and FORM in page


def test_once_checked_in_for_the_period_the_page_says_when_the_next_opens_instead(client, people):
    mentorship = agree(started(people))
    services.check_in_submit(mentorship=mentorship, user=people.mentee_initech, satisfaction=4)

    _status, page = page_of(client, mentorship, people.mentee_initech)

    assert FORM not in page
    due = services.check_in_due_on(mentorship, services.check_in_period(mentorship))
    due = date_format(timezone.localtime(due), "DATE_FORMAT")
    assert f"You have already checked in for this period; the next check-in opens on {due}." in page


def test_before_both_signed_the_page_says_check_ins_start_then(client, people):
    _status, page = page_of(client, started(people), people.mentee_initech)

    assert FORM not in page
    assert "Check-ins start once both of you have signed the agreement." in page


def test_a_closed_mentorship_shows_no_check_in_form(client, people):
    mentorship = agree(started(people))
    services.mentorship_close(mentorship=mentorship, user=people.mentee_initech, reason="no-time")

    _status, page = page_of(client, mentorship, people.mentee_initech)

    assert FORM not in page
    assert "This mentorship is closed" in page


def test_a_check_in_without_satisfaction_is_refused_and_keeps_the_answers(client, people):
    mentorship = agree(started(people))
    answers = {"progress": "I gave my first talk", "blockers": "Stage fright", "wants_contact": "on"}

    status, page = page_of(client, mentorship, people.mentee_initech, answers)

    assert status == 200 and FORM in page
    assert "Say how satisfied you are, from 1 to 5." in page
    assert ">\nI gave my first talk</textarea>" in page and ">\nStage fright</textarea>" in page
    assert re.search(r'<input type="checkbox" name="wants_contact"[^>]* checked>', page)
    assert not CheckIn.objects.exists()


def test_a_check_in_answer_that_is_too_long_is_refused_not_cut(client, people):
    mentorship = agree(started(people))
    long_answer = "word " * 401  # 2005 characters, 2000 allowed

    status, page = page_of(
        client, mentorship, people.mentee_initech, {"satisfaction": "4", "progress": long_answer}
    )

    assert status == 200 and FORM in page
    assert "at most 2000 characters" in page
    assert long_answer.strip() in page
    assert 'value="4"' in page and "checked" in page.split('value="4"')[1][:40]
    assert not CheckIn.objects.exists()
