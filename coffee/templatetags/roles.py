"""`{% load roles %}`: `{% role_name enrolment programme %}` and `{% role_label "mentor" programme %}`.

They name the roles plainly in reverse mentoring ("Reverse mentor: the junior who teaches",
"Senior learner") and two-way mentoring, and fall back to Mentor / Mentee elsewhere.
"""

from django import template

from coffee import roles

register = template.Library()


@register.simple_tag
def role_name(enrolment, programme) -> str:
    return roles.role_name(enrolment, programme)


@register.simple_tag
def role_label(role, programme) -> str:
    return roles.role_label(role, programme)
