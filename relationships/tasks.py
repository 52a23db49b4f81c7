"""Background work of mentorships: notifications, reminders, expiries and closing at the cohort's end.

Every task takes ids and is idempotent: notifications go through `notifications.services.notify`
with a key naming the event (and, for reminders, the period they are about), so a task that runs
twice, or a reminder sweep that runs every hour, sends one email. Emails never contain what was
said (messages, check-in answers, reasons): only what happened and a link.

`run_reminders` is the periodic entry point: Celery beat calls it in production (schedule.py),
`crossmentor reminders` calls it once in the embedded default.
"""

from datetime import timedelta

from celery import shared_task
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from notifications.services import notify
from programmes.models import Enrolment, Programme

from .models import CheckIn, Meeting, Mentorship, Message, Request
from .selectors import LOW_SATISFACTION

RELATED = ("programme", "mentor__user__profile", "mentee__user__profile", "need__competence")
# Mentors are reminded when an open request has this long left.
EXPIRY_WARNING = timedelta(days=2)
# The check-in of a period is asked for during its last two weeks.
CHECK_IN_WINDOW = timedelta(days=14)


def _requests_path(programme) -> str:
    return f"/p/{programme.slug}/requests/"


def _mentorship_path(mentorship) -> str:
    return f"/p/{mentorship.programme.slug}/mentorships/{mentorship.public_id}/"


@shared_task
def notify_request(request_id: int, event: str) -> None:
    """Tell the person concerned that a request was received, answered, withdrawn, expired or expires."""
    request = Request.objects.select_related(*RELATED).filter(pk=request_id).first()
    if request is None:
        return
    to_mentor = event in ("received", "withdrawn", "expiring")
    person = request.mentor.user if to_mentor else request.mentee.user
    path = _requests_path(request.programme)
    if event == "accepted" and hasattr(request, "mentorship"):
        path = _mentorship_path(request.mentorship)
    notify(
        user=person,
        key=f"request-{event}:{request.pk}",
        kind=f"request-{event}",
        template=f"relationships/email/request_{event}",
        context={"request": request, "programme": request.programme},
        path=path,
    )


@shared_task
def notify_mentorship(mentorship_id: int, event: str, actor_id: int | None) -> None:
    """Tell the members that a mentorship started, was signed, became active or was closed.

    With an actor, only the other side is told (the actor knows what they did).
    """
    mentorship = Mentorship.objects.select_related(*RELATED).filter(pk=mentorship_id).first()
    if mentorship is None:
        return
    for person in mentorship.people():
        if person.pk == actor_id:
            continue
        notify(
            user=person,
            key=f"mentorship-{event}:{mentorship.pk}",
            kind=f"mentorship-{event}",
            template=f"relationships/email/mentorship_{event}",
            context={
                "mentorship": mentorship,
                "programme": mentorship.programme,
                "other": mentorship.other_side(person),
            },
            path=_mentorship_path(mentorship),
        )


@shared_task
def notify_message(message_id: int) -> None:
    """Tell the other member that a message is waiting, without its text."""
    message = (
        Message.objects.select_related(*(f"mentorship__{r}" for r in RELATED), "author")
        .filter(pk=message_id)
        .first()
    )
    if message is None:
        return
    mentorship = message.mentorship
    for person in mentorship.people():
        if person.pk == message.author_id:
            continue
        notify(
            user=person,
            key=f"message:{message.pk}",
            kind="message",
            template="relationships/email/message",
            context={"mentorship": mentorship, "programme": mentorship.programme, "other": message.author},
            path=_mentorship_path(mentorship) + "messages/",
        )


@shared_task
def alert_coordinators(check_in_id: int) -> None:
    """A check-in asks for contact or is rated low: tell the coordinators, not what was written.

    The coordinators of the author's own organisation are told; when it has none in this
    programme, the programme's managers. A contact wish is the stronger alert and says it all.
    """
    check_in = (
        CheckIn.objects.select_related(*(f"mentorship__{r}" for r in RELATED), "author")
        .filter(pk=check_in_id)
        .filter(Q(wants_contact=True) | Q(satisfaction__lte=LOW_SATISFACTION))
        .first()
    )
    if check_in is None:
        return
    kind = "contact-wish" if check_in.wants_contact else "low-check-in"
    mentorship = check_in.mentorship
    # The author's own enrolment: in a team's mentorship, any founder's, not only the first's.
    enrolment = (
        Enrolment.objects.filter(programme_id=mentorship.programme_id, user_id=check_in.author_id)
        .select_related("organisation")
        .first()
    ) or mentorship.mentee
    coordinators = list(enrolment.organisation.coordinators.all()) or list(
        mentorship.programme.managers.all()
    )
    for coordinator in coordinators:
        notify(
            user=coordinator,
            key=f"{kind}:{check_in.pk}",
            kind=kind,
            template=f"relationships/email/{kind.replace('-', '_')}",
            context={"asker": check_in.author, "programme": mentorship.programme, "low": LOW_SATISFACTION},
            path=_mentorship_path(mentorship),
        )


# ---------------------------------------------------------------- periodic sweeps


@shared_task
def expire_requests() -> int:
    """Expire open requests whose answer time has passed, and tell each mentee."""
    from .services import request_expire

    expired = 0
    for request in Request.objects.filter(status=Request.Status.OPEN, expires_at__lte=timezone.now()):
        expired += request_expire(request=request) is not None
    return expired


@shared_task
def remind_expiring_requests() -> int:
    """Remind mentors, once, of open requests that expire within two days."""
    now = timezone.now()
    due = Request.objects.filter(
        status=Request.Status.OPEN, expires_at__gt=now, expires_at__lte=now + EXPIRY_WARNING
    )
    sent = 0
    for request in due.select_related(*RELATED):
        sent += (
            notify(
                user=request.mentor.user,
                key=f"request-expiring:{request.pk}",
                kind="request-expiring",
                template="relationships/email/request_expiring",
                context={"request": request, "programme": request.programme},
                path=_requests_path(request.programme),
            )
            is not None
        )
    return sent


@shared_task
def remind_check_ins_due() -> int:
    """Ask each member of an active mentorship for the current period's check-in, once per period."""
    from .services import check_in_due_on, check_in_period

    now = timezone.now()
    sent = 0
    for mentorship in Mentorship.objects.filter(status=Mentorship.Status.ACTIVE).select_related(*RELATED):
        period = check_in_period(mentorship, now)
        due_on = check_in_due_on(mentorship, period)
        if now < due_on - CHECK_IN_WINDOW:
            continue
        answered = set(mentorship.check_ins.filter(period=period).values_list("author_id", flat=True))
        for person in mentorship.people():
            if person.pk in answered:
                continue
            sent += (
                notify(
                    user=person,
                    key=f"check-in-due:{mentorship.pk}:{period}",
                    kind="check-in-due",
                    template="relationships/email/check_in_due",
                    context={"mentorship": mentorship, "programme": mentorship.programme, "due_on": due_on},
                    path=_mentorship_path(mentorship) + "check-ins/",
                )
                is not None
            )
    return sent


@shared_task
def nudge_inactive() -> int:
    """Nudge both members of an active mentorship with no meeting, message or check-in for a while.

    "A while" is the programme's `attention_after_weeks`; a mentorship is nudged at most once per
    such stretch of silence.
    """
    now = timezone.now()
    sent = 0
    for programme in Programme.objects.filter(mentorships__status=Mentorship.Status.ACTIVE).distinct():
        quiet = timedelta(weeks=programme.attention_after_weeks)
        cutoff = now - quiet
        silent = (
            Mentorship.objects.filter(
                programme=programme, status=Mentorship.Status.ACTIVE, started_at__lte=cutoff
            )
            .exclude(
                Exists(
                    Meeting.objects.filter(
                        mentorship=OuterRef("pk"), status=Meeting.Status.SCHEDULED, starts_at__gte=cutoff
                    )
                )
            )
            .exclude(Exists(Message.objects.filter(mentorship=OuterRef("pk"), created_at__gte=cutoff)))
            .exclude(Exists(CheckIn.objects.filter(mentorship=OuterRef("pk"), created_at__gte=cutoff)))
            .select_related(*RELATED)
        )
        for mentorship in silent:
            stretch = (now - mentorship.started_at) // quiet
            for person in mentorship.people():
                other = mentorship.other_side(person)
                sent += (
                    notify(
                        user=person,
                        key=f"inactive:{mentorship.pk}:{stretch}",
                        kind="inactivity-nudge",
                        template="relationships/email/inactivity",
                        context={"mentorship": mentorship, "programme": programme, "other": other},
                        path=_mentorship_path(mentorship),
                    )
                    is not None
                )
    return sent


@shared_task
def close_ended_cohorts() -> int:
    """Close the open mentorships of programmes whose cohort has ended (reason: cohort ended)."""
    from .services import OPEN_MENTORSHIP, mentorship_close_at_cohort_end

    today = timezone.localdate()
    ended = Mentorship.objects.filter(status__in=OPEN_MENTORSHIP, programme__cohort_end__lt=today)
    return sum(mentorship_close_at_cohort_end(mentorship=m, today=today) is not None for m in ended)


def _meeting_reminders() -> int | None:
    """The other half of the relationship (relationships/work) sends meeting-tomorrow reminders."""
    try:
        from .work.tasks import remind_meetings_tomorrow
    except ImportError:
        return None
    return remind_meetings_tomorrow()


@shared_task
def run_reminders() -> dict:
    """Everything periodic, once: expiries first, so that an expired request is not also reminded."""
    results = {
        "requests_expired": expire_requests(),
        "requests_expiring": remind_expiring_requests(),
        "check_ins_due": remind_check_ins_due(),
        "inactivity_nudges": nudge_inactive(),
        "mentorships_closed": close_ended_cohorts(),
    }
    meetings = _meeting_reminders()
    if meetings is not None:
        results["meetings_tomorrow"] = meetings
    return results
