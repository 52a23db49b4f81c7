"""Group pages: the list, one group (its content for members), and the member's actions.

Every view resolves the group through `selectors.group_get_for`, which answers 404 for whatever
the actor may not see; views never filter by hand.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import User
from core.access import programme_view
from core.errors import ServiceError
from core.forms import form_errors_text
from core.parse import uuid_or_none

from . import forms, selectors, services
from .ics import CANCEL, REQUEST
from .ics import meeting_ics as ics_of
from .models import Group, GroupMeeting, Task


def _to_group(scope):
    return redirect("group_detail", slug=scope.group.programme.slug, public_id=scope.group.public_id)


def _member_choices(group):
    return [(str(u.public_id), u.name or u.email) for u in selectors.member_users(group).order_by("name")]


def _member(group, public_id):
    if not public_id:
        return None
    user = selectors.member_users(group).filter(public_id=public_id).first()
    if user is None:
        raise ServiceError(_("A task can only be assigned to a member of the group."))
    return user


def _facilitator_choices(access):
    """The manager themself first, then the programme's approved mentors."""
    people = [(str(access.user.public_id), _("Myself (%(name)s)") % {"name": access.user})]
    people += [
        (str(e.user.public_id), f"{e.user} ({e.organisation.name})")
        for e in selectors.facilitator_candidates(access=access)
        if e.user != access.user
    ]
    return people


@programme_view()
def group_list(request):
    access = request.access
    if not selectors.sees_groups(access):
        raise Http404
    visible = list(selectors.groups_visible(access=access).order_by("kind", "name"))
    mine = set(selectors.my_groups(access=access).values_list("pk", flat=True))
    pending = selectors.my_pending(access=access)
    for group in visible:
        group.my_status = pending.get(group.pk, "")
    context = {
        "access": access,
        "programme": access.programme,
        "my_groups": [g for g in visible if g.pk in mine],
        "other_groups": [g for g in visible if g.pk not in mine],
        "may_create": selectors.may_open_groups(access),
        "opted_in": selectors.is_opted_in(access=access),
    }
    return render(request, "groups/group_list.html", context)


@programme_view()
def group_create(request):
    access = request.access
    if not selectors.may_open_groups(access):
        raise Http404
    choices = _facilitator_choices(access) if access.is_manager else []
    form = forms.GroupForm(request.POST or None, manager=access.is_manager, facilitator_choices=choices)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        facilitators = []
        if access.is_manager:
            facilitators = list(User.objects.filter(public_id=data["facilitator"]))
        try:
            group = services.group_create(
                access=access,
                actor=request.user,
                name=data["name"],
                kind=data["kind"],
                visibility=data["visibility"],
                description=data["description"],
                capacity=data["capacity"],
                cadence=data["cadence"] or "",
                facilitators=facilitators,
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The group is open."))
            return redirect("group_detail", slug=access.programme.slug, public_id=group.public_id)
    return render(
        request, "groups/group_form.html", {"access": access, "programme": access.programme, "form": form}
    )


@programme_view()
def group_detail(request, public_id):
    access = request.access
    scope = selectors.group_get_for(access=access, public_id=public_id)
    group = scope.group
    context = {
        "access": access,
        "programme": access.programme,
        "scope": scope,
        "group": group,
        "facilitators": selectors.facilitators(group),
    }
    if scope.is_member:
        choices = _member_choices(group)
        context.update(
            members=selectors.members(scope=scope),
            cohort=list(selectors.member_users(group).order_by("name")) if group.is_cohort else None,
            posts=selectors.posts(scope=scope),
            tasks=selectors.tasks(scope=scope),
            meetings=selectors.meetings(scope=scope).filter(status=GroupMeeting.Status.SCHEDULED),
            goals=selectors.goals(scope=scope) if group.kind == Group.Kind.CIRCLE else None,
            member_choices=choices,
            post_form=forms.PostForm(),
            task_form=forms.TaskForm(member_choices=choices, auto_id="task_%s"),
            meeting_form=forms.MeetingForm(auto_id="meeting_%s"),
            goal_form=forms.GoalForm(auto_id="goal_%s"),
            statuses=Task.Status.choices,
        )
    if scope.is_facilitator:
        invitable = selectors.invitable(scope=scope)
        context.update(
            pending=selectors.pending(scope=scope),
            invite_form=forms.InviteForm(
                choices=[(str(e.user.public_id), f"{e.user} ({e.organisation.name})") for e in invitable]
            ),
        )
    return render(request, "groups/group_detail.html", context)


def _act(request, scope, action, *, success=""):
    """Run one service on the resolved scope, show its error or a success, and go back to the group."""
    try:
        action(scope)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        if success:
            messages.success(request, success)
    return _to_group(scope)


@require_POST
@programme_view()
def group_join(request, public_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id)
    try:
        membership = services.group_join(scope=scope)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        if membership.status == membership.Status.ACTIVE:
            messages.success(request, _("Welcome to the group."))
        else:
            messages.success(request, _("Your request is sent; a facilitator will answer."))
    return _to_group(scope)


@require_POST
@programme_view()
def group_leave(request, public_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id)
    try:
        services.group_leave(scope=scope)
    except ServiceError as error:
        messages.error(request, error.message)
        return _to_group(scope)
    messages.success(request, _("You left the group."))
    return redirect("group_list", slug=request.access.programme.slug)


@require_POST
@programme_view()
def invitation_answer(request, public_id):
    accept = request.POST.get("answer") == "accept"
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=False)
    return _act(
        request,
        scope,
        lambda scope: services.invitation_answer(scope=scope, accept=accept),
        success=_("Welcome to the group.") if accept else _("Invitation declined."),
    )


@require_POST
@programme_view()
def group_invite(request, public_id):
    scope = selectors.group_facilitated(
        scope=selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    )
    person = (
        selectors.invitable(scope=scope)
        .filter(user__public_id=uuid_or_none(request.POST.get("person")))
        .first()
    )
    if person is None:
        messages.error(
            request, _("Choose an approved participant of the programme who is not in the group yet.")
        )
        return _to_group(scope)
    return _act(
        request,
        scope,
        lambda s: services.group_invite(scope=s, user=person.user),
        success=_("%(name)s is invited.") % {"name": person.user},
    )


@require_POST
@programme_view()
def request_decide(request, public_id, membership_id, decision):
    if decision not in ("approve", "decline"):
        raise Http404
    scope = selectors.group_facilitated(
        scope=selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    )
    membership = selectors.membership_get(scope=scope, public_id=membership_id)
    approve = decision == "approve"
    return _act(
        request,
        scope,
        lambda s: services.membership_decide(scope=s, membership=membership, approve=approve),
        success=(_("%(name)s joins the group.") if approve else _("The request of %(name)s is declined."))
        % {"name": membership.user.name or membership.user.email},
    )


@require_POST
@programme_view()
def post_create(request, public_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    form = forms.PostForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_errors_text(form))
        return _to_group(scope)
    data = form.cleaned_data
    parent = selectors.post_get(scope=scope, public_id=data["parent"]) if data["parent"] else None
    return _act(
        request,
        scope,
        lambda s: services.post_create(
            scope=s, body=data["body"], kind=data["kind"] or "post", parent=parent
        ),
        success=_("Posted."),
    )


@require_POST
@programme_view()
def task_create(request, public_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    form = forms.TaskForm(request.POST, member_choices=_member_choices(scope.group))
    if not form.is_valid():
        messages.error(request, form_errors_text(form))
        return _to_group(scope)
    data = form.cleaned_data

    def create(s):
        services.task_create(
            scope=s,
            title=data["title"],
            description=data["description"],
            assignee=_member(s.group, data["assignee"]),
            due_on=data["due_on"],
        )

    return _act(request, scope, create, success=_("Task added."))


@require_POST
@programme_view()
def task_update(request, public_id, task_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    task = selectors.task_get(scope=scope, public_id=task_id)
    form = forms.TaskUpdateForm(request.POST, member_choices=_member_choices(scope.group))
    if not form.is_valid():
        messages.error(request, form_errors_text(form))
        return _to_group(scope)
    data = form.cleaned_data

    def update(s):
        changes = {"status": data["status"] or None}
        if "assignee" in request.POST:
            changes["assignee"] = _member(s.group, data["assignee"])
        services.task_update(scope=s, task=task, **changes)

    return _act(request, scope, update, success=_("Task updated."))


@require_POST
@programme_view()
def feedback_create(request, public_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    form = forms.FeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_errors_text(form))
        return _to_group(scope)
    data = form.cleaned_data
    task = selectors.task_get(scope=scope, public_id=data["task"]) if data["task"] else None
    post = selectors.post_get(scope=scope, public_id=data["post"]) if data["post"] else None
    return _act(
        request,
        scope,
        lambda s: services.feedback_create(scope=s, body=data["body"], task=task, post=post),
        success=_("Feedback shared."),
    )


@require_POST
@programme_view()
def meeting_schedule(request, public_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    zone = getattr(getattr(request.user, "profile", None), "timezone", "") or "UTC"
    form = forms.MeetingForm(request.POST, zone=zone)
    if not form.is_valid():
        messages.error(request, form_errors_text(form))
        return _to_group(scope)
    data = form.cleaned_data
    return _act(
        request,
        scope,
        lambda s: services.meeting_schedule(
            scope=s,
            title=data["title"],
            starts_at=data["starts_at"],
            duration_minutes=data["duration_minutes"],
            location=data["location"],
        ),
        success=_("Meeting scheduled; every member gets an invitation."),
    )


@require_POST
@programme_view()
def meeting_cancel(request, public_id, meeting_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    meeting = selectors.meeting_get(scope=scope, public_id=meeting_id)
    return _act(
        request,
        scope,
        lambda s: services.meeting_cancel(scope=s, meeting=meeting),
        success=_("Meeting cancelled; members are told."),
    )


@programme_view()
def meeting_ics(request, public_id, meeting_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    meeting = selectors.meeting_get(scope=scope, public_id=meeting_id)
    method = CANCEL if meeting.status == GroupMeeting.Status.CANCELLED else REQUEST
    content = ics_of(meeting, attendees=list(selectors.member_users(scope.group)), method=method)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="invite.ics"'
    return response


@require_POST
@programme_view()
def goal_create(request, public_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    form = forms.GoalForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_errors_text(form))
        return _to_group(scope)
    data = form.cleaned_data
    return _act(
        request,
        scope,
        lambda s: services.goal_create(scope=s, title=data["title"], due_on=data["due_on"]),
        success=_("Goal set: your circle will ask you about it."),
    )


@require_POST
@programme_view()
def goal_update(request, public_id, goal_id):
    scope = selectors.group_get_for(access=request.access, public_id=public_id, content=True)
    goal = selectors.goal_get(scope=scope, public_id=goal_id)
    form = forms.GoalUpdateForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_errors_text(form))
        return _to_group(scope)
    data = form.cleaned_data
    return _act(
        request,
        scope,
        lambda s: services.goal_update_add(
            scope=s, goal=goal, body=data["body"], progress=data["progress"], status=data["status"]
        ),
        success=_("Update added."),
    )
