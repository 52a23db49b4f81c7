"""JSON API of the evaluation app: the same access rules as the pages.

Free-text survey answers are returned to their author and to the programme manager only.
"""

from datetime import datetime
from uuid import UUID

from django.http import Http404
from ninja import File, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile

from core.access import ProgrammeAccess, programme_access_for
from core.api_fields import text_of
from core.filters import choice, choice_query
from core.suppression import MIN_GROUP_SIZE

from . import selectors, services
from .models import (
    Assessment,
    Framework,
    FrameworkCompetence,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from .services import FrameworkImportFailed

router = Router(tags=["evaluation"])


class FrameworkCompetenceOut(Schema):
    slug: str
    name: str
    description: str
    levels: list[str]


class FrameworkOut(Schema):
    source: str
    mentor_assessment: bool
    competences: list[FrameworkCompetenceOut]


class FrameworkIn(Schema):
    source: Framework.Source
    mentor_assessment: bool = False


class CsvProblemOut(Schema):
    row: int
    column: str
    message: str


class CsvFailedOut(Schema):
    detail: str
    problems: list[CsvProblemOut] = []  # none when the request itself was refused (a NUL byte)


class AssessmentIn(Schema):
    phase: Assessment.Phase
    levels: dict[text_of(FrameworkCompetence, "slug"), int]


class GrowthRowOut(Schema):
    competence: str
    name: str
    start: int | None
    end: int | None
    change: int | None
    mentor_start: int | None
    mentor_end: int | None


class AssessmentsOut(Schema):
    person: UUID
    open: dict[str, bool]
    growth: list[GrowthRowOut]


class SurveyQuestionOut(Schema):
    id: UUID
    section: str
    kind: str
    audience: str
    text: str
    builtin: bool
    active: bool


class SurveyAnswerOut(Schema):
    question: UUID
    value: int | None
    text: str


class SurveyOut(Schema):
    role: str
    state: str
    questions: list[SurveyQuestionOut]
    answers: list[SurveyAnswerOut]


class SurveyAnswerIn(Schema):
    question: UUID
    value: int | None = None
    text: text_of(SurveyAnswer, "text") = ""


class SurveyIn(Schema):
    role: SurveyResponse.Role
    answers: list[SurveyAnswerIn]


class ResponseOut(Schema):
    id: UUID
    role: str
    submitted_at: datetime


class SurveyQuestionIn(Schema):
    text: text_of(SurveyQuestion, "text")
    section: SurveyQuestion.Section
    kind: SurveyQuestion.Kind = SurveyQuestion.Kind.SCALE
    audience: SurveyQuestion.Audience = SurveyQuestion.Audience.BOTH


class ScaleRowOut(Schema):
    question: UUID
    text: str
    section: str
    answers: int | None
    average: float | None


class FreeTextOut(Schema):
    question: UUID
    text: str
    answers: list[str]


class SurveyResultsOut(Schema):
    min_group_size: int
    scale: list[ScaleRowOut]
    free_text: list[FreeTextOut]


def _access(request, slug: str, *roles: str) -> ProgrammeAccess:
    access = programme_access_for(request.auth, slug)
    if roles and not set(roles) & set(access.roles):
        raise HttpError(404, "Not Found")
    return access


def _framework_out(framework: Framework) -> dict:
    return {
        "source": framework.source,
        "mentor_assessment": framework.mentor_assessment,
        "competences": [
            {"slug": c.slug, "name": c.label, "description": c.summary, "levels": c.level_texts}
            for c in selectors.framework_competences(framework=framework)
        ],
    }


def _question_out(question: SurveyQuestion) -> dict:
    return {
        "id": question.public_id,
        "section": question.section,
        "kind": question.kind,
        "audience": question.audience,
        "text": question.label,
        "builtin": question.is_builtin,
        "active": question.active,
    }


@router.get("/programmes/{slug}/evaluation/framework", response=FrameworkOut)
def framework_get(request, slug: str):
    access = _access(request, slug)
    return _framework_out(services.framework_get_or_create(programme=access.programme))


@router.put("/programmes/{slug}/evaluation/framework", response=FrameworkOut)
def framework_put(request, slug: str, payload: FrameworkIn):
    access = _access(request, slug, "manager")
    framework = services.framework_get_or_create(programme=access.programme)
    services.framework_update(
        framework=framework, source=payload.source, mentor_assessment=payload.mentor_assessment
    )
    return _framework_out(framework)


@router.post("/programmes/{slug}/evaluation/framework/csv", response={200: FrameworkOut, 400: CsvFailedOut})
def framework_upload(request, slug: str, file: File[UploadedFile]):
    """Replace the framework by the programme's own from a CSV; nothing changes if a row is wrong."""
    access = _access(request, slug, "manager")
    framework = services.framework_get_or_create(programme=access.programme)
    try:
        services.framework_import_csv(framework=framework, content=file.read())
    except FrameworkImportFailed as failure:
        problems = [{"row": p.row, "column": p.column, "message": p.message} for p in failure.problems]
        return Status(400, {"detail": failure.message, "problems": problems})
    framework.refresh_from_db()
    return _framework_out(framework)


def _assessments_out(access: ProgrammeAccess, enrolment, windows: dict) -> dict:
    framework = services.framework_get_or_create(programme=access.programme)
    rows = selectors.growth_rows(framework=framework, enrolment=enrolment)
    return {
        "person": enrolment.user.public_id,
        "open": windows,
        "growth": [
            {
                "competence": row["competence"].slug,
                "name": row["competence"].label,
                **{key: row[key] for key in ("start", "end", "change", "mentor_start", "mentor_end")},
            }
            for row in rows
        ],
    }


def _own_mentee_access(request, slug: str) -> ProgrammeAccess:
    access = _access(request, slug, "participant")
    if not selectors.is_mentee(access):
        raise HttpError(404, "Not Found")
    return access


@router.get("/programmes/{slug}/evaluation/assessments", response=AssessmentsOut)
def my_assessments(request, slug: str):
    """The actor's own start and end levels per competence (and their mentor's view, if given)."""
    access = _own_mentee_access(request, slug)
    return _assessments_out(access, access.enrolment, selectors.assessment_windows(access=access))


@router.post("/programmes/{slug}/evaluation/assessments", response=AssessmentsOut)
def my_assessment_submit(request, slug: str, payload: AssessmentIn):
    access = _own_mentee_access(request, slug)
    services.assessment_submit(access=access, phase=payload.phase, levels=payload.levels)
    return _assessments_out(access, access.enrolment, selectors.assessment_windows(access=access))


def _mentee(request, slug: str, public_id: UUID):
    access = _access(request, slug, "participant")
    try:
        mentee = selectors.mentee_for_mentor(access=access, public_id=public_id)
    except Http404 as error:
        raise HttpError(404, "Not Found") from error
    if not services.framework_get_or_create(programme=access.programme).mentor_assessment:
        raise HttpError(404, "Not Found")
    return access, mentee


@router.get("/programmes/{slug}/evaluation/mentees/{public_id}/assessments", response=AssessmentsOut)
def mentee_assessments(request, slug: str, public_id: UUID):
    """A mentor's view of their own mentee's levels; `open` tells which phases the mentor may give."""
    access, mentee = _mentee(request, slug, public_id)
    windows = selectors.mentor_assessment_windows(access=access, mentee=mentee)
    return _assessments_out(access, mentee, windows)


@router.post("/programmes/{slug}/evaluation/mentees/{public_id}/assessments", response=AssessmentsOut)
def mentee_assessment_submit(request, slug: str, public_id: UUID, payload: AssessmentIn):
    access, mentee = _mentee(request, slug, public_id)
    services.assessment_submit(access=access, phase=payload.phase, levels=payload.levels, mentee=mentee)
    windows = selectors.mentor_assessment_windows(access=access, mentee=mentee)
    return _assessments_out(access, mentee, windows)


@router.get("/programmes/{slug}/evaluation/survey", response=SurveyOut)
def survey_get(request, slug: str, role: str = choice_query(SurveyResponse.Role.values)):
    """The questions asked of the actor in one role, its state, and their own answers once given."""
    role = choice(role, SurveyResponse.Role.values, name="role")
    access = _access(request, slug, "participant")
    survey = services.survey_get_or_create(programme=access.programme)
    state = selectors.survey_state(access=access, survey=survey)
    role = role or next(iter(state), "")
    if role not in state:
        raise HttpError(404, "Not Found")
    answers = selectors.survey_own_answers(access=access, survey=survey, role=role)
    return {
        "role": role,
        "state": state[role],
        "questions": [_question_out(q) for q in selectors.survey_questions_for(survey=survey, role=role)],
        "answers": [{"question": a.question.public_id, "value": a.value, "text": a.text} for a in answers],
    }


@router.post("/programmes/{slug}/evaluation/survey", response={201: ResponseOut})
def survey_submit(request, slug: str, payload: SurveyIn):
    access = _access(request, slug, "participant")
    if payload.role not in selectors.survey_roles(access=access):
        raise HttpError(404, "Not Found")
    answers = {str(a.question): (a.value if a.value is not None else a.text) for a in payload.answers}
    response = services.survey_submit(access=access, role=payload.role, answers=answers)
    return Status(
        201, {"id": response.public_id, "role": response.role, "submitted_at": response.submitted_at}
    )


@router.get("/programmes/{slug}/evaluation/survey/questions", response=list[SurveyQuestionOut])
def question_list(request, slug: str):
    access = _access(request, slug, "manager")
    survey = services.survey_get_or_create(programme=access.programme)
    return [_question_out(q) for q in survey.questions.all()]


@router.post("/programmes/{slug}/evaluation/survey/questions", response={201: SurveyQuestionOut})
def question_add(request, slug: str, payload: SurveyQuestionIn):
    access = _access(request, slug, "manager")
    survey = services.survey_get_or_create(programme=access.programme)
    question = services.survey_question_add(survey=survey, **payload.dict())
    return Status(201, _question_out(question))


class SurveyOpenOut(Schema):
    opened_at: datetime


@router.post("/programmes/{slug}/evaluation/survey/open", response=SurveyOpenOut)
def survey_open(request, slug: str):
    """Open the end assessment and the survey now for everyone with a mentorship or a group."""
    survey = services.survey_open(access=_access(request, slug, "manager"))
    return {"opened_at": survey.opened_at}


@router.get("/programmes/{slug}/evaluation/survey/results", response=SurveyResultsOut)
def survey_results(request, slug: str):
    """Scale averages (none under five answers) and anonymous free text: the programme manager only."""
    access = _access(request, slug, "manager")
    survey = services.survey_get_or_create(programme=access.programme)
    return {
        "min_group_size": MIN_GROUP_SIZE,
        "scale": [
            {
                "question": row["question"].public_id,
                "text": row["question"].label,
                "section": row["question"].section,
                "answers": row["answers"].shown,
                "average": row["mean"].shown,
            }
            for row in selectors.survey_scale_summary(survey=survey)
        ],
        "free_text": [
            {
                "question": question.public_id,
                "text": question.label,
                "answers": [a.text for a in answers or []],
            }
            for question, answers in selectors.survey_free_text(access=access, survey=survey)
        ],
    }
