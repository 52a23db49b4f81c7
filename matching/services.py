"""Writes of the matching side: rounds, proposals, exclusions, answers.

A round: queued -> running -> draft -> published (or failed; a re-run supersedes a draft).
A proposal: draft -> removed | published; published -> accepted (both sides accept) | declined
(either side declines: the pair is excluded from later rounds and the need returns to the pool).
Where the programme asks the mentee's coordinator to approve each match, publishing makes it
awaiting first; awaiting -> published (approved: it reaches the participants) | refused (with a
reason: the pair is excluded and the need returns to the pool).
"""

import time

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import ServiceError, TransitionError
from programmes.models import Programme
from relationships import capacity

from . import adapter, engine
from .models import MatchRound, PairExclusion, Proposal


def round_start(*, programme: Programme, actor) -> MatchRound:
    """Queue a round; the engine runs in the background (inline when there is no broker)."""
    from .tasks import run_round

    if programme.match_rounds.filter(
        status__in=[MatchRound.Status.QUEUED, MatchRound.Status.RUNNING]
    ).exists():
        raise ServiceError(_("A matching round is already running for this programme."))
    match_round = MatchRound.objects.create(programme=programme, started_by=actor)
    transaction.on_commit(lambda: run_round.delay(match_round.pk))
    return match_round


def round_run(*, match_round: MatchRound) -> MatchRound:
    """Run the engine for a queued round and store its proposals as a draft. Idempotent."""
    claimed = MatchRound.objects.filter(pk=match_round.pk, status=MatchRound.Status.QUEUED).update(
        status=MatchRound.Status.RUNNING, progress=5, progress_note="loading"
    )
    if not claimed:
        return match_round
    try:
        _run(match_round)
    except Exception as error:
        MatchRound.objects.filter(pk=match_round.pk).update(
            status=MatchRound.Status.FAILED, error=str(error)[:2000], finished_at=timezone.now()
        )
        raise
    match_round.refresh_from_db()
    return match_round


def _progress(match_round: MatchRound, percent: int, note: str) -> None:
    MatchRound.objects.filter(pk=match_round.pk).update(progress=percent, progress_note=note)


def _run(match_round: MatchRound) -> None:
    programme = match_round.programme
    previous = _current_draft(programme, exclude=match_round)
    locked_rows = (
        list(previous.proposals.filter(locked=True, status=Proposal.Status.DRAFT)) if previous else []
    )
    locked = {(p.need_id, p.mentor_id) for p in locked_rows}
    started = time.perf_counter()
    pool = adapter.load_pool(programme, locked=locked)
    loaded = time.perf_counter()
    _progress(match_round, 30, "solving")
    result = engine.solve(pool.mentees, pool.mentors, pool.rules)
    solved = time.perf_counter()
    _progress(match_round, 80, "saving")
    with transaction.atomic():
        proposals = _keep_within_mentee_limits(programme, result.proposals)
        Proposal.objects.bulk_create(
            [
                Proposal(
                    round=match_round,
                    programme=programme,
                    need_id=p.need,
                    mentee_id=p.mentee,
                    mentor_id=p.mentor,
                    score=round(float(p.score), 4),
                    components={k: round(float(v), 4) for k, v in p.components.items()},
                    locked=(p.need, p.mentor) in locked,
                )
                for p in proposals
            ],
            batch_size=2000,
        )
        if previous is not None:
            MatchRound.objects.filter(pk=previous.pk).update(status=MatchRound.Status.SUPERSEDED)
        stats = dict(result.stats)
        stats.update(
            {
                "mentees": len(pool.mentees),
                "mentors": len(pool.mentors),
                "needs": len(pool.needs),
                "proposals": len(proposals),
                "load_seconds": round(loaded - started, 3),
                "solve_seconds": round(solved - loaded, 3),
            }
        )
        MatchRound.objects.filter(pk=match_round.pk).update(
            status=MatchRound.Status.DRAFT,
            progress=100,
            progress_note="",
            finished_at=timezone.now(),
            stats=_jsonable(stats),
            unmatched=[{"need": item.need, "reason": item.reason} for item in result.unmatched],
        )


def _jsonable(stats: dict) -> dict:
    return {
        k: (v if isinstance(v, (int, float, str, bool)) or v is None else str(v)) for k, v in stats.items()
    }


def _keep_within_mentee_limits(programme: Programme, proposals):
    """A mentee who already has mentors (earlier rounds, or their own requests) gets only the slots left."""
    load = capacity.mentee_loads(programme)
    if not load:
        return list(proposals)
    kept, used = [], dict(load)
    for proposal in sorted(proposals, key=lambda p: (not p.locked, -p.score)):
        if used.get(proposal.mentee, 0) < programme.max_mentors_per_mentee:
            used[proposal.mentee] = used.get(proposal.mentee, 0) + 1
            kept.append(proposal)
    return kept


def _current_draft(programme: Programme, exclude: MatchRound | None = None) -> MatchRound | None:
    drafts = programme.match_rounds.filter(status=MatchRound.Status.DRAFT)
    if exclude is not None:
        drafts = drafts.exclude(pk=exclude.pk)
    return drafts.order_by("-created_at").first()


def _draft_proposal(proposal: Proposal) -> Proposal:
    if proposal.round.status != MatchRound.Status.DRAFT or proposal.status != Proposal.Status.DRAFT:
        raise TransitionError(_("Only proposals of a draft round can be changed."))
    return proposal


def proposal_lock(*, proposal: Proposal, locked: bool = True) -> Proposal:
    _draft_proposal(proposal).locked = locked
    proposal.save(update_fields=["locked"])
    return proposal


def proposal_remove(*, proposal: Proposal) -> Proposal:
    _draft_proposal(proposal).status = Proposal.Status.REMOVED
    proposal.locked = False
    proposal.save(update_fields=["status", "locked"])
    return proposal


@transaction.atomic
def proposal_exclude(*, proposal: Proposal, actor) -> Proposal:
    """Remove the pair from the draft and never propose it again."""
    PairExclusion.objects.get_or_create(
        programme=proposal.programme,
        mentee=proposal.mentee,
        mentor=proposal.mentor,
        defaults={"reason": PairExclusion.Reason.MANAGER, "created_by": actor},
    )
    return proposal_remove(proposal=proposal)


@transaction.atomic
def proposal_swap(*, first: Proposal, second: Proposal) -> tuple[Proposal, Proposal]:
    """Exchange the mentors of two draft proposals, if both new pairs obey every hard rule."""
    _draft_proposal(first), _draft_proposal(second)
    if first.round_id != second.round_id:
        raise ServiceError(_("Both proposals must belong to the same round."))
    pool = adapter.load_pool(first.programme)
    for proposal, mentor_id in ((first, second.mentor_id), (second, first.mentor_id)):
        reason = adapter.pair_problem(pool, proposal.need, mentor_id)
        if reason:
            raise ServiceError(reason)
    first.mentor_id, second.mentor_id = second.mentor_id, first.mentor_id
    for proposal in (first, second):
        proposal.locked = True
        proposal.components = adapter.components_of(pool, proposal.need, proposal.mentor_id)
        proposal.score = round(sum(proposal.components.values()), 4)
        proposal.save(update_fields=["mentor", "locked", "components", "score"])
    return first, second


PROPOSAL_ACTIONS = ("lock", "unlock", "remove", "exclude")


def proposal_change(*, proposal: Proposal, action: str, actor) -> Proposal:
    """The manager's edits of a draft proposal, by name (lock, unlock, remove, exclude)."""
    actions = {
        "lock": lambda: proposal_lock(proposal=proposal, locked=True),
        "unlock": lambda: proposal_lock(proposal=proposal, locked=False),
        "remove": lambda: proposal_remove(proposal=proposal),
        "exclude": lambda: proposal_exclude(proposal=proposal, actor=actor),
    }
    if action not in actions:
        raise ServiceError(_("Unknown action on a proposal."), code="unknown_action")
    return actions[action]()


@transaction.atomic
def round_publish(*, match_round: MatchRound) -> MatchRound:
    from .tasks import notify_coordinators, notify_proposal

    if match_round.status != MatchRound.Status.DRAFT:
        raise TransitionError(_("Only a draft round can be published."))
    match_round.status = MatchRound.Status.PUBLISHED
    match_round.published_at = timezone.now()
    match_round.save(update_fields=["status", "published_at"])
    proposals, stale = _still_fitting(match_round)
    Proposal.objects.filter(pk__in=[p.pk for p in stale]).update(status=Proposal.Status.REMOVED, locked=False)
    approval = match_round.programme.coordinator_approves_matches
    status = Proposal.Status.AWAITING_COORDINATOR if approval else Proposal.Status.PUBLISHED
    Proposal.objects.filter(pk__in=[p.pk for p in proposals]).update(status=status)
    if approval:
        transaction.on_commit(lambda: notify_coordinators.delay(match_round.pk))
    else:
        for proposal in proposals:
            transaction.on_commit(lambda pk=proposal.pk: notify_proposal.delay(pk))
    return match_round


@transaction.atomic
def proposal_approve(*, proposal: Proposal, actor) -> Proposal:
    """The mentee's coordinator lets a match go on to the mentee and the mentor, who are told.

    It kept its places while it waited (relationships/capacity.py), so it can still start.
    """
    from .tasks import notify_proposal

    proposal = _awaiting(proposal)
    proposal.status = Proposal.Status.PUBLISHED
    proposal.decided_by, proposal.decided_at = actor, timezone.now()
    proposal.save(update_fields=["status", "decided_by", "decided_at"])
    transaction.on_commit(lambda: notify_proposal.delay(proposal.pk))
    return proposal


@transaction.atomic
def proposal_refuse(*, proposal: Proposal, actor, reason: str) -> Proposal:
    """The mentee's coordinator stops a match: the participants never see it, the pair is not
    proposed again and the need returns to the pool; the manager reads the reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(_("Say why you refuse this match: the programme manager reads it."), code="reason")
    if len(reason) > 300:
        raise ServiceError(_("The reason is longer than 300 characters."), code="reason")
    proposal = _awaiting(proposal)
    proposal.status = Proposal.Status.REFUSED
    proposal.refusal_reason = reason
    proposal.locked = False
    proposal.decided_by, proposal.decided_at = actor, timezone.now()
    proposal.save(update_fields=["status", "refusal_reason", "locked", "decided_by", "decided_at"])
    PairExclusion.objects.get_or_create(
        programme=proposal.programme,
        mentee=proposal.mentee,
        mentor=proposal.mentor,
        defaults={"reason": PairExclusion.Reason.COORDINATOR, "created_by": actor},
    )
    return proposal


def _awaiting(proposal: Proposal) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != Proposal.Status.AWAITING_COORDINATOR:
        raise TransitionError(_("This match is no longer waiting for the coordinator."))
    return proposal


def _still_fitting(match_round: MatchRound) -> tuple[list[Proposal], list[Proposal]]:
    """The draft's proposals that can still start, and those that no longer can.

    Places taken since the round ran (an accepted request, a mentor who made less room) are
    counted by the same rule as the round did; locked pairs first, then by score.
    """
    programme = match_round.programme
    mentor_load, mentee_load = capacity.mentor_loads(programme), capacity.mentee_loads(programme)
    taken = capacity.taken_need_ids(programme)
    fitting, stale = [], []
    drafts = match_round.proposals.filter(status=Proposal.Status.DRAFT).select_related("mentor")
    for proposal in sorted(drafts, key=lambda p: (not p.locked, -p.score)):
        room = capacity.capacity_of(capacity=proposal.mentor.capacity, programme=programme)
        room -= mentor_load[proposal.mentor_id]
        fits = room > 0 and mentee_load[proposal.mentee_id] < programme.max_mentors_per_mentee
        if not fits or proposal.need_id in taken:
            stale.append(proposal)
            continue
        fitting.append(proposal)
        mentor_load[proposal.mentor_id] += 1
        mentee_load[proposal.mentee_id] += 1
        taken.add(proposal.need_id)
    return fitting, stale


@transaction.atomic
def proposal_respond(*, proposal: Proposal, enrolment, accept: bool, reason: str = "") -> Proposal:
    """The mentee or the mentor of a published proposal accepts or declines it."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != Proposal.Status.PUBLISHED:
        raise TransitionError(_("This proposal is no longer waiting for an answer."))
    side = "mentee_response" if enrolment.pk == proposal.mentee_id else "mentor_response"
    if side == "mentor_response" and enrolment.pk != proposal.mentor_id:
        raise ServiceError(_("Only the mentee and the mentor answer a proposal."))
    if getattr(proposal, side) != Proposal.Response.PENDING:
        raise TransitionError(_("You have already answered this proposal."))
    if accept:
        _ensure_it_can_start(proposal)
    setattr(proposal, side, Proposal.Response.ACCEPTED if accept else Proposal.Response.DECLINED)
    proposal.responded_at = timezone.now()
    if not accept:
        proposal.status = Proposal.Status.DECLINED
        proposal.decline_reason = reason[:300]
        PairExclusion.objects.get_or_create(
            programme=proposal.programme,
            mentee=proposal.mentee,
            mentor=proposal.mentor,
            defaults={"reason": PairExclusion.Reason.DECLINED, "created_by": enrolment.user},
        )
    elif proposal.mentee_response == proposal.mentor_response == Proposal.Response.ACCEPTED:
        proposal.status = Proposal.Status.ACCEPTED
    proposal.save()
    if proposal.status == Proposal.Status.ACCEPTED:
        # Both said yes: their mentorship starts (agreeing), in this same transaction.
        from relationships.services import mentorship_start_from_proposal

        mentorship_start_from_proposal(proposal=proposal)
    return proposal


def _ensure_it_can_start(proposal: Proposal) -> None:
    """Refuse an accept, either side's, of a pair that could not start now (a full mentor, a need
    filled meanwhile): an accept recorded now would wait forever for a start that cannot happen.
    The proposal stays waiting, so that it can still be declined and the need return to the pool.
    """
    from relationships.services import mentorship_start_problem

    problem = mentorship_start_problem(
        mentor=proposal.mentor, mentee=proposal.mentee, need=proposal.need, proposal=proposal
    )
    if problem:
        raise ServiceError(problem)


# Score weights ------------------------------------------------------------------------------------
WEIGHT_MAX = 10


def matching_weights_save(*, programme: Programme, weights: dict[str, float] | None) -> Programme:
    """Save the weights the programme's rounds score pairs with; None goes back to the defaults.

    Each weight is a number from 0 (the criterion is ignored) to WEIGHT_MAX; at least one must be
    above 0, or every pair would score the same. The next round (or re-run) uses them.
    """
    if weights is None:
        programme.matching_weights = {}
        programme.save(update_fields=["matching_weights"])
        return programme
    known = engine.Weights().as_dict()
    unknown = sorted(set(weights) - set(known))
    if unknown:
        raise ServiceError(_("Unknown weight: %(names)s.") % {"names": ", ".join(unknown)})
    checked = {}
    for name, value in weights.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= WEIGHT_MAX:
            raise ServiceError(
                _("The weight “%(name)s” must be a number from 0 to %(max)s.")
                % {"name": name, "max": WEIGHT_MAX}
            )
        checked[name] = float(value)
    if not any({**known, **checked}.values()):
        raise ServiceError(_("At least one weight must be above 0."))
    # Only what differs from the defaults is stored, so better defaults later still reach the rest.
    programme.matching_weights = {name: value for name, value in checked.items() if value != known[name]}
    programme.save(update_fields=["matching_weights"])
    return programme
