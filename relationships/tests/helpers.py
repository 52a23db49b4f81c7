"""Shared steps of this app's tests."""

from relationships import services


def ask(
    personas, mentee="mentee_initech", mentor="mentor_acme", message="Could you help me speak in public?"
):
    """The mentee sends the mentor a request for their first need."""
    mentee_enrolment = personas.enrolments[mentee]
    return services.request_send(
        mentee=mentee_enrolment,
        mentor=personas.enrolments[mentor],
        need=mentee_enrolment.needs.first(),
        message=message,
    )


def agree(mentorship):
    """Both sides write their expectations and sign: the mentorship becomes active."""
    for user in (mentorship.mentor.user, mentorship.mentee.user):
        services.agreement_update(
            mentorship=mentorship,
            user=user,
            confidentiality=True,
            frequency="monthly",
            mode="both",
            expectations=f"{user.name} expects honesty and preparation.",
        )
    for user in (mentorship.mentor.user, mentorship.mentee.user):
        mentorship = services.agreement_sign(mentorship=mentorship, user=user)
    return mentorship
