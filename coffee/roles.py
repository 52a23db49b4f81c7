"""Plain names for the roles of reverse and two-way mentoring, for every app's pages."""

from django.utils.translation import gettext as _

from programmes.models import Programme


def role_label(role: str, programme: Programme) -> str:
    """The name of 'mentor', 'mentee' or 'both' in this programme's kind of mentoring."""
    if programme.kind == Programme.Kind.REVERSE:
        return {
            "mentor": _("Reverse mentor: the junior who teaches"),
            "mentee": _("Senior learner"),
            "both": _("Reverse mentor and senior learner"),
        }.get(role, role)
    if programme.kind == Programme.Kind.TWO_WAY:
        return {
            "mentor": _("Two-way mentor"),
            "mentee": _("Two-way mentee"),
            "both": _("Two-way partner: mentor and mentee of each other"),
        }.get(role, role)
    return {"mentor": _("Mentor"), "mentee": _("Mentee"), "both": _("Mentor and mentee")}.get(role, role)


def role_name(enrolment, programme: Programme) -> str:
    """An enrolment's role, named plainly.

    In a programme of another kind that marks reverse-mentoring competences, a mentor who offers
    only those is a reverse mentor and a mentee who needs only those is a senior learner.
    """
    if programme.kind in (Programme.Kind.REVERSE, Programme.Kind.TWO_WAY):
        return role_label(enrolment.role, programme)
    reverse = set(programme.reverse_competences or [])
    if reverse:
        offers = {c.slug for c in enrolment.offers.all()} if enrolment.is_mentor else set()
        needs = (
            {n.competence.slug for n in enrolment.needs.select_related("competence")}
            if enrolment.is_mentee
            else set()
        )
        teaches = bool(offers) and offers <= reverse
        learns = bool(needs) and needs <= reverse
        if enrolment.role == "both" and teaches and learns:
            return role_label("both", Programme(kind=Programme.Kind.REVERSE))
        if enrolment.role == "mentor" and teaches:
            return role_label("mentor", Programme(kind=Programme.Kind.REVERSE))
        if enrolment.role == "mentee" and learns:
            return role_label("mentee", Programme(kind=Programme.Kind.REVERSE))
    return role_label(enrolment.role, programme)
