from ninja import Router, Schema

from core.access import organisation_for_coordinator
from core.api_fields import text_of

from .models import Organisation

router = Router(tags=["organisations"])


class OrganisationOut(Schema):
    key: str
    name: str
    country: str
    sector: str
    size: str
    competitors: list[str]

    @staticmethod
    def of(organisation: Organisation) -> dict:
        return {
            "key": organisation.key,
            "name": organisation.name,
            "country": organisation.country,
            "sector": organisation.sector,
            "size": organisation.size,
            "competitors": [o.key for o in organisation.competitors.all()],
        }


class OrganisationPatch(Schema):
    name: text_of(Organisation, "name") | None = None
    country: text_of(Organisation, "country") | None = None
    sector: text_of(Organisation, "sector") | None = None
    size: Organisation.Size | None = None
    competitors: list[text_of(Organisation, "key")] | None = None


@router.get("/organisations/{key}", response=OrganisationOut)
def organisation_get(request, key: str):
    return OrganisationOut.of(organisation_for_coordinator(request.auth, key))


@router.patch("/organisations/{key}", response=OrganisationOut)
def organisation_patch(request, key: str, payload: OrganisationPatch):
    from .services import organisation_update

    organisation = organisation_for_coordinator(request.auth, key)
    return OrganisationOut.of(
        organisation_update(organisation=organisation, **payload.dict(exclude_unset=True))
    )
