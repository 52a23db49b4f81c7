import zoneinfo
from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import CircleGoal, Group, Post, Task


class DateInput(forms.DateInput):
    input_type = "date"


class GroupForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    kind = forms.ChoiceField(label=_("Kind"), choices=[])
    visibility = forms.ChoiceField(label=_("Visibility"), choices=Group.Visibility.choices)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    capacity = forms.IntegerField(
        label=_("Capacity"),
        min_value=1,
        max_value=500,
        required=False,
        help_text=_(
            "How many members the group takes (facilitators not counted). Required for group mentoring."
        ),
    )
    cadence = forms.ChoiceField(label=_("Meeting rhythm"), choices=Group.Cadence.choices, required=False)
    facilitator = forms.ChoiceField(label=_("Facilitator"), required=False, choices=[])

    def __init__(self, *args, manager: bool, facilitator_choices, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = [Group.Kind.MENTORING, Group.Kind.CIRCLE]
        self.fields["kind"].choices = [(k.value, k.label) for k in kinds]
        if manager:
            self.fields["facilitator"].choices = facilitator_choices
            self.fields["facilitator"].required = True
            self.fields["facilitator"].help_text = _("A mentor of the programme, or yourself.")
        else:
            del self.fields["facilitator"]

    def clean(self):
        data = super().clean()
        if data.get("kind") == Group.Kind.MENTORING and not data.get("capacity"):
            self.add_error(
                "capacity", _("Group mentoring needs a capacity: how many mentees the mentor takes.")
            )
        return data


class PostForm(forms.Form):
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    kind = forms.ChoiceField(label=_("Kind"), choices=Post.Kind.choices, required=False)
    parent = forms.UUIDField(required=False, widget=forms.HiddenInput)


class TaskForm(forms.Form):
    title = forms.CharField(label=_("Task"), max_length=200)
    description = forms.CharField(
        label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    assignee = forms.ChoiceField(label=_("Assignee"), required=False, choices=[])
    due_on = forms.DateField(label=_("Due date"), required=False, widget=DateInput)

    def __init__(self, *args, member_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", _("Nobody yet")), *member_choices]


class TaskUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Task.Status.choices, required=False)
    assignee = forms.ChoiceField(label=_("Assignee"), required=False, choices=[])

    def __init__(self, *args, member_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", _("Nobody")), *member_choices]


class FeedbackForm(forms.Form):
    body = forms.CharField(label=_("Feedback"), max_length=3000, widget=forms.Textarea(attrs={"rows": 2}))
    task = forms.UUIDField(required=False, widget=forms.HiddenInput)
    post = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if bool(data.get("task")) == bool(data.get("post")):
            raise forms.ValidationError(_("Feedback is given on one task or one post."))
        return data


class MeetingForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    starts_at = forms.DateTimeField(
        label=_("Starts at"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("In your own time zone."),
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=15, max_value=480, initial=90
    )
    location = forms.CharField(label=_("Place or video link"), max_length=300, required=False)

    def __init__(self, *args, zone: str = "UTC", **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = zone

    def clean_starts_at(self):
        value = self.cleaned_data["starts_at"]
        try:
            zone = zoneinfo.ZoneInfo(self.zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo("UTC")
        local = datetime.combine(value.date(), value.time().replace(tzinfo=None))
        aware = timezone.make_aware(local, zone)
        if aware <= timezone.now():
            raise forms.ValidationError(_("A meeting is scheduled in the future."))
        return aware


class GoalForm(forms.Form):
    title = forms.CharField(label=_("My goal"), max_length=200)
    due_on = forms.DateField(label=_("By when"), required=False, widget=DateInput)


class GoalUpdateForm(forms.Form):
    body = forms.CharField(label=_("Update"), max_length=3000, widget=forms.Textarea(attrs={"rows": 2}))
    progress = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100, required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", "—"), *CircleGoal.Status.choices], required=False
    )


class InviteForm(forms.Form):
    person = forms.ChoiceField(label=_("Person"), choices=[])

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = choices


class FormationForm(forms.Form):
    min_size = forms.IntegerField(label=_("Smallest circle"), min_value=2, max_value=8, initial=4)
    max_size = forms.IntegerField(label=_("Largest circle"), min_value=3, max_value=12, initial=8)
    cadence = forms.ChoiceField(
        label=_("Meeting rhythm"),
        choices=Group.Cadence.choices,
        initial=Group.Cadence.MONTHLY,
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("min_size") and data.get("max_size") and data["min_size"] > data["max_size"]:
            self.add_error("max_size", _("The largest circle cannot be smaller than the smallest."))
        return data


class TeamForm(forms.Form):
    name = forms.CharField(label=_("Start-up name"), max_length=120)
    description = forms.CharField(
        label=_("What they build"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    founders = forms.MultipleChoiceField(label=_("Founders"), widget=forms.CheckboxSelectMultiple, choices=[])

    def __init__(self, *args, founder_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["founders"].choices = founder_choices
