"""factory_boy factories for mentorships, requests and their content (used by every app's tests).

`MentorshipFactory()` makes, by default, an active mentorship with a signed agreement between a
mentor and a mentee of two different organisations in a fresh programme. Pass `mentor=` and
`mentee=` (enrolments) to use existing people, `status="agreeing"` for one still being agreed
(agreement unsigned), or `status="closed"`.
"""

from datetime import timedelta

import factory
from django.utils import timezone

from core.factories import OrganisationFactory, ProgrammeFactory, UserFactory, enrol, join
from programmes.models import Enrolment

from .models import Agreement, CheckIn, ClosingFeedback, Mentorship, Message, Request


def _participant(role: str, programme=None):
    """A fresh person of a fresh organisation, approved in the programme with one need or offer."""
    programme = programme or ProgrammeFactory()
    organisation = OrganisationFactory()
    join(programme, organisation)
    user = UserFactory(organisation=organisation)
    return enrol(user, programme, role, status="approved", capacity=3)


class MentorshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mentorship
        skip_postgeneration_save = True

    class Params:
        # The programme to enrol fresh people in; a new one when not given.
        in_programme = None

    mentor = factory.LazyAttribute(lambda o: _participant("mentor", o.in_programme))
    mentee = factory.LazyAttribute(lambda o: _participant("mentee", o.mentor.programme))
    programme = factory.LazyAttribute(lambda o: o.mentor.programme)
    need = factory.LazyAttribute(lambda o: o.mentee.needs.first())
    origin = Mentorship.Origin.REQUEST
    status = Mentorship.Status.ACTIVE
    started_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status != Mentorship.Status.AGREEING else None
    )
    closed_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == Mentorship.Status.CLOSED else None
    )
    close_reason = factory.LazyAttribute(
        lambda o: Mentorship.CloseReason.GOALS_REACHED if o.status == Mentorship.Status.CLOSED else ""
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs["mentee"].programme_id != kwargs["mentor"].programme_id:
            raise ValueError("mentor and mentee must be enrolled in the same programme")
        return super()._create(model_class, *args, **kwargs)

    @factory.post_generation
    def agreement(self, create, extracted, **kwargs):
        """An agreement, signed by both unless the mentorship is still being agreed."""
        if not create:
            return
        signed = None if self.status == Mentorship.Status.AGREEING else timezone.now()
        Agreement.objects.create(
            mentorship=self,
            frequency=Agreement.Frequency.MONTHLY,
            mode=Agreement.Mode.BOTH,
            mentor_expectations="Come prepared with one question per meeting.",
            mentee_expectations="Honest feedback and an outside view on my plans.",
            mentor_signed_at=signed,
            mentee_signed_at=signed,
            **kwargs,
        )
        if self.status == Mentorship.Status.ACTIVE:
            Enrolment.objects.filter(pk__in=[self.mentor_id, self.mentee_id]).update(
                status=Enrolment.Status.ACTIVE
            )


class RequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Request

    mentee = factory.LazyAttribute(lambda o: _participant("mentee"))
    mentor = factory.LazyAttribute(lambda o: _participant("mentor", o.mentee.programme))
    programme = factory.LazyAttribute(lambda o: o.mentee.programme)
    need = factory.LazyAttribute(lambda o: o.mentee.needs.first())
    message = "I would value your view on how you learned to speak in front of large audiences."
    expires_at = factory.LazyAttribute(
        lambda o: timezone.now() + timedelta(days=o.mentee.programme.request_answer_days)
    )


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    mentorship = factory.SubFactory(MentorshipFactory)
    author = factory.LazyAttribute(lambda o: o.mentorship.mentee.user)
    body = "Thank you for yesterday: I tried your opening trick and it worked."


class CheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CheckIn

    mentorship = factory.SubFactory(MentorshipFactory)
    author = factory.LazyAttribute(lambda o: o.mentorship.mentee.user)
    period = 1
    satisfaction = 4
    progress = "We met twice and I rehearsed my talk."
    blockers = ""


class ClosingFeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClosingFeedback

    mentorship = factory.SubFactory(MentorshipFactory, status=Mentorship.Status.CLOSED)
    author = factory.LazyAttribute(lambda o: o.mentorship.mentee.user)
    rating = 5
    goals_reached = True
    feedback = "Very valuable: a fresh view from outside my company."
