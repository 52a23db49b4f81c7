"""The demo sets required modules and realistic progress, leaves the demo mentee alone, and is idempotent."""

from core.factories import UserFactory, enrol
from demo.demo_data import DEMO_LOGINS
from learning import selectors
from learning.demo import demo_load
from learning.models import ModuleCompletion


def snapshot():
    return sorted(
        ModuleCompletion.objects.values_list(
            "enrolment_id", "module", "attempts", "score", "passed", "completed_at"
        )
    )


def test_the_demo_requires_modules_records_progress_and_runs_twice_without_change(personas):
    lieke = enrol(
        UserFactory(email=DEMO_LOGINS["mentee"]["email"], organisation=personas.acme),
        personas.regional,
        "mentee",
    )
    programmes = {"regional-crossings-2026": personas.regional, "women-leadership-2026": personas.leaders}

    demo_load(programmes=programmes)
    first = snapshot()
    demo_load(programmes=programmes)

    assert snapshot() == first
    personas.regional.refresh_from_db()
    personas.leaders.refresh_from_db()
    assert (personas.regional.learning_gate, personas.leaders.learning_gate) == (
        "before-matching",
        "before-accepting",
    )
    assert not ModuleCompletion.objects.filter(enrolment=lieke).exists()
    assert not selectors.required_modules_done(enrolment=lieke, step="match")
    assert not ModuleCompletion.objects.filter(enrolment=personas.enrolments["applicant_acme"]).exists()
    keys = (
        "mentor_acme",
        "mentee_acme",
        "mentor_globex",
        "mentee_globex",
        "mentor_initech",
        "mentee_initech",
    )
    not_done = {
        k for k in keys if not selectors.required_modules_done(enrolment=personas.enrolments[k], step="match")
    }
    # By email order the fifth of every ten is halfway (and the tenth has not started).
    assert not_done == {"mentor_globex"}
    halfway = ModuleCompletion.objects.filter(enrolment=personas.enrolments["mentor_globex"])
    assert sorted(halfway.values_list("module", "passed")) == [
        ("cross-company-mentoring", True),
        ("mentoring-conversation", False),
    ]


def test_people_already_in_a_mentorship_are_shown_as_done(personas):
    from relationships.factories import MentorshipFactory

    MentorshipFactory(mentor=personas.enrolments["mentor_globex"], mentee=personas.enrolments["mentee_acme"])

    demo_load(programmes={"regional-crossings-2026": personas.regional})

    for key in ("mentor_globex", "mentee_acme"):
        assert selectors.required_modules_done(enrolment=personas.enrolments[key], step="match")
