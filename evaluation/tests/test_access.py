"""The access table of the evaluation app: every route, every role, every method.

Setting: mentor_globex mentored mentee_acme (closed, so the end assessment and the survey are
open); the programme has its own framework with one competence, mentors assess their mentees, and
the manager added one question. A role not listed for a row must get 404.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from evaluation import services

ROLES = [
    "manager",
    "coordinator_acme",
    "coordinator_globex",
    "mentor_globex",
    "mentor_initech",
    "mentee_acme",
    "mentee_globex",
    "applicant_acme",
    "outsider",
]
EVERYONE = {role: 200 for role in ROLES if role != "outsider"}
MENTEES = {"mentee_acme": 200, "mentee_globex": 200}
ANSWERING = {"mentor_globex": 200, "mentor_initech": 200, **MENTEES}

PAGES = [
    ("get", "/p/regional/evaluation/", EVERYONE),
    ("get", "/p/regional/evaluation/framework/", EVERYONE),
    ("post", "/p/regional/evaluation/framework/", {"manager": 302}),
    ("get", "/p/regional/evaluation/framework.csv", EVERYONE),
    ("get", "/p/regional/evaluation/framework/upload/", {"manager": 200}),
    ("post", "/p/regional/evaluation/framework/upload/", {"manager": 200}),
    ("get", "/p/regional/evaluation/framework/competences/new/", {"manager": 200}),
    ("get", "/p/regional/evaluation/framework/competences/negotiation/", {"manager": 200}),
    ("post", "/p/regional/evaluation/framework/competences/negotiation/", {"manager": 302}),
    ("post", "/p/regional/evaluation/framework/competences/negotiation/remove/", {"manager": 302}),
    ("get", "/p/regional/evaluation/framework/competences/missing/", {}),
    ("get", "/p/regional/evaluation/assessment/start/", MENTEES),
    ("get", "/p/regional/evaluation/assessment/end/", MENTEES),
    ("post", "/p/regional/evaluation/assessment/end/", {"mentee_acme": 302, "mentee_globex": 400}),
    ("get", "/p/regional/evaluation/assessment/middle/", {}),
    ("get", "/p/regional/evaluation/mentees/{mentee}/assessment/end/", {"mentor_globex": 200}),
    ("post", "/p/regional/evaluation/mentees/{mentee}/assessment/end/", {"mentor_globex": 302}),
    ("get", "/p/regional/evaluation/mentees/{other_mentee}/assessment/end/", {}),
    ("get", "/p/regional/evaluation/growth/", MENTEES),
    ("get", "/p/regional/evaluation/survey/", ANSWERING),
    ("get", "/p/regional/evaluation/survey/answers/", {"manager": 200}),
    ("post", "/p/regional/evaluation/survey/open/", {"manager": 302}),
    ("get", "/p/regional/evaluation/survey/open/", {"manager": 405}),
    ("post", "/p/leaders/evaluation/survey/open/", {}),
    ("get", "/p/regional/evaluation/questions/", {"manager": 200}),
    ("post", "/p/regional/evaluation/questions/", {"manager": 200}),
    ("get", "/p/regional/evaluation/questions/{question}/", {"manager": 200}),
    ("post", "/p/regional/evaluation/questions/{question}/", {"manager": 200}),
    ("post", "/p/regional/evaluation/questions/{question}/active/", {"manager": 302}),
    ("post", "/p/regional/evaluation/questions/{question}/remove/", {"manager": 302}),
    ("get", "/p/regional/evaluation/questions/{builtin_question}/", {}),  # built-in: not editable
    ("get", "/p/leaders/evaluation/questions/", {}),  # not the manager of that programme
    ("get", "/p/leaders/evaluation/growth/", {"mentee_acme": 200}),
]

API = [
    ("get", "/api/programmes/regional/evaluation/framework", EVERYONE),
    ("put", "/api/programmes/regional/evaluation/framework", {"manager": 200}),
    ("get", "/api/programmes/regional/evaluation/assessments", MENTEES),
    ("post", "/api/programmes/regional/evaluation/assessments", {"mentee_acme": 200, "mentee_globex": 400}),
    ("get", "/api/programmes/regional/evaluation/mentees/{mentee}/assessments", {"mentor_globex": 200}),
    ("post", "/api/programmes/regional/evaluation/mentees/{mentee}/assessments", {"mentor_globex": 200}),
    ("get", "/api/programmes/regional/evaluation/mentees/{other_mentee}/assessments", {}),
    ("get", "/api/programmes/regional/evaluation/survey", ANSWERING),
    # Mentees reach the service (empty answers, or not open yet: a clear 400); mentors hold no mentee role.
    ("post", "/api/programmes/regional/evaluation/survey", dict.fromkeys(MENTEES, 400)),
    ("get", "/api/programmes/regional/evaluation/survey/questions", {"manager": 200}),
    ("post", "/api/programmes/regional/evaluation/survey/questions", {"manager": 201}),
    ("get", "/api/programmes/regional/evaluation/survey/results", {"manager": 200}),
    ("post", "/api/programmes/regional/evaluation/survey/open", {"manager": 200}),
    ("post", "/api/programmes/leaders/evaluation/survey/open", {}),
    ("get", "/api/programmes/leaders/evaluation/survey/results", {}),
]


@pytest.fixture
def setting(personas, closed_mentorship, framework):
    services.framework_import_csv(
        framework=framework,
        content="slug,name,description,level_1,level_2,level_3,level_4,level_5\n"
        "negotiation,Negotiation,,a,b,c,d,e\n",
    )
    services.framework_update(framework=framework, source="custom", mentor_assessment=True)
    survey = services.survey_get_or_create(programme=personas.regional)
    question = services.survey_question_add(
        survey=survey, text="Would you join again?", section="process", kind="scale", audience="both"
    )
    return {
        "mentee": personas.enrolments["mentee_acme"].public_id,
        "other_mentee": personas.enrolments["mentee_globex"].public_id,
        "question": question.public_id,
        "builtin_question": survey.questions.get(key="process-match").public_id,
    }


def _cases(table):
    for method, url, allowed in table:
        for role in ROLES:
            yield pytest.param(method, url, role, allowed.get(role, 404), id=f"{method} {url} as {role}")


PAGE_FORM = {
    "negotiation": "4",
    "source": "custom",
    "name": "Negotiation",
    "level_1": "a",
    "level_2": "b",
    "level_3": "c",
    "level_4": "d",
    "level_5": "e",
    "section": "process",
    "kind": "scale",
    "audience": "both",
}


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(PAGES)))
def test_pages_answer_each_role_as_the_policy_says(client, personas, setting, method, url, role, expected):
    client.force_login(getattr(personas, role))
    url = url.format(**setting)
    response = client.get(url) if method == "get" else client.post(url, PAGE_FORM)
    assert response.status_code == expected


@pytest.mark.parametrize(("method", "url", "role", "expected"), list(_cases(API)))
def test_the_api_answers_each_role_as_the_policy_says(client, personas, setting, method, url, role, expected):
    client.force_login(getattr(personas, role))
    body = {
        "source": "custom",
        "mentor_assessment": True,
        "phase": "end",
        "levels": {"negotiation": 4},
        "role": "mentee",
        "answers": [],
        "text": "Would you recommend the programme?",
        "section": "process",
    }
    if method == "get":
        response = client.get(url.format(**setting))
    else:
        response = getattr(client, method)(url.format(**setting), data=body, content_type="application/json")
    assert response.status_code == expected, response.content


@pytest.mark.parametrize("url", ["/p/regional/evaluation/", "/p/regional/evaluation/growth/"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, db, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_api_refuses_anonymous_callers(client, personas):
    assert client.get("/api/programmes/regional/evaluation/framework").status_code == 401


# The manager reaches the import, where a file without competences is a clear 400; everyone else 404.
@pytest.mark.parametrize(("role", "expected"), [(role, 400 if role == "manager" else 404) for role in ROLES])
def test_only_the_manager_uploads_a_framework_csv_through_the_api(client, personas, setting, role, expected):
    client.force_login(getattr(personas, role))
    upload = SimpleUploadedFile(
        "framework.csv", b"slug,name,description,level_1,level_2,level_3,level_4,level_5\n"
    )
    response = client.post("/api/programmes/regional/evaluation/framework/csv", {"file": upload})
    assert response.status_code == expected, response.content
