from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.access import programme_view
from core.errors import ServiceError
from core.parse import int_or_none
from programmes.models import Programme

from . import selectors, services
from .forms import RequiredModulesForm


def _context(request, **extra) -> dict:
    access = request.access
    return {"access": access, "programme": access.programme, **extra}


@programme_view()
def guides(request):
    return render(
        request, "learning/guides.html", _context(request, guides=selectors.guides_for(access=request.access))
    )


@programme_view()
def learning_home(request):
    access = request.access
    context = _context(request, modules=selectors.modules_for(access=access))
    if access.enrolment is not None:
        context["progress"] = selectors.my_progress(access=access)
        context["still_required"] = selectors.required_not_passed(enrolment=access.enrolment)
        context["gate"] = access.programme.learning_gate
        context["gates"] = Programme.LearningGate
    return render(request, "learning/learning_home.html", context)


@programme_view()
def module_detail(request, module):
    access = request.access
    found = selectors.module_get(access=access, slug=module)
    may_answer = selectors.may_answer(access=access, module=found)
    completion = None
    if access.enrolment is not None:
        completion = selectors.completions_of(enrolment=access.enrolment).get(found.slug)
    chosen, error = [], None
    if request.method == "POST":
        # Only those the module is written for answer it; a manager's or coordinator's preview is read-only.
        if access.enrolment is None or not found.is_for(access.enrolment):
            raise Http404
        chosen = _answers(request.POST, len(found.spec.answers))
        try:
            services.module_answer(enrolment=access.enrolment, module=found.slug, answers=chosen)
        except ServiceError as problem:
            error = problem.message
        else:
            return redirect(f"{request.path}?result=1#result")
    review = None
    if request.method == "GET" and request.GET.get("result") and completion and completion.last_answers:
        review = selectors.attempt_review(module=found, answers=completion.last_answers)
    questions = found.questions()
    for question in questions:
        question["chosen"] = chosen[question["number"]] if chosen else None
    context = _context(
        request,
        module=found,
        questions=questions,
        last_score=sum(item["correct"] for item in review or []),
        last_passed=bool(review) and all(item["correct"] for item in review),
        may_answer=may_answer,
        completion=completion,
        review=review,
        error=error,
    )
    return render(request, "learning/module_detail.html", context)


def _answers(data, count: int) -> list[int | None]:
    answers = []
    for number in range(count):
        value = data.get(f"q{number}", "")
        parsed = int_or_none(value)
        answers.append(parsed if parsed is not None else (None if value == "" else -1))
    return answers


@programme_view(roles=("manager", "coordinator"))
def learning_people(request):
    overview = selectors.progress_overview(access=request.access)
    return render(request, "learning/learning_people.html", _context(request, **overview))


@programme_view(roles=("manager",))
def learning_required(request):
    access = request.access
    programme = access.programme
    modules = selectors.programme_modules(programme=programme)
    form = RequiredModulesForm(
        request.POST or None, modules=modules, initial=RequiredModulesForm.initial_for(programme, modules)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.module_requirements_set(
                programme=programme,
                required_for_mentors=set(form.cleaned_data["mentors"]),
                required_for_mentees=set(form.cleaned_data["mentees"]),
                gate=form.cleaned_data["learning_gate"],
            )
        except ServiceError as problem:
            form.add_error(None, problem.message)
        else:
            messages.success(request, _("The required modules are saved."))
            return redirect("learning_home", slug=programme.slug)
    return render(request, "learning/learning_required.html", _context(request, form=form, modules=modules))
