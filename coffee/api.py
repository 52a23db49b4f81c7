"""JSON API of virtual coffee and two-way mentoring, with the same access rules as the pages."""

from datetime import datetime
from uuid import UUID

from ninja import Router, Schema, Status
from ninja.errors import HttpError

from core.access import programme_access_for
from core.api_fields import text_of
from matching import adapter, mutual
from matching.explain import explain
from programmes.models import Competence, Enrolment, Need

from . import selectors, services
from .models import CoffeeFeedback

router = Router(tags=["coffee"])


class OptIn(Schema):
    opted_in: bool


class CoffeePersonOut(Schema):
    id: UUID  # the person's public id, as in /p/<slug>/people/<id>/
    name: str
    email: str  # a coffee pair agrees on a time between themselves
    organisation: str
    job_title: str
    timezone: str


class PairOut(Schema):
    id: UUID
    round: int
    people: list[CoffeePersonOut]
    window_start: datetime | None
    window_end: datetime | None
    compromise: str


class CoffeeRoundOut(Schema):
    id: UUID
    number: int
    created_at: datetime
    pairs: int
    stats: dict
    compromises: list[dict]


class CoffeeFeedbackIn(Schema):
    met: bool
    rating: int | None = None  # 1-5, when you met
    comment: text_of(CoffeeFeedback, "comment") = ""


class CoffeeFeedbackOut(Schema):
    pairing: UUID
    met: bool
    rating: int | None
    comment: str
    created_at: datetime


class CoffeeRoundFeedbackOut(Schema):
    """A round's answers; each figure is null when fewer than five people are behind it."""

    answers: int | None
    met_share: float | None  # percent of the answers
    average_rating: float | None
    comments: list[str]  # without names, none under five answers


class DirectionOut(Schema):
    mentor: UUID
    mentee: UUID
    need: UUID
    competence: str
    score: float
    why: list[str]


class MutualOut(Schema):
    first: UUID  # enrolment public ids
    second: UUID
    score: float
    first_mentors_second: DirectionOut
    second_mentors_first: DirectionOut


class MutualIn(Schema):
    first: UUID
    second: UUID


class TwoWayMentorshipOut(Schema):
    id: UUID
    mentor: UUID
    mentee: UUID
    mutual: bool
    status: str


def _person(enrolment: Enrolment) -> dict:
    profile = getattr(enrolment.user, "profile", None)
    return {
        "id": enrolment.user.public_id,
        "name": enrolment.user.name,
        "email": enrolment.user.email,
        "organisation": enrolment.organisation.name,
        "job_title": getattr(profile, "job_title", ""),
        "timezone": getattr(profile, "timezone", "UTC"),
    }


def _pair(pair) -> dict:
    return {
        "id": pair.public_id,
        "round": pair.round.number,
        "people": [_person(e) for e in pair.people.all()],
        "window_start": pair.window_start,
        "window_end": pair.window_end,
        "compromise": pair.compromise,
    }


def _round(coffee_round) -> dict:
    return {
        "id": coffee_round.public_id,
        "number": coffee_round.number,
        "created_at": coffee_round.created_at,
        "pairs": coffee_round.pairs.count(),
        "stats": coffee_round.stats,
        "compromises": coffee_round.compromises,
    }


def _manager(request, slug: str):
    access = programme_access_for(request.auth, slug)
    if not access.is_manager:
        raise HttpError(404, "Not Found")
    return access


def _participant(request, slug: str):
    access = programme_access_for(request.auth, slug)
    if access.enrolment is None:
        raise HttpError(404, "Not Found")
    return access


@router.get("/programmes/{slug}/coffee/opt-in", response=OptIn)
def coffee_opt_get(request, slug: str):
    access = _participant(request, slug)
    return {"opted_in": selectors.opted_in(access.enrolment)}


@router.put("/programmes/{slug}/coffee/opt-in", response=OptIn)
def coffee_opt_put(request, slug: str, payload: OptIn):
    """Opt in (true) or out (false); opting out removes you from future rounds."""
    access = _participant(request, slug)
    choice = services.coffee_opt(enrolment=access.enrolment, active=payload.opted_in)
    return {"opted_in": choice.active}


@router.get("/programmes/{slug}/coffee/pairings", response=list[PairOut])
def coffee_my_pairings(request, slug: str):
    access = _participant(request, slug)
    return [_pair(pair) for pair in selectors.pairs_of(access=access)]


@router.get("/programmes/{slug}/coffee/pairings/{pair_id}", response=PairOut)
def coffee_pairing(request, slug: str, pair_id: UUID):
    access = programme_access_for(request.auth, slug)
    return _pair(selectors.pair_get(access=access, public_id=pair_id))


@router.get("/programmes/{slug}/coffee/rounds", response=list[CoffeeRoundOut])
def coffee_rounds(request, slug: str):
    return [_round(r) for r in selectors.round_list(access=_manager(request, slug))]


@router.post("/programmes/{slug}/coffee/rounds", response={201: CoffeeRoundOut})
def coffee_round_run(request, slug: str):
    """Run a round now: pairs the opted-in participants and emails every group."""
    access = _manager(request, slug)
    coffee_round = services.coffee_round_run(programme=access.programme, actor=request.auth)
    return Status(201, _round(coffee_round))


@router.get("/programmes/{slug}/coffee/rounds/{round_id}/pairings", response=list[PairOut])
def coffee_round_pairings(request, slug: str, round_id: UUID):
    access = _manager(request, slug)
    coffee_round = selectors.round_get(access=access, public_id=round_id)
    return [_pair(pair) for pair in selectors.round_pairs(coffee_round=coffee_round)]


@router.get("/programmes/{slug}/two-way/proposals", response=list[MutualOut])
def two_way_proposals(request, slug: str):
    """Two-way pairs: each offers what the other needs, both directions scored."""
    access = _manager(request, slug)
    result = mutual.mutual_proposals(access.programme)
    ids = {k for p in result.pairs for k in (p.a, p.b)}
    people = {e.pk: e for e in Enrolment.objects.filter(pk__in=ids)}
    needs = {
        n.pk: n
        for n in Need.objects.filter(
            pk__in={k for p in result.pairs for k in (p.need_of_a, p.need_of_b)}
        ).select_related("competence")
    }
    weights = adapter.programme_weights(access.programme)

    def direction(d) -> dict:
        return {
            "mentor": people[d.mentor].public_id,
            "mentee": people[d.mentee].public_id,
            "need": needs[d.need].public_id,
            "competence": needs[d.need].competence.slug,
            "score": d.score,
            "why": explain(d.components, weights),
        }

    return [
        {
            "first": people[p.a].public_id,
            "second": people[p.b].public_id,
            "score": p.score,
            "first_mentors_second": direction(p.a_to_b),
            "second_mentors_first": direction(p.b_to_a),
        }
        for p in result.pairs
    ]


@router.post("/programmes/{slug}/two-way/mentorships", response={201: TwoWayMentorshipOut})
def two_way_confirm(request, slug: str, payload: MutualIn):
    """Create the proposed two-way mentorship of these two enrolments, with its agreement."""
    access = _manager(request, slug)
    found = {
        e.public_id: e for e in access.enrolments().filter(public_id__in=[payload.first, payload.second])
    }
    if len(found) != 2:
        raise HttpError(404, "Not Found")
    mentorship = services.mutual_mentorship_create(
        programme=access.programme,
        actor=request.auth,
        first=found[payload.first],
        second=found[payload.second],
    )
    return Status(
        201,
        {
            "id": mentorship.public_id,
            "mentor": mentorship.mentor.public_id,
            "mentee": mentorship.mentee.public_id,
            "mutual": mentorship.mutual,
            "status": mentorship.status,
        },
    )


class ReverseIn(Schema):
    competences: list[text_of(Competence, "slug")]


class ReverseOut(Schema):
    competences: list[str]
    suggested: list[str]  # the catalogue's digital competences, proposed while none are marked


@router.get("/programmes/{slug}/reverse-competences", response=ReverseOut)
def reverse_get(request, slug: str):
    """The competences in which this programme's mentor is expected to be the junior one."""
    access = _manager(request, slug)
    return {
        "competences": access.programme.reverse_competences or [],
        "suggested": services.default_reverse_competences(),
    }


@router.put("/programmes/{slug}/reverse-competences", response=ReverseOut)
def reverse_put(request, slug: str, payload: ReverseIn):
    access = _manager(request, slug)
    programme = services.reverse_competences_save(programme=access.programme, slugs=payload.competences)
    return {"competences": programme.reverse_competences, "suggested": services.default_reverse_competences()}


@router.post("/programmes/{slug}/coffee/pairings/{pair_id}/feedback", response={201: CoffeeFeedbackOut})
def coffee_feedback(request, slug: str, pair_id: UUID, payload: CoffeeFeedbackIn):
    """Say whether you met and how it was (1-5, when you met), once per pairing."""
    access = _participant(request, slug)
    pair = selectors.pair_get(access=access, public_id=pair_id)
    if not pair.people.filter(pk=access.enrolment.pk).exists():
        raise HttpError(404, "Not Found")
    feedback = services.coffee_feedback_submit(
        enrolment=access.enrolment, pair=pair, met=payload.met, rating=payload.rating, comment=payload.comment
    )
    return Status(
        201,
        {
            "pairing": pair.public_id,
            "met": feedback.met,
            "rating": feedback.rating,
            "comment": feedback.comment,
            "created_at": feedback.created_at,
        },
    )


@router.get("/programmes/{slug}/coffee/rounds/{round_id}/feedback", response=CoffeeRoundFeedbackOut)
def coffee_round_feedback(request, slug: str, round_id: UUID):
    """How a round's coffees went: share who met and average rating, withheld under five people."""
    access = _manager(request, slug)
    feedback = selectors.round_feedback(coffee_round=selectors.round_get(access=access, public_id=round_id))
    return {
        "answers": feedback["answers"].shown,
        "met_share": feedback["met_share"].shown,
        "average_rating": feedback["average_rating"].shown,
        "comments": feedback["comments"],
    }
