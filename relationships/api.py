"""Requests and mentorships in the JSON API, with the same access rules as the pages.

Members (the mentor and the mentee) see and change a mentorship's content; coordinators of either
side and the programme's manager see its people, state and health only; anyone else gets 404.
"""

from datetime import datetime
from uuid import UUID

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from core.access import programme_access_for
from core.api_fields import text_of
from core.filters import choice_query

from . import selectors, services
from .models import Agreement, CheckIn, ClosingFeedback, Mentorship, Message, Request
from .work.api import router as work_router

router = Router(tags=["mentorships"])
router.add_router("/", work_router)

BASE = "/programmes/{slug}/mentorships/{public_id}"


class RequestIn(Schema):
    mentor: UUID  # the mentor's person id, as in recommendations
    need: UUID
    message: text_of(Request, "message")


class RequestOut(Schema):
    id: UUID
    status: str
    mentee: str
    mentor: str
    need: str
    message: str
    decline_reason: str
    created_at: datetime
    expires_at: datetime
    answered_at: datetime | None
    mentorship: UUID | None

    @staticmethod
    def of(request: Request) -> dict:
        mentorship = getattr(request, "mentorship", None)
        return {
            "id": request.public_id,
            "status": request.status,
            "mentee": request.mentee.user.name,
            "mentor": request.mentor.user.name,
            "need": request.need.competence.slug,
            "message": request.message,
            "decline_reason": request.decline_reason,
            "created_at": request.created_at,
            "expires_at": request.expires_at,
            "answered_at": request.answered_at,
            "mentorship": mentorship.public_id if mentorship else None,
        }


class RequestsOut(Schema):
    sent: list[RequestOut]
    received: list[RequestOut]


class DeclineIn(Schema):
    reason: text_of(Request, "decline_reason") = ""


class AgreementOut(Schema):
    confidentiality: bool
    frequency: str
    mode: str
    mentor_expectations: str
    mentee_expectations: str
    mentor_signed_at: datetime | None
    mentee_signed_at: datetime | None


class AgreementIn(Schema):
    confidentiality: bool = True
    frequency: text_of(Agreement, "frequency")
    mode: text_of(Agreement, "mode")
    expectations: text_of(Agreement, "mentee_expectations")  # the actor's side, mentor's or mentee's


class MentorshipOut(Schema):
    id: UUID
    status: str
    mentor: str
    mentor_organisation: str
    mentee: str
    mentee_organisation: str
    need: str | None
    origin: str
    created_at: datetime
    started_at: datetime | None
    closed_at: datetime | None
    close_reason: str
    mutual: bool  # two-way: each mentors the other; `reverse_need` is the mentor's own need
    team: UUID | None = None  # an incubator team's mentorship: its founders are the mentee side
    reverse_need: str | None = None
    health: str | None = None
    attention: str | None = None  # why it needs attention: low-check-in, contact-wish or quiet
    agreement: AgreementOut | None = None

    @staticmethod
    def of(mentorship: Mentorship, *, member: bool, access=None) -> dict:
        def name(enrolment):
            return access.person_name(enrolment) if access is not None else enrolment.user.name

        return {
            "id": mentorship.public_id,
            "status": mentorship.status,
            "mentor": name(mentorship.mentor),
            "mentor_organisation": mentorship.mentor.organisation.name,
            "mentee": name(mentorship.mentee),
            "mentee_organisation": mentorship.mentee.organisation.name,
            "need": mentorship.need.competence.slug if mentorship.need else None,
            "mutual": mentorship.mutual,
            "team": mentorship.team.public_id if mentorship.team_id else None,
            "reverse_need": mentorship.reverse_need.competence.slug if mentorship.reverse_need else None,
            "origin": mentorship.origin,
            "created_at": mentorship.created_at,
            "started_at": mentorship.started_at,
            "closed_at": mentorship.closed_at,
            "close_reason": mentorship.close_reason,
            "health": getattr(mentorship, "health", None),
            "attention": getattr(mentorship, "attention", None),
            "agreement": mentorship.agreement if member else None,
        }


class CloseIn(Schema):
    reason: text_of(Mentorship, "close_reason")
    note: text_of(Mentorship, "close_note") = ""


class ClosingFeedbackIn(Schema):
    rating: int
    goals_reached: bool = False
    feedback: text_of(ClosingFeedback, "feedback") = ""


class ClosingFeedbackOut(Schema):
    rating: int
    goals_reached: bool
    feedback: str
    created_at: datetime

    @staticmethod
    def of(feedback: ClosingFeedback) -> dict:
        return {
            "rating": feedback.rating,
            "goals_reached": feedback.goals_reached,
            "feedback": feedback.feedback,
            "created_at": feedback.created_at,
        }


class MessageIn(Schema):
    body: text_of(Message, "body")


class MessageOut(Schema):
    id: UUID
    author: str
    mine: bool
    body: str
    created_at: datetime
    read_at: datetime | None

    @staticmethod
    def of(message: Message, user) -> dict:
        return {
            "id": message.public_id,
            "author": message.author.name,
            "mine": message.author_id == user.pk,
            "body": message.body,
            "created_at": message.created_at,
            "read_at": message.read_at,
        }


class CheckInIn(Schema):
    satisfaction: int
    progress: text_of(CheckIn, "progress") = ""
    blockers: text_of(CheckIn, "blockers") = ""
    wants_contact: bool = False


class CheckInOut(Schema):
    id: UUID
    period: int
    satisfaction: int
    progress: str
    blockers: str
    wants_contact: bool
    created_at: datetime

    @staticmethod
    def of(check_in: CheckIn) -> dict:
        return {
            "id": check_in.public_id,
            "period": check_in.period,
            "satisfaction": check_in.satisfaction,
            "progress": check_in.progress,
            "blockers": check_in.blockers,
            "wants_contact": check_in.wants_contact,
            "created_at": check_in.created_at,
        }


def _access(request, slug: str):
    return programme_access_for(request.auth, slug)


def _member(request, slug: str, public_id: UUID):
    access = _access(request, slug)
    return selectors.mentorship_get_for_member(access=access, public_id=public_id)


def _participant(request, slug: str):
    access = _access(request, slug)
    if not access.is_participant:
        raise Http404
    return access


# ---------------------------------------------------------------- requests


@router.post("/programmes/{slug}/requests", response={201: RequestOut})
def request_create(request, slug: str, payload: RequestIn):
    access = _participant(request, slug)
    mentor, _need, needs = selectors.request_candidates(
        access=access, mentor_public_id=payload.mentor, need_public_id=None
    )
    need = get_object_or_404(needs, public_id=payload.need)
    sent = services.request_send(mentee=access.enrolment, mentor=mentor, need=need, message=payload.message)
    return Status(201, RequestOut.of(sent))


@router.get("/programmes/{slug}/requests", response=RequestsOut)
def request_list(request, slug: str):
    found = selectors.request_list(access=_participant(request, slug))
    return {
        "sent": [RequestOut.of(r) for r in found["sent"]],
        "received": [RequestOut.of(r) for r in found["received"]],
    }


@router.post("/programmes/{slug}/requests/{public_id}/accept", response={201: MentorshipOut})
def request_accept(request, slug: str, public_id: UUID):
    access = _participant(request, slug)
    found = selectors.request_get_for_mentor(access=access, public_id=public_id)
    mentorship = services.request_accept(request=found, mentor=access.enrolment)
    return Status(201, MentorshipOut.of(mentorship, member=True))


@router.post("/programmes/{slug}/requests/{public_id}/decline", response=RequestOut)
def request_decline(request, slug: str, public_id: UUID, payload: DeclineIn):
    access = _participant(request, slug)
    found = selectors.request_get_for_mentor(access=access, public_id=public_id)
    return RequestOut.of(
        services.request_decline(request=found, mentor=access.enrolment, reason=payload.reason)
    )


@router.post("/programmes/{slug}/requests/{public_id}/withdraw", response=RequestOut)
def request_withdraw(request, slug: str, public_id: UUID):
    access = _participant(request, slug)
    found = selectors.request_get_for_mentee(access=access, public_id=public_id)
    return RequestOut.of(services.request_withdraw(request=found, mentee=access.enrolment))


# ---------------------------------------------------------------- mentorships


@router.get("/programmes/{slug}/mentorships", response=list[MentorshipOut])
def mentorship_list(request, slug: str):
    """The actor's own mentorships, with their agreements."""
    access = _access(request, slug)
    return [MentorshipOut.of(m, member=True) for m in selectors.mentorship_list_for_member(access=access)]


@router.get("/programmes/{slug}/mentorship-health", response=list[MentorshipOut])
def mentorship_health(request, slug: str, health: str = choice_query(selectors.HEALTH_LABELS)):
    """Overseers (the manager, coordinators of either side): people, state and health, no content."""
    access = _access(request, slug)
    overseen = selectors.mentorship_list_for_overseer(access=access, health=health)
    return [MentorshipOut.of(m, member=False, access=access) for m in overseen]


@router.get(BASE, response=MentorshipOut)
def mentorship_detail(request, slug: str, public_id: UUID):
    access = _access(request, slug)
    mentorship = selectors.mentorship_get_for_overseer(access=access, public_id=public_id)
    return MentorshipOut.of(mentorship, member=mentorship.side_of(request.auth) is not None, access=access)


@router.put(f"{BASE}/agreement", response=AgreementOut)
def agreement_update(request, slug: str, public_id: UUID, payload: AgreementIn):
    mentorship = _member(request, slug, public_id)
    return services.agreement_update(mentorship=mentorship, user=request.auth, **payload.model_dump())


@router.post(f"{BASE}/agreement/sign", response=MentorshipOut)
def agreement_sign(request, slug: str, public_id: UUID):
    mentorship = services.agreement_sign(mentorship=_member(request, slug, public_id), user=request.auth)
    return MentorshipOut.of(mentorship, member=True)


@router.post(f"{BASE}/close", response=MentorshipOut)
def mentorship_close(request, slug: str, public_id: UUID, payload: CloseIn):
    mentorship = _member(request, slug, public_id)
    closed = services.mentorship_close(
        mentorship=mentorship, user=request.auth, reason=payload.reason, note=payload.note
    )
    return MentorshipOut.of(closed, member=True)


@router.post(f"{BASE}/feedback", response={201: ClosingFeedbackOut})
def closing_feedback(request, slug: str, public_id: UUID, payload: ClosingFeedbackIn):
    mentorship = _member(request, slug, public_id)
    given = services.closing_feedback_give(mentorship=mentorship, user=request.auth, **payload.model_dump())
    return Status(201, ClosingFeedbackOut.of(given))


@router.get(f"{BASE}/messages", response=list[MessageOut])
def message_list(request, slug: str, public_id: UUID):
    mentorship = _member(request, slug, public_id)
    thread = list(selectors.message_list(mentorship=mentorship))
    services.messages_mark_read(mentorship=mentorship, user=request.auth)
    return [MessageOut.of(m, request.auth) for m in thread]


@router.post(f"{BASE}/messages", response={201: MessageOut})
def message_post(request, slug: str, public_id: UUID, payload: MessageIn):
    mentorship = _member(request, slug, public_id)
    message = services.message_post(mentorship=mentorship, user=request.auth, body=payload.body)
    return Status(201, MessageOut.of(message, request.auth))


@router.get(f"{BASE}/check-ins", response=list[CheckInOut])
def check_in_list(request, slug: str, public_id: UUID):
    """The actor's own check-ins only."""
    mentorship = _member(request, slug, public_id)
    return [CheckInOut.of(c) for c in selectors.check_in_list_own(mentorship=mentorship, user=request.auth)]


@router.post(f"{BASE}/check-ins", response={201: CheckInOut})
def check_in_create(request, slug: str, public_id: UUID, payload: CheckInIn):
    mentorship = _member(request, slug, public_id)
    check_in = services.check_in_submit(mentorship=mentorship, user=request.auth, **payload.model_dump())
    return Status(201, CheckInOut.of(check_in))
