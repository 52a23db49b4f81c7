"""Reads of mentorships, always through the actor's `ProgrammeAccess` (core/access.py).

Health of a mentorship, computed in the database (`with_health`), so that lists and reports can
annotate and count thousands of mentorships in one query. With N = the programme's
`attention_after_weeks`, C = its `check_in_every_weeks`, and "since" = when the mentorship
became active (or, while still agreeing, when it was created):

- "closed": the mentorship is closed;
- "needs-attention": a check-in of the last C weeks has satisfaction 2 or lower or asks the
  coordinator for contact; or the mentorship is at least N weeks old and had no meeting (held,
  not cancelled) and no check-in in the last N weeks;
- "too-early": it is younger than N weeks and has no held meeting and no check-in yet;
- "on-track": otherwise.

Health is for overseers (coordinators of either side, the manager): it says how a relationship is
going without showing what was said.
"""

from datetime import timedelta

from django.db.models import (
    BooleanField,
    Case,
    Count,
    DateTimeField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.filters import choice
from core.parse import uuid_or_none
from programmes.models import Programme

from .models import CheckIn, Meeting, Mentorship, Message, Request

RELATED = (
    "mentor__user__profile",
    "mentee__user__profile",
    "mentor__organisation",
    "mentee__organisation",
    "team",
)

ON_TRACK, NEEDS_ATTENTION, TOO_EARLY, CLOSED = "on-track", "needs-attention", "too-early", "closed"
HEALTH_LABELS = {
    ON_TRACK: _("On track"),
    NEEDS_ATTENTION: _("Needs attention"),
    TOO_EARLY: _("Too early to tell"),
    CLOSED: _("Closed"),
}
LOW_SATISFACTION = 2

# Why a mentorship needs attention (the `attention` annotation; '' when it does not).
LOW_CHECK_IN, CONTACT_WISH, QUIET = "low-check-in", "contact-wish", "quiet"


def attention_label(reason: str, *, weeks: int) -> str:
    """The reason in words for an overseer; `weeks` is the programme's attention_after_weeks."""
    if reason == LOW_CHECK_IN:
        return _("A recent check-in was rated %(n)s or lower") % {"n": LOW_SATISFACTION}
    if reason == CONTACT_WISH:
        return _("Asked their coordinator to get in touch")
    if reason == QUIET:
        return _("No meeting or check-in for %(weeks)s weeks") % {"weeks": weeks}
    return ""


def mentorship_get_for_member(*, access, public_id) -> Mentorship:
    """The mentorship if the actor is its mentor or mentee; 404 for anyone else (content pages)."""
    return get_object_or_404(
        access.mentorships_as_member().select_related(
            *RELATED, "need__competence", "reverse_need__competence", "programme"
        ),
        public_id=public_id,
    )


def mentorship_get_for_overseer(*, access, public_id) -> Mentorship:
    """The mentorship if the actor may know of it (member, their coordinator, the manager); else 404."""
    return get_object_or_404(
        with_health(access.mentorships()).select_related(
            *RELATED, "need__competence", "reverse_need__competence", "programme"
        ),
        public_id=public_id,
    )


def _per_programme(programmes, value_of) -> Case:
    """A CASE giving each row its programme's value (the programmes' settings are plain constants)."""
    whens = [When(programme_id=p.pk, then=Value(value_of(p))) for p in programmes]
    return Case(*whens, default=Value(value_of(Programme())), output_field=DateTimeField())


def with_health(queryset, *, now=None):
    """Annotate `health` (one of ON_TRACK, NEEDS_ATTENTION, TOO_EARLY, CLOSED) in the database."""
    now = now or timezone.now()
    programmes = list(
        Programme.objects.filter(pk__in=queryset.values("programme_id")).only(
            "pk", "attention_after_weeks", "check_in_every_weeks"
        )
    )
    queryset = queryset.annotate(
        _since=Coalesce("started_at", "created_at"),
        _attention_cutoff=_per_programme(
            programmes, lambda p: now - timedelta(weeks=p.attention_after_weeks)
        ),
        _check_in_cutoff=_per_programme(programmes, lambda p: now - timedelta(weeks=p.check_in_every_weeks)),
    )
    held = Meeting.objects.filter(
        mentorship=OuterRef("pk"), status=Meeting.Status.SCHEDULED, starts_at__lte=now
    )
    check_ins = CheckIn.objects.filter(mentorship=OuterRef("pk"))
    this_period = check_ins.filter(created_at__gte=OuterRef("_check_in_cutoff"))
    return (
        queryset.annotate(
            _unhappy=Exists(this_period.filter(satisfaction__lte=LOW_SATISFACTION)),
            _asks_contact=Exists(this_period.filter(wants_contact=True)),
            _recent=Exists(held.filter(starts_at__gte=OuterRef("_attention_cutoff")))
            | Exists(check_ins.filter(created_at__gte=OuterRef("_attention_cutoff"))),
            _any_signal=Exists(held) | Exists(check_ins),
            _young=ExpressionWrapper(Q(_since__gt=F("_attention_cutoff")), output_field=BooleanField()),
        )
        .annotate(
            attention=Case(
                When(status=Mentorship.Status.CLOSED, then=Value("")),
                When(_unhappy=True, then=Value(LOW_CHECK_IN)),
                When(_asks_contact=True, then=Value(CONTACT_WISH)),
                When(_young=False, _recent=False, then=Value(QUIET)),
                default=Value(""),
            ),
        )
        .annotate(
            health=Case(
                When(status=Mentorship.Status.CLOSED, then=Value(CLOSED)),
                When(~Q(attention=""), then=Value(NEEDS_ATTENTION)),
                When(_young=True, _any_signal=False, then=Value(TOO_EARLY)),
                default=Value(ON_TRACK),
            )
        )
    )


def health_counts(queryset, *, now=None) -> dict[str, int]:
    """How many mentorships of `queryset` are in each health state (one query; for reports)."""
    counts = dict(
        with_health(queryset, now=now)
        .order_by()
        .values("health")
        .annotate(n=Count("pk"))
        .values_list("health", "n")
    )
    return {state: counts.get(state, 0) for state in HEALTH_LABELS}


def mentorship_list_for_member(*, access):
    """The actor's own mentorships in this programme, open ones first."""
    return (
        with_health(access.mentorships_as_member())
        .select_related(*RELATED, "need__competence", "reverse_need__competence", "agreement")
        .order_by(Case(When(status=Mentorship.Status.CLOSED, then=Value(1)), default=Value(0)), "-created_at")
    )


def mentorship_list_for_overseer(*, access, health: str = ""):
    """The mentorships the actor oversees (the manager: all; a coordinator: their people's), with health."""
    if not access.sees_individuals:
        raise Http404
    mentorships = with_health(access.mentorships()).select_related(
        *RELATED, "need__competence", "reverse_need__competence"
    )
    if choice(health, HEALTH_LABELS, name="health"):
        mentorships = mentorships.filter(health=health)
    return mentorships.order_by(
        Case(
            When(health=NEEDS_ATTENTION, then=Value(0)), When(health=CLOSED, then=Value(2)), default=Value(1)
        ),
        "mentee__user__name",
    )


def request_list(*, access) -> dict:
    """The actor's requests: those they sent as a mentee and those they received as a mentor."""
    enrolment = access.enrolment
    if enrolment is None:
        return {"sent": Request.objects.none(), "received": Request.objects.none()}
    related = (
        "mentee__user",
        "mentor__user",
        "mentee__organisation",
        "mentor__organisation",
        "need__competence",
    )
    requests = Request.objects.filter(programme=access.programme).select_related(*related, "mentorship")
    return {"sent": requests.filter(mentee=enrolment), "received": requests.filter(mentor=enrolment)}


def request_get_for_mentor(*, access, public_id) -> Request:
    """A request the actor received as its mentor; 404 for anyone else."""
    if access.enrolment is None:
        raise Http404
    return get_object_or_404(
        Request.objects.select_related("mentee__user", "need__competence", "programme"),
        programme=access.programme,
        mentor=access.enrolment,
        public_id=public_id,
    )


def request_get_for_mentee(*, access, public_id) -> Request:
    """A request the actor sent as its mentee; 404 for anyone else."""
    if access.enrolment is None:
        raise Http404
    return get_object_or_404(
        Request.objects.select_related("mentor__user", "need__competence", "programme"),
        programme=access.programme,
        mentee=access.enrolment,
        public_id=public_id,
    )


def request_get_for_party(*, access, public_id) -> Request:
    """A request the actor sent or received; 404 for anyone else."""
    if access.enrolment is None:
        raise Http404
    return get_object_or_404(
        Request.objects.filter(Q(mentee=access.enrolment) | Q(mentor=access.enrolment)).select_related(
            "mentee__user", "mentor__user", "need__competence", "programme"
        ),
        programme=access.programme,
        public_id=public_id,
    )


def request_candidates(*, access, mentor_public_id, need_public_id):
    """The mentor (an enrolment of the programme) and the actor's own need a new request is about."""
    enrolment = access.enrolment
    if not access.is_participant or not enrolment.is_mentee:
        raise Http404
    mentor_public_id, need_public_id = (
        _uuid(mentor_public_id),
        _uuid(need_public_id) if need_public_id else None,
    )
    mentor = get_object_or_404(
        access.participants().select_related("user__profile", "organisation"),
        user__public_id=mentor_public_id,
    )
    needs = enrolment.needs.select_related("competence")
    need = needs.filter(public_id=need_public_id).first() if need_public_id else None
    return mentor, need, needs


def _uuid(value):
    parsed = uuid_or_none(value)
    if parsed is None:
        raise Http404
    return parsed


def message_list(*, mentorship: Mentorship):
    return mentorship.messages.select_related("author").order_by("created_at")


def unread_message_count(*, mentorship: Mentorship, user) -> int:
    return Message.objects.filter(mentorship=mentorship, read_at__isnull=True).exclude(author=user).count()


def check_in_list_own(*, mentorship: Mentorship, user):
    """A member's own check-ins: nobody else reads their answers (the other member neither)."""
    return mentorship.check_ins.filter(author=user).order_by("-period")
