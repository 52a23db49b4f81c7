"""Writes of e-learning: a participant's answers to a module, and a manager's required modules."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import ServiceError
from programmes.models import Enrolment, Programme

from . import content
from .models import ModuleCompletion, ModuleSetting
from .selectors import ANSWERING_STATUSES, programme_modules


@dataclass(frozen=True)
class AnswerResult:
    """The outcome of one attempt: per question whether it was right, and the completion after it."""

    score: int
    total: int
    passed: bool
    correct: list[bool]
    completion: ModuleCompletion


def module_answer(*, enrolment: Enrolment, module: str, answers: list[int | None]) -> AnswerResult:
    """Record an attempt at a module. It passes when every question is answered right.

    A retry is always allowed; a module once passed stays passed, and the best score is kept.
    """
    spec = content.MODULES_BY_SLUG.get(module)
    if spec is None:
        raise ServiceError(_("There is no module “%(module)s”.") % {"module": module}, code="unknown_module")
    found = next(m for m in programme_modules(programme=enrolment.programme) if m.slug == module)
    if not found.is_for(enrolment):
        raise ServiceError(
            _("This module is not part of your role in the programme."), code="not_your_module"
        )
    if enrolment.status not in ANSWERING_STATUSES:
        raise ServiceError(
            _("Your enrolment is %(status)s: modules can no longer be answered.")
            % {"status": enrolment.get_status_display().lower()},
            code="enrolment_closed",
        )
    correct = _check(spec, answers)
    score = sum(correct)
    passed = score == len(spec.answers)
    with transaction.atomic():
        completion, _created = ModuleCompletion.objects.select_for_update().get_or_create(
            enrolment=enrolment, module=module
        )
        now = timezone.now()
        completion.attempts += 1
        completion.questions = len(spec.answers)
        completion.score = max(completion.score, score)
        if passed and not completion.passed:
            completion.passed = True
            completion.completed_at = now
        completion.last_answers = list(answers)
        completion.last_attempt_at = now
        completion.save()
    return AnswerResult(
        score=score, total=len(spec.answers), passed=passed, correct=correct, completion=completion
    )


def _check(spec: content.ModuleSpec, answers: list[int | None]) -> list[bool]:
    if len(answers) != len(spec.answers):
        raise ServiceError(
            _("Answer all %(n)s questions; %(given)s answers were given.")
            % {"n": len(spec.answers), "given": len(answers)},
            code="answers_count",
        )
    unanswered = [str(number) for number, answer in enumerate(answers, start=1) if answer is None]
    if unanswered:
        raise ServiceError(
            _("Choose an answer to question %(numbers)s.") % {"numbers": ", ".join(unanswered)},
            code="unanswered",
        )
    for number, answer in enumerate(answers, start=1):
        if not 0 <= answer < spec.choices:
            raise ServiceError(
                _("Question %(number)s has no choice %(choice)s.") % {"number": number, "choice": answer},
                code="unknown_choice",
            )
    return [answer == right for answer, right in zip(answers, spec.answers, strict=True)]


def module_requirements_set(
    *,
    programme: Programme,
    required_for_mentors: set[str],
    required_for_mentees: set[str],
    gate: str | None = None,
) -> list[ModuleSetting]:
    """Choose which modules mentors and mentees must complete (and, if given, when the gate applies).

    Writes a setting for every built-in module, so the programme no longer follows the defaults.
    """
    unknown = sorted((required_for_mentors | required_for_mentees) - set(content.MODULES_BY_SLUG))
    if unknown:
        raise ServiceError(
            _("Unknown module(s): %(modules)s.") % {"modules": ", ".join(unknown)}, code="unknown_module"
        )
    for slug in sorted(required_for_mentors):
        if not content.MODULES_BY_SLUG[slug].for_mentors:
            raise ServiceError(
                _("“%(module)s” is written for mentees only; it cannot be required of mentors.")
                % {"module": content.module_text(slug)["title"]},
                code="wrong_role",
            )
    for slug in sorted(required_for_mentees):
        if not content.MODULES_BY_SLUG[slug].for_mentees:
            raise ServiceError(
                _("“%(module)s” is written for mentors only; it cannot be required of mentees.")
                % {"module": content.module_text(slug)["title"]},
                code="wrong_role",
            )
    if gate is not None and gate not in Programme.LearningGate.values:
        raise ServiceError(_("Unknown learning gate “%(gate)s”.") % {"gate": gate}, code="unknown_gate")
    settings = []
    with transaction.atomic():
        for spec in content.MODULES:
            setting, _created = ModuleSetting.objects.update_or_create(
                programme=programme,
                module=spec.slug,
                defaults={
                    "required_for_mentors": spec.slug in required_for_mentors,
                    "required_for_mentees": spec.slug in required_for_mentees,
                },
            )
            settings.append(setting)
        if gate is not None and gate != programme.learning_gate:
            programme.learning_gate = gate
            programme.save(update_fields=["learning_gate"])
    return settings
