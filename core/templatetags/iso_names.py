from django import template

from core import iso

register = template.Library()


@register.filter
def language_names(codes) -> str:
    """ISO 639-1 codes as names in the reader's language: ["nl", "en"] -> "Dutch, English"."""
    return iso.language_names(codes or [])


@register.filter
def country_name(code) -> str:
    return iso.country_name(code or "")
