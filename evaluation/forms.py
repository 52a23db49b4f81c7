from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Framework, SurveyQuestion


class FrameworkSettingsForm(forms.Form):
    source = forms.ChoiceField(
        label=_("Framework"), choices=Framework.Source.choices, widget=forms.RadioSelect
    )
    mentor_assessment = forms.BooleanField(
        label=_("Mentors also assess their mentees"),
        required=False,
        help_text=_("Mentors give their own view of each competence at the start and at the end."),
    )


class CompetenceForm(forms.Form):
    slug = forms.SlugField(
        label=_("Key"),
        max_length=80,
        help_text=_("Lower-case letters, digits and hyphens, e.g. negotiation. It cannot change later."),
    )
    name = forms.CharField(label=_("Name"), max_length=120)
    description = forms.CharField(
        label=_("Description"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    level_1 = forms.CharField(label=_("Level 1: beginning"), max_length=500)
    level_2 = forms.CharField(label=_("Level 2: developing"), max_length=500)
    level_3 = forms.CharField(label=_("Level 3: competent"), max_length=500)
    level_4 = forms.CharField(label=_("Level 4: advanced"), max_length=500)
    level_5 = forms.CharField(label=_("Level 5: role model"), max_length=500)

    @property
    def levels(self) -> list[str]:
        return [self.cleaned_data[f"level_{level}"] for level in range(1, 6)]


class FrameworkUploadForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))


class QuestionForm(forms.Form):
    text = forms.CharField(label=_("Question"), max_length=300, widget=forms.Textarea(attrs={"rows": 2}))
    section = forms.ChoiceField(label=_("Section"), choices=SurveyQuestion.Section.choices)
    kind = forms.ChoiceField(label=_("Kind of answer"), choices=SurveyQuestion.Kind.choices)
    audience = forms.ChoiceField(label=_("Asked of"), choices=SurveyQuestion.Audience.choices)
