"""The programme's tabs mark the page the reader is on, for screen readers and the eye alike."""

import re

import pytest


def current_tabs(html: str) -> list[str]:
    """The marked tabs of the programme's two bars (a page's own sub-navigation marks its own)."""
    bars = re.findall(
        r'<nav class="tabs[^"]*" aria-label="(?:Programme|Running the programme)">(.*?)</nav>', html, re.S
    )
    return re.findall(r'<a href="[^"]*" aria-current="page">([^<]*)</a>', "".join(bars))


@pytest.mark.parametrize(
    ("persona", "path", "current"),
    [
        ("mentee_acme", "/p/regional/", ["Overview"]),
        ("mentee_acme", "/p/regional/mentorships/", ["Mentorships"]),
        ("mentee_acme", "/p/regional/guides/", ["Guides"]),
        ("mentee_acme", "/p/regional/learning/", ["E-learning"]),
        ("manager", "/p/regional/matching/", ["Matching"]),
        ("manager", "/p/regional/enrolments/", ["Enrolments"]),
        ("manager", "/p/regional/settings/", ["Settings"]),
        ("coordinator_acme", "/p/regional/reports/", ["Reports"]),
    ],
)
def test_exactly_the_current_tab_is_marked(client, personas, persona, path, current):
    client.force_login(getattr(personas, persona))

    html = client.get(path).content.decode()

    assert current_tabs(html) == current


def test_a_page_below_a_tab_marks_that_tab(client, personas):
    client.force_login(personas.manager)
    enrolment = personas.enrolments["applicant_acme"]

    html = client.get(f"/p/regional/enrolments/{enrolment.public_id}/").content.decode()

    assert current_tabs(html) == ["Enrolments"]


def test_a_page_of_no_tab_marks_none(client, personas):
    client.force_login(personas.mentee_acme)

    html = client.get(f"/p/regional/people/{personas.mentor_globex.public_id}/").content.decode()

    assert current_tabs(html) == []
