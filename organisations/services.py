from django.db import transaction
from django.utils.translation import gettext as _

from core.errors import ServiceError
from core.iso import COUNTRIES

from .models import Organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, competitors: list[str] | None = None, **fields
) -> Organisation:
    if "country" in fields:
        fields["country"] = (fields["country"] or "").upper()
        if fields["country"] not in COUNTRIES:
            raise ServiceError(
                _("“%(code)s” is not an ISO 3166-1 country code.") % {"code": fields["country"]}
            )
    for name, value in fields.items():
        if value is not None:
            setattr(organisation, name, value)
    organisation.full_clean(exclude=["competitors", "coordinators"])
    organisation.save()
    if competitors is not None:
        found = list(Organisation.objects.filter(key__in=competitors).exclude(pk=organisation.pk))
        unknown = sorted(set(competitors) - {o.key for o in found})
        if unknown:
            raise ServiceError(_("Unknown organisation key(s): %(keys)s") % {"keys": ", ".join(unknown)})
        organisation.competitors.set(found)
    return organisation
