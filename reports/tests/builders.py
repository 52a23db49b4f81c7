"""Small, explicit builders for report fixtures: every date is given in days before `NOW`."""

from datetime import UTC, datetime, timedelta
from itertools import count

from core.factories import UserFactory, enrol
from evaluation.models import Assessment
from programmes.models import Enrolment, Need
from relationships.models import CheckIn, Goal, Meeting, Mentorship

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
_serial = count(1)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def person(
    programme,
    organisation,
    role: str = "mentee",
    *,
    status: str = "approved",
    enrolled_days_ago: float = 200,
    decided_days_ago: float | None = None,
    kind: str = Need.Function.PROFESSIONAL_MENTORING,
) -> Enrolment:
    n = next(_serial)
    user = UserFactory(
        email=f"{role}{n}@{organisation.key}.example", name=f"{role.title()} {n}", organisation=organisation
    )
    enrolment = enrol(user, programme, role, status=status)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        created_at=ago(enrolled_days_ago),
        decided_at=ago(decided_days_ago) if decided_days_ago is not None else None,
    )
    enrolment.needs.update(function=kind)
    enrolment.refresh_from_db()
    return enrolment


def people(programme, organisation, role: str, number: int, **kwargs) -> list[Enrolment]:
    return [person(programme, organisation, role, **kwargs) for _ in range(number)]


def mentorship(
    mentor: Enrolment,
    mentee: Enrolment,
    *,
    status: str = "active",
    created_days_ago: float = 100,
    started_days_ago: float | None = 100,
    closed_days_ago: float | None = None,
    reason: str = "",
) -> Mentorship:
    made = Mentorship.objects.create(
        programme=mentee.programme,
        mentor=mentor,
        mentee=mentee,
        need=mentee.needs.first(),
        origin=Mentorship.Origin.REQUEST,
        status=status,
        started_at=ago(started_days_ago) if started_days_ago is not None else None,
        closed_at=ago(closed_days_ago) if closed_days_ago is not None else None,
        close_reason=reason,
    )
    Mentorship.objects.filter(pk=made.pk).update(created_at=ago(created_days_ago))
    made.refresh_from_db()
    return made


def meeting(of: Mentorship, days_ago: float, *, status: str = "scheduled") -> Meeting:
    return Meeting.objects.create(mentorship=of, starts_at=ago(days_ago), status=status, agenda="Our plans")


def check_in(
    of: Mentorship,
    days_ago: float,
    satisfaction: int,
    *,
    author=None,
    wants_contact: bool = False,
    period=None,
) -> CheckIn:
    made = CheckIn.objects.create(
        mentorship=of,
        author=author or of.mentee.user,
        period=period or next(_serial),
        satisfaction=satisfaction,
        progress="SECRET-PROGRESS",
        blockers="SECRET-BLOCKER",
        wants_contact=wants_contact,
    )
    CheckIn.objects.filter(pk=made.pk).update(created_at=ago(days_ago))
    return made


def goal(of: Mentorship, *, status: str = "open", days_ago: float = 50) -> Goal:
    made = Goal.objects.create(
        mentorship=of,
        title="SECRET-GOAL",
        specific="s",
        measurable="m",
        achievable="a",
        relevant="r",
        due_on=NOW.date(),
        status=status,
    )
    Goal.objects.filter(pk=made.pk).update(created_at=ago(days_ago))
    return made


def assessment(enrolment, competence, phase: str, level: int, assessor: str = "self") -> Assessment:
    """Written directly, not through the service: call `assessment_start_levels_refresh` after."""
    return Assessment.objects.create(
        programme=enrolment.programme,
        enrolment=enrolment,
        competence=competence,
        phase=phase,
        assessor=assessor,
        level=level,
        assessed_by=enrolment.user,
    )
