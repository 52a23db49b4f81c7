"""The figures of a programme report, each one or a few aggregate queries in the database.

No function here loops over rows in Python: counts are `Count(..., filter=Q(...))`, breakdowns
`values(...).annotate(...)`, and membership of a set is an uncorrelated `pk IN (subquery)`. Each
returns `Figure`s that carry the number of people behind them (see `core.suppression`); this module does
not suppress, the report (`selectors.report_build`) does, in one place.

The people behind a relationship figure are counted as distinct mentees (a lower bound of the
mentees and mentors involved), so suppression errs on the side of hiding.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection
from django.db.models import (
    Avg,
    Case,
    CharField,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.suppression import Figure, count
from matching.models import Proposal
from programmes.models import Enrolment, Invitation
from relationships.models import CheckIn, Goal, Meeting, Mentorship
from relationships.selectors import HEALTH_LABELS, LOW_SATISFACTION, NEEDS_ATTENTION, ON_TRACK, TOO_EARLY

from .filters import Population

APPROVED = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE, Enrolment.Status.ALUMNI)
COMPLETED_REASONS = (Mentorship.CloseReason.COHORT_ENDED, Mentorship.CloseReason.GOALS_REACHED)

FUNNEL = [
    ("invited", _("Invited")),
    ("applied", _("Applied")),
    ("approved", _("Approved")),
    ("matched", _("Matched")),
    ("active", _("Active")),
    ("completed", _("Completed")),
]
HEALTH = [(state, HEALTH_LABELS[state]) for state in (ON_TRACK, NEEDS_ATTENTION, TOO_EARLY)]


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    figures: tuple[Figure, ...]
    # A share: the keys of its part and its whole, rows of the same one-column table.
    share_of: tuple[str, str] | None = None
    # A part of a whole shown beside it: the whole minus this part and its people, never shown
    # itself (see `core.suppression.withhold_part_and_share`).
    rest: Figure | None = None


def _people(field: str, own: Q | None, *, filter: Q | None = None, name: str = "n") -> dict:
    """Aggregates counting the distinct people in `field`: `name`, and `name_own` (those of the
    viewer's own organisations, `own`) when the viewer is a coordinator reading the whole programme."""
    found = {name: Count(field, distinct=True, filter=filter)}
    if own is not None:
        found[f"{name}_own"] = Count(field, distinct=True, filter=own if filter is None else filter & own)
    return found


def _own_rows(own: Q | None, *, name: str = "n") -> dict:
    """`name_own`: rows matching `own`, where each row is a different person (see callers)."""
    return {f"{name}_own": Count("id", filter=own)} if own is not None else {}


def _figure(row: dict, value, *, n: str = "n", kind: str = "count") -> Figure:
    return Figure(value, row[n] or 0, kind=kind, n_own=row.get(f"{n}_own"))


# Enrolment funnel ---------------------------------------------------------------------------------
def _funnel_counts(population: Population) -> dict:
    # Uncorrelated `pk IN (subquery)` conditions: PostgreSQL hashes each subquery once.
    mentorships = Mentorship.objects.filter(programme=population.programme)
    active = mentorships.filter(status=Mentorship.Status.ACTIVE)
    completed = mentorships.filter(status=Mentorship.Status.CLOSED, close_reason__in=COMPLETED_REASONS)

    def member_of(queryset) -> Q:
        return Q(pk__in=queryset.values("mentee_id")) | Q(pk__in=queryset.values("mentor_id"))

    return {
        "applied": Count("id"),
        "approved": Count(
            "id",
            filter=Q(status__in=APPROVED) | Q(status=Enrolment.Status.WITHDRAWN, decided_at__isnull=False),
        ),
        "matched": Count("id", filter=member_of(mentorships)),
        "active": Count("id", filter=member_of(active)),
        "completed": Count("id", filter=Q(status=Enrolment.Status.ALUMNI) | member_of(completed)),
    }


def _by_organisation(population: Population) -> dict[int, dict[str, int]]:
    rows = population.enrolments().values("organisation_id").annotate(**_funnel_counts(population)).order_by()
    return {row.pop("organisation_id"): row for row in rows}


def funnel(population: Population, *, by_organisation: dict | None = None) -> list[Row]:
    """People at each stage: invited, applied (every enrolment), approved, matched, active, completed.

    Everyone has one organisation, so the stages are the sums of the organisations' counts (one
    grouped query, which `funnel_and_breakdown` shares with the breakdown), and the viewer's own
    people the sums over their organisations.
    """
    if by_organisation is None:
        by_organisation = _by_organisation(population)
    stages = [key for key, _label in FUNNEL[1:]]
    counts = {key: sum(row[key] for row in by_organisation.values()) for key in stages}
    own = population.own_ids
    if own is not None:
        mine = {key: sum(row[key] for org, row in by_organisation.items() if org in own) for key in stages}
    invitations = Invitation.objects.filter(programme=population.programme).filter(
        population.in_period("created_at")
    )
    if population.organisation_ids is not None:
        invitations = invitations.filter(organisation_id__in=population.organisation_ids)
    cohort = population.cohort_range()
    if cohort:
        invitations = invitations.filter(created_at__gte=cohort[0], created_at__lt=cohort[1])
    # An invitation names no kind of mentoring: with that filter the stage does not apply.
    if population.kind:
        invited = Figure(value=None, n=0)
    elif own is None:
        invited = count(invitations.count())
    else:
        sent = invitations.aggregate(n=Count("id"), n_own=Count("id", filter=Q(organisation_id__in=own)))
        invited = count(sent["n"], sent["n_own"])
    figures = {
        "invited": invited,
        **{key: count(value, mine[key] if own is not None else None) for key, value in counts.items()},
    }
    return [Row(key, str(label), (figures[key],)) for key, label in FUNNEL]


def organisation_breakdown(
    population: Population, *, by_organisation: dict | None = None
) -> list[tuple[object, dict[str, Figure]]]:
    """The funnel (from applied on) per member organisation, for the programme manager."""
    if by_organisation is None:
        by_organisation = _by_organisation(population)
    memberships = population.programme.memberships.select_related("organisation").order_by(
        "organisation__name"
    )
    if population.organisation_ids is not None:
        memberships = memberships.filter(organisation_id__in=population.organisation_ids)
    stages = [key for key, _label in FUNNEL[1:]]
    return [
        (
            membership.organisation,
            {key: count(by_organisation.get(membership.organisation_id, {}).get(key, 0)) for key in stages},
        )
        for membership in memberships
    ]


def funnel_and_breakdown(population: Population) -> tuple[list[Row], list]:
    """The funnel and its breakdown per organisation from one grouped query."""
    by_organisation = _by_organisation(population)
    return (
        funnel(population, by_organisation=by_organisation),
        organisation_breakdown(population, by_organisation=by_organisation),
    )


# Matching -----------------------------------------------------------------------------------------
def time_to_match(population: Population) -> Figure:
    """Mean days from a mentee's approval (or enrolment, when imported) to their first mentorship.

    One grouped join (each mentee's first mentorship), averaged by the database over that subquery.
    """
    result = (
        population.enrolments()
        # Filtering first makes it an inner join that the annotation reuses: matched mentees only.
        .filter(mentorships_as_mentee__programme=population.programme)
        .annotate(first=Min("mentorships_as_mentee__created_at"))
        .annotate(
            wait=ExpressionWrapper(
                F("first") - Coalesce("decided_at", "created_at"), output_field=DurationField()
            )
        )
        .aggregate(mean=Avg("wait"), **_people("id", population.own_enrolment_q()))
    )
    mean = result["mean"]
    days = mean.total_seconds() / 86400 if mean is not None else None
    return _figure(result, days, kind="days")


def proposal_acceptance(population: Population) -> list[Row]:
    """Proposals of match rounds that were answered, and the share accepted.

    The people behind each figure are the mentees or the mentors involved, whichever are more; the
    declined proposals' people are the rest of the accepted ones (answered minus accepted).
    """
    own = population.own_mentorship_q()
    declined = Q(status=Proposal.Status.DECLINED)
    result = (
        Proposal.objects.filter(population.mentorship_q())
        .filter(status__in=[Proposal.Status.ACCEPTED, Proposal.Status.DECLINED])
        .filter(population.in_period("responded_at"))
        .aggregate(
            answered=Count("id"),
            accepted=Count("id", filter=Q(status=Proposal.Status.ACCEPTED)),
            **_people("mentee", own, name="mentees"),
            **_people("mentor", own, name="mentors"),
            **_people("mentee", own, filter=declined, name="declined_mentees"),
            **_people("mentor", own, filter=declined, name="declined_mentors"),
        )
    )
    people, declined_people = _either_side(result, ""), _either_side(result, "declined_")
    rate = 100 * result["accepted"] / result["answered"] if result["answered"] else None
    rest = _figure(declined_people, result["answered"] - result["accepted"])
    return [
        Row("answered", str(_("Proposals answered")), (_figure(people, result["answered"]),)),
        Row("accepted", str(_("Proposals accepted")), (_figure(people, result["accepted"]),), rest=rest),
        Row(
            "rate",
            str(_("Acceptance rate")),
            (_figure(people, rate, kind="percent"),),
            share_of=("accepted", "answered"),
        ),
    ]


def _either_side(result: dict, prefix: str) -> dict:
    """The people behind proposals: their mentees or their mentors, whichever are more."""
    people = {"n": max(result[f"{prefix}mentees"], result[f"{prefix}mentors"])}
    if f"{prefix}mentees_own" in result:
        people["n_own"] = max(result[f"{prefix}mentees_own"], result[f"{prefix}mentors_own"])
    return people


# Relationships ------------------------------------------------------------------------------------
def mentorships(population: Population):
    return Mentorship.objects.filter(population.mentorship_q())


def with_health(queryset, *, programme, now: datetime):
    """Annotate each mentorship with `health`: "needs-attention", "on-track" or "too-early".

    The rule of `relationships.selectors.with_health` (the one lists of mentorships show), for the
    mentorships of one programme: needs attention when a check-in of the last `check_in_every_weeks`
    weeks has a satisfaction of 2 or less or asks for the coordinator, or when it is at least
    `attention_after_weeks` old and had no meeting held nor check-in in that time; too early to
    tell when younger, without meetings or check-ins yet; otherwise on track. Here every condition
    is an uncorrelated `pk IN (subquery)`, hashed once, instead of subqueries per row: the same
    answer, at a hundred thousand relationships in a fraction of the time (`test_figures` checks
    the two agree).
    """
    attention_cutoff = now - timedelta(weeks=programme.attention_after_weeks)
    check_in_cutoff = now - timedelta(weeks=programme.check_in_every_weeks)
    # The recent sets are not narrowed to the programme: the mentorships they are matched against
    # are, and joining each set to its mentorships costs more than the other programmes' few
    # recent rows they take in.
    held = Meeting.objects.filter(status=Meeting.Status.SCHEDULED, starts_at__lte=now)
    check_ins = CheckIn.objects.all()
    young = Q(started_at__gt=attention_cutoff) | Q(started_at__isnull=True, created_at__gt=attention_cutoff)
    # Every subquery is kept small (recent rows, or rows of young mentorships only), so that the
    # database hashes it once in memory rather than scanning it again for each mentorship.
    flagged = check_ins.filter(created_at__gte=check_in_cutoff).filter(
        Q(satisfaction__lte=LOW_SATISFACTION) | Q(wants_contact=True)
    )
    recent = Q(pk__in=held.filter(starts_at__gte=attention_cutoff).values("mentorship_id")) | Q(
        pk__in=check_ins.filter(created_at__gte=attention_cutoff).values("mentorship_id")
    )
    # The programme's young mentorships with any signal yet, a set like the others: a meeting and
    # a check-in index probe per young mentorship. The young ones are picked in a subquery of their
    # own so that the database expects a few thousand probes, not one per mentorship of the
    # programme, and so probes rather than hashing every meeting held.
    young_ones = Mentorship.objects.filter(young, programme=programme)
    young_with_signal = Q(
        pk__in=Mentorship.objects.filter(pk__in=young_ones)
        .filter(
            Exists(held.filter(mentorship=OuterRef("pk")))
            | Exists(check_ins.filter(mentorship=OuterRef("pk")))
        )
        .values("pk")
    )
    # The rule, its conditions all positive and in order: flagged -> needs attention; a recent
    # signal -> on track; young with an older signal -> on track; young without -> too early;
    # otherwise (not young, nothing recent) -> needs attention.
    return queryset.annotate(
        health=Case(
            When(Q(pk__in=flagged.values("mentorship_id")), then=Value(NEEDS_ATTENTION)),
            When(recent, then=Value(ON_TRACK)),
            When(young & young_with_signal, then=Value(ON_TRACK)),
            When(young, then=Value(TOO_EARLY)),
            default=Value(NEEDS_ATTENTION),
            output_field=CharField(),
        )
    )


def health(population: Population, *, now: datetime | None = None) -> tuple[Figure, list[Row]]:
    """Active relationships today, and how many are on track, need attention, are too early to tell."""
    active = mentorships(population).filter(status=Mentorship.Status.ACTIVE)
    people = _people("mentee", population.own_mentorship_q())
    rows = (
        with_health(active, programme=population.programme, now=now or timezone.now())
        .values("health")
        .annotate(value=Count("id"), **people)
        .order_by()
    )
    found = {row["health"]: row for row in rows}
    total = active.aggregate(value=Count("id"), **people)
    nobody = {"value": 0, "n": 0, "n_own": 0 if population.own_ids is not None else None}
    parts = [
        Row(key, str(label), (_figure(found.get(key, nobody), found.get(key, nobody)["value"]),))
        for key, label in HEALTH
    ]
    return _figure(total, total["value"]), parts


def _per_month(
    queryset, *, when: str, person: str, value, own: Q | None, kind: str = "count"
) -> tuple[Figure, list[Row]]:
    """`value` (an aggregate of a `v` column) and the distinct people, per month of `when` and in all
    (and the distinct people matching `own`, the viewer's organisations, when given).

    PostgreSQL answers the months and the total from one scan (GROUP BY ROLLUP); other databases
    (SQLite, in development and tests) from two queries.
    """
    # No ORDER BY (models order meetings by date): the rows are grouped, sorting them is waste.
    rows = queryset.order_by().annotate(month=TruncMonth(when), person=F(person), v=value[1])
    columns = ["month", "person", "v"]
    if own is not None:
        rows = rows.annotate(own=Case(When(own, then=Value(True)), default=Value(False)))
        columns.append("own")
    if connection.vendor == "postgresql":
        sql, params = rows.values(*columns).query.sql_with_params()
        own_people = ", COUNT(DISTINCT person) FILTER (WHERE own)" if own is not None else ""
        query = "SELECT month, {}(v), COUNT(DISTINCT person){} FROM ({}) AS r GROUP BY ROLLUP (month)"
        with connection.cursor() as cursor:
            cursor.execute(query.format(value[0], own_people, sql), params)
            found = [(month, x, n, mine[0] if mine else None) for month, x, n, *mine in cursor.fetchall()]
    else:
        aggregate = Avg if value[0] == "AVG" else Count
        people = _people("person", Q(own=True) if own is not None else None)
        months = rows.values("month").annotate(x=aggregate("v"), **people)
        total = rows.aggregate(x=aggregate("v"), **people)
        found = [(m["month"], m["x"], m["n"], m.get("n_own")) for m in months.order_by("month")] + [
            (None, total["x"], total["n"], total.get("n_own"))
        ]
    by_month = [
        Row(f"{month:%Y-%m}", f"{month:%Y-%m}", (Figure(_number(x), n, kind=kind, n_own=mine),))
        for month, x, n, mine in sorted((r for r in found if r[0] is not None), key=lambda r: r[0])
    ]
    total = next(
        (Figure(_number(x), n, kind=kind, n_own=mine) for month, x, n, mine in found if month is None),
        Figure(0, 0),
    )
    return total, by_month


def _number(value):
    """Decimal (PostgreSQL's AVG) to float; counts stay int."""
    return float(value) if value is not None and not isinstance(value, int) else value


def meetings_held(population: Population, *, now: datetime | None = None) -> tuple[Figure, list[Row]]:
    """Meetings held (scheduled, not cancelled, and already begun), in total and per month."""
    meetings = Meeting.objects.filter(
        population.mentorship_q("mentorship__"),
        status=Meeting.Status.SCHEDULED,
        starts_at__lte=now or timezone.now(),
    ).filter(population.in_period("starts_at"))
    return _per_month(
        meetings,
        when="starts_at",
        person="mentorship__mentee",
        value=("COUNT", F("id")),
        own=population.own_mentorship_q("mentorship__"),
    )


def goals(population: Population) -> list[Row]:
    """Goals set in the period, how many of them were reached, and the share."""
    set_in_period = Goal.objects.filter(population.mentorship_q("mentorship__")).filter(
        population.in_period("created_at")
    )
    reached = Q(status=Goal.Status.ACHIEVED)
    own = population.own_mentorship_q("mentorship__")
    result = set_in_period.aggregate(
        total=Count("id"),
        reached=Count("id", filter=reached),
        **_people("mentorship__mentee", own),
        **_people("mentorship__mentee", own, filter=reached, name="n_reached"),
        **_people("mentorship__mentee", own, filter=~reached, name="n_rest"),
    )
    share = 100 * result["reached"] / result["total"] if result["total"] else None
    rest = _figure(result, result["total"] - result["reached"], n="n_rest")
    return [
        Row("set", str(_("Goals set")), (_figure(result, result["total"]),)),
        Row(
            "reached",
            str(_("Goals reached")),
            (_figure(result, result["reached"], n="n_reached"),),
            rest=rest,
        ),
        Row(
            "share",
            str(_("Share reached")),
            (_figure(result, share, kind="percent"),),
            share_of=("reached", "set"),
        ),
    ]


def satisfaction(population: Population) -> tuple[Figure, list[Row]]:
    """Mean check-in satisfaction (1-5), overall and per month; people are the check-ins' authors."""
    check_ins = CheckIn.objects.filter(population.mentorship_q("mentorship__")).filter(
        population.in_period("created_at")
    )
    return _per_month(
        check_ins,
        when="created_at",
        person="author",
        value=("AVG", F("satisfaction")),
        own=population.own_mentorship_q("mentorship__"),
        kind="mean",
    )


def early_endings(population: Population) -> tuple[Figure, list[Row]]:
    """Relationships that ended before the cohort's end, by reason."""
    ended = (
        mentorships(population)
        .filter(status=Mentorship.Status.CLOSED)
        .exclude(close_reason__in=["", Mentorship.CloseReason.COHORT_ENDED])
        .filter(population.in_period("closed_at"))
    )
    people = _people("mentee", population.own_mentorship_q())
    total = ended.aggregate(value=Count("id"), **people)
    reasons = ended.values("close_reason").annotate(value=Count("id"), **people).order_by()
    found = {row["close_reason"]: row for row in reasons}
    rows = [
        Row(reason, str(label), (_figure(found[reason], found[reason]["value"]),))
        for reason, label in Mentorship.CloseReason.choices
        if reason in found
    ]
    return _figure(total, total["value"]), rows


# The viewer's own people, at most -----------------------------------------------------------------
def own_enrolments(population: Population) -> int:
    """The enrolments of the viewer's own organisations in the programme, over all time: at most the
    own people behind any figure counting enrolled people (see `selectors.BOUNDED_BY_OWN_ENROLMENTS`)."""
    if population.own_ids is None:
        raise ValueError("own_enrolments needs a population with own_ids")
    return Enrolment.objects.filter(population.own_enrolment_q(), programme=population.programme).count()


# Evaluation ---------------------------------------------------------------------------------------
def competence_growth(population: Population) -> list[Row]:
    """Per competence: mean self-assessed level at the start and at the end, and the mean growth
    (end minus start of the same mentee and competence), over mentees who assessed that competence
    at both; counted when the end assessment falls in the period.

    An end assessment carries its start's level (`start_level`, copied when either is given), so
    this is one scan of the end assessments.
    """
    from evaluation.models import Assessment, FrameworkCompetence

    rows = (
        Assessment.objects.filter(
            programme=population.programme,
            phase=Assessment.Phase.END,
            assessor=Assessment.Assessor.SELF,
            start_level__isnull=False,
        )
        .filter(population.enrolment_q("enrolment__"), population.in_period("created_at"))
        .values("competence_id")
        .annotate(
            start_mean=Avg("start_level"),
            end_mean=Avg("level"),
            growth=Avg(F("level") - F("start_level")),
            # One end assessment per mentee and competence: rows are people, no DISTINCT needed.
            n=Count("id"),
            **_own_rows(population.own_enrolment_q("enrolment__")),
        )
        .order_by()
    )
    found = {row["competence_id"]: row for row in rows}
    competences = FrameworkCompetence.objects.filter(
        framework__programme=population.programme, pk__in=list(found)
    ).select_related("framework")
    result = []
    for competence in sorted(competences, key=lambda c: (c.order, c.pk)):
        row = found[competence.pk]
        figures = tuple(
            _figure(row, float(row[key]), kind="mean") for key in ("start_mean", "end_mean", "growth")
        )
        result.append(Row(competence.slug, competence.label, figures))
    return result


def evaluation_results(population: Population) -> list[Row]:
    """Per scale question of the evaluation survey: the mean answer (1-5) of mentees and of mentors.

    Free-text answers are never read here.
    """
    from evaluation.models import SurveyAnswer, SurveyQuestion, SurveyResponse

    questions = {
        question.pk: question
        for question in SurveyQuestion.objects.filter(
            survey__programme=population.programme, kind=SurveyQuestion.Kind.SCALE
        )
    }
    # Answers carry their response's role, so the whole programme needs no join; filters pick
    # responses by a (hashed) set of them.
    answers = SurveyAnswer.objects.filter(question__in=list(questions), value__isnull=False)
    filters = population.enrolment_q("enrolment__") & population.in_period("submitted_at")
    if filters:
        answers = answers.filter(response__in=SurveyResponse.objects.filter(filters).values("pk"))
    # One response per person and role, one answer per question and response: answers are people,
    # no DISTINCT needed.
    found = defaultdict(lambda: {"mentee": [0, 0, 0], "mentor": [0, 0, 0]})
    for row in answers.values("question_id", "role").annotate(total=Sum("value"), n=Count("id")).order_by():
        found[row["question_id"]][row["role"]][:2] = row["total"], row["n"]
    own = population.own_enrolment_q()
    if own is not None:
        # The viewer's own answers by their responses (an index), not by testing every answer.
        own_responses = SurveyResponse.objects.filter(enrolment__in=Enrolment.objects.filter(own))
        own_answers = answers.filter(response__in=own_responses.values("pk"))
        for row in own_answers.values("question_id", "role").annotate(n=Count("id")).order_by():
            found[row["question_id"]][row["role"]][2] = row["n"]
    sections = dict(SurveyQuestion.Section.choices)
    order = list(sections)
    result = []
    answered = [questions[pk] for pk in found]
    for question in sorted(answered, key=lambda q: (order.index(q.section), q.order, q.pk)):
        figures = tuple(
            Figure(total / n if n else None, n, kind="mean", n_own=mine if own is not None else None)
            for total, n, mine in found[question.pk].values()
        )
        result.append(
            Row(str(question.public_id), f"{sections[question.section]}: {question.label}", figures)
        )
    return result
