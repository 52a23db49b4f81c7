"""Writes of the evaluation app: frameworks, assessments and the evaluation survey.

Every multi-row write runs in one transaction; every refusal is a ServiceError whose message says
what is wrong.
"""

import csv
import io
import re
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.access import ProgrammeAccess
from core.errors import ServiceError
from core.parse import nul_line
from core.spreadsheets import restore
from programmes.models import Enrolment, Programme

from . import frameworks, selectors, survey_questions
from .models import (
    Assessment,
    Framework,
    FrameworkCompetence,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)

CSV_COLUMNS = ["slug", "name", "description", "level_1", "level_2", "level_3", "level_4", "level_5"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_COMPETENCES = 40


# Frameworks ---------------------------------------------------------------------------------------


def framework_get_or_create(*, programme: Programme) -> Framework:
    """The programme's framework; a new one is the built-in framework."""
    framework = Framework.objects.filter(programme=programme).first()
    if framework is not None:
        return framework
    try:
        # The framework and its competences together, or neither; two first visits at once both
        # end up with the one that won.
        with transaction.atomic():
            framework = Framework.objects.create(programme=programme)
            _builtin_competences_create(framework)
    except IntegrityError:
        framework = Framework.objects.get(programme=programme)
    return framework


def _builtin_competences_create(framework: Framework) -> None:
    FrameworkCompetence.objects.bulk_create(
        [
            FrameworkCompetence(framework=framework, slug=slug, order=order)
            for order, slug in enumerate(frameworks.slugs(), start=1)
        ]
    )


def _refuse_when_assessed(framework: Framework) -> None:
    if Assessment.objects.filter(competence__framework=framework).exists():
        raise ServiceError(
            _("Assessments have already been given against this framework, so it cannot be replaced."),
            code="framework_in_use",
        )


@transaction.atomic
def framework_update(*, framework: Framework, source: str, mentor_assessment: bool) -> Framework:
    """Change the framework's source (built-in or own) and whether mentors assess too.

    Switching to an own framework starts from the built-in texts in the manager's language, to be
    edited; switching back replaces the own competences by the built-in ones.
    """
    if source not in Framework.Source.values:
        raise ServiceError(_("Choose the built-in framework or the programme's own."))
    if source != framework.source:
        _refuse_when_assessed(framework)
        if source == Framework.Source.BUILTIN:
            framework.competences.all().delete()
            framework.source = source
            _builtin_competences_create(framework)
        else:
            for competence in framework.competences.all():
                texts = frameworks.competence(competence.slug)
                competence.name = texts["name"]
                competence.description = texts["description"]
                competence.levels = texts["levels"]
                competence.save()
            framework.source = source
    framework.mentor_assessment = mentor_assessment
    framework.save()
    return framework


def _clean_competence_texts(name: str, description: str, levels: list[str]) -> tuple[str, str, list[str]]:
    name, description = name.strip(), description.strip()
    levels = [level.strip() for level in levels]
    if not name:
        raise ServiceError(_("Give the competence a name."))
    if len(name) > 120:
        raise ServiceError(_("The name is longer than 120 characters."))
    if len(levels) != 5 or not all(levels):
        raise ServiceError(_("Describe each of the five levels."))
    return name, description, levels


@transaction.atomic
def framework_competence_save(
    *,
    framework: Framework,
    slug: str,
    name: str,
    description: str,
    levels: list[str],
    competence: FrameworkCompetence | None = None,
) -> FrameworkCompetence:
    """Add a competence to the programme's own framework, or edit one."""
    if framework.is_builtin:
        raise ServiceError(_("The built-in framework cannot be edited; switch to the programme's own first."))
    name, description, levels = _clean_competence_texts(name, description, levels)
    if competence is None:
        slug = slug.strip().lower()
        if not SLUG.match(slug):
            raise ServiceError(_("The key may only hold lower-case letters, digits and single hyphens."))
        if framework.competences.filter(slug=slug).exists():
            raise ServiceError(_("There is already a competence with the key “%(slug)s”.") % {"slug": slug})
        if framework.competences.count() >= MAX_COMPETENCES:
            raise ServiceError(_("A framework holds at most %(n)s competences.") % {"n": MAX_COMPETENCES})
        order = (framework.competences.order_by("-order").values_list("order", flat=True).first() or 0) + 1
        competence = FrameworkCompetence(framework=framework, slug=slug, order=order)
    competence.name, competence.description, competence.levels = name, description, levels
    competence.save()
    return competence


def framework_competence_remove(*, competence: FrameworkCompetence) -> None:
    if competence.framework.is_builtin:
        raise ServiceError(_("The built-in framework cannot be edited; switch to the programme's own first."))
    if competence.assessments.exists():
        raise ServiceError(
            _("“%(name)s” has been assessed already, so it cannot be removed.") % {"name": competence.label}
        )
    competence.delete()


@dataclass(frozen=True)
class CsvProblem:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("row %(row)s, column %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


class FrameworkImportFailed(ServiceError):
    def __init__(self, problems: list[CsvProblem]):
        super().__init__(
            ngettext(
                "%(count)s problem found; nothing was changed.",
                "%(count)s problems found; nothing was changed.",
                len(problems),
            )
            % {"count": len(problems)},
            code="import_failed",
        )
        self.problems = problems


def _read_csv(content: bytes | str) -> list[dict]:
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FrameworkImportFailed([CsvProblem(1, "-", _("The file is not UTF-8 text."))]) from error
    row = nul_line(content)
    if row is not None:
        raise FrameworkImportFailed(
            [CsvProblem(row, "-", _("A NUL character (\\0) cannot be imported: remove it."))]
        )
    reader = csv.DictReader(io.StringIO(content))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [column for column in CSV_COLUMNS if column not in header]
    if missing:
        raise FrameworkImportFailed(
            [CsvProblem(1, column, _("this column is missing from the header row")) for column in missing]
        )
    reader.fieldnames = header
    # A framework downloaded from the product has its formula-like cells quoted (core.spreadsheets).
    return [{k: restore(v) if isinstance(v, str) else v for k, v in row.items()} for row in reader]


def _check_csv_rows(rows: list[dict], framework: Framework) -> list[CsvProblem]:
    problems, seen = [], {}
    if not rows:
        problems.append(CsvProblem(2, "slug", _("the file has no competences")))
    if len(rows) > MAX_COMPETENCES:
        problems.append(
            CsvProblem(
                MAX_COMPETENCES + 2, "slug", _("a framework holds at most %(n)s") % {"n": MAX_COMPETENCES}
            )
        )
    for number, row in enumerate(rows, start=2):
        if None in row:
            problems.append(CsvProblem(number, "-", _("the row has more values than the header")))
        values = {column: (row.get(column) or "").strip() for column in CSV_COLUMNS}
        slug = values["slug"]
        if not SLUG.match(slug):
            problems.append(
                CsvProblem(
                    number, "slug", _("“%(value)s” is not a key: use a-z, 0-9 and hyphens") % {"value": slug}
                )
            )
        elif slug in seen:
            problems.append(
                CsvProblem(
                    number,
                    "slug",
                    _("“%(value)s” is also in row %(other)s") % {"value": slug, "other": seen[slug]},
                )
            )
        else:
            seen[slug] = number
        if not values["name"]:
            problems.append(CsvProblem(number, "name", _("the name is empty")))
        elif len(values["name"]) > 120:
            problems.append(CsvProblem(number, "name", _("the name is longer than 120 characters")))
        if len(values["description"]) > 1000:
            problems.append(
                CsvProblem(number, "description", _("the description is longer than 1000 characters"))
            )
        for column in CSV_COLUMNS[3:]:
            if not values[column]:
                problems.append(CsvProblem(number, column, _("the level description is empty")))
    assessed = (
        framework.competences.filter(assessments__isnull=False)
        .exclude(slug__in=list(seen))
        .values_list("slug", flat=True)
        .distinct()
    )
    for slug in sorted(assessed):
        problems.append(
            CsvProblem(
                len(rows) + 2,
                "slug",
                _("“%(value)s” has been assessed already; keep its row so it is not removed")
                % {"value": slug},
            )
        )
    return problems


@transaction.atomic
def framework_import_csv(*, framework: Framework, content: bytes | str) -> int:
    """Replace the programme's own framework by the CSV's rows; all or nothing. Returns the count."""
    rows = _read_csv(content)
    problems = _check_csv_rows(rows, framework)
    if problems:
        raise FrameworkImportFailed(problems)
    existing = {competence.slug: competence for competence in framework.competences.all()}
    slugs = []
    for order, row in enumerate(rows, start=1):
        slug = row["slug"].strip()
        slugs.append(slug)
        competence = existing.get(slug) or FrameworkCompetence(framework=framework, slug=slug)
        competence.order = order
        competence.name = row["name"].strip()
        competence.description = row["description"].strip()
        competence.levels = [row[column].strip() for column in CSV_COLUMNS[3:]]
        competence.save()
    framework.competences.exclude(slug__in=slugs).delete()
    framework.source = Framework.Source.CUSTOM
    framework.save()
    return len(rows)


# Assessments --------------------------------------------------------------------------------------


def _checked_levels(framework: Framework, levels: dict[str, int]) -> dict[FrameworkCompetence, int]:
    competences = list(framework.competences.filter(active=True))
    known = {competence.slug: competence for competence in competences}
    unknown = sorted(set(levels) - set(known))
    if unknown:
        raise ServiceError(_("Unknown competence: %(slugs)s.") % {"slugs": ", ".join(unknown)})
    missing = [competence.label for competence in competences if competence.slug not in levels]
    if missing:
        raise ServiceError(_("Choose a level for: %(names)s.") % {"names": ", ".join(missing)})
    checked = {}
    for slug, level in levels.items():
        if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 5:
            raise ServiceError(
                _("The level of “%(name)s” must be a whole number from 1 to 5.") % {"name": known[slug].label}
            )
        checked[known[slug]] = level
    return checked


@transaction.atomic
def assessment_submit(
    *, access: ProgrammeAccess, phase: str, levels: dict[str, int], mentee: Enrolment | None = None
) -> list[Assessment]:
    """Save the actor's assessment of every competence for one phase.

    Without `mentee` it is the actor's self-assessment; with it, the actor assesses that mentee as
    their mentor (only their own mentees, only when the programme asks mentors to assess).
    Submitting the same phase again while it is open replaces the levels.
    """
    if phase not in Assessment.Phase.values:
        raise ServiceError(_("The phase must be “start” or “end”."))
    framework = framework_get_or_create(programme=access.programme)
    if mentee is None:
        assessor, enrolment = Assessment.Assessor.SELF, access.enrolment
        window = selectors.assessment_windows(access=access)
    else:
        if not framework.mentor_assessment:
            raise ServiceError(_("In this programme mentors do not assess their mentees."))
        assessor, enrolment = Assessment.Assessor.MENTOR, mentee
        window = selectors.mentor_assessment_windows(access=access, mentee=mentee)
    if enrolment is None or not window.get(phase):
        raise ServiceError(str(selectors.WINDOW_CLOSED[phase]), code="assessment_closed")
    checked = _checked_levels(framework, levels)
    # `start_level` on END rows (see the model): an end copies its start's level; a start
    # (re)submitted after the end updates the end rows in one UPDATE below.
    same = Assessment.objects.filter(enrolment=enrolment, assessor=assessor, competence__in=list(checked))
    starts = {}
    if phase == Assessment.Phase.END:
        starts = dict(same.filter(phase=Assessment.Phase.START).values_list("competence_id", "level"))
    saved = []
    for competence, level in checked.items():
        assessment, _created = Assessment.objects.update_or_create(
            enrolment=enrolment,
            competence=competence,
            phase=phase,
            assessor=assessor,
            defaults={
                "level": level,
                "assessed_by": access.user,
                "programme": access.programme,
                "start_level": starts.get(competence.pk),
            },
        )
        saved.append(assessment)
    if phase == Assessment.Phase.START:
        assessment_start_levels_refresh(same)
    return saved


def assessment_start_levels_refresh(assessments: QuerySet) -> int:
    """Set `start_level` of the END rows among `assessments` from their START assessments, in one
    UPDATE; returns how many END rows it touched.

    For assessments written other than through `assessment_submit` (bulk loads, fixtures): call it
    after writing them, with a queryset covering the END rows concerned.
    """
    start = Assessment.objects.filter(
        enrolment=OuterRef("enrolment"),
        competence=OuterRef("competence"),
        assessor=OuterRef("assessor"),
        phase=Assessment.Phase.START,
    ).values("level")[:1]
    return assessments.filter(phase=Assessment.Phase.END).update(start_level=Subquery(start))


# The evaluation survey ----------------------------------------------------------------------------


def survey_get_or_create(*, programme: Programme) -> Survey:
    """The programme's survey, with every built-in question (added if new ones were written since)."""
    survey, _created = Survey.objects.get_or_create(programme=programme)
    present = set(survey.questions.exclude(key="").values_list("key", flat=True))
    missing = [
        SurveyQuestion(
            survey=survey,
            key=key,
            section=section,
            kind=kind,
            audience=audience,
            text=texts["en"],
            order=order,
        )
        for order, (key, section, kind, audience, texts) in enumerate(survey_questions.QUESTIONS, start=1)
        if key not in present
    ]
    if missing:
        SurveyQuestion.objects.bulk_create(missing, ignore_conflicts=True)
    return survey


def survey_open(*, access: ProgrammeAccess) -> Survey:
    """The manager opens the end assessment and the survey now for everyone mentored in the
    programme (a mentorship that started, or a group); opening twice keeps the first date."""
    if not access.is_manager:
        raise ServiceError(_("Only the programme manager opens the evaluation."), code="not_manager")
    survey = survey_get_or_create(programme=access.programme)
    Survey.objects.filter(pk=survey.pk, opened_at__isnull=True).update(opened_at=timezone.now())
    survey.refresh_from_db(fields=["opened_at"])
    return survey


def _clean_question(text: str, section: str, kind: str, audience: str) -> str:
    text = text.strip()
    if not text:
        raise ServiceError(_("Write the question."))
    if len(text) > 300:
        raise ServiceError(_("The question is longer than 300 characters."))
    if section not in SurveyQuestion.Section.values:
        raise ServiceError(_("Choose one of the sections."))
    if kind not in SurveyQuestion.Kind.values:
        raise ServiceError(_("Choose a scale or free text."))
    if audience not in SurveyQuestion.Audience.values:
        raise ServiceError(_("Choose who is asked: mentors, mentees or both."))
    return text


def survey_question_add(
    *, survey: Survey, text: str, section: str, kind: str, audience: str
) -> SurveyQuestion:
    text = _clean_question(text, section, kind, audience)
    last = survey.questions.order_by("-order").values_list("order", flat=True).first() or 0
    return SurveyQuestion.objects.create(
        survey=survey, text=text, section=section, kind=kind, audience=audience, order=last + 1
    )


def survey_question_update(
    *, question: SurveyQuestion, text: str, section: str, kind: str, audience: str
) -> SurveyQuestion:
    if question.is_builtin:
        raise ServiceError(_("Built-in questions cannot be changed; you can stop asking them."))
    text = _clean_question(text, section, kind, audience)
    if kind != question.kind and question.answers.exists():
        raise ServiceError(_("This question has answers already, so its kind of answer cannot change."))
    question.text, question.section, question.kind, question.audience = text, section, kind, audience
    question.save()
    return question


def survey_question_set_active(*, question: SurveyQuestion, active: bool) -> SurveyQuestion:
    question.active = active
    question.save(update_fields=["active"])
    return question


def survey_question_remove(*, question: SurveyQuestion) -> None:
    if question.is_builtin:
        raise ServiceError(_("Built-in questions cannot be removed; you can stop asking them."))
    if question.answers.exists():
        raise ServiceError(_("This question has answers already; stop asking it instead of removing it."))
    question.delete()


@dataclass(frozen=True)
class AnswerIn:
    question: SurveyQuestion
    value: int | None = None
    text: str = ""


def _checked_answers(questions: list[SurveyQuestion], answers: dict) -> list[AnswerIn]:
    """`answers` maps question public ids (str) to an int (scale) or a str (text)."""
    by_id = {str(question.public_id): question for question in questions}
    unknown = sorted(set(map(str, answers)) - set(by_id))
    if unknown:
        raise ServiceError(_("These questions are not asked of you: %(ids)s.") % {"ids": ", ".join(unknown)})
    checked, missing = [], []
    for question in questions:
        raw = answers.get(str(question.public_id))
        if question.kind == SurveyQuestion.Kind.SCALE:
            if raw in (None, ""):
                missing.append(question.label)
                continue
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = 0
            if isinstance(raw, bool) or not 1 <= value <= 5:
                raise ServiceError(
                    _("The answer to “%(question)s” must be a number from 1 to 5.")
                    % {"question": question.label}
                )
            checked.append(AnswerIn(question=question, value=value))
        else:
            text = str(raw or "").strip()
            if len(text) > 4000:
                raise ServiceError(
                    _("The answer to “%(question)s” is longer than 4000 characters.")
                    % {"question": question.label}
                )
            if text:
                checked.append(AnswerIn(question=question, text=text))
    if missing:
        raise ServiceError(_("Please answer: %(questions)s") % {"questions": " · ".join(missing)})
    return checked


def _already_answered(role: str) -> str:
    if role == SurveyResponse.Role.MENTOR:
        return _("You have already answered the evaluation survey as mentor.")
    return _("You have already answered the evaluation survey as mentee.")


def survey_submit(*, access: ProgrammeAccess, role: str, answers: dict) -> SurveyResponse:
    """Record the actor's answers in one role; each person answers once per programme and role."""
    if role not in SurveyResponse.Role.values:
        raise ServiceError(_("The role must be “mentor” or “mentee”."))
    survey = survey_get_or_create(programme=access.programme)
    state = selectors.survey_state(access=access, survey=survey).get(role)
    if state == "answered":
        raise ServiceError(_already_answered(role))
    if state != "open":
        raise ServiceError(str(selectors.SURVEY_CLOSED), code="survey_closed")
    checked = _checked_answers(selectors.survey_questions_for(survey=survey, role=role), answers)
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(survey=survey, enrolment=access.enrolment, role=role)
            SurveyAnswer.objects.bulk_create(
                [
                    SurveyAnswer(
                        response=response,
                        question=answer.question,
                        role=role,
                        value=answer.value,
                        text=answer.text,
                    )
                    for answer in checked
                ]
            )
    except IntegrityError as error:  # a double submit racing this one
        raise ServiceError(_already_answered(role)) from error
    return response
