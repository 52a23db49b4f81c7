"""Enumerated filters of the pages and the API: an unknown value is refused, naming the known ones.

Without this a typo (`?health=needs_attention`) filters nothing and answers with everything, as if
it were what was asked for.
"""

from collections.abc import Iterable

from django import forms
from django.utils.translation import gettext as _
from ninja import Query

from .errors import BadInput

SHOWN_LENGTH = 40  # of a refused value in the message


def choice(value: str, allowed: Iterable[str], *, name: str) -> str:
    """`value` when it is "" (no filter) or one of `allowed`; otherwise BadInput naming them."""
    allowed = [str(item) for item in allowed]
    if value == "" or value in allowed:
        return value
    shown = value if len(value) <= SHOWN_LENGTH else value[:SHOWN_LENGTH] + "…"
    raise BadInput(
        _("Unknown %(name)s “%(value)s”: use one of %(values)s.")
        % {"name": name, "value": shown, "values": ", ".join(allowed)}
    )


def choice_query(allowed: Iterable[str], description: str = ""):
    """A query parameter of the API whose values the OpenAPI schema lists; check it with `choice`.

    Not a Literal: ninja would refuse an unknown value itself, as a 422 listing pydantic's errors.
    """
    parameter = Query("", description=description)
    parameter.json_schema_extra = {"enum": ["", *(str(item) for item in allowed)]}  # Query() takes none
    return parameter


class ChoiceFilter(forms.ChoiceField):
    """A form's enumerated filter whose error for an unknown value names the known ones, as `choice`."""

    def __init__(self, *, name: str, **kwargs):
        self.name = name
        super().__init__(**kwargs)

    def validate(self, value):
        forms.Field.validate(self, value)  # "required"; ChoiceField's own check says less
        try:
            choice(value, [str(key) for key, _label in self.choices if key], name=self.name)
        except BadInput as refused:
            raise forms.ValidationError(refused.message, code="invalid_choice") from None
