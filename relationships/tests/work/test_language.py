"""Emails about meetings come in each person's own language, with the invitation in it too."""

from icalendar import Calendar

from relationships.work import services

from .helpers import next_week_at


def test_each_member_gets_the_invitation_in_their_language(
    mentorship, mailoutbox, django_capture_on_commit_callbacks
):
    for user, language in ((mentorship.mentee.user, "nl"), (mentorship.mentor.user, "es")):
        user.profile.language = language
        user.profile.save()

    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_schedule(
            mentorship=mentorship,
            actor=mentorship.mentee.user,
            starts_at=next_week_at(14),
            timezone_name="Europe/Amsterdam",
            video_link="https://meet.example.org/abc",
        )

    mail_of = {m.to[0]: m for m in mailoutbox}
    dutch, spanish = mail_of[mentorship.mentee.user.email], mail_of[mentorship.mentor.user.email]
    assert dutch.subject == f"Mentorafspraak met {mentorship.mentor.user.name}"
    assert spanish.subject == f"Reunión de mentoría con {mentorship.mentee.user.name}"
    [(_name, content, _type)] = dutch.attachments
    assert str(Calendar.from_ical(content).walk("VEVENT")[0]["SUMMARY"]) == dutch.subject
