"""Reads of the matching side; each takes the actor's access and never widens it."""

from django.db.models import Q
from django.http import Http404

from core.access import ProgrammeAccess
from core.filters import choice

from .models import MatchRound, Proposal

VISIBLE_TO_PARTICIPANTS = (Proposal.Status.PUBLISHED, Proposal.Status.ACCEPTED, Proposal.Status.DECLINED)
# Before it reaches the participants, a match is for the mentee's coordinator (and the manager) only.
BEFORE_PARTICIPANTS = (Proposal.Status.AWAITING_COORDINATOR, Proposal.Status.REFUSED)


def round_list(*, access: ProgrammeAccess):
    if not access.is_manager:
        raise Http404
    return access.programme.match_rounds.all()[:20]


def round_get(*, access: ProgrammeAccess, public_id) -> MatchRound:
    if not access.is_manager:
        raise Http404
    found = access.programme.match_rounds.filter(public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def proposals_visible(*, access: ProgrammeAccess):
    """Proposals the actor may see: all for the manager, their people's for a coordinator, own else."""
    proposals = Proposal.objects.filter(programme=access.programme).select_related(
        "programme",
        "mentee__user__profile",
        "mentor__user__profile",
        "mentee__organisation",
        "mentor__organisation",
        "need__competence",
        "round",
    )
    if access.is_manager:
        return proposals
    scope = Q(pk__in=[])
    if access.is_coordinator:
        own = access.coordinated_organisation_ids
        scope |= Q(mentee__organisation_id__in=own) | Q(mentor__organisation_id__in=own)
    if access.enrolment is not None:
        scope |= Q(mentee=access.enrolment) | Q(mentor=access.enrolment)
    return proposals.filter(
        Q(scope, status__in=VISIBLE_TO_PARTICIPANTS) | _to_approve(access, status__in=BEFORE_PARTICIPANTS)
    )


def _to_approve(access: ProgrammeAccess, **status) -> Q:
    """Matches of the coordinator's own mentees, never of the coordinator themselves."""
    if not access.is_coordinator:
        return Q(pk__in=[])
    mine = Q(mentee__user=access.user) | Q(mentor__user=access.user)
    return Q(mentee__organisation_id__in=access.coordinated_organisation_ids, **status) & ~mine


def proposal_get_to_approve(*, access: ProgrammeAccess, public_id) -> Proposal:
    """A match waiting for the actor as the coordinator of its mentee's organisation; 404 else."""
    found = (
        proposals_visible(access=access)
        .filter(_to_approve(access, status=Proposal.Status.AWAITING_COORDINATOR), public_id=public_id)
        .first()
    )
    if found is None:
        raise Http404
    return found


def proposal_get(*, access: ProgrammeAccess, public_id) -> Proposal:
    found = proposals_visible(access=access).filter(public_id=public_id).first()
    if found is None:
        raise Http404
    return found


def proposal_get_to_answer(*, access: ProgrammeAccess, public_id) -> Proposal:
    """A published proposal the actor answers as its mentee or its mentor."""
    enrolment = access.enrolment
    found = proposals_visible(access=access).filter(public_id=public_id).first()
    if found is None or enrolment is None or enrolment.pk not in (found.mentee_id, found.mentor_id):
        raise Http404
    return found


def mentee_needs(*, access: ProgrammeAccess):
    """The needs of an approved mentee, for self-service ranking; 404 for anyone else."""
    enrolment = access.enrolment
    if not (access.is_participant and enrolment.is_mentee):
        raise Http404
    return list(enrolment.needs.select_related("competence"))


def recommendation_rows(*, programme, needs, weights, k: int = 10) -> dict[int, list[dict]]:
    """Per need, the ranked mentors with their enrolment and the reasons, in one pool load."""
    from .adapter import recommendations

    return _rows(recommendations(programme, needs, k=k), weights, programme, needs)


def recommendation_sections(*, programme, needs, weights, k: int = 10) -> list[dict]:
    """Find a mentor: per need, the ranked mentors, or why no mentor can be chosen for it."""
    from .adapter import recommendations_or_reasons

    found = recommendations_or_reasons(programme, needs, k=k)
    rows = _rows({need_id: ranked for need_id, (ranked, _reason) in found.items()}, weights, programme, needs)
    return [{"need": need, "mentors": rows[need.pk], "reason": found[need.pk][1]} for need in needs]


def _rows(ranked: dict[int, list], weights, programme, needs) -> dict[int, list[dict]]:
    from programmes.models import Enrolment

    from .explain import explain

    by_id = {need.pk: need for need in needs}
    mentor_ids = {p.mentor for proposals in ranked.values() for p in proposals}
    enrolments = Enrolment.objects.select_related("user__profile", "organisation").in_bulk(mentor_ids)

    def row(need, p):
        pair = (programme, enrolments[p.mentor], need.enrolment, need.competence)
        return {
            "enrolment": enrolments[p.mentor],
            "score": p.score,
            "why": explain(p.components, weights, pair=pair),
        }

    return {
        need_id: [row(by_id[need_id], p) for p in proposals if p.mentor in enrolments]
        for need_id, proposals in ranked.items()
    }


def round_proposals(*, match_round: MatchRound, query: str = "", status: str = "", locked: str = ""):
    proposals = match_round.proposals.select_related(
        "programme",
        "mentee__user__profile",
        "mentor__user__profile",
        "mentee__organisation",
        "mentor__organisation",
        "need__competence",
    )
    if query:
        proposals = proposals.filter(
            Q(mentee__user__name__icontains=query)
            | Q(mentor__user__name__icontains=query)
            | Q(need__competence__slug__icontains=query)
            | Q(mentee__organisation__name__icontains=query)
            | Q(mentor__organisation__name__icontains=query)
        )
    if choice(status, Proposal.Status.values, name="status"):
        proposals = proposals.filter(status=status)
    if choice(locked, ["1"], name="locked"):
        proposals = proposals.filter(locked=True)
    return proposals.order_by("mentee__user__name", "need__competence__slug")
