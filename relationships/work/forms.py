from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Goal, GoalComment, Meeting


class GoalForm(forms.ModelForm):
    """A SMART goal. In two-way mentoring a goal belongs to either side, so the side is asked."""

    side = forms.ChoiceField(label=_("Whose goal"), choices=Goal.Side.choices, required=False)

    class Meta:
        model = Goal
        fields = ["title", "specific", "measurable", "achievable", "relevant", "due_on"]
        widgets = {
            "specific": forms.Textarea(attrs={"rows": 2}),
            "measurable": forms.Textarea(attrs={"rows": 2}),
            "achievable": forms.Textarea(attrs={"rows": 2}),
            "relevant": forms.Textarea(attrs={"rows": 2}),
            "due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "title": _("In a few words, e.g. “Give a talk at the regional logistics conference”."),
            "measurable": _("What you will see or count when it is done."),
        }

    def __init__(self, *args, mutual: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not mutual or self.instance.pk:
            del self.fields["side"]


class GoalProgressForm(forms.Form):
    progress = forms.IntegerField(
        label=_("Progress (%)"),
        min_value=0,
        max_value=100,
        widget=forms.NumberInput(attrs={"step": 5}),
    )
    status = forms.ChoiceField(label=_("Status"), choices=Goal.Status.choices)


class GoalCommentForm(forms.ModelForm):
    class Meta:
        model = GoalComment
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}


class MeetingForm(forms.Form):
    """Date and time are read in the scheduler's own time zone (their profile's)."""

    day = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    time = forms.TimeField(label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"),
        min_value=15,
        max_value=480,
        initial=60,
        widget=forms.NumberInput(attrs={"step": 15}),
    )
    mode = forms.ChoiceField(label=_("Mode"), choices=Meeting.Mode.choices, initial=Meeting.Mode.VIRTUAL)
    place = forms.CharField(
        label=_("Place"), max_length=300, required=False, help_text=_("Needed when you meet in person.")
    )
    video_link = forms.URLField(
        label=_("Video link"),
        required=False,
        help_text=_("Needed for a video call, e.g. https://meet.jit.si/…"),
    )
    agenda = forms.CharField(
        label=_("Agenda"), max_length=4000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


class SharedNotesForm(forms.Form):
    notes = forms.CharField(
        label=_("Shared notes"),
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Both of you see and can edit these notes."),
    )


class PrivateNoteForm(forms.Form):
    body = forms.CharField(
        label=_("My private notes"),
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Only you ever see these notes."),
    )
