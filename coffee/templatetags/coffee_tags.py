"""`{% load coffee_tags %}{% coffee_offered programme as offered %}`: whether to show the coffee tab."""

from django import template

from coffee.models import CoffeeSettings
from programmes.models import Programme

register = template.Library()


@register.simple_tag
def coffee_offered(programme) -> bool:
    """A programme of the kind "virtual coffee", or one whose manager switched virtual coffee on."""
    if programme.kind == Programme.Kind.VIRTUAL_COFFEE:
        return True
    return CoffeeSettings.objects.filter(programme=programme, enabled=True).exists()
