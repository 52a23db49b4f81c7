"""Demo content for guides and e-learning: required modules, a gate, and realistic progress.

The regional programme asks its required modules before matching, so the demo mentee login (who has
done none) sees what is still required and why, and can work through a module. Eight in ten other
approved participants are done, one is halfway, one has not started: the manager's and coordinator's
completion page shows a believable cohort. Anyone already in a mentorship is done, as the gate would
have demanded. Idempotent: fixed dates and scores, so a second run changes nothing.
"""

from datetime import UTC, datetime, time, timedelta

from django.db import transaction

from demo.demo_data import DEMO_LOGINS
from programmes.models import Enrolment, Programme

from . import content, selectors, services
from .models import ModuleCompletion

REQUIREMENTS = {
    "regional-crossings-2026": {
        "gate": Programme.LearningGate.BEFORE_MATCHING,
        "mentors": {"cross-company-mentoring", "mentoring-conversation", "guiding-as-a-mentor"},
        "mentees": {"cross-company-mentoring", "mentoring-conversation", "smart-goals"},
    },
    "women-leadership-2026": {
        "gate": Programme.LearningGate.BEFORE_ACCEPTING,
        "mentors": {"cross-company-mentoring", "guiding-as-a-mentor"},
        "mentees": {"cross-company-mentoring", "smart-goals", "from-insight-to-practice"},
    },
}
# The demo mentee login works through the modules during the demo, so their progress is left alone.
LEFT_ALONE = {DEMO_LOGINS["mentee"]["email"]}
DONE_STATUSES = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE, Enrolment.Status.ALUMNI)
# Of every ten participants (by email), eight are done, one is halfway and one has not started.
PLANS = ("done",) * 4 + ("half",) + ("done",) * 4 + ("none",)


def demo_load(*, programmes: dict) -> None:
    for slug, programme in programmes.items():
        requirements = REQUIREMENTS.get(slug)
        if requirements is None:
            continue
        with transaction.atomic():
            services.module_requirements_set(
                programme=programme,
                required_for_mentors=requirements["mentors"],
                required_for_mentees=requirements["mentees"],
                gate=requirements["gate"],
            )
            _progress(programme)


def _progress(programme: Programme) -> None:
    modules = selectors.programme_modules(programme=programme)
    in_mentorship = _in_mentorship(programme)
    enrolments = (
        Enrolment.objects.filter(programme=programme, status__in=DONE_STATUSES)
        .exclude(user__email__in=LEFT_ALONE)
        .select_related("user")
        .order_by("user__email")
    )
    start = datetime.combine(programme.cohort_start or datetime(2026, 1, 15).date(), time(9, 0), tzinfo=UTC)
    for index, enrolment in enumerate(enrolments):
        plan = "done" if enrolment.pk in in_mentorship else PLANS[index % len(PLANS)]
        if plan == "none":
            continue
        required = [m for m in modules if m.is_required_of(enrolment)]
        optional = [m for m in modules if m.is_for(enrolment) and not m.is_required_of(enrolment)]
        passed = required if plan == "done" else required[:1]
        if plan == "done" and index % 3 == 0:
            passed = passed + optional
        for number, module in enumerate(passed):
            _completion(
                enrolment, module, when=start + timedelta(days=2 + index % 12 + 3 * number), passed=True
            )
        if plan == "half" and len(required) > 1:
            _completion(enrolment, required[1], when=start + timedelta(days=9 + index % 12), passed=False)


def _completion(enrolment: Enrolment, module: selectors.Module, *, when: datetime, passed: bool) -> None:
    answers = list(content.MODULES_BY_SLUG[module.slug].answers)
    if not passed:
        answers[0] = (answers[0] + 1) % content.MODULES_BY_SLUG[module.slug].choices
    ModuleCompletion.objects.update_or_create(
        enrolment=enrolment,
        module=module.slug,
        defaults={
            "attempts": 1 if passed else 2,
            "score": len(answers) if passed else len(answers) - 1,
            "questions": len(answers),
            "passed": passed,
            "completed_at": when if passed else None,
            "last_answers": answers,
            "last_attempt_at": when,
        },
    )


def _in_mentorship(programme: Programme) -> set[int]:
    """Enrolments already in a mentorship (made by the relationships demo, if it ran first)."""
    from relationships.models import Mentorship

    pairs = Mentorship.objects.filter(programme=programme).values_list("mentor_id", "mentee_id")
    return {pk for pair in pairs for pk in pair}
