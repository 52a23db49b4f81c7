"""Reads of guides and e-learning, and the learning gate other apps ask before matching or accepting.

The gate, for the relationships and matching code:

- `required_modules_done(enrolment=e, step="match")` before a mentee sends a request or anyone is
  put in a match pool; `step="accept"` before a mentor accepts a request or anyone accepts a
  proposal. Both are True whenever the programme's `learning_gate` does not cover that step, so
  callers need not read the gate themselves.
- `missing_modules(...)` gives the modules still to pass (same arguments), `learning_gate_check(...)`
  raises a ServiceError naming them, and `blocked_enrolment_ids(programme=, step=)` answers for a
  whole programme in two queries (for the match pool).

Without `step`, any gate counts: True only when the programme has no gate or nothing is missing.
"""

import hashlib
from dataclasses import dataclass
from functools import cached_property

from django.http import Http404
from django.utils.translation import gettext as _

from core.access import ProgrammeAccess
from core.errors import ServiceError
from core.suppression import count, withhold_complements
from programmes.models import Enrolment, Programme

from . import content
from .models import ModuleCompletion, ModuleSetting

# Enrolments whose progress counts, and who may answer a module.
PROGRESS_STATUSES = (
    Enrolment.Status.APPLIED,
    Enrolment.Status.APPROVED,
    Enrolment.Status.ACTIVE,
    Enrolment.Status.ALUMNI,
)
ANSWERING_STATUSES = (Enrolment.Status.APPLIED, Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)

MATCH = "match"
ACCEPT = "accept"
# The gate settings that apply at each step: one before matching also holds before accepting.
GATES_AT_STEP = {
    MATCH: {Programme.LearningGate.BEFORE_MATCHING},
    ACCEPT: {Programme.LearningGate.BEFORE_MATCHING, Programme.LearningGate.BEFORE_ACCEPTING},
    None: {Programme.LearningGate.BEFORE_MATCHING, Programme.LearningGate.BEFORE_ACCEPTING},
}


@dataclass(frozen=True)
class Module:
    """A built-in module as one programme uses it, with its text in the current language."""

    spec: content.ModuleSpec
    position: int
    required_for_mentors: bool
    required_for_mentees: bool

    @property
    def slug(self) -> str:
        return self.spec.slug

    @property
    def role(self) -> str:
        return self.spec.role

    @cached_property
    def text(self) -> dict:
        return content.module_text(self.slug)

    @property
    def title(self) -> str:
        return self.text["title"]

    def is_for(self, enrolment: Enrolment) -> bool:
        return (self.spec.for_mentors and enrolment.is_mentor) or (
            self.spec.for_mentees and enrolment.is_mentee
        )

    def is_required_of(self, enrolment: Enrolment) -> bool:
        return (self.required_for_mentors and enrolment.is_mentor) or (
            self.required_for_mentees and enrolment.is_mentee
        )

    def questions(self) -> list[dict]:
        """The questions with their choices in a fixed shuffled order; a choice's id is its index in
        the content, so the right answer is not always in the same place."""
        result = []
        for number, question in enumerate(self.text["questions"]):
            ids = sorted(
                range(len(question["choices"])),
                key=lambda i, n=number: hashlib.sha256(f"{self.slug}:{n}:{i}".encode()).hexdigest(),
            )
            result.append(
                {
                    "number": number,
                    "text": question["text"],
                    "choices": [{"id": i, "text": question["choices"][i]} for i in ids],
                    "explanation": question["explanation"],
                    "answer": self.spec.answers[number],
                }
            )
        return result


def programme_modules(*, programme: Programme) -> list[Module]:
    """The programme's modules in order, with its manager's choice of required ones (or the defaults)."""
    settings = {s.module: s for s in ModuleSetting.objects.filter(programme=programme)}
    modules = []
    for position, spec in enumerate(content.MODULES, start=1):
        setting = settings.get(spec.slug)
        for_mentors = setting.required_for_mentors if setting else spec.required_for_mentors
        for_mentees = setting.required_for_mentees if setting else spec.required_for_mentees
        modules.append(
            Module(
                spec=spec,
                position=position,
                required_for_mentors=for_mentors and spec.for_mentors,
                required_for_mentees=for_mentees and spec.for_mentees,
            )
        )
    return modules


def modules_for(*, access: ProgrammeAccess) -> list[Module]:
    """A participant's modules (those for their role); every module for a manager or coordinator."""
    modules = programme_modules(programme=access.programme)
    if access.enrolment is not None:
        return [m for m in modules if m.is_for(access.enrolment)]
    if access.sees_individuals:
        return modules
    raise Http404


def module_get(*, access: ProgrammeAccess, slug: str) -> Module:
    """One module the actor may open: one for their role, or any for a manager or coordinator."""
    modules = programme_modules(programme=access.programme)
    found = next((m for m in modules if m.slug == slug), None)
    if found is None:
        raise Http404
    own = access.enrolment is not None and found.is_for(access.enrolment)
    if not (own or access.sees_individuals):
        raise Http404
    return found


def may_answer(*, access: ProgrammeAccess, module: Module) -> bool:
    enrolment = access.enrolment
    return enrolment is not None and enrolment.status in ANSWERING_STATUSES and module.is_for(enrolment)


def guides_for(*, access: ProgrammeAccess) -> list[dict]:
    """The guides the actor reads: their role's (both for `both`), both for a manager or coordinator."""
    enrolment = access.enrolment
    if access.sees_individuals or (enrolment is not None and enrolment.role == Enrolment.Role.BOTH):
        roles = content.GUIDE_ROLES
    elif enrolment is not None:
        roles = (content.MENTOR,) if enrolment.is_mentor else (content.MENTEE,)
    else:
        raise Http404
    guides = []
    for role in roles:
        text = content.guide_text(role)
        sections = [{"key": key, **text["sections"][key]} for key in content.GUIDE_SECTIONS]
        guides.append({"role": role, "title": text["title"], "intro": text["intro"], "sections": sections})
    return guides


def completions_of(*, enrolment: Enrolment) -> dict[str, ModuleCompletion]:
    return {c.module: c for c in ModuleCompletion.objects.filter(enrolment=enrolment)}


def my_progress(*, access: ProgrammeAccess) -> list[dict]:
    """Per module of the participant: required or not, and their completion (None when not started)."""
    enrolment = access.enrolment
    if enrolment is None:
        raise Http404
    completions = completions_of(enrolment=enrolment)
    return [
        {"module": m, "required": m.is_required_of(enrolment), "completion": completions.get(m.slug)}
        for m in programme_modules(programme=access.programme)
        if m.is_for(enrolment)
    ]


# The gate -----------------------------------------------------------------------------------------


def gate_applies(*, programme: Programme, step: str | None = None) -> bool:
    if step not in GATES_AT_STEP:
        raise ValueError(f"unknown step {step!r}: use 'match', 'accept' or None")
    return programme.learning_gate in GATES_AT_STEP[step]


def required_not_passed(*, enrolment: Enrolment) -> list[Module]:
    """The programme's required modules for this person's role(s) that they have not passed, gate or not."""
    passed = set(
        ModuleCompletion.objects.filter(enrolment=enrolment, passed=True).values_list("module", flat=True)
    )
    return [
        m
        for m in programme_modules(programme=enrolment.programme)
        if m.is_required_of(enrolment) and m.slug not in passed
    ]


def missing_modules(*, enrolment: Enrolment, step: str | None = None) -> list[Module]:
    """The modules the programme's gate still asks of this person at `step` ([] when it asks none)."""
    if not gate_applies(programme=enrolment.programme, step=step):
        return []
    return required_not_passed(enrolment=enrolment)


def required_modules_done(*, enrolment: Enrolment, step: str | None = None) -> bool:
    """True when the programme's learning gate lets this person through at `step`."""
    return not missing_modules(enrolment=enrolment, step=step)


def learning_gate_check(*, enrolment: Enrolment, step: str | None = None) -> None:
    """Raise a ServiceError naming the modules still to complete, if the gate holds this person back."""
    missing = missing_modules(enrolment=enrolment, step=step)
    if missing:
        raise ServiceError(
            _("%(name)s must first complete the required e-learning: %(modules)s.")
            % {
                "name": enrolment.user.name or enrolment.user.email,
                "modules": ", ".join(m.title for m in missing),
            },
            code="learning_required",
        )


def blocked_enrolment_ids(*, programme: Programme, step: str | None = None) -> set[int]:
    """Ids of the programme's enrolments the gate holds back at `step`, in two queries."""
    if not gate_applies(programme=programme, step=step):
        return set()
    modules = [
        m for m in programme_modules(programme=programme) if m.required_for_mentors or m.required_for_mentees
    ]
    if not modules:
        return set()
    passed = _passed_by_enrolment(programme)
    return {
        enrolment.pk
        for enrolment in Enrolment.objects.filter(programme=programme).only("pk", "role")
        if any(m.is_required_of(enrolment) and m.slug not in passed.get(enrolment.pk, ()) for m in modules)
    }


def _passed_by_enrolment(programme: Programme) -> dict[int, set[str]]:
    rows = ModuleCompletion.objects.filter(enrolment__programme=programme, passed=True).values_list(
        "enrolment_id", "module"
    )
    passed: dict[int, set[str]] = {}
    for enrolment_id, slug in rows:
        passed.setdefault(enrolment_id, set()).add(slug)
    return passed


# Progress for managers and coordinators ---------------------------------------------------------


def progress_overview(*, access: ProgrammeAccess) -> dict:
    """Completion in the programme as the actor may see it.

    `people`: individual rows, every participant for the manager, their own organisations' for a
    coordinator. `modules`: per module, how many of those people it is meant for and how many passed.
    `organisations`: per member organisation, participants and how many completed every required
    module, as `Figure`s withheld under the one small-group rule (see `_organisation_rows`).
    """
    if not access.sees_individuals:
        raise Http404
    programme = access.programme
    modules = programme_modules(programme=programme)
    passed = _passed_by_enrolment(programme)
    everyone = list(
        Enrolment.objects.filter(programme=programme, status__in=PROGRESS_STATUSES).select_related(
            "user", "organisation"
        )
    )
    visible_ids = set(access.enrolments().values_list("pk", flat=True))
    if not access.is_manager:
        # A coordinator's own enrolment is theirs to see, but not as one of "their people".
        own_organisations = access.coordinated_organisation_ids
        visible_ids = {
            e.pk for e in everyone if e.pk in visible_ids and e.organisation_id in own_organisations
        }
    complete_ids, people = set(), []
    for enrolment in everyone:
        done = passed.get(enrolment.pk, set())
        required = [m for m in modules if m.is_required_of(enrolment)]
        if all(m.slug in done for m in required):
            complete_ids.add(enrolment.pk)
        if enrolment.pk in visible_ids:
            people.append(
                {
                    "enrolment": enrolment,
                    "passed": [m for m in modules if m.slug in done and m.is_for(enrolment)],
                    "missing": [m for m in required if m.slug not in done],
                    "complete": enrolment.pk in complete_ids,
                }
            )
    people.sort(key=lambda row: (row["enrolment"].organisation.name, row["enrolment"].user.name))
    visible = [row["enrolment"] for row in people]
    module_rows = [
        {
            "module": m,
            "meant_for": sum(1 for e in visible if m.is_for(e)),
            "passed": sum(1 for e in visible if m.is_for(e) and m.slug in passed.get(e.pk, ())),
        }
        for m in modules
    ]
    return {
        "people": people,
        "modules": module_rows,
        "organisations": _organisation_rows(access, everyone, complete_ids),
    }


def _organisation_rows(
    access: ProgrammeAccess, everyone: list[Enrolment], complete_ids: set[int]
) -> list[dict]:
    """Per member organisation: its participants and those who completed every required module,
    as `Figure`s under the one rule (core.suppression), whoever reads them: with the participants
    shown, those done show only when neither they nor those not done are fewer than five ("1 of
    6 complete", or "0 of 6", says something about a person)."""
    memberships = access.programme.memberships.select_related("organisation").order_by("organisation__name")
    rows = []
    for membership in memberships:
        organisation = membership.organisation
        theirs = [e for e in everyone if e.organisation_id == organisation.pk]
        done = sum(1 for e in theirs if e.pk in complete_ids)
        not_done = count(len(theirs) - done).withhold()  # never shown, but people minus those done
        complete, _not_done = withhold_complements([count(done), not_done], disjoint=True)
        rows.append(
            {
                "organisation": organisation,
                "own": access.is_manager or organisation.pk in access.coordinated_organisation_ids,
                "people": count(len(theirs)),
                "complete": complete,
            }
        )
    return rows


def attempt_review(*, module: Module, answers: list) -> list[dict]:
    """The questions with the given answers marked: chosen, right or wrong, and the explanation."""
    review = []
    for question in module.questions():
        number = question["number"]
        chosen = answers[number] if number < len(answers) else None
        review.append({**question, "chosen": chosen, "correct": chosen == question["answer"]})
    return review
