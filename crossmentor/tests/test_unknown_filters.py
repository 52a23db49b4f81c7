"""An unknown value of an enumerated filter is refused with 400 naming the values there are.

Before, `?health=needs_attention` (an underscore for a hyphen) filtered nothing and answered with
everything, as if it were the list asked for. One row per filter, in the API and on the pages.
"""

import pytest

from evaluation.models import SurveyResponse
from matching.models import MatchRound, Proposal
from programmes.models import Enrolment, Need
from relationships.selectors import HEALTH_LABELS


def named(values) -> str:
    return ", ".join(values)


HEALTHS, STATUSES, KINDS = named(HEALTH_LABELS), named(Enrolment.Status.values), named(Need.Function.values)
ROLES, PROPOSALS = named(SurveyResponse.Role.values), named(Proposal.Status.values)
ROUND = "/p/regional/matching/rounds/{round}/"

ROWS = [
    ("manager", "/api/programmes/regional/mentorship-health?health=needs_attention", "health", HEALTHS),
    ("manager", "/api/programmes/regional/enrolments?status=pending", "status", STATUSES),
    ("manager", "/api/programmes/regional/reports?kind=coaching", "kind", KINDS),
    ("manager", "/api/programmes/regional/reports/report.xlsx?kind=coaching", "kind", KINDS),
    ("mentee_acme", "/api/programmes/regional/evaluation/survey?role=coach", "role", ROLES),
    ("manager", "/p/regional/mentorships/?health=needs_attention", "health", HEALTHS),
    ("manager", "/p/regional/enrolments/?status=pending", "status", STATUSES),
    ("manager", ROUND + "?status=sent", "status", PROPOSALS),
    ("manager", ROUND + "?locked=yes", "locked", "1"),
    ("manager", "/p/regional/reports/report.pdf?kind=coaching", "kind", KINDS),
    ("manager", "/p/regional/reports/funnel.csv?kind=coaching", "kind", KINDS),
    ("mentee_acme", "/p/regional/evaluation/survey/?role=coach", "role", ROLES),
]


@pytest.mark.parametrize(("persona", "url", "name", "values"), ROWS)
def test_an_unknown_filter_value_answers_400_naming_the_values(client, personas, persona, url, name, values):
    if "{round}" in url:
        match_round = MatchRound.objects.create(programme=personas.regional, status=MatchRound.Status.DRAFT)
        url = url.replace("{round}", str(match_round.public_id))
    client.force_login(getattr(personas, persona))

    response = client.get(url)

    assert response.status_code == 400, response.content[:300]
    text = response.json()["detail"] if url.startswith("/api/") else response.content.decode()
    assert name in text and values in text


def test_the_known_values_still_filter(client, personas):
    client.force_login(personas.manager)

    applied = client.get("/api/programmes/regional/enrolments?status=applied")

    assert applied.status_code == 200
    assert [e["email"] for e in applied.json()] == ["applicant@acme.example"]


def test_the_schema_lists_the_values_of_each_filter(client):
    schema = client.get("/api/openapi.json").json()
    parameters = schema["paths"]["/api/programmes/{slug}/mentorship-health"]["get"]["parameters"]
    health = next(p for p in parameters if p["name"] == "health")

    assert health["schema"]["enum"] == ["", *HEALTHS.split(", ")]
