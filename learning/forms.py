from django import forms
from django.utils.translation import gettext_lazy as _

from programmes.models import Programme


class RequiredModulesForm(forms.Form):
    """A manager's choice of the modules mentors and mentees must complete, and when."""

    mentors = forms.MultipleChoiceField(
        label=_("Required for mentors"), required=False, widget=forms.CheckboxSelectMultiple
    )
    mentees = forms.MultipleChoiceField(
        label=_("Required for mentees"), required=False, widget=forms.CheckboxSelectMultiple
    )
    learning_gate = forms.ChoiceField(
        label=_("When the required modules must be completed"), choices=Programme.LearningGate.choices
    )

    def __init__(self, *args, modules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentors"].choices = [(m.slug, m.title) for m in modules if m.spec.for_mentors]
        self.fields["mentees"].choices = [(m.slug, m.title) for m in modules if m.spec.for_mentees]

    @staticmethod
    def initial_for(programme, modules) -> dict:
        return {
            "mentors": [m.slug for m in modules if m.required_for_mentors],
            "mentees": [m.slug for m in modules if m.required_for_mentees],
            "learning_gate": programme.learning_gate,
        }
