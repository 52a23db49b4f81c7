"""End-to-end journeys through the foundation, in a real browser (Debian's chromium).

Each test reads as a sentence about what a person can do; screenshots of the key pages go to
test-artifacts/screenshots/ for a human to look at.
"""

import gettext
import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from core.testing.browser import REPO, log_in, shot
from programmes.models import Competence, Enrolment

pytestmark = pytest.mark.browser

HEADER = "email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone"
GOOD_ROW = (
    "nora.new@acme.example,Nora New,acme,NL,nl;en,mentee,,negotiation:skills-mentoring,1,2,Europe/Amsterdam"
)
BAD_ROW = "max.mentor@acme.example,Max Mentor,acme,NL,en;xx,mentor,negotiation,,2,4,Europe/Amsterdam"
FIXED_ROW = BAD_ROW.replace("en;xx", "en;de")


def catalogue():
    """Competences the journeys choose from (the built-in catalogue is synced after migrating)."""
    return {
        slug: Competence.objects.get_or_create(slug=slug, defaults={"names": {"en": en, "nl": nl}})[0]
        for slug, en, nl in [
            ("negotiation", "Negotiation", "Onderhandelen"),
            ("delegation", "Delegation", "Delegeren"),
            ("public-speaking", "Public speaking", "Presenteren"),
        ]
    }


def test_a_coordinator_imports_people_from_csv_and_approves_an_applicant(page, login, personas, tmp_path):
    catalogue()
    users_before = User.objects.count()
    people_csv = tmp_path / "people.csv"
    people_csv.write_text(f"{HEADER}\n{GOOD_ROW}\n{BAD_ROW}\n", encoding="utf-8")

    login(personas.coordinator_acme)
    page.get_by_role("link", name="Regional Crossings").first.click()
    page.get_by_role("link", name="Import CSV").click()
    expect(page.get_by_role("heading", name="Import people from CSV")).to_be_visible()

    # A file with one bad row: every problem is named by file, row and column, and nothing is written.
    page.get_by_label("people.csv").set_input_files(people_csv)
    page.get_by_role("button", name="Import", exact=True).click()
    problems = page.locator(".problems")
    expect(problems).to_contain_text("1 problem found — nothing was imported")
    expect(problems.get_by_role("listitem")).to_have_count(1)
    expect(problems.get_by_role("listitem")).to_contain_text(
        re.compile(r"people\.csv, row 3, column\s+languages: “xx” is not an ISO 639-1 language code")
    )
    shot(page, "import-errors")
    assert User.objects.count() == users_before
    assert not User.objects.filter(email__in=["nora.new@acme.example", "max.mentor@acme.example"]).exists()

    # The fixed file imports both people, enrolled and approved.
    people_csv.write_text(f"{HEADER}\n{GOOD_ROW}\n{FIXED_ROW}\n", encoding="utf-8")
    page.get_by_label("people.csv").set_input_files(people_csv)
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Import finished.")
    expect(page.locator(".message.success").last).to_contain_text("people: 2 created, 0 updated")
    expect(page.locator(".problems")).to_have_count(0)
    shot(page, "import-success")
    assert User.objects.count() == users_before + 2
    imported = Enrolment.objects.filter(
        programme=personas.regional, user__email__in=["nora.new@acme.example", "max.mentor@acme.example"]
    )
    assert sorted(imported.values_list("status", flat=True)) == ["approved", "approved"]
    nora = imported.get(user__email="nora.new@acme.example")
    assert [(n.competence.slug, n.function) for n in nora.needs.all()] == [
        ("negotiation", "skills-mentoring")
    ]

    # The coordinator approves the applicant from the enrolment list; htmx swaps just that row.
    page.get_by_role("link", name="Enrolments").click()
    applicant = personas.enrolments["applicant_acme"]
    row = page.locator(f"#enrolment-{applicant.public_id}")
    expect(row).to_contain_text("Ann Applicant")
    expect(row.locator(".badge")).to_have_text("Applied")
    expect(page.locator("tbody#enrolment-rows tr")).to_have_count(5)  # acme's mentor, mentee, applicant + 2
    shot(page, "enrolments")
    url_before = page.url
    with page.expect_response(re.compile(r"/approve/$")) as response:
        row.get_by_role("button", name="Approve").click()
    assert response.value.request.headers.get("hx-request") == "true"
    expect(row.locator(".badge")).to_have_text("Approved")
    expect(row.get_by_role("button", name="Approve")).to_have_count(0)
    assert page.url == url_before  # swapped in place, no navigation
    shot(page, "approved")
    applicant.refresh_from_db()
    assert applicant.status == Enrolment.Status.APPROVED


def test_a_coordinator_is_asked_before_rejecting_and_told_whose_enrolment_it_was(page, login, personas):
    applicant = personas.enrolments["applicant_acme"]
    login(personas.coordinator_acme, "/p/regional/enrolments/")
    row = page.locator(f"#enrolment-{applicant.public_id}")

    # Reject only opens the question; nothing is sent yet.
    requests = []
    page.on("request", lambda request: requests.append(request) if request.method == "POST" else None)
    row.locator("summary", has_text="Reject").click()
    question = row.locator(".confirm-panel")
    expect(question).to_contain_text("Reject the enrolment of Ann Applicant?")
    expect(question.get_by_role("button", name="Yes, reject")).to_be_focused()
    shot(page, "reject-asks-first")
    assert requests == []
    applicant.refresh_from_db()
    assert applicant.status == Enrolment.Status.APPLIED

    # Escape closes the question; asking again and confirming rejects, in place, and says so.
    page.keyboard.press("Escape")
    expect(question).to_be_hidden()
    row.locator("summary", has_text="Reject").click()
    with page.expect_response(re.compile(r"/reject/$")):
        question.get_by_role("button", name="Yes, reject").click()
    expect(row.locator(".badge")).to_have_text("Rejected")
    expect(page.locator(".message.success")).to_have_text("The enrolment of Ann Applicant is rejected.")
    shot(page, "rejected-says-so")
    applicant.refresh_from_db()
    assert applicant.status == Enrolment.Status.REJECTED


def test_the_question_before_a_rejection_works_without_javascript(browser, live_server, personas):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    applicant = personas.enrolments["applicant_acme"]
    log_in(page, personas.coordinator_acme, f"/p/regional/enrolments/{applicant.public_id}/")

    page.get_by_text("Reject", exact=True).click()
    expect(page.get_by_text("Reject the enrolment of Ann Applicant?")).to_be_visible()
    applicant.refresh_from_db()
    assert applicant.status == Enrolment.Status.APPLIED
    page.get_by_role("button", name="Yes, reject").click()

    expect(page.locator(".message.success")).to_have_text("The enrolment of Ann Applicant is rejected.")
    applicant.refresh_from_db()
    assert applicant.status == Enrolment.Status.REJECTED
    context.close()


def test_a_mentee_edits_their_needs_on_my_enrolment(page, login, personas):
    competences = catalogue()
    enrolment = personas.enrolments["mentee_acme"]
    assert [n.competence.slug for n in enrolment.needs.all()] == ["public-speaking"]

    login(personas.mentee_acme)
    page.goto("/p/regional/")
    page.get_by_role("link", name="My enrolment").click()
    expect(page).to_have_url(re.compile(r"/p/regional/enrol/$"))
    expect(page.locator("#id_need_0_competence")).to_have_value(str(competences["public-speaking"].pk))

    # Change the first need's competence, kind and context, and add a second need.
    page.locator("#id_need_0_competence").select_option(str(competences["negotiation"].pk))
    page.locator("#id_need_0_function").select_option("skills-mentoring")
    page.locator("#id_need_0_context").fill("I negotiate contracts with carriers next quarter.")
    page.locator("#id_need_1_competence").select_option(str(competences["delegation"].pk))
    page.locator("#id_need_1_function").select_option("personal-mentoring")
    page.locator("#id_need_1_context").fill("My team grew from three to nine people.")
    shot(page, "enrol-edit")
    page.get_by_role("button", name="Save").click()

    expect(page).to_have_url(re.compile(r"/p/regional/$"))
    expect(page.locator(".messages")).to_contain_text("Your enrolment is updated.")
    shot(page, "enrol-saved")
    needs = [(n.competence.slug, n.function, n.context) for n in enrolment.needs.order_by("id")]
    assert sorted(needs) == [
        ("delegation", "personal-mentoring", "My team grew from three to nine people."),
        ("negotiation", "skills-mentoring", "I negotiate contracts with carriers next quarter."),
    ]
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.APPROVED  # editing does not send them back for review


def test_a_person_switches_the_language_to_dutch_in_the_top_bar(page, login, personas):
    login(personas.mentee_acme)
    page.goto("/p/regional/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    with page.expect_request(lambda request: request.method == "POST" and "/i18n/setlang/" in request.url):
        page.get_by_label("Language").select_option("nl")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page).to_have_url(re.compile(r"/p/regional/$"))  # back where they were
    expect(page.locator("select#language")).to_have_value("nl")
    shot(page, "language-dutch")

    mo = REPO / "locale" / "nl" / "LC_MESSAGES" / "django.mo"
    if mo.exists():
        with mo.open("rb") as handle:
            dutch = gettext.GNUTranslations(handle).gettext("My programmes")
        if dutch != "My programmes":
            expect(page.locator(".topbar nav")).to_contain_text(dutch)


def test_the_content_security_policy_holds_and_htmx_works_under_it(page, login, personas):
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(f"console {message.type}: {message.text}") if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"pageerror: {error}"))
    # Violations reported by the page itself, in case a message does not reach the console.
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation',"
        " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )

    login(personas.coordinator_acme)
    response = page.goto("/p/regional/enrolments/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert page.evaluate("typeof htmx") == "object"

    # An htmx request under the policy: filtering swaps the rows in place.
    rows = page.locator("tbody#enrolment-rows tr")
    expect(rows).to_have_count(3)
    with page.expect_response(lambda r: "/p/regional/enrolments/" in r.url and "status=applied" in r.url):
        page.get_by_label("Status").select_option("applied")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("Ann Applicant")
    expect(page).to_have_url(re.compile(r"status=applied"))
    shot(page, "csp-htmx-filter")

    assert page.evaluate("window.__csp") == []
    csp = [p for p in problems if "content security policy" in p.lower()]
    assert csp == [], csp
    assert problems == [], problems
