"""Writes of the coffee app: virtual-coffee settings, opt-ins and rounds; reverse-mentoring
competences; two-way (mutual) mentorships confirmed by the manager."""

from datetime import timedelta
from itertools import combinations

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import ServiceError
from notifications.services import notify
from organisations.models import Organisation
from programmes.models import Competence, Enrolment, Need, Programme

from . import pairing, window
from .models import CoffeeFeedback, CoffeeOptIn, CoffeePair, CoffeeRound, CoffeeSettings

# Who may be paired: approved and active participants (not alumni: their programme is over).
PAIRABLE = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)
# A round counts as due this long before a full cycle has passed, so an hourly beat that runs a
# few minutes early or late keeps the same weekday and hour.
DUE_SLACK = timedelta(hours=1)


# --- after a coffee ---------------------------------------------------------------------------


def coffee_feedback_submit(
    *, enrolment: Enrolment, pair: CoffeePair, met: bool, rating: int | None = None, comment: str = ""
) -> CoffeeFeedback:
    """A paired person's answer on their coffee: did they meet, how was it, a comment; once per pairing."""
    if not pair.people.filter(pk=enrolment.pk).exists():
        raise ServiceError(_("Only the people of this coffee can say how it went."), code="not_paired")
    comment = (comment or "").strip()
    if len(comment) > 1000:
        raise ServiceError(_("The comment is longer than 1000 characters."), code="comment")
    if not met:
        rating = None  # nothing to rate: they did not meet
    elif rating is None or isinstance(rating, bool) or rating not in (1, 2, 3, 4, 5):
        raise ServiceError(_("Say how the coffee was: a number from 1 to 5."), code="rating")
    answered = _("You have already said how this coffee went.")
    if CoffeeFeedback.objects.filter(pair=pair, enrolment=enrolment).exists():
        raise ServiceError(answered, code="answered")
    try:
        with transaction.atomic():
            return CoffeeFeedback.objects.create(
                pair=pair, enrolment=enrolment, met=met, rating=rating, comment=comment
            )
    except IntegrityError as error:  # a double submit racing this one
        raise ServiceError(answered, code="answered") from error


# --- settings and opt-ins -------------------------------------------------------------------


def coffee_settings_save(
    *, programme: Programme, enabled: bool, cadence: str, automatic: bool
) -> CoffeeSettings:
    if cadence not in CoffeeSettings.Cadence.values:
        raise ServiceError(_("Choose a cadence: every week, every two weeks or every month."), code="cadence")
    found, _created = CoffeeSettings.objects.update_or_create(
        programme=programme, defaults={"enabled": enabled, "cadence": cadence, "automatic": automatic}
    )
    return found


def coffee_settings_ensure(*, programme: Programme) -> CoffeeSettings | None:
    """A programme of the kind "virtual coffee" offers it from the start (monthly); others when set."""
    if programme.kind == Programme.Kind.VIRTUAL_COFFEE:
        found, _created = CoffeeSettings.objects.get_or_create(programme=programme)
        return found
    return CoffeeSettings.objects.filter(programme=programme).first()


def coffee_opt(*, enrolment: Enrolment, active: bool) -> CoffeeOptIn:
    """Opt in to (or out of) the coffee rounds; opting out removes the person from future rounds."""
    coffee_settings = coffee_settings_ensure(programme=enrolment.programme)
    offered = coffee_settings is not None and coffee_settings.enabled
    if active and not offered:
        raise ServiceError(_("This programme does not offer virtual coffee."), code="not-offered")
    if active and enrolment.status not in PAIRABLE:
        raise ServiceError(
            _("Only approved participants can take part in virtual coffee."), code="not-approved"
        )
    choice, _created = CoffeeOptIn.objects.update_or_create(enrolment=enrolment, defaults={"active": active})
    return choice


def coffee_participants(programme: Programme):
    return Enrolment.objects.filter(
        programme=programme, status__in=PAIRABLE, coffee__active=True
    ).select_related("user__profile", "organisation")


# --- rounds ---------------------------------------------------------------------------------


def previous_pairs(programme: Programme) -> set[frozenset]:
    """Every two people (enrolment ids) who have shared a coffee group in this programme."""
    through = CoffeePair.people.through
    members: dict[int, list[int]] = {}
    for pair_id, enrolment_id in through.objects.filter(coffeepair__round__programme=programme).values_list(
        "coffeepair_id", "enrolment_id"
    ):
        members.setdefault(pair_id, []).append(enrolment_id)
    return {frozenset(two) for group in members.values() for two in combinations(group, 2)}


def competitor_pairs(programme: Programme, organisations) -> set[frozenset]:
    """The competing organisations (ids) among these, when the programme forbids pairing them.

    Read once, as the matching does: the competitor relation is symmetric, so its table holds both
    directions and a frozenset keeps each pair once.
    """
    if not programme.exclude_competitors:
        return set()
    organisations = set(organisations)
    through = Organisation.competitors.through
    return {
        frozenset(pair)
        for pair in through.objects.filter(
            from_organisation_id__in=organisations, to_organisation_id__in=organisations
        ).values_list("from_organisation_id", "to_organisation_id")
    }


def coffee_round_run(*, programme: Programme, actor=None, seed: int | None = None) -> CoffeeRound:
    """Pair the opted-in participants now and invite every group by email (after commit)."""
    coffee_settings_ensure(programme=programme)
    with transaction.atomic():
        settings_row = CoffeeSettings.objects.select_for_update().filter(programme=programme).first()
        if settings_row is None or not settings_row.enabled:
            raise ServiceError(_("This programme does not offer virtual coffee."), code="not-offered")
        people = list(coffee_participants(programme))
        if len(people) < 2:
            raise ServiceError(
                _("At least two participants must have opted in to run a round; %(n)s have.")
                % {"n": len(people)},
                code="too-few",
            )
        result = pairing.pair_participants(
            [pairing.Participant(key=e.pk, organisation=e.organisation_id) for e in people],
            previous_pairs(programme),
            competitors=competitor_pairs(programme, {e.organisation_id for e in people}),
            seed=seed,
        )
        number = (CoffeeRound.objects.filter(programme=programme).aggregate(n=Max("number"))["n"] or 0) + 1
        by_id = {e.pk: e for e in people}
        coffee_round = CoffeeRound.objects.create(
            programme=programme,
            number=number,
            started_by=actor,
            stats=result.stats,
            compromises=[
                {"people": [str(by_id[k].public_id) for k in c.keys], "reason": c.reason}
                for c in result.compromises
            ],
        )
        reasons = {c.keys: c.reason for c in result.compromises}
        day = window.next_weekday(timezone.localdate())
        pairs = []
        for group in result.groups:
            zones = [_zone_of(by_id[k]) for k in group]
            span = window.overlap(zones, day)
            pairs.append(
                CoffeePair(
                    round=coffee_round,
                    window_start=span[0] if span else None,
                    window_end=span[1] if span else None,
                    compromise=reasons.get(group, ""),
                )
            )
        CoffeePair.objects.bulk_create(pairs)
        through = CoffeePair.people.through
        through.objects.bulk_create(
            [
                through(coffeepair_id=pair.pk, enrolment_id=key)
                for pair, group in zip(pairs, result.groups, strict=True)
                for key in group
            ]
        )
        from .tasks import notify_pair

        ids = [pair.pk for pair in pairs]
        transaction.on_commit(lambda: [notify_pair.delay(pk) for pk in ids])
    return coffee_round


def _zone_of(enrolment: Enrolment) -> str:
    return getattr(getattr(enrolment.user, "profile", None), "timezone", "") or "UTC"


def coffee_next_round_at(*, coffee_settings: CoffeeSettings | None):
    """When the next automatic round starts (None: no automatic rounds); the past means: at the next beat."""
    if coffee_settings is None or not (coffee_settings.enabled and coffee_settings.automatic):
        return None
    last = CoffeeRound.objects.filter(programme_id=coffee_settings.programme_id).order_by("-number").first()
    return timezone.now() if last is None else last.created_at + coffee_settings.interval


def coffee_round_due(*, coffee_settings: CoffeeSettings, now) -> bool:
    if not (coffee_settings.enabled and coffee_settings.automatic):
        return False
    last = CoffeeRound.objects.filter(programme_id=coffee_settings.programme_id).order_by("-number").first()
    return last is None or last.created_at + coffee_settings.interval - DUE_SLACK <= now


def coffee_rounds_run_due(*, now=None) -> list[CoffeeRound]:
    """Run every programme's round whose cycle has come; running it twice starts nothing new."""
    now = now or timezone.now()
    started = []
    for coffee_settings in CoffeeSettings.objects.filter(enabled=True, automatic=True).select_related(
        "programme"
    ):
        if not coffee_round_due(coffee_settings=coffee_settings, now=now):
            continue
        if coffee_participants(coffee_settings.programme).count() < 2:
            continue
        try:
            with transaction.atomic():
                # Re-checked under the settings row's lock: a concurrent run has already started it.
                locked = CoffeeSettings.objects.select_for_update().get(pk=coffee_settings.pk)
                if coffee_round_due(coffee_settings=locked, now=now):
                    started.append(coffee_round_run(programme=coffee_settings.programme))
        except (ServiceError, IntegrityError):
            continue
    return started


def coffee_pair_notify(*, pair_id: int) -> None:
    """Email everyone of a coffee group, once: each other's public profile and a suggested time."""
    claimed = CoffeePair.objects.filter(pk=pair_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return
    pair = CoffeePair.objects.select_related("round__programme").get(pk=pair_id)
    people = list(pair.people.select_related("user__profile", "organisation"))
    programme = pair.round.programme
    for person in people:
        others = [
            {"enrolment": other, "profile": getattr(other.user, "profile", None), "zone": _zone_of(other)}
            for other in people
            if other.pk != person.pk
        ]
        notify(
            user=person.user,
            key=f"coffee-pair:{pair.pk}",
            kind="coffee-pair",
            template="coffee/email/paired",
            context={
                "programme": programme,
                "pair": pair,
                "others": others,
                "zone": _zone_of(person),
            },
            path=f"/p/{programme.slug}/coffee/pairs/{pair.public_id}/",
        )


# --- reverse mentoring ----------------------------------------------------------------------


def default_reverse_competences() -> list[str]:
    """The digital competences of the catalogue: the usual ground of reverse mentoring."""
    return list(Competence.objects.filter(group="digital").values_list("slug", flat=True))


def reverse_competences_save(*, programme: Programme, slugs: list[str]) -> Programme:
    known = set(Competence.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    unknown = sorted(set(slugs) - known)
    if unknown:
        raise ServiceError(
            _("Unknown competences: %(slugs)s.") % {"slugs": ", ".join(unknown)}, code="unknown-competence"
        )
    programme.reverse_competences = sorted(known)
    programme.save(update_fields=["reverse_competences"])
    return programme


# --- two-way (mutual) mentoring -------------------------------------------------------------


def mutual_mentorship_create(*, programme: Programme, actor, first: Enrolment, second: Enrolment):
    """Create the two-way mentorship the matching proposes for these two people, with its agreement.

    The pair is looked up again in the current proposals, so that a stale page (one of them matched
    meanwhile, a rule changed) cannot create a mentorship the rules would not allow.
    """
    from matching import mutual
    from relationships import services as relationships
    from relationships.models import Mentorship

    proposals = mutual.mutual_proposals(programme)
    found = next((p for p in proposals.pairs if {p.a, p.b} == {first.pk, second.pk}), None)
    if found is None:
        raise ServiceError(
            _("%(a)s and %(b)s are no longer proposed as a two-way pair; reload the proposals.")
            % {"a": first.user, "b": second.user},
            code="not-proposed",
        )
    enrolments = {e.pk: e for e in (first, second)}
    needs = {n.pk: n for n in Need.objects.filter(pk__in=[found.need_of_b, found.need_of_a])}
    with transaction.atomic():
        # The relationships app's own start: capacity, the mentee's limit, a need without mentor.
        list(Enrolment.objects.select_for_update().filter(pk__in=enrolments).order_by("pk"))
        if Mentorship.objects.filter(reverse_need_id=found.need_of_a).exclude(status="closed").exists():
            raise ServiceError(_("This need already has a mentor."), code="need-filled")
        mentorship = relationships.mentorship_start(
            mentor=enrolments[found.a],
            mentee=enrolments[found.b],
            need=needs[found.need_of_b],
            origin=Mentorship.Origin.MANAGER,
        )
        mentorship.mutual = True
        mentorship.reverse_need = needs[found.need_of_a]
        mentorship.save(update_fields=["mutual", "reverse_need"])
        for person in (first, second):
            notify(
                user=person.user,
                key=f"mutual-mentorship:{mentorship.pk}",
                kind="mutual-mentorship",
                template="coffee/email/mutual",
                context={"programme": programme, "mentorship": mentorship, "actor": actor},
                path=f"/p/{programme.slug}/mentorships/{mentorship.public_id}/",
            )
    return mentorship
