"""Pages of a mentorship's goals, meetings and notes (members only), and the calendar feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core.access import programme_view
from core.errors import ServiceError, TransitionError

from ..models import CalendarFeed, Meeting
from ..selectors import mentorship_get_for_member
from . import ics, selectors, services
from .forms import GoalCommentForm, GoalForm, GoalProgressForm, MeetingForm, PrivateNoteForm, SharedNotesForm


def _zone_name() -> str:
    """The viewer's zone (activated from their profile by the time zone middleware)."""
    return getattr(timezone.get_current_timezone(), "key", "UTC")


def _mentorship(request, public_id):
    return mentorship_get_for_member(access=request.access, public_id=public_id)


def _render(request, template, mentorship, **context):
    context = {
        "access": request.access,
        "programme": request.access.programme,
        "mentorship": mentorship,
        "other": mentorship.other_side(request.user),
        "side": mentorship.side_of(request.user),
        "zone": _zone_name(),
        **context,
    }
    return render(request, f"relationships/work/{template}", context)


def _submitted(request, form, action, *, back: str, done=None, success: str = ""):
    """The POST of a form in a mentorship page: None when the page should show the form again
    (invalid, or a rule refused it: the refusal shows in the form), else a redirect.

    `action(data)` runs the service with the form's cleaned data. A TransitionError (the
    mentorship or the object moved on, so the form no longer applies) is a message and a redirect
    to `back`; success is `success` and a redirect to `done(result)`, or to `back`.
    """
    if not form.is_valid():
        return None
    try:
        result = action(form.cleaned_data)
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(back)
    except ServiceError as error:
        form.add_error(None, error.message)
        return None
    if success:
        messages.success(request, success)
    return redirect(done(result) if done else back)


def _goal_url(mentorship, goal_id) -> str:
    return reverse(
        "mentorship_goal",
        kwargs={"slug": mentorship.programme.slug, "public_id": mentorship.public_id, "goal_id": goal_id},
    )


# Goals -------------------------------------------------------------------------------------------


@programme_view()
def goal_list(request, public_id):
    mentorship = _mentorship(request, public_id)
    form = GoalForm(
        request.POST or None, mutual=mentorship.mutual, initial={"side": mentorship.side_of(request.user)}
    )
    if request.method == "POST":
        response = _submitted(
            request,
            form,
            lambda data: services.goal_create(
                mentorship=mentorship,
                actor=request.user,
                side=data.get("side") or None,
                **{name: data[name] for name in services.GOAL_FIELDS},
            ),
            back=request.path,
            done=lambda goal: _goal_url(mentorship, goal.public_id),
            success=_("The goal is set."),
        )
        if response:
            return response
    goals = selectors.goal_list(mentorship=mentorship)
    return _render(request, "goal_list.html", mentorship, goals=goals, form=form)


def _goal_page(request, mentorship, goal, **forms):
    forms.setdefault("form", GoalForm(instance=goal, mutual=mentorship.mutual))
    forms.setdefault(
        "progress_form", GoalProgressForm(initial={"progress": goal.progress, "status": goal.status})
    )
    forms.setdefault("comment_form", GoalCommentForm())
    return _render(request, "goal_detail.html", mentorship, goal=goal, **forms)


@programme_view()
def goal_detail(request, public_id, goal_id):
    mentorship = _mentorship(request, public_id)
    goal = selectors.goal_get(mentorship=mentorship, public_id=goal_id)
    if request.method != "POST":
        return _goal_page(request, mentorship, goal)
    form = GoalForm(request.POST, instance=selectors.goal_get(mentorship=mentorship, public_id=goal_id))
    response = _submitted(
        request,
        form,
        lambda data: services.goal_update(
            goal=goal, actor=request.user, **{name: data[name] for name in services.GOAL_FIELDS}
        ),
        back=request.path,
        success=_("The goal is saved."),
    )
    return response or _goal_page(request, mentorship, goal, form=form)


@require_POST
@programme_view()
def goal_progress(request, public_id, goal_id):
    mentorship = _mentorship(request, public_id)
    goal = selectors.goal_get(mentorship=mentorship, public_id=goal_id)
    form = GoalProgressForm(request.POST)
    response = _submitted(
        request,
        form,
        lambda data: services.goal_set_progress(
            goal=goal, actor=request.user, progress=data["progress"], status=data["status"]
        ),
        back=_goal_url(mentorship, goal_id),
        success=_("Progress is saved."),
    )
    if response:
        return response
    goal.refresh_from_db()
    return _goal_page(request, mentorship, goal, progress_form=form)


@require_POST
@programme_view()
def goal_comment(request, public_id, goal_id):
    mentorship = _mentorship(request, public_id)
    goal = selectors.goal_get(mentorship=mentorship, public_id=goal_id)
    form = GoalCommentForm(request.POST)
    response = _submitted(
        request,
        form,
        lambda data: services.goal_comment_add(goal=goal, actor=request.user, body=data["body"]),
        back=_goal_url(mentorship, goal_id),
    )
    return response or _goal_page(request, mentorship, goal, comment_form=form)


# Meetings ----------------------------------------------------------------------------------------


def _meeting_values(data: dict) -> dict:
    """A MeetingForm's cleaned data as the meeting services take it."""
    return {
        "starts_at": services.local_datetime(data["day"], data["time"], _zone_name()),
        "duration_minutes": data["duration_minutes"],
        "mode": data["mode"],
        "place": data["place"],
        "video_link": data["video_link"],
        "agenda": data["agenda"],
    }


@programme_view()
def meeting_list(request, public_id):
    mentorship = _mentorship(request, public_id)
    form = MeetingForm(request.POST or None)
    if request.method == "POST":
        response = _submitted(
            request,
            form,
            lambda data: services.meeting_schedule(
                mentorship=mentorship, actor=request.user, timezone_name=_zone_name(), **_meeting_values(data)
            ),
            back=request.path,
            done=lambda meeting: _meeting_url(mentorship, meeting),
            success=_("The meeting is scheduled; you both get an invitation by email."),
        )
        if response:
            return response
    meetings = selectors.meeting_list(mentorship=mentorship)
    return _render(request, "meeting_list.html", mentorship, form=form, **meetings)


def _meeting_page(request, mentorship, meeting, **forms):
    now = timezone.now()
    started = meeting.starts_at <= now
    if "form" not in forms:
        local = timezone.localtime(meeting.starts_at)
        forms["form"] = MeetingForm(
            initial={
                "day": local.date(),
                "time": local.time(),
                "duration_minutes": meeting.duration_minutes,
                "mode": meeting.mode,
                "place": meeting.place,
                "video_link": meeting.video_link,
                "agenda": meeting.agenda,
            }
        )
    note = selectors.private_note_of(meeting=meeting, user=request.user)
    forms.setdefault("notes_form", SharedNotesForm(initial={"notes": meeting.shared_notes}))
    forms.setdefault("private_form", PrivateNoteForm(initial={"body": note.body if note else ""}))
    scheduled = meeting.status == Meeting.Status.SCHEDULED
    context = {
        "meeting": meeting,
        "private_note": note,
        "started": started,
        "may_change": mentorship.is_open and scheduled and not started,
        "may_take_notes": mentorship.is_open and scheduled and started,
        **forms,
    }
    return _render(request, "meeting_detail.html", mentorship, **context)


@programme_view()
def meeting_detail(request, public_id, meeting_id):
    mentorship = _mentorship(request, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    if request.method != "POST":
        return _meeting_page(request, mentorship, meeting)
    form = MeetingForm(request.POST)
    response = _submitted(
        request,
        form,
        lambda data: services.meeting_update(
            meeting=meeting, actor=request.user, timezone=_zone_name(), **_meeting_values(data)
        ),
        back=request.path,
        success=_("The meeting is changed; you both get the new invitation by email."),
    )
    return response or _meeting_page(request, mentorship, meeting, form=form)


def _meeting_url(mentorship, meeting) -> str:
    return reverse(
        "mentorship_meeting",
        kwargs={
            "slug": mentorship.programme.slug,
            "public_id": mentorship.public_id,
            "meeting_id": meeting.public_id,
        },
    )


def _to_meeting(mentorship, meeting):
    return redirect(_meeting_url(mentorship, meeting))


@require_POST
@programme_view()
def meeting_cancel(request, public_id, meeting_id):
    mentorship = _mentorship(request, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    try:
        services.meeting_cancel(meeting=meeting, actor=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The meeting is cancelled; you both get a cancellation by email."))
    return _to_meeting(mentorship, meeting)


@require_GET
@programme_view()
def meeting_ics(request, public_id, meeting_id):
    mentorship = _mentorship(request, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    method = ics.CANCEL if meeting.status == Meeting.Status.CANCELLED else ics.PUBLISH
    content = ics.meeting_ics(meeting, method=method, viewer=request.user, include_agenda=True)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    name = f"meeting-{timezone.localtime(meeting.starts_at):%Y-%m-%d}.ics"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
@programme_view()
def meeting_notes(request, public_id, meeting_id):
    mentorship = _mentorship(request, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    form = SharedNotesForm(request.POST)
    if form.is_valid():
        try:
            services.meeting_shared_notes_save(
                meeting=meeting, actor=request.user, notes=form.cleaned_data["notes"]
            )
        except ServiceError as error:
            messages.error(request, error.message)
            return _to_meeting(mentorship, meeting)
        else:
            messages.success(request, _("The shared notes are saved."))
            return _to_meeting(mentorship, meeting)
    return _meeting_page(request, mentorship, meeting, notes_form=form)


@require_POST
@programme_view()
def meeting_private_note(request, public_id, meeting_id):
    mentorship = _mentorship(request, public_id)
    meeting = selectors.meeting_get(mentorship=mentorship, public_id=meeting_id)
    form = PrivateNoteForm(request.POST)
    if form.is_valid():
        try:
            services.private_note_save(meeting=meeting, actor=request.user, body=form.cleaned_data["body"])
        except ServiceError as error:
            messages.error(request, error.message)
            return _to_meeting(mentorship, meeting)
        else:
            messages.success(request, _("Your private notes are saved."))
            return _to_meeting(mentorship, meeting)
    return _meeting_page(request, mentorship, meeting, private_form=form)


# Calendar feed -----------------------------------------------------------------------------------


@login_required
def calendar_feed(request):
    """Create (or replace) the person's secret calendar URL; it is shown once."""
    new_url = None
    if request.method == "POST":
        token = services.calendar_feed_create(user=request.user)
        new_url = request.build_absolute_uri(f"/calendar/{token}.ics")
    feed = CalendarFeed.objects.filter(user=request.user).first()
    return render(request, "relationships/work/calendar_feed.html", {"feed": feed, "new_url": new_url})


@require_POST
@login_required
def calendar_feed_revoke(request):
    if services.calendar_feed_revoke(user=request.user):
        messages.success(request, _("The calendar link is revoked; calendars using it no longer update."))
    return redirect("calendar_feed")


@require_GET
def calendar_feed_ics(request, token):
    """The feed itself: no session, the secret token is the key. Unknown or revoked: 404."""
    user = selectors.calendar_feed_user(token=token)
    if user is None:
        raise Http404
    content = ics.feed_ics(selectors.meetings_of_person(user=user), viewer=user)
    return HttpResponse(content, content_type="text/calendar; charset=utf-8")
