"""Pages of requests and mentorships: thin, each parses input, calls one service or selector, renders.

Content pages (agreement, messages, check-ins, closing, feedback) are for the two members only
(`mentorship_get_for_member`: 404 for anyone else). The detail page shows coordinators of either
side and the manager an overview with the health state and never any content.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import programme_view
from core.errors import ServiceError

from . import selectors, services
from .forms import AgreementForm, CheckInForm, CloseForm, DeclineForm, FeedbackForm, MessageForm, RequestForm
from .models import Mentorship

ANYONE_INSIDE = ("participant", "coordinator", "manager")


def _context(request, **context) -> dict:
    return {"access": request.access, "programme": request.access.programme, **context}


def _member_context(request, mentorship, **context) -> dict:
    return _context(
        request,
        mentorship=mentorship,
        side=mentorship.side_of(request.user),
        other=mentorship.other_side(request.user),
        **context,
    )


def _to_mentorship(request, mentorship, page: str = "mentorship_detail"):
    return redirect(page, slug=request.access.programme.slug, public_id=mentorship.public_id)


# ---------------------------------------------------------------- requests


@programme_view(roles=("participant",))
def request_list(request):
    requests = selectors.request_list(access=request.access)
    return render(
        request,
        "relationships/requests.html",
        _context(request, sent=requests["sent"], received=requests["received"], decline_form=DeclineForm()),
    )


@programme_view(roles=("participant",))
def request_new(request):
    access = request.access
    mentor, need, needs = selectors.request_candidates(
        access=access,
        mentor_public_id=request.GET.get("mentor") or request.POST.get("mentor"),
        need_public_id=request.GET.get("need"),
    )
    initial = {"need": need.public_id} if need else {}
    form = RequestForm(request.POST or None, needs=needs, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_send(
                mentee=access.enrolment,
                mentor=mentor,
                need=form.cleaned_data["need"],
                message=form.cleaned_data["message"],
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your request is sent. The mentor is told and asked to answer."))
            return redirect("request_list", slug=access.programme.slug)
    return render(request, "relationships/request_new.html", _context(request, mentor=mentor, form=form))


@require_POST
@programme_view(roles=("participant",))
def request_accept(request, public_id):
    access = request.access
    found = selectors.request_get_for_mentor(access=access, public_id=public_id)
    try:
        mentorship = services.request_accept(request=found, mentor=access.enrolment)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("request_list", slug=access.programme.slug)
    messages.success(request, _("You accepted. Agree together how you will work, then both sign."))
    return _to_mentorship(request, mentorship, "mentorship_agreement")


@require_POST
@programme_view(roles=("participant",))
def request_decline(request, public_id):
    access = request.access
    found = selectors.request_get_for_mentor(access=access, public_id=public_id)
    form = DeclineForm(request.POST)
    form.is_valid()
    try:
        services.request_decline(
            request=found, mentor=access.enrolment, reason=form.cleaned_data.get("reason", "")
        )
        messages.success(request, _("You declined the request; the mentee is told."))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("request_list", slug=access.programme.slug)


@require_POST
@programme_view(roles=("participant",))
def request_withdraw(request, public_id):
    access = request.access
    found = selectors.request_get_for_mentee(access=access, public_id=public_id)
    try:
        services.request_withdraw(request=found, mentee=access.enrolment)
        messages.success(request, _("Your request is withdrawn."))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("request_list", slug=access.programme.slug)


# ---------------------------------------------------------------- mentorships


@programme_view(roles=ANYONE_INSIDE)
def mentorship_list(request):
    """My mentorships (participants), and for overseers every mentorship they oversee, with health."""
    access = request.access
    health = request.GET.get("health", "")
    overseen, counts = None, None
    if access.sees_individuals:
        overseen = list(selectors.mentorship_list_for_overseer(access=access, health=health))
        weeks = access.programme.attention_after_weeks
        for mentorship in overseen:
            mentorship.health_label = selectors.HEALTH_LABELS[mentorship.health]
            mentorship.attention_label = selectors.attention_label(mentorship.attention, weeks=weeks)
        totals = selectors.health_counts(access.mentorships())
        counts = [(state, label, totals[state]) for state, label in selectors.HEALTH_LABELS.items()]
    context = _context(
        request,
        mine=selectors.mentorship_list_for_member(access=access) if access.enrolment else [],
        overseen=overseen,
        health=health,
        counts=counts,
    )
    return render(request, "relationships/mentorship_list.html", context)


@programme_view(roles=ANYONE_INSIDE)
def mentorship_detail(request, public_id):
    access = request.access
    mentorship = selectors.mentorship_get_for_overseer(access=access, public_id=public_id)
    health_label = selectors.HEALTH_LABELS[mentorship.health]
    if mentorship.side_of(request.user) is None:
        return render(
            request,
            "relationships/mentorship_overview.html",
            _context(
                request,
                mentorship=mentorship,
                health_label=health_label,
                attention_label=selectors.attention_label(
                    mentorship.attention, weeks=mentorship.programme.attention_after_weeks
                ),
            ),
        )
    mentorship = selectors.mentorship_get_for_member(access=access, public_id=public_id)
    mentorship.health = health_label
    period = services.check_in_period(mentorship) if mentorship.status == Mentorship.Status.ACTIVE else None
    context = _member_context(
        request,
        mentorship,
        agreement=mentorship.agreement,
        health_label=health_label,
        unread=selectors.unread_message_count(mentorship=mentorship, user=request.user),
        check_in_due=period and not mentorship.check_ins.filter(author=request.user, period=period).exists(),
        check_in_due_on=services.check_in_due_on(mentorship, period) if period else None,
        my_feedback=mentorship.closing_feedback.filter(author=request.user).first(),
    )
    return render(request, "relationships/mentorship_detail.html", context)


@programme_view(roles=("participant",))
def mentorship_agreement(request, public_id):
    mentorship = selectors.mentorship_get_for_member(access=request.access, public_id=public_id)
    agreement = mentorship.agreement
    side = mentorship.side_of(request.user)
    initial = {
        "confidentiality": agreement.confidentiality,
        "frequency": agreement.frequency,
        "mode": agreement.mode,
        "expectations": getattr(agreement, f"{side}_expectations"),
    }
    form = AgreementForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.agreement_update(mentorship=mentorship, user=request.user, **form.cleaned_data)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The agreement is saved. Sign it when you both agree."))
            return _to_mentorship(request, mentorship, "mentorship_agreement")
    context = _member_context(request, mentorship, agreement=agreement, form=form)
    return render(request, "relationships/agreement.html", context)


@require_POST
@programme_view(roles=("participant",))
def mentorship_sign(request, public_id):
    mentorship = selectors.mentorship_get_for_member(access=request.access, public_id=public_id)
    try:
        mentorship = services.agreement_sign(mentorship=mentorship, user=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
        return _to_mentorship(request, mentorship, "mentorship_agreement")
    if mentorship.status == Mentorship.Status.ACTIVE:
        messages.success(request, _("You both signed: your mentorship is active."))
    else:
        messages.success(request, _("You signed. The other side is asked to sign too."))
    return _to_mentorship(request, mentorship)


@programme_view(roles=("participant",))
def mentorship_messages(request, public_id):
    """The thread; htmx posts and polls swap only the thread."""
    mentorship = selectors.mentorship_get_for_member(access=request.access, public_id=public_id)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.message_post(mentorship=mentorship, user=request.user, body=form.cleaned_data["body"])
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            form = MessageForm()
            if not request.htmx:
                return _to_mentorship(request, mentorship, "mentorship_messages")
    services.messages_mark_read(mentorship=mentorship, user=request.user)
    context = _member_context(
        request, mentorship, thread=selectors.message_list(mentorship=mentorship), form=form
    )
    if request.htmx:
        return render(request, "relationships/partials/thread.html", context)
    return render(request, "relationships/messages.html", context)


@programme_view(roles=("participant",))
def mentorship_check_ins(request, public_id):
    mentorship = selectors.mentorship_get_for_member(access=request.access, public_id=public_id)
    # A refused submit re-renders the bound form: every answer stays where it was written.
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.check_in_submit(mentorship=mentorship, user=request.user, **form.cleaned_data)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you for your check-in."))
            return _to_mentorship(request, mentorship)
    context = _member_context(
        request,
        mentorship,
        form=form,
        check_in_problem=services.check_in_problem(mentorship=mentorship, user=request.user),
        check_ins=selectors.check_in_list_own(mentorship=mentorship, user=request.user),
    )
    return render(request, "relationships/check_ins.html", context)


@programme_view(roles=("participant",))
def mentorship_close(request, public_id):
    mentorship = selectors.mentorship_get_for_member(access=request.access, public_id=public_id)
    form = CloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.mentorship_close(mentorship=mentorship, user=request.user, **form.cleaned_data)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The mentorship is closed. Please give your closing feedback."))
            return _to_mentorship(request, mentorship, "mentorship_feedback")
    return render(request, "relationships/close.html", _member_context(request, mentorship, form=form))


@programme_view(roles=("participant",))
def mentorship_feedback(request, public_id):
    mentorship = selectors.mentorship_get_for_member(access=request.access, public_id=public_id)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.closing_feedback_give(mentorship=mentorship, user=request.user, **form.cleaned_data)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you for your feedback."))
            return _to_mentorship(request, mentorship)
    given = mentorship.closing_feedback.filter(author=request.user).first()
    return render(
        request, "relationships/feedback.html", _member_context(request, mentorship, form=form, given=given)
    )
