from django import template

register = template.Library()


@register.simple_tag
def person_name(access, enrolment):
    """The participant's name, or only their organisation for a coordinator of another one."""
    return access.person_name(enrolment)


@register.simple_tag
def user_name(access, user):
    """A user's name by the same rule, for people met outside an enrolment (a group's facilitator)."""
    return access.user_name(user)
