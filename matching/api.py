from uuid import UUID

from ninja import Router, Schema, Status
from ninja.errors import HttpError

from core.access import ProgrammeAccess, programme_access_for
from core.api_fields import text_of

from . import adapter, selectors, services
from .explain import explain_proposal
from .models import Proposal

router = Router(tags=["matching"])


class MatchingRoundOut(Schema):
    id: UUID
    status: str
    progress: int
    stats: dict
    unmatched: int

    @staticmethod
    def of(match_round) -> dict:
        return {
            "id": match_round.public_id,
            "status": match_round.status,
            "progress": match_round.progress,
            "stats": match_round.stats,
            "unmatched": len(match_round.unmatched),
        }


class ProposalOut(Schema):
    id: UUID
    mentee: str
    mentor: str
    need: str
    score: float
    components: dict[str, float]
    why: list[str]
    locked: bool
    status: str
    refusal_reason: str  # why the mentee's coordinator refused it (status "refused"), else ""

    @staticmethod
    def of(proposal: Proposal, weights: dict, *, access: ProgrammeAccess) -> dict:
        """A coordinator reads the other side's organisation only ("Someone from …"), as on the page."""
        return {
            "id": proposal.public_id,
            "mentee": access.person_email(proposal.mentee),
            "mentor": access.person_email(proposal.mentor),
            "need": proposal.need.competence.slug,
            "score": proposal.score,
            "components": proposal.components,
            "why": explain_proposal(proposal, weights),
            "locked": proposal.locked,
            "status": proposal.status,
            "refusal_reason": proposal.refusal_reason,
        }


class ProposalAnswerIn(Schema):
    accept: bool
    reason: text_of(Proposal, "decline_reason") = ""


class ProposalApprovalIn(Schema):
    """The mentee's coordinator's decision; a refusal needs a reason, which the manager reads."""

    approve: bool
    reason: text_of(Proposal, "refusal_reason") = ""


class RecommendationOut(Schema):
    mentor: UUID
    name: str
    organisation: str
    score: float
    why: list[str]


def _manager(request, slug: str):
    access = programme_access_for(request.auth, slug)
    if not access.is_manager:
        raise HttpError(404, "Not Found")
    return access


@router.post("/programmes/{slug}/rounds", response={201: MatchingRoundOut})
def round_start(request, slug: str):
    access = _manager(request, slug)
    match_round = services.round_start(programme=access.programme, actor=request.auth)
    match_round.refresh_from_db()
    return Status(201, MatchingRoundOut.of(match_round))


@router.get("/programmes/{slug}/rounds/{round_id}", response=MatchingRoundOut)
def round_get(request, slug: str, round_id: UUID):
    return MatchingRoundOut.of(selectors.round_get(access=_manager(request, slug), public_id=round_id))


@router.get("/programmes/{slug}/rounds/{round_id}/proposals", response=list[ProposalOut])
def round_proposals(request, slug: str, round_id: UUID):
    access = _manager(request, slug)
    match_round = selectors.round_get(access=access, public_id=round_id)
    weights = adapter.programme_weights(access.programme)
    return [
        ProposalOut.of(p, weights, access=access) for p in selectors.round_proposals(match_round=match_round)
    ]


@router.post("/programmes/{slug}/rounds/{round_id}/publish", response=MatchingRoundOut)
def round_publish(request, slug: str, round_id: UUID):
    match_round = selectors.round_get(access=_manager(request, slug), public_id=round_id)
    return MatchingRoundOut.of(services.round_publish(match_round=match_round))


@router.post("/programmes/{slug}/proposals/{proposal_id}/manage/{action}", response=ProposalOut)
def proposal_change(request, slug: str, proposal_id: UUID, action: str):
    access = _manager(request, slug)
    proposal = selectors.proposal_get(access=access, public_id=proposal_id)
    if action not in services.PROPOSAL_ACTIONS:
        raise HttpError(404, "Not Found")
    changed = services.proposal_change(proposal=proposal, action=action, actor=request.auth)
    return ProposalOut.of(changed, adapter.programme_weights(access.programme), access=access)


@router.get("/programmes/{slug}/proposals", response=list[ProposalOut])
def proposal_list(request, slug: str):
    access = programme_access_for(request.auth, slug)
    weights = adapter.programme_weights(access.programme)
    proposals = selectors.proposals_visible(access=access).exclude(status=Proposal.Status.DRAFT)
    return [ProposalOut.of(p, weights, access=access) for p in proposals]


@router.post("/programmes/{slug}/proposals/{proposal_id}/answer", response=ProposalOut)
def proposal_answer(request, slug: str, proposal_id: UUID, payload: ProposalAnswerIn):
    access = programme_access_for(request.auth, slug)
    proposal = selectors.proposal_get_to_answer(access=access, public_id=proposal_id)
    answered = services.proposal_respond(
        proposal=proposal, enrolment=access.enrolment, accept=payload.accept, reason=payload.reason
    )
    return ProposalOut.of(answered, adapter.programme_weights(access.programme), access=access)


@router.post("/programmes/{slug}/proposals/{proposal_id}/approval", response=ProposalOut)
def proposal_approval(request, slug: str, proposal_id: UUID, payload: ProposalApprovalIn):
    access = programme_access_for(request.auth, slug)
    proposal = selectors.proposal_get_to_approve(access=access, public_id=proposal_id)
    if payload.approve:
        decided = services.proposal_approve(proposal=proposal, actor=request.auth)
    else:
        decided = services.proposal_refuse(proposal=proposal, actor=request.auth, reason=payload.reason)
    return ProposalOut.of(decided, adapter.programme_weights(access.programme), access=access)


@router.get("/programmes/{slug}/needs/{need_id}/recommendations", response=list[RecommendationOut])
def recommendation_list(request, slug: str, need_id: UUID):
    access = programme_access_for(request.auth, slug)
    need = next((n for n in selectors.mentee_needs(access=access) if n.public_id == need_id), None)
    if need is None:
        raise HttpError(404, "Not Found")
    weights = adapter.programme_weights(access.programme)
    rows = selectors.recommendation_rows(programme=access.programme, needs=[need], weights=weights)[need.pk]
    return [
        {
            "mentor": row["enrolment"].user.public_id,
            "name": row["enrolment"].user.name,
            "organisation": row["enrolment"].organisation.name,
            "score": row["score"],
            "why": row["why"],
        }
        for row in rows
    ]
