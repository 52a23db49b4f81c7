from django import template

register = template.Library()


@register.filter
def get(mapping, key):
    """`mapping|get:key`, also finding a string key by a UUID or number."""
    if not mapping:
        return None
    found = mapping.get(key)
    return found if found is not None else mapping.get(str(key))
