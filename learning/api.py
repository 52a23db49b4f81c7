"""Guides and e-learning in the JSON API, with the same access rules as the pages."""

from datetime import datetime
from uuid import UUID

from django.http import Http404
from ninja import Router, Schema
from ninja.errors import HttpError

from core.access import programme_access_for
from core.api_fields import text_of
from programmes.models import Programme

from . import selectors, services
from .models import ModuleCompletion

router = Router(tags=["learning"])


class ModuleOut(Schema):
    slug: str
    position: int
    title: str
    summary: str
    minutes: int
    role: str
    required_for_mentors: bool
    required_for_mentees: bool

    @staticmethod
    def of(module: selectors.Module) -> dict:
        return {
            "slug": module.slug,
            "position": module.position,
            "title": module.title,
            "summary": module.text["summary"],
            "minutes": module.text["minutes"],
            "role": module.role,
            "required_for_mentors": module.required_for_mentors,
            "required_for_mentees": module.required_for_mentees,
        }


class SectionOut(Schema):
    title: str
    paragraphs: list[str]
    points: list[str] = []
    after: list[str] = []


class ChoiceOut(Schema):
    id: int
    text: str


class QuizQuestionOut(Schema):
    number: int
    text: str
    choices: list[ChoiceOut]


class ModuleDetailOut(ModuleOut):
    sections: list[SectionOut]
    questions: list[QuizQuestionOut]


class AnswersIn(Schema):
    answers: list[int | None]


class QuestionResultOut(Schema):
    number: int
    chosen: int | None
    correct: bool
    answer: int
    explanation: str


class AnswerResultOut(Schema):
    score: int
    total: int
    passed: bool
    module_passed: bool
    attempts: int
    questions: list[QuestionResultOut]


class ProgressOut(Schema):
    module: str
    title: str
    required: bool
    attempts: int
    best_score: int
    questions: int
    passed: bool
    completed_at: datetime | None


class MyProgressOut(Schema):
    learning_gate: str
    may_be_matched: bool
    may_accept: bool
    still_required: list[str]
    modules: list[ProgressOut]


class CompletionCountOut(Schema):
    module: str
    meant_for: int
    passed: int


class OrganisationCompletionOut(Schema):
    organisation: str
    name: str
    people: int | None
    complete: int | None


class PersonCompletionOut(Schema):
    enrolment: UUID
    name: str
    organisation: str
    role: str
    passed: list[str]
    missing: list[str]
    complete: bool


class CompletionOut(Schema):
    modules: list[CompletionCountOut]
    organisations: list[OrganisationCompletionOut]
    people: list[PersonCompletionOut]


class RequirementsIn(Schema):
    mentors: list[text_of(ModuleCompletion, "module")]
    mentees: list[text_of(ModuleCompletion, "module")]
    learning_gate: text_of(Programme, "learning_gate") | None = None


@router.get("/programmes/{slug}/learning/modules", response=list[ModuleOut])
def module_list(request, slug: str):
    access = programme_access_for(request.auth, slug)
    return [ModuleOut.of(m) for m in selectors.modules_for(access=access)]


@router.get("/programmes/{slug}/learning/progress", response=MyProgressOut)
def my_progress(request, slug: str):
    access = programme_access_for(request.auth, slug)
    rows = selectors.my_progress(access=access)  # 404 for anyone without an enrolment
    enrolment = access.enrolment
    return {
        "learning_gate": access.programme.learning_gate,
        "may_be_matched": selectors.required_modules_done(enrolment=enrolment, step=selectors.MATCH),
        "may_accept": selectors.required_modules_done(enrolment=enrolment, step=selectors.ACCEPT),
        "still_required": [m.slug for m in selectors.required_not_passed(enrolment=enrolment)],
        "modules": [
            {
                "module": row["module"].slug,
                "title": row["module"].title,
                "required": row["required"],
                "attempts": getattr(row["completion"], "attempts", 0),
                "best_score": getattr(row["completion"], "score", 0),
                "questions": len(row["module"].spec.answers),
                "passed": getattr(row["completion"], "passed", False),
                "completed_at": getattr(row["completion"], "completed_at", None),
            }
            for row in rows
        ],
    }


@router.get("/programmes/{slug}/learning/completion", response=CompletionOut)
def completion(request, slug: str):
    overview = selectors.progress_overview(access=programme_access_for(request.auth, slug))
    return {
        "modules": [
            {"module": r["module"].slug, "meant_for": r["meant_for"], "passed": r["passed"]}
            for r in overview["modules"]
        ],
        "organisations": [
            {
                "organisation": r["organisation"].key,
                "name": r["organisation"].name,
                "people": r["people"].shown,
                "complete": r["complete"].shown,
            }
            for r in overview["organisations"]
        ],
        "people": [
            {
                "enrolment": r["enrolment"].public_id,
                "name": r["enrolment"].user.name,
                "organisation": r["enrolment"].organisation.key,
                "role": r["enrolment"].role,
                "passed": [m.slug for m in r["passed"]],
                "missing": [m.slug for m in r["missing"]],
                "complete": r["complete"],
            }
            for r in overview["people"]
        ],
    }


@router.put("/programmes/{slug}/learning/requirements", response=list[ModuleOut])
def requirements_set(request, slug: str, payload: RequirementsIn):
    access = programme_access_for(request.auth, slug)
    if not access.is_manager:
        raise HttpError(404, "Not Found")
    services.module_requirements_set(
        programme=access.programme,
        required_for_mentors=set(payload.mentors),
        required_for_mentees=set(payload.mentees),
        gate=payload.learning_gate,
    )
    return [ModuleOut.of(m) for m in selectors.programme_modules(programme=access.programme)]


@router.get("/programmes/{slug}/learning/modules/{module}", response=ModuleDetailOut)
def module_get(request, slug: str, module: str):
    found = selectors.module_get(access=programme_access_for(request.auth, slug), slug=module)
    return {
        **ModuleOut.of(found),
        "sections": found.text["sections"],
        "questions": [
            {"number": q["number"], "text": q["text"], "choices": q["choices"]} for q in found.questions()
        ],
    }


@router.post("/programmes/{slug}/learning/modules/{module}/answers", response=AnswerResultOut)
def module_answer(request, slug: str, module: str, payload: AnswersIn):
    access = programme_access_for(request.auth, slug)
    found = selectors.module_get(access=access, slug=module)
    if access.enrolment is None or not found.is_for(access.enrolment):
        raise Http404
    result = services.module_answer(enrolment=access.enrolment, module=found.slug, answers=payload.answers)
    review = selectors.attempt_review(module=found, answers=payload.answers)
    return {
        "score": result.score,
        "total": result.total,
        "passed": result.passed,
        "module_passed": result.completion.passed,
        "attempts": result.completion.attempts,
        "questions": [
            {
                "number": item["number"],
                "chosen": item["chosen"],
                "correct": item["correct"],
                "answer": item["answer"],
                "explanation": item["explanation"],
            }
            for item in review
        ],
    }
