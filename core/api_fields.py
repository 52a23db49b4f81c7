"""Types of the API's input strings, taken from the model fields they are stored in.

`title: text_of(Goal, "title")` takes at most what `Goal.title` keeps (its max_length, on a
TextField too), so that ninja refuses a longer value with 422 naming the field instead of the
database failing (PostgreSQL) or keeping it (SQLite); a field with choices takes one of them. The
OpenAPI schema documents both. A test walks every request body for a string without a limit.
"""

from typing import Annotated, Literal

from django.core.exceptions import ImproperlyConfigured
from pydantic import StringConstraints

from core.iso import LANGUAGES

# An ISO 639-1 code, as profiles and programmes store their languages.
LanguageCode = Literal[tuple(sorted(LANGUAGES))]


def text_of(model, name: str, *, max_length: int | None = None):
    """The type of an API string stored in `model.name`; `max_length` only for a column without one."""
    field = model._meta.get_field(name)
    if field.choices:
        values = [str(value) for value, _label in field.flatchoices]
        return Literal[tuple(["", *values] if field.blank and "" not in values else values)]
    if field.max_length is None and max_length is None:
        raise ImproperlyConfigured(f"{model.__name__}.{name} keeps any length: give the API's max_length")
    if field.max_length is not None and max_length is not None:
        raise ImproperlyConfigured(f"{model.__name__}.{name} has its own max_length")
    return Annotated[str, StringConstraints(max_length=field.max_length or max_length)]
