from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def figure(value):
    """A `core.suppression.Figure` as a page shows it: its number, or a muted "fewer than 5"."""
    if value.suppressed:
        return format_html('<span class="muted">{}</span>', value.display())
    return value.display()
