"""Writes of the mentoring relationship: one function per state change (see the models' docstring).

Every function checks that the change is allowed from the current state and raises
`TransitionError` (an illegal change: accepting twice, signing a closed mentorship) or
`ServiceError` (a business rule: capacity, duplicates, the programme's hard rules) with a message
that can be shown as it is. Multi-row changes run in one transaction; notifications are queued
with `transaction.on_commit` so that nobody is told of something that was rolled back.

Capacity is counted by one rule, in `capacity` (open mentorships and proposals waiting for
answers hold places; the matching rounds count the same way). Accepting locks the mentor's and the
mentee's enrolment rows (`select_for_update`, in primary-key order so two accepts cannot deadlock),
counts again and only then creates the mentorship, so two simultaneous accepts cannot both take
the last place.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.errors import ServiceError, TransitionError
from programmes.models import Enrolment, Need, Programme

from . import capacity
from .capacity import OPEN_MENTORSHIP
from .models import Agreement, CheckIn, ClosingFeedback, Mentorship, Message, Request
from .selectors import LOW_SATISFACTION

TAKING_PART = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)
REQUESTING_MODES = (Programme.MatchingMode.SELF_SERVICE, Programme.MatchingMode.BOTH)


def _enqueue(task, *args) -> None:
    transaction.on_commit(lambda: task.delay(*args))


# ---------------------------------------------------------------- rules shared by requests


def cohort_problem(programme: Programme, today=None) -> str:
    """Why nothing new starts in the programme ('' while its cohort runs): the cohort has ended."""
    today = today or timezone.localdate()
    if programme.cohort_end is None or programme.cohort_end >= today:
        return ""
    return _("The cohort of %(programme)s ended on %(date)s: no new mentorship starts in it.") % {
        "programme": programme.name,
        "date": date_format(programme.cohort_end),
    }


def need_problem(need: Need, *, proposal=None) -> str:
    """Why this need cannot get a mentor now ('' when it can); `proposal` is the one being answered."""
    taken_by = capacity.need_taken_by(need, except_proposal=proposal)
    if taken_by == "mentorship":
        return _("This need already has a mentor.")
    if taken_by == "proposal":
        return _(
            "A matching proposal for this need is waiting for answers; "
            "it must be declined before another mentor can be asked."
        )
    return ""


def learning_gate_check(*, enrolment: Enrolment, stage: str) -> None:
    """Refuse when the programme requires e-learning at this stage and the person has not done it.

    `stage` is a `Programme.LearningGate` value: "before-matching" guards sending and receiving
    requests; "before-accepting" guards accepting a request and signing the agreement (a gate
    before matching also holds at the later stage). The learning app knows the modules; its
    ServiceError names those still to complete.
    """
    from learning.selectors import learning_gate_check as check

    step = "match" if stage == Programme.LearningGate.BEFORE_MATCHING else "accept"
    check(enrolment=enrolment, step=step)


def pair_problem(*, mentee: Enrolment, mentor: Enrolment, need: Need) -> str:
    """Why this mentor may not be asked for this need under the programme's hard rules ('' if allowed)."""
    from matching import pairs

    programme = mentee.programme
    if mentor.programme_id != programme.pk or not mentor.is_mentor or mentor.status not in TAKING_PART:
        return _("This person is not an approved mentor in this programme.")
    if mentor.organisation_id == mentee.organisation_id:
        return _("Your mentor must come from another organisation.")
    if (
        programme.exclude_competitors
        and mentee.organisation.competitors.filter(pk=mentor.organisation_id).exists()
    ):
        return _("This programme does not pair people of competing organisations.")
    if programme.cross_country and mentee.country == mentor.country:
        return _("This programme pairs you with a mentor from another country.")
    if not _languages(mentee) & _languages(mentor):
        return _("You and this mentor have no language in common.")
    if not mentor.offers.filter(pk=need.competence_id).exists():
        return _("This mentor does not offer %(competence)s.") % {"competence": need.competence.name}
    exclusion = pairs.pair_exclusion(mentee=mentee, mentor=mentor)
    if exclusion:
        return {
            pairs.EXCLUDED: _("This pair is excluded in this programme."),
            pairs.WORKING: _("This mentor already mentors you in this programme."),
            pairs.ENDED: _("Your mentorship with this mentor has ended: choose another mentor."),
            pairs.PROPOSED: _("A matching proposal already pairs you with this mentor: answer it first."),
        }[exclusion]
    if capacity.mentor_places_left(mentor) <= 0:
        return _("This mentor has no room for another mentee.")
    return ""


def _languages(enrolment: Enrolment) -> set[str]:
    profile = getattr(enrolment.user, "profile", None)
    return set(getattr(profile, "languages", None) or ["en"])


# ---------------------------------------------------------------- requests


@transaction.atomic
def request_send(*, mentee: Enrolment, mentor: Enrolment, need: Need, message: str) -> Request:
    """A mentee asks a mentor of another organisation to mentor them in one of their needs."""
    from .tasks import notify_request

    programme = mentee.programme
    Enrolment.objects.select_for_update().get(pk=mentee.pk)  # one request at a time per mentee
    if programme.matching_mode not in REQUESTING_MODES:
        raise ServiceError(
            _("In this programme mentors are matched by the programme manager, not by request.")
        )
    if cohort_problem(programme):
        raise ServiceError(cohort_problem(programme))
    if not mentee.is_mentee or mentee.status not in TAKING_PART:
        raise ServiceError(_("Only an approved mentee of the programme can send a request."))
    if need.enrolment_id != mentee.pk:
        raise ServiceError(_("Choose one of your own needs."))
    message = (message or "").strip()
    if not message:
        raise ServiceError(_("Write a short message to the mentor: why them, and what you hope for."))
    problem = need_problem(need)
    if problem:
        raise ServiceError(problem)
    if Request.objects.filter(need=need, mentor=mentor, status=Request.Status.OPEN).exists():
        raise ServiceError(_("You have already asked this mentor for this need; wait for the answer."))
    open_count = Request.objects.filter(mentee=mentee, status=Request.Status.OPEN).count()
    if open_count >= programme.max_open_requests:
        raise ServiceError(
            _(
                "You already have %(count)d open requests, the most this programme allows; "
                "wait for an answer or withdraw one."
            )
            % {"count": open_count}
        )
    if capacity.mentee_places_left(mentee) <= 0:
        raise ServiceError(_("You already have as many mentors as this programme allows."))
    problem = pair_problem(mentee=mentee, mentor=mentor, need=need)
    if problem:
        raise ServiceError(problem)
    learning_gate_check(enrolment=mentee, stage=Programme.LearningGate.BEFORE_MATCHING)
    learning_gate_check(enrolment=mentor, stage=Programme.LearningGate.BEFORE_MATCHING)
    request = Request.objects.create(
        programme=programme,
        mentee=mentee,
        mentor=mentor,
        need=need,
        message=message[:2000],
        expires_at=timezone.now() + timedelta(days=programme.request_answer_days),
    )
    _enqueue(notify_request, request.pk, "received")
    return request


def _lock_enrolments(*ids: int) -> None:
    """Lock the enrolment rows, always in primary-key order so that two transactions cannot deadlock."""
    list(Enrolment.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True))


def _open_request(request: Request) -> Request:
    locked = Request.objects.select_for_update().get(pk=request.pk)
    if locked.status != Request.Status.OPEN:
        raise TransitionError(
            _("This request is no longer waiting for an answer: it was %(status)s.")
            % {"status": locked.get_status_display().lower()}
        )
    if locked.expires_at <= timezone.now():
        raise TransitionError(_("This request has expired."))
    return locked


@transaction.atomic
def request_accept(*, request: Request, mentor: Enrolment) -> Mentorship:
    """The mentor accepts: a mentorship starts (agreeing) with an empty agreement to sign."""
    from .tasks import notify_request

    if request.mentor_id != mentor.pk:
        raise ServiceError(_("Only the mentor who was asked can answer this request."))
    # Lock both people's enrolments before counting, in a fixed order (no deadlock between two accepts).
    _lock_enrolments(request.mentor_id, request.mentee_id)
    request = _open_request(request)
    learning_gate_check(enrolment=mentor, stage=Programme.LearningGate.BEFORE_ACCEPTING)
    mentorship = mentorship_start(
        mentor=request.mentor,
        mentee=request.mentee,
        need=request.need,
        origin=Mentorship.Origin.REQUEST,
        request=request,
    )
    request.status = Request.Status.ACCEPTED
    request.answered_at = timezone.now()
    request.save(update_fields=["status", "answered_at"])
    _enqueue(notify_request, request.pk, "accepted")
    return mentorship


@transaction.atomic
def request_decline(*, request: Request, mentor: Enrolment, reason: str = "") -> Request:
    from .tasks import notify_request

    if request.mentor_id != mentor.pk:
        raise ServiceError(_("Only the mentor who was asked can answer this request."))
    request = _open_request(request)
    request.status = Request.Status.DECLINED
    request.decline_reason = (reason or "").strip()[:500]
    request.answered_at = timezone.now()
    request.save(update_fields=["status", "decline_reason", "answered_at"])
    _enqueue(notify_request, request.pk, "declined")
    return request


@transaction.atomic
def request_withdraw(*, request: Request, mentee: Enrolment) -> Request:
    """The mentee takes back a request that is still open."""
    if request.mentee_id != mentee.pk:
        raise ServiceError(_("Only the mentee who sent this request can withdraw it."))
    locked = Request.objects.select_for_update().get(pk=request.pk)
    if locked.status != Request.Status.OPEN:
        raise TransitionError(_("Only an open request can be withdrawn."))
    locked.status = Request.Status.WITHDRAWN
    locked.answered_at = timezone.now()
    locked.save(update_fields=["status", "answered_at"])
    return locked


@transaction.atomic
def request_expire(*, request: Request, now=None) -> Request | None:
    """The system expires an open request whose answer time has passed and tells the mentee. Idempotent."""
    from .tasks import notify_request

    now = now or timezone.now()
    claimed = Request.objects.filter(pk=request.pk, status=Request.Status.OPEN, expires_at__lte=now).update(
        status=Request.Status.EXPIRED, answered_at=now
    )
    if not claimed:
        return None
    _enqueue(notify_request, request.pk, "expired")
    request.refresh_from_db()
    return request


def _withdraw_other_requests(*, need: Need, except_request: Request | None) -> None:
    """The need has a mentor now: the mentee's other open requests for it are withdrawn, mentors told."""
    from .tasks import notify_request

    others = Request.objects.select_for_update().filter(need=need, status=Request.Status.OPEN)
    if except_request is not None:
        others = others.exclude(pk=except_request.pk)
    for other in others:
        other.status = Request.Status.WITHDRAWN
        other.answered_at = timezone.now()
        other.save(update_fields=["status", "answered_at"])
        _enqueue(notify_request, other.pk, "withdrawn")


# ---------------------------------------------------------------- mentorship lifecycle


def mentorship_start(
    *,
    mentor: Enrolment,
    mentee: Enrolment,
    need: Need | None,
    origin: str,
    request: Request | None = None,
    proposal=None,
) -> Mentorship:
    """Create a mentorship in `agreeing` with its agreement. Callers hold the enrolment locks."""
    problem = mentorship_start_problem(mentor=mentor, mentee=mentee, need=need, proposal=proposal)
    if problem:
        raise ServiceError(problem)
    programme = mentor.programme
    mentorship = Mentorship.objects.create(
        programme=programme,
        mentor=mentor,
        mentee=mentee,
        need=need,
        origin=origin,
        request=request,
        proposal=proposal,
    )
    Agreement.objects.create(mentorship=mentorship)
    if need is not None:
        _withdraw_other_requests(need=need, except_request=request)
    return mentorship


def mentorship_start_problem(
    *, mentor: Enrolment, mentee: Enrolment, need: Need | None, proposal=None
) -> str:
    """Why these two cannot start a mentorship now ('' when they can): the need has no mentor yet,
    they have no open mentorship, the mentor has a place left and the mentee may have another mentor.

    `proposal` is the matching proposal being answered: the place it holds is its own.
    """
    problem = cohort_problem(mentor.programme) or _taking_part_problem(mentor, mentee)
    if need is not None:
        problem = problem or need_problem(need, proposal=proposal)
    if problem:
        return problem
    if Mentorship.objects.filter(mentor=mentor, mentee=mentee, status__in=OPEN_MENTORSHIP).exists():
        return _("These two already have a mentorship in this programme.")
    if capacity.mentor_places_left(mentor, except_proposal=proposal) <= 0:
        places = capacity.mentor_capacity(mentor)
        return ngettext(
            "%(name)s has no room for another mentee: their %(capacity)d place is taken.",
            "%(name)s has no room for another mentee: all %(capacity)d places are taken.",
            places,
        ) % {"name": mentor.user.name, "capacity": places}
    if capacity.mentee_places_left(mentee, except_proposal=proposal) <= 0:
        name = mentee.user.name
        return _("%(name)s already has as many mentors as this programme allows.") % {"name": name}
    return ""


def _taking_part_problem(*people: Enrolment) -> str:
    """Someone who has withdrawn (or is not approved) starts no mentorship (a request can be declined)."""
    for enrolment in people:
        if enrolment.status not in TAKING_PART:
            return _("%(name)s no longer takes part in this programme.") % {"name": enrolment.user.name}
    return ""


@transaction.atomic
def mentorship_start_from_proposal(*, proposal) -> Mentorship:
    """Both sides accepted a matching proposal: their mentorship starts, as from a request."""
    from .tasks import notify_mentorship

    existing = Mentorship.objects.filter(proposal=proposal).first()
    if existing is not None:
        return existing
    _lock_enrolments(proposal.mentor_id, proposal.mentee_id)
    mentorship = mentorship_start(
        mentor=proposal.mentor,
        mentee=proposal.mentee,
        need=proposal.need,
        origin=Mentorship.Origin.PROPOSAL,
        proposal=proposal,
    )
    _enqueue(notify_mentorship, mentorship.pk, "started", None)
    return mentorship


@transaction.atomic
def team_mentorship_start(*, team, mentor: Enrolment, founder: Enrolment) -> Mentorship:
    """The mentor's mentorship with an incubator team, started on their first assignment to it.

    A team counts as one mentee (see the models' docstring): a second assignment of the same
    mentor, for another need, keeps the one open mentorship. `founder` is the team's first founder.
    """
    existing = Mentorship.objects.filter(team=team, mentor=mentor, status__in=OPEN_MENTORSHIP).first()
    if existing is not None:
        return existing
    mentorship = Mentorship.objects.create(
        programme=team.programme, mentor=mentor, mentee=founder, team=team, origin=Mentorship.Origin.TEAM
    )
    Agreement.objects.create(mentorship=mentorship)
    return mentorship


@transaction.atomic
def team_mentorship_end(*, team, mentor: Enrolment, user) -> None:
    """The mentor's last assignment to the team was removed: their open mentorship with it closes."""
    from .tasks import notify_mentorship

    for mentorship in Mentorship.objects.filter(team=team, mentor=mentor, status__in=OPEN_MENTORSHIP):
        mentorship = _lock(mentorship)
        _close(mentorship, reason=Mentorship.CloseReason.UNASSIGNED, note="", user=user)
        _enqueue(notify_mentorship, mentorship.pk, "closed", None)


def _enrolment_of(mentorship: Mentorship, user) -> Enrolment:
    """The member's own enrolment: the mentor's, the mentee's, or the founder's own in a team."""
    if mentorship.mentor.user_id == user.pk:
        return mentorship.mentor
    if mentorship.team_id is None:
        return mentorship.mentee
    return Enrolment.objects.get(programme_id=mentorship.programme_id, user=user)


def _lock(mentorship: Mentorship) -> Mentorship:
    return Mentorship.objects.select_for_update().select_related("programme").get(pk=mentorship.pk)


def mentorship_ensure_writable(mentorship: Mentorship) -> None:
    """Every write inside a mentorship calls this: a closed mentorship is read-only for its members."""
    if mentorship.status == Mentorship.Status.CLOSED:
        raise TransitionError(_("This mentorship is closed: it can be read but no longer changed."))


def _side(mentorship: Mentorship, user) -> str:
    side = mentorship.side_of(user)
    if side is None:
        raise ServiceError(_("Only the mentor and the mentee of this mentorship can do this."))
    return side


@transaction.atomic
def agreement_update(
    *,
    mentorship: Mentorship,
    user,
    confidentiality: bool,
    frequency: str,
    mode: str,
    expectations: str,
) -> Agreement:
    """Either side edits the shared terms and their own expectations; any change asks both to sign again."""
    mentorship = _lock(mentorship)
    mentorship_ensure_writable(mentorship)
    side = _side(mentorship, user)
    if mentorship.status != Mentorship.Status.AGREEING:
        raise TransitionError(_("The agreement is signed by both of you and can no longer be changed."))
    if frequency not in Agreement.Frequency.values:
        raise ServiceError(_("Choose how often you meet."))
    if mode not in Agreement.Mode.values:
        raise ServiceError(_("Choose how you meet."))
    agreement = Agreement.objects.select_for_update().get(mentorship=mentorship)
    before = _terms(agreement)
    agreement.confidentiality = bool(confidentiality)
    agreement.frequency = frequency
    agreement.mode = mode
    setattr(agreement, f"{side}_expectations", (expectations or "").strip()[:2000])
    if before != _terms(agreement):
        agreement.mentor_signed_at = agreement.mentee_signed_at = None
    agreement.save()
    return agreement


def _terms(agreement: Agreement) -> tuple:
    return (
        agreement.confidentiality,
        agreement.frequency,
        agreement.mode,
        agreement.mentor_expectations,
        agreement.mentee_expectations,
    )


@transaction.atomic
def agreement_sign(*, mentorship: Mentorship, user) -> Mentorship:
    """One side signs; when both have signed the mentorship becomes active (and both enrolments)."""
    from .tasks import notify_mentorship

    mentorship = _lock(mentorship)
    mentorship_ensure_writable(mentorship)
    side = _side(mentorship, user)
    if mentorship.status != Mentorship.Status.AGREEING:
        raise TransitionError(_("The agreement is already signed by both of you."))
    agreement = Agreement.objects.select_for_update().get(mentorship=mentorship)
    if getattr(agreement, f"{side}_signed_at"):
        raise TransitionError(_("You have already signed this agreement."))
    if not getattr(agreement, f"{side}_expectations").strip():
        raise ServiceError(_("Write your expectations in the agreement before you sign it."))
    other = "mentee" if side == "mentor" else "mentor"
    if not getattr(agreement, f"{other}_expectations").strip():
        # Both sign the whole text: the other side's expectations must be there to be agreed to.
        raise ServiceError(
            _("%(name)s has not written their expectations yet; you sign once both of you have.")
            % {"name": mentorship.other_side(user).name}
        )
    learning_gate_check(
        enrolment=_enrolment_of(mentorship, user), stage=Programme.LearningGate.BEFORE_ACCEPTING
    )
    now = timezone.now()
    setattr(agreement, f"{side}_signed_at", now)
    agreement.save()
    if agreement.is_signed:
        mentorship.status = Mentorship.Status.ACTIVE
        mentorship.started_at = now
        mentorship.save(update_fields=["status", "started_at"])
        members = [mentorship.mentor.user_id, *(person.pk for person in mentorship.mentee_people())]
        Enrolment.objects.filter(
            programme_id=mentorship.programme_id, user_id__in=members, status=Enrolment.Status.APPROVED
        ).update(status=Enrolment.Status.ACTIVE)
        _enqueue(notify_mentorship, mentorship.pk, "active", None)
    else:
        _enqueue(notify_mentorship, mentorship.pk, "signed", user.pk)
    return mentorship


@transaction.atomic
def mentorship_close(*, mentorship: Mentorship, user, reason: str, note: str = "") -> Mentorship:
    """Either member ends the mentorship early, with a reason; the other side is told."""
    from .tasks import notify_mentorship

    mentorship = _lock(mentorship)
    _side(mentorship, user)
    if mentorship.status == Mentorship.Status.CLOSED:
        raise TransitionError(_("This mentorship is already closed."))
    if reason not in Mentorship.CloseReason.values or reason == Mentorship.CloseReason.COHORT_ENDED:
        raise ServiceError(_("Choose why you end this mentorship."))
    if reason == Mentorship.CloseReason.OTHER and not (note or "").strip():
        raise ServiceError(_("Say in a few words why you end this mentorship."))
    _close(mentorship, reason=reason, note=note, user=user)
    _enqueue(notify_mentorship, mentorship.pk, "closed", user.pk)
    return mentorship


@transaction.atomic
def mentorship_close_at_cohort_end(*, mentorship: Mentorship, today=None) -> Mentorship | None:
    """The system closes an open mentorship once its programme's cohort has ended. Idempotent."""
    from .tasks import notify_mentorship

    mentorship = _lock(mentorship)
    today = today or timezone.localdate()
    cohort_end = mentorship.programme.cohort_end
    if mentorship.status == Mentorship.Status.CLOSED or cohort_end is None or cohort_end >= today:
        return None
    _close(mentorship, reason=Mentorship.CloseReason.COHORT_ENDED, note="", user=None)
    _enqueue(notify_mentorship, mentorship.pk, "closed", None)
    return mentorship


def _close(mentorship: Mentorship, *, reason: str, note: str, user) -> None:
    from .work.services import meetings_cancel_at_close

    meetings_cancel_at_close(mentorship=mentorship)
    mentorship.status = Mentorship.Status.CLOSED
    mentorship.closed_at = timezone.now()
    mentorship.closed_by = user
    mentorship.close_reason = reason
    mentorship.close_note = (note or "").strip()[:500]
    mentorship.save(update_fields=["status", "closed_at", "closed_by", "close_reason", "close_note"])


@transaction.atomic
def closing_feedback_give(
    *, mentorship: Mentorship, user, rating: int, goals_reached: bool, feedback: str = ""
) -> ClosingFeedback:
    """Each side gives their closing feedback once, after the mentorship is closed."""
    mentorship = _lock(mentorship)
    _side(mentorship, user)
    if mentorship.status != Mentorship.Status.CLOSED:
        raise TransitionError(_("Closing feedback is given once the mentorship is closed."))
    if ClosingFeedback.objects.filter(mentorship=mentorship, author=user).exists():
        raise TransitionError(_("You have already given your closing feedback."))
    if not isinstance(rating, int) or not 1 <= rating <= 5:
        raise ServiceError(_("Rate the mentorship from 1 to 5."))
    return ClosingFeedback.objects.create(
        mentorship=mentorship,
        author=user,
        rating=rating,
        goals_reached=bool(goals_reached),
        feedback=(feedback or "").strip()[:4000],
    )


# ---------------------------------------------------------------- messages and check-ins


@transaction.atomic
def message_post(*, mentorship: Mentorship, user, body: str) -> Message:
    """A member writes in the thread; the other side is told by email, without the text."""
    from .tasks import notify_message

    mentorship = _lock(mentorship)
    mentorship_ensure_writable(mentorship)
    _side(mentorship, user)
    body = (body or "").strip()
    if not body:
        raise ServiceError(_("Write a message first."))
    if len(body) > 5000:
        raise ServiceError(_("A message is at most 5000 characters long."))
    message = Message.objects.create(mentorship=mentorship, author=user, body=body)
    _enqueue(notify_message, message.pk)
    return message


def messages_mark_read(*, mentorship: Mentorship, user) -> int:
    """The other side's messages are read once the member opens the thread."""
    return (
        Message.objects.filter(mentorship=mentorship, read_at__isnull=True)
        .exclude(author=user)
        .update(read_at=timezone.now())
    )


def check_in_period(mentorship: Mentorship, now=None) -> int:
    """The current check-in period (1, 2, …): period p runs from start + (p-1) to start + p cadences."""
    now = now or timezone.now()
    start = mentorship.started_at or mentorship.created_at
    cadence = timedelta(weeks=mentorship.programme.check_in_every_weeks)
    return max(0, (now - start) // cadence) + 1


def check_in_due_on(mentorship: Mentorship, period: int):
    """The date a period's check-in is due: the end of the period."""
    start = mentorship.started_at or mentorship.created_at
    return start + timedelta(weeks=mentorship.programme.check_in_every_weeks * period)


CHECK_IN_ANSWER_MAX = 2000


def check_in_problem(*, mentorship: Mentorship, user, now=None) -> str:
    """Why this member cannot check in now ('' when they can): the page shows it instead of the form."""
    if mentorship.status == Mentorship.Status.CLOSED:
        return _("This mentorship is closed: it can be read but no longer changed.")
    if mentorship.status != Mentorship.Status.ACTIVE:
        return _("Check-ins start once both of you have signed the agreement.")
    period = check_in_period(mentorship, now)
    if CheckIn.objects.filter(mentorship=mentorship, author=user, period=period).exists():
        return _("You have already checked in for this period; the next check-in opens on %(date)s.") % {
            "date": date_format(timezone.localtime(check_in_due_on(mentorship, period)), "DATE_FORMAT")
        }
    return ""


@transaction.atomic
def check_in_submit(
    *,
    mentorship: Mentorship,
    user,
    satisfaction: int,
    progress: str = "",
    blockers: str = "",
    wants_contact: bool = False,
) -> CheckIn:
    """A member answers the check-in of the current period, once; a contact wish or a low rating
    alerts their coordinator."""
    from .tasks import alert_coordinators

    mentorship = _lock(mentorship)
    _side(mentorship, user)
    problem = check_in_problem(mentorship=mentorship, user=user)
    if problem:
        raise TransitionError(problem)
    if not isinstance(satisfaction, int) or not 1 <= satisfaction <= 5:
        raise ServiceError(_("Say how satisfied you are, from 1 to 5."))
    answers = {"progress": (progress or "").strip(), "blockers": (blockers or "").strip()}
    for name, answer in answers.items():
        if len(answer) > CHECK_IN_ANSWER_MAX:
            # Refused, not cut: a cut answer would lose what the member wrote without telling them.
            raise ServiceError(
                _("The answer “%(field)s” is at most %(max)d characters long (it has %(count)d).")
                % {
                    "field": CheckIn._meta.get_field(name).verbose_name,
                    "max": CHECK_IN_ANSWER_MAX,
                    "count": len(answer),
                }
            )
    check_in = CheckIn.objects.create(
        mentorship=mentorship,
        author=user,
        period=check_in_period(mentorship),
        satisfaction=satisfaction,
        wants_contact=bool(wants_contact),
        **answers,
    )
    if check_in.wants_contact or check_in.satisfaction <= LOW_SATISFACTION:
        _enqueue(alert_coordinators, check_in.pk)
    return check_in
