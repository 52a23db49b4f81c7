from django import template

register = template.Library()


@register.simple_tag
def person_name(access, enrolment):
    """The participant's name, or only their organisation for a coordinator of another one."""
    return access.person_name(enrolment)
