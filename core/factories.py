"""factory_boy factories shared by every app's tests."""

import factory
from django.utils import timezone

from accounts.models import Profile, User
from organisations.models import Organisation
from programmes.models import Competence, Enrolment, Need, Programme, ProgrammeOrganisation

PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - test users only


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["key"]

    key = factory.Sequence(lambda n: f"org-{n}")
    name = factory.LazyAttribute(lambda o: o.key.replace("-", " ").title())
    country = "NL"
    sector = "Manufacturing"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def organisation(self, create, extracted, **kwargs):
        Profile.objects.update_or_create(
            user=self,
            defaults={
                "organisation": extracted,
                "country": extracted.country if extracted else "NL",
                "languages": ["en", "nl"],
                "seniority": 3,
                "timezone": "Europe/Amsterdam",
            },
        )
        self.save()


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"programme-{n}")
    name = factory.LazyAttribute(lambda p: p.slug.replace("-", " ").title())


def competence(slug: str) -> Competence:
    found, _created = Competence.objects.get_or_create(slug=slug, defaults={"names": {"en": slug.title()}})
    return found


def join(programme: Programme, *organisations: Organisation) -> None:
    for organisation in organisations:
        ProgrammeOrganisation.objects.update_or_create(
            programme=programme,
            organisation=organisation,
            defaults={"status": "joined", "joined_at": timezone.now()},
        )


def enrol(
    user: User,
    programme: Programme,
    role: str = "mentee",
    status: str = "approved",
    *,
    offers=("public-speaking",),
    needs=("public-speaking",),
    capacity: int = 1,
) -> Enrolment:
    enrolment = Enrolment.objects.create(
        programme=programme,
        user=user,
        organisation=user.profile.organisation,
        role=role,
        status=status,
        capacity=capacity,
    )
    if enrolment.is_mentor:
        enrolment.offers.set([competence(slug) for slug in offers])
    if enrolment.is_mentee:
        for slug in needs:
            Need.objects.create(
                enrolment=enrolment, competence=competence(slug), context=f"I want to get better at {slug}"
            )
    return enrolment
