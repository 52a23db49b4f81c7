from datetime import date
from uuid import UUID

from django.shortcuts import get_object_or_404
from ninja import File, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile

from core.access import programme_access_for
from core.api_fields import LanguageCode, text_of
from core.filters import choice_query
from organisations.models import Organisation

from . import selectors, services
from .importer import people_import, read_file
from .models import Competence, Enrolment, Invitation, Need, Programme

router = Router(tags=["programmes"])


class CompetenceOut(Schema):
    slug: str
    name: str
    group: str


class ProgrammeOut(Schema):
    slug: str
    name: str
    kind: str
    description: str
    cohort_start: date | None
    cohort_end: date | None
    languages: list[str]
    exclude_competitors: bool
    cross_country: bool
    max_mentees_per_mentor: int
    max_mentors_per_mentee: int
    matching_mode: str
    coordinator_approves_matches: bool
    open_for_applications: bool


DESCRIPTION = text_of(Programme, "description", max_length=5000)  # the model keeps any length


class ProgrammeIn(Schema):
    slug: text_of(Programme, "slug")
    name: text_of(Programme, "name")
    kind: Programme.Kind = Programme.Kind.ONE_TO_ONE
    description: DESCRIPTION = ""
    cohort_start: date | None = None
    cohort_end: date | None = None
    languages: list[LanguageCode] = []
    exclude_competitors: bool = False
    cross_country: bool = False
    max_mentees_per_mentor: int = 3
    max_mentors_per_mentee: int = 1
    matching_mode: Programme.MatchingMode = Programme.MatchingMode.ROUNDS
    coordinator_approves_matches: bool = False
    open_for_applications: bool = False


class ProgrammePatch(Schema):
    """Only the fields given change. null clears a cohort date; the other fields cannot be empty, so
    their default of None only means "not given" and an explicit null is refused (422)."""

    name: text_of(Programme, "name") = None
    description: DESCRIPTION = None
    cohort_start: date | None = None
    cohort_end: date | None = None
    exclude_competitors: bool = None
    cross_country: bool = None
    max_mentees_per_mentor: int = None
    max_mentors_per_mentee: int = None
    matching_mode: Programme.MatchingMode = None
    coordinator_approves_matches: bool = None
    open_for_applications: bool = None


class NeedSchema(Schema):
    competence: text_of(Competence, "slug")
    function: Need.Function = Need.Function.PROFESSIONAL_MENTORING
    context: text_of(Need, "context") = ""


class NeedOut(Schema):
    id: UUID  # what requests and recommendations name the need by
    competence: str
    function: str
    context: str

    @staticmethod
    def of(need: Need) -> dict:
        return {
            "id": need.public_id,
            "competence": need.competence.slug,
            "function": need.function,
            "context": need.context,
        }


class EnrolmentOut(Schema):
    id: UUID
    person: UUID
    name: str
    email: str
    organisation: str
    role: str
    status: str
    capacity: int
    offers: list[str]
    needs: list[NeedOut]

    @staticmethod
    def of(enrolment: Enrolment) -> dict:
        return {
            "id": enrolment.public_id,
            "person": enrolment.user.public_id,
            "name": enrolment.user.name,
            "email": enrolment.user.email,
            "organisation": enrolment.organisation.key,
            "role": enrolment.role,
            "status": enrolment.status,
            "capacity": enrolment.capacity,
            "offers": [c.slug for c in enrolment.offers.all()],
            "needs": [NeedOut.of(n) for n in enrolment.needs.all()],
        }


class EnrolmentIn(Schema):
    role: Enrolment.Role
    capacity: int = 1
    motivation: text_of(Enrolment, "motivation") = ""
    offers: list[text_of(Competence, "slug")] = []
    needs: list[NeedSchema] = []


class DecisionIn(Schema):
    reason: text_of(Enrolment, "status_reason") = ""


class OrganisationCountOut(Schema):
    organisation: str
    name: str
    status: str
    counts: dict[str, int | None]


class InviteOrganisationIn(Schema):
    organisation: text_of(Organisation, "key")


class InvitationsIn(Schema):
    organisation: text_of(Organisation, "key")
    emails: list[text_of(Invitation, "email")]


class ParticipantOut(Schema):
    person: UUID
    name: str
    organisation: str
    job_title: str
    country: str
    languages: list[str]
    bio: str
    role: str


def _competences(slugs: list[str]) -> list[Competence]:
    found = {c.slug: c for c in Competence.objects.filter(slug__in=slugs)}
    unknown = sorted(set(slugs) - set(found))
    if unknown:
        raise HttpError(400, f"unknown competence(s): {', '.join(unknown)}")
    return [found[slug] for slug in slugs]


def _needs(needs: list[NeedSchema]) -> list[dict]:
    competences = _competences([n.competence for n in needs])
    return [
        {"competence": c, "function": n.function, "context": n.context}
        for c, n in zip(competences, needs, strict=True)
    ]


@router.get("/competences", response=list[CompetenceOut])
def competence_list(request):
    return Competence.objects.all()


@router.get("/programmes", response=list[ProgrammeOut])
def programme_list(request):
    found = selectors.programmes_for_user(user=request.auth)
    seen, result = set(), []
    for programme in [*found["managed"], *found["coordinated"], *(e.programme for e in found["enrolled"])]:
        if programme.pk not in seen:
            seen.add(programme.pk)
            result.append(programme)
    return result


@router.post("/programmes", response={201: ProgrammeOut})
def programme_create(request, payload: ProgrammeIn):
    if not request.auth.has_perm("programmes.add_programme"):
        raise HttpError(403, "you may not create programmes")
    return Status(201, services.programme_create(actor=request.auth, **payload.dict()))


@router.get("/programmes/{slug}", response=ProgrammeOut)
def programme_get(request, slug: str):
    return programme_access_for(request.auth, slug).programme


@router.patch("/programmes/{slug}", response=ProgrammeOut)
def programme_patch(request, slug: str, payload: ProgrammePatch):
    access = _access(request, slug, "manager")
    return services.programme_update(programme=access.programme, **payload.dict(exclude_unset=True))


@router.get("/programmes/{slug}/organisations", response=list[OrganisationCountOut])
def programme_organisations(request, slug: str):
    access = _access(request, slug, "manager", "coordinator")
    return [
        {
            "organisation": row["organisation"].key,
            "name": row["organisation"].name,
            "status": row["membership"].status,
            "counts": {key: figure.shown for key, figure in row["counts"].items()},
        }
        for row in selectors.organisation_counts(access=access)
    ]


@router.post("/programmes/{slug}/organisations", response={201: OrganisationCountOut})
def programme_invite_organisation(request, slug: str, payload: InviteOrganisationIn):
    access = _access(request, slug, "manager")
    organisation = get_object_or_404(Organisation, key=payload.organisation)
    membership = services.programme_invite_organisation(programme=access.programme, organisation=organisation)
    body = {
        "organisation": organisation.key,
        "name": organisation.name,
        "status": membership.status,
        "counts": {},
    }
    return Status(201, body)


@router.get("/programmes/{slug}/enrolments", response=list[EnrolmentOut])
def enrolment_list(
    request, slug: str, status: str = choice_query(Enrolment.Status.values), organisation: str = ""
):
    access = _access(request, slug)
    enrolments = selectors.enrolment_list(access=access, status=status, organisation_key=organisation)
    return [EnrolmentOut.of(e) for e in enrolments]


@router.post("/programmes/{slug}/enrolments", response={201: EnrolmentOut})
def enrolment_apply(request, slug: str, payload: EnrolmentIn):
    access = programme_access_for(request.auth, slug)
    if access.enrolment is None and not access.may_apply:
        raise HttpError(404, "Not Found")
    enrolment = services.enrolment_apply(
        user=request.auth,
        programme=access.programme,
        role=payload.role,
        capacity=payload.capacity,
        motivation=payload.motivation,
        offers=_competences(payload.offers),
        needs=_needs(payload.needs),
    )
    return Status(201, EnrolmentOut.of(enrolment))


@router.get("/programmes/{slug}/enrolments/{public_id}", response=EnrolmentOut)
def enrolment_get(request, slug: str, public_id: UUID):
    access = _access(request, slug)
    return EnrolmentOut.of(selectors.enrolment_get(access=access, public_id=public_id))


@router.post("/programmes/{slug}/enrolments/{public_id}/approve", response=EnrolmentOut)
def enrolment_approve(request, slug: str, public_id: UUID):
    enrolment = _decidable(request, slug, public_id)
    return EnrolmentOut.of(services.enrolment_approve(actor=request.auth, enrolment=enrolment))


@router.post("/programmes/{slug}/enrolments/{public_id}/reject", response=EnrolmentOut)
def enrolment_reject(request, slug: str, public_id: UUID, payload: DecisionIn):
    enrolment = _decidable(request, slug, public_id)
    return EnrolmentOut.of(
        services.enrolment_reject(actor=request.auth, enrolment=enrolment, reason=payload.reason)
    )


@router.post("/programmes/{slug}/enrolments/{public_id}/withdraw", response=EnrolmentOut)
def enrolment_withdraw(request, slug: str, public_id: UUID, payload: DecisionIn):
    enrolment = selectors.own_enrolment_get(access=_access(request, slug), public_id=public_id)
    return EnrolmentOut.of(
        services.enrolment_withdraw(actor=request.auth, enrolment=enrolment, reason=payload.reason)
    )


@router.get("/programmes/{slug}/needs", response=list[NeedOut])
def need_list(request, slug: str):
    """The actor's own needs in the programme, with the ids requests and recommendations take."""
    return [NeedOut.of(n) for n in selectors.own_needs(access=programme_access_for(request.auth, slug))]


@router.get("/programmes/{slug}/people/{person}", response=ParticipantOut)
def participant_get(request, slug: str, person: UUID):
    enrolment = selectors.participant_get(access=_access(request, slug), user_public_id=person)
    profile = getattr(enrolment.user, "profile", None)
    return {
        "person": enrolment.user.public_id,
        "name": enrolment.user.name,
        "organisation": enrolment.organisation.name,
        "job_title": getattr(profile, "job_title", ""),
        "country": getattr(profile, "country", ""),
        "languages": getattr(profile, "languages", []),
        "bio": getattr(profile, "bio", ""),
        "role": enrolment.role,
    }


@router.post("/programmes/{slug}/import")
def programme_import(
    request, slug: str, people: File[UploadedFile], organisations: File[UploadedFile | None] = None
):
    """Import people.csv, and organisations.csv when given (CSV or .xlsx), as `import_people` does."""
    access = _access(request, slug, "manager", "coordinator")
    only = selectors.import_organisation(access=access)
    report = people_import(
        programme=access.programme,
        people_data=read_file(people),
        people_filename=people.name,
        organisations_data=read_file(organisations) if organisations else None,
        organisations_filename=organisations.name if organisations else "organisations.csv",
        only_organisation=only,
        actor=request.auth,
    )
    return {"report": report.lines(), "competences_added": report.competences_added}


@router.post("/programmes/{slug}/invitations", response={201: dict})
def invitations_create(request, slug: str, payload: InvitationsIn):
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    access = _access(request, slug, "manager", "coordinator")
    options = {o.key: o for o in selectors.organisation_options(access=access)}
    if payload.organisation not in options:
        raise HttpError(404, "Not Found")
    for email in payload.emails:
        try:
            validate_email(email)
        except ValidationError:
            raise HttpError(400, f"“{email}” is not an email address") from None
    invitations = services.invitations_create(
        actor=request.auth,
        programme=access.programme,
        organisation=options[payload.organisation],
        emails=payload.emails,
    )
    return Status(201, {"invited": [i.email for i in invitations]})


def _access(request, slug: str, *roles: str):
    access = programme_access_for(request.auth, slug)
    if roles and not set(roles) & set(access.roles):
        raise HttpError(404, "Not Found")
    return access


def _decidable(request, slug: str, public_id: UUID) -> Enrolment:
    access = _access(request, slug, "manager", "coordinator")
    return selectors.enrolment_get_to_decide(access=access, public_id=public_id)
