"""Rules every template keeps, checked on the sources so a new page cannot forget them."""

import re
from pathlib import Path

import pytest
from django.conf import settings

REPO = Path(settings.BASE_DIR)
TEMPLATES = sorted(
    path
    for path in REPO.glob("**/templates/**/*.html")
    if ".venv" not in path.parts and "site-packages" not in path.parts
)
# URL names whose POST loses something: a person, a pair, a meeting, a link, a draft.
DESTRUCTIVE = [
    "enrolment_reject",
    "enrolment_withdraw",
    "request_decline",
    "request_withdraw",
    "mentorship_meeting_cancel",
    "group_meeting_cancel",
    "group_leave",
    "group_request_decide",
    "group_invitation_answer",
    "formation_discard",
    "incubator_team_unassign",
    "evaluation_competence_remove",
    "evaluation_question_remove",
    "api_token_revoke",
    "calendar_feed_revoke",
    "proposal_respond",
    "remove_url",
    "exclude_url",
]
CONFIRM = '{% include "core/partials/confirm.html"'


def relative(path: Path) -> str:
    return str(path.relative_to(REPO))


def forms(source: str) -> list[str]:
    return re.findall(r"<form\b.*?</form>", source, re.S)


def test_there_are_templates_to_check():
    assert len(TEMPLATES) > 50


@pytest.mark.parametrize("path", TEMPLATES, ids=relative)
def test_a_title_block_holds_text_only(path):
    for title in re.findall(r"{% block title %}(.*?){% endblock", path.read_text(), re.S):
        assert "<" not in title and "\n" not in title, f"{relative(path)}: markup in the title: {title[:80]}"


@pytest.mark.parametrize("path", TEMPLATES, ids=relative)
def test_every_destructive_form_asks_first(path):
    for form in forms(path.read_text()):
        head = form.split(">", 1)[0]
        named = [name for name in DESTRUCTIVE if f"'{name}'" in head or "{{ " + name + " }}" in head]
        if not named or 'value="accept"' in form or "'approve'" in head:
            continue
        assert CONFIRM in form, f"{relative(path)}: a form posting to {named[0]} does not ask first"


# The confirm step itself, and the closing page, which is a confirm step of its own (a link leads to
# it, its form asks for the reason).
CONFIRM_STEPS = {"templates/core/partials/confirm.html", "relationships/templates/relationships/close.html"}


@pytest.mark.parametrize("path", TEMPLATES, ids=relative)
def test_a_danger_button_only_confirms(path):
    if relative(path) in CONFIRM_STEPS:
        return
    assert 'class="danger"' not in path.read_text(), f"{relative(path)}: a danger button that does not ask"


# Dates: the locale decides the format (crossmentor/formats), the reader's zone the time.
NAMED_FORMATS = {"DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT", "SHORT_DATETIME_FORMAT"}
NAMED_FORMATS |= {"MONTH_DAY_FORMAT", "TIME_FORMAT", "c"}  # "c": ISO 8601 for <time datetime>
EMAILS = sorted(path for path in REPO.glob("**/templates/**/*.txt") if ".venv" not in path.parts)


@pytest.mark.parametrize("path", TEMPLATES + EMAILS, ids=relative)
def test_dates_use_the_locales_formats(path):
    used = re.findall(r"\|(?:date|time):[\"']([^\"']*)[\"']", path.read_text())
    literal = [f for f in used if f not in NAMED_FORMATS]
    assert not literal, f"{relative(path)}: a date format of its own: {literal}"


@pytest.mark.parametrize("path", TEMPLATES + EMAILS, ids=relative)
def test_times_are_in_the_readers_zone_not_utc(path):
    source = path.read_text()
    assert "(UTC)" not in source and '{% timezone "UTC" %}' not in source, f"{relative(path)} shows UTC"
