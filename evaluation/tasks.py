"""Background work of the evaluation: telling people once when their end assessment and survey open.

`remind_evaluation_open` is periodic (schedule.py) and idempotent: each person is told once per
role, keyed by enrolment and role, and never after they answered the survey in that role. People of
mentorships and of groups (group mentoring, peer circles, start-up teams) alike.
"""

from datetime import timedelta

from celery import shared_task
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from groups.models import Group, Membership
from notifications.services import notify
from programmes.models import Enrolment
from relationships.models import Mentorship

from .models import Survey, SurveyResponse
from .selectors import ASSESSING_STATUSES, END_OPENS_DAYS_BEFORE, EVALUATED_GROUP_KINDS

# Closings older than this are not announced any more (e.g. on the first run after installing).
RECENT = timedelta(days=30)


def _due(today) -> set[tuple[int, str]]:
    """(enrolment id, role) of everyone whose end assessment or survey opened recently."""
    started = Mentorship.objects.filter(started_at__isnull=False)
    closed = started.filter(status=Mentorship.Status.CLOSED, closed_at__gte=timezone.now() - RECENT)
    due = {(mentee, "mentee") for mentee in closed.values_list("mentee_id", flat=True)}
    due |= {(mentor, "mentor") for mentor in closed.values_list("mentor_id", flat=True)}
    ending = started.filter(
        programme__cohort_end__lte=today + timedelta(days=END_OPENS_DAYS_BEFORE),
        programme__cohort_end__gte=today - RECENT,
    )
    due |= {(mentee, "mentee") for mentee in ending.values_list("mentee_id", flat=True)}
    due |= {(mentor, "mentor") for mentor in ending.values_list("mentor_id", flat=True)}
    return due | _due_in_groups(today) | _due_opened_by_manager()


def _due_opened_by_manager() -> set[tuple[int, str]]:
    """(enrolment id, role) of everyone mentored in a programme whose manager opened the evaluation."""
    programmes = Survey.objects.filter(opened_at__gte=timezone.now() - RECENT).values("programme")
    started = Mentorship.objects.filter(started_at__isnull=False, programme__in=programmes)
    due = {(mentee, "mentee") for mentee in started.values_list("mentee_id", flat=True)}
    due |= {(mentor, "mentor") for mentor in started.values_list("mentor_id", flat=True)}
    memberships = Membership.objects.filter(group__programme__in=programmes)
    return due | _enrolment_roles(memberships)


def _due_in_groups(today) -> set[tuple[int, str]]:
    """(enrolment id, role) of the people of groups whose end came: the group archived, or the
    cohort nearing its end. A group keeps no date of archiving, so archived groups are announced
    while their programme runs (no cohort end, or one at most RECENT ago); the notification's key
    tells each person once."""
    memberships = Membership.objects.all()
    running = Q(group__programme__cohort_end__isnull=True) | Q(
        group__programme__cohort_end__gte=today - RECENT
    )
    ending = Q(
        group__programme__cohort_end__lte=today + timedelta(days=END_OPENS_DAYS_BEFORE),
        group__programme__cohort_end__gte=today - RECENT,
    )
    memberships = memberships.filter((Q(group__status=Group.Status.ARCHIVED) & running) | ending)
    return _enrolment_roles(memberships)


def _enrolment_roles(memberships) -> set[tuple[int, str]]:
    """(enrolment id, role) of active memberships of evaluated groups: facilitators as mentor."""
    memberships = memberships.filter(
        status=Membership.Status.ACTIVE,
        group__kind__in=EVALUATED_GROUP_KINDS,
        group__status__in=(Group.Status.ACTIVE, Group.Status.ARCHIVED),
    )
    enrolments = Enrolment.objects.filter(
        programme=OuterRef("group__programme"), user=OuterRef("user")
    ).values("pk")[:1]
    rows = memberships.annotate(enrolment_id=Subquery(enrolments)).values_list("enrolment_id", "role")
    return {
        (enrolment_id, "mentor" if role == Membership.Role.FACILITATOR else "mentee")
        for enrolment_id, role in rows
        if enrolment_id is not None
    }


@shared_task
def remind_evaluation_open() -> int:
    """Notify mentees (end assessment and survey) and mentors (survey) once; returns how many were told."""
    due = _due(timezone.localdate())
    answered = set(
        SurveyResponse.objects.filter(enrolment_id__in={pk for pk, _role in due}).values_list(
            "enrolment_id", "role"
        )
    )
    enrolments = Enrolment.objects.filter(
        pk__in={pk for pk, _role in due}, status__in=ASSESSING_STATUSES
    ).select_related("programme", "user__profile")
    told = 0
    for enrolment in enrolments:
        for role in ("mentee", "mentor"):
            if (enrolment.pk, role) not in due or (enrolment.pk, role) in answered:
                continue
            sent = notify(
                user=enrolment.user,
                key=f"evaluation-open:{enrolment.pk}:{role}",
                kind="evaluation-open",
                template=f"evaluation/email/evaluation_open_{role}",
                context={"programme": enrolment.programme},
                path=f"/p/{enrolment.programme.slug}/evaluation/",
            )
            told += sent is not None
    return told
