"""Pages under /p/<slug>/evaluation/: framework, assessments, growth, survey, question editor."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import programme_view
from core.errors import ServiceError
from core.filters import choice
from core.parse import int_or_none
from core.spreadsheets import CsvWriter
from core.suppression import MIN_GROUP_SIZE, count

from . import charts, selectors, services
from .forms import CompetenceForm, FrameworkSettingsForm, FrameworkUploadForm, QuestionForm
from .models import LEVEL_NAMES, LEVELS, Assessment, SurveyQuestion, SurveyResponse
from .services import CSV_COLUMNS, FrameworkImportFailed


def _context(request, **extra) -> dict:
    access = request.access
    return {"access": access, "programme": access.programme, **extra}


@programme_view()
def evaluation_home(request):
    access = request.access
    framework = services.framework_get_or_create(programme=access.programme)
    survey = services.survey_get_or_create(programme=access.programme)
    context = _context(
        request,
        framework=framework,
        is_mentee=selectors.is_mentee(access),
        windows=selectors.assessment_windows(access=access),
        done={
            phase: bool(selectors.assessment_levels(enrolment=access.enrolment, phase=phase))
            for phase in Assessment.Phase.values
        }
        if access.enrolment
        else {},
        mentees=selectors.my_mentees(access=access) if framework.mentor_assessment else [],
        survey_state=selectors.survey_state(access=access, survey=survey),
    )
    return render(request, "evaluation/home.html", context)


# Framework ----------------------------------------------------------------------------------------


@programme_view()
def framework_detail(request):
    access = request.access
    framework = services.framework_get_or_create(programme=access.programme)
    form = None
    if access.is_manager:
        initial = {"source": framework.source, "mentor_assessment": framework.mentor_assessment}
        form = FrameworkSettingsForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                services.framework_update(framework=framework, **form.cleaned_data)
            except ServiceError as error:
                form.add_error("source", error.message)
            else:
                messages.success(request, _("The framework settings are saved."))
                return redirect("evaluation_framework", slug=access.programme.slug)
    elif request.method == "POST":
        raise Http404
    context = _context(
        request,
        framework=framework,
        competences=selectors.framework_competences(framework=framework),
        form=form,
        level_names=LEVEL_NAMES,
    )
    return render(request, "evaluation/framework.html", context)


def _framework(request):
    return services.framework_get_or_create(programme=request.access.programme)


@programme_view(roles=("manager",))
def competence_edit(request, competence=None):
    access = request.access
    framework = _framework(request)
    instance = None
    if competence is not None:
        instance = framework.competences.filter(slug=competence).first()
        if instance is None:
            raise Http404
    initial = {}
    if instance is not None:
        initial = {"slug": instance.slug, "name": instance.label, "description": instance.summary}
        initial.update({f"level_{n}": text for n, text in enumerate(instance.level_texts, start=1)})
    form = CompetenceForm(request.POST or None, initial=initial)
    if instance is not None:
        form.fields["slug"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.framework_competence_save(
                framework=framework,
                slug=data["slug"],
                name=data["name"],
                description=data["description"],
                levels=form.levels,
                competence=instance,
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The competence is saved."))
            return redirect("evaluation_framework", slug=access.programme.slug)
    context = _context(request, framework=framework, form=form, competence=instance)
    return render(request, "evaluation/competence_form.html", context)


@require_POST
@programme_view(roles=("manager",))
def competence_remove(request, competence):
    framework = _framework(request)
    instance = framework.competences.filter(slug=competence).first()
    if instance is None:
        raise Http404
    try:
        services.framework_competence_remove(competence=instance)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The competence is removed."))
    return redirect("evaluation_framework", slug=request.access.programme.slug)


@programme_view(roles=("manager",))
def framework_upload(request):
    access = request.access
    framework = _framework(request)
    form = FrameworkUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            count = services.framework_import_csv(
                framework=framework, content=form.cleaned_data["file"].read()
            )
        except FrameworkImportFailed as failure:
            problems = failure.problems
        except ServiceError as error:
            form.add_error("file", error.message)
        else:
            messages.success(request, _("The framework now holds %(n)s competences.") % {"n": count})
            return redirect("evaluation_framework", slug=access.programme.slug)
    context = _context(request, form=form, problems=problems, columns=",".join(CSV_COLUMNS))
    return render(request, "evaluation/framework_upload.html", context)


@programme_view()
def framework_csv(request):
    """The framework as CSV, in the upload's format: a starting point for the programme's own."""
    framework = services.framework_get_or_create(programme=request.access.programme)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{request.access.programme.slug}-framework.csv"'
    writer = CsvWriter(response)
    writer.writerow(CSV_COLUMNS)
    for competence in selectors.framework_competences(framework=framework):
        writer.writerow([competence.slug, competence.label, competence.summary, *competence.level_texts])
    return response


# Assessments --------------------------------------------------------------------------------------


def _posted_levels(request, competences) -> dict[str, int]:
    levels = {}
    for competence in competences:
        level = int_or_none(request.POST.get(competence.slug, ""))
        if level is not None:
            levels[competence.slug] = level
    return levels


def _assessment_page(request, *, phase, mentee=None):
    access = request.access
    if phase not in Assessment.Phase.values:
        raise Http404
    framework = services.framework_get_or_create(programme=access.programme)
    competences = selectors.framework_competences(framework=framework)
    enrolment = mentee or access.enrolment
    assessor = Assessment.Assessor.MENTOR if mentee else Assessment.Assessor.SELF
    if mentee is None:
        windows = selectors.assessment_windows(access=access)
    else:
        windows = selectors.mentor_assessment_windows(access=access, mentee=mentee)
    chosen = selectors.assessment_levels(enrolment=enrolment, phase=phase, assessor=assessor)
    error = ""
    if request.method == "POST":
        chosen = _posted_levels(request, competences)
        try:
            services.assessment_submit(access=access, phase=phase, levels=chosen, mentee=mentee)
        except ServiceError as failure:
            error = failure.message
        else:
            messages.success(request, _("Your assessment is saved."))
            if mentee is None and phase == Assessment.Phase.END:
                return redirect("evaluation_growth", slug=access.programme.slug)
            return redirect("evaluation_home", slug=access.programme.slug)
    context = _context(
        request,
        phase=phase,
        mentee=mentee,
        open=windows.get(phase, False),
        closed_reason=selectors.WINDOW_CLOSED[phase],
        rows=[(competence, chosen.get(competence.slug)) for competence in competences],
        levels=LEVELS,
        level_names=LEVEL_NAMES,
        error=error,
    )
    return render(request, "evaluation/assessment_form.html", context, status=400 if error else 200)


@programme_view(roles=("participant",))
def assessment_form(request, phase):
    if not selectors.is_mentee(request.access):
        raise Http404
    return _assessment_page(request, phase=phase)


@programme_view(roles=("participant",))
def mentor_assessment_form(request, public_id, phase):
    mentee = selectors.mentee_for_mentor(access=request.access, public_id=public_id)
    framework = services.framework_get_or_create(programme=request.access.programme)
    if not framework.mentor_assessment:
        raise Http404
    return _assessment_page(request, phase=phase, mentee=mentee)


@programme_view(roles=("participant",))
def growth(request):
    access = request.access
    if not selectors.is_mentee(access):
        raise Http404
    framework = services.framework_get_or_create(programme=access.programme)
    rows = selectors.growth_rows(framework=framework, enrolment=access.enrolment)
    context = _context(
        request,
        framework=framework,
        rows=rows,
        chart=charts.growth_chart(rows),
        has_mentor_view=any(row["mentor_start"] or row["mentor_end"] for row in rows),
        has_levels=any(row["start"] or row["end"] for row in rows),
    )
    return render(request, "evaluation/growth.html", context)


# The evaluation survey ----------------------------------------------------------------------------


@programme_view(roles=("participant",))
def survey_form(request):
    access = request.access
    survey = services.survey_get_or_create(programme=access.programme)
    asked = choice(
        request.POST.get("role") or request.GET.get("role", ""), SurveyResponse.Role.values, name="role"
    )
    state = selectors.survey_state(access=access, survey=survey)
    if not state:
        raise Http404
    role = asked or next(iter(state))
    if role not in state:
        raise Http404
    questions = selectors.survey_questions_for(survey=survey, role=role)
    posted, error = {}, ""
    if request.method == "POST":
        posted = {
            str(question.public_id): request.POST.get(f"q-{question.public_id}", "").strip()
            for question in questions
        }
        try:
            services.survey_submit(access=access, role=role, answers=posted)
        except ServiceError as failure:
            error = failure.message
        else:
            messages.success(request, _("Thank you for your answers."))
            return redirect("evaluation_home", slug=access.programme.slug)
    answered = {}
    if state[role] == "answered":
        answered = {
            answer.question_id: answer
            for answer in selectors.survey_own_answers(access=access, survey=survey, role=role)
        }
    context = _context(
        request,
        role=role,
        roles=list(state),
        state=state[role],
        sections=selectors.survey_questions_by_section(questions),
        posted=posted,
        answered=answered,
        levels=LEVELS,
        error=error,
        closed_reason=selectors.SURVEY_CLOSED,
    )
    return render(request, "evaluation/survey_form.html", context, status=400 if error else 200)


@programme_view(roles=("manager",))
def question_list(request):
    access = request.access
    survey = services.survey_get_or_create(programme=access.programme)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.survey_question_add(survey=survey, **form.cleaned_data)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The question is added."))
            return redirect("evaluation_questions", slug=access.programme.slug)
    questions = list(survey.questions.all())
    context = _context(request, form=form, sections=selectors.survey_questions_by_section(questions))
    return render(request, "evaluation/question_list.html", context)


def _question(request, public_id) -> SurveyQuestion:
    survey = services.survey_get_or_create(programme=request.access.programme)
    question = survey.questions.filter(public_id=public_id).first()
    if question is None:
        raise Http404
    return question


@programme_view(roles=("manager",))
def question_edit(request, public_id):
    access = request.access
    question = _question(request, public_id)
    if question.is_builtin:
        raise Http404
    initial = {
        "text": question.text,
        "section": question.section,
        "kind": question.kind,
        "audience": question.audience,
    }
    form = QuestionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.survey_question_update(question=question, **form.cleaned_data)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The question is saved."))
            return redirect("evaluation_questions", slug=access.programme.slug)
    return render(request, "evaluation/question_form.html", _context(request, form=form, question=question))


@require_POST
@programme_view(roles=("manager",))
def question_active(request, public_id):
    question = _question(request, public_id)
    services.survey_question_set_active(question=question, active=request.POST.get("active") == "1")
    return redirect("evaluation_questions", slug=request.access.programme.slug)


@require_POST
@programme_view(roles=("manager",))
def question_remove(request, public_id):
    question = _question(request, public_id)
    try:
        services.survey_question_remove(question=question)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The question is removed."))
    return redirect("evaluation_questions", slug=request.access.programme.slug)


@programme_view(roles=("manager",))
def survey_answers(request):
    """Scale averages (hidden under five answers) and anonymous free text: the manager only."""
    access = request.access
    survey = services.survey_get_or_create(programme=access.programme)
    context = _context(
        request,
        summary=selectors.survey_scale_summary(survey=survey),
        free_text=selectors.survey_free_text(access=access, survey=survey),
        min_group=MIN_GROUP_SIZE,
        respondents=count(survey.responses.count()),
        survey=survey,
    )
    return render(request, "evaluation/survey_answers.html", context)


@programme_view(roles=("manager",))
@require_POST  # inside: someone without access gets 404, not 405
def survey_open(request):
    """The manager opens the end assessment and the survey now for everyone mentored here."""
    services.survey_open(access=request.access)
    messages.success(
        request,
        _("The evaluation is open for everyone with a mentorship or a group; they are told by email."),
    )
    return redirect("evaluation_survey_answers", slug=request.access.programme.slug)
