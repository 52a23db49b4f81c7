"""Reports as the actor may see them: scope, the figures, and suppression, in one place.

Scopes:
- the whole programme: the manager, with a breakdown per organisation; a coordinator, as
  aggregates only, each withheld unless the people outside the coordinator's organisations number
  five or more (so the programme minus their own figures never describes a small group);
- one organisation (`/reports/organisation/<key>/`): the manager for any member organisation, a
  coordinator for their own only; anyone else gets 404.
Every figure over fewer than five people is withheld (`core.suppression.Figure`), and whenever a
breakdown's total is shown, enough parts are withheld that the total minus the shown parts does
not describe fewer than five people.
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access import ProgrammeAccess
from core.suppression import (
    MIN_GROUP_SIZE,
    Figure,
    withhold_complements,
    withhold_differences,
    withhold_part_and_share,
)
from organisations.models import Organisation

from . import figures, parallel
from .figures import Row
from .filters import Population


@dataclass
class Table:
    key: str
    title: str
    label_header: str
    columns: tuple[str, ...]
    rows: list[Row]
    total: Row | None = None
    chart: str = ""  # "bars" (horizontal), "columns" (per month), "" (table only)
    chart_max: float | None = None
    note: str = ""
    disjoint: bool = False  # each person is behind one row at most (see `withhold_complements`)

    def all_rows(self) -> list[Row]:
        return [*self.rows, self.total] if self.total else list(self.rows)


@dataclass
class Report:
    programme: object
    organisation: Organisation | None
    population: Population
    tables: list[Table] = field(default_factory=list)
    generated_at: datetime | None = None

    @property
    def title(self) -> str:
        if self.organisation is not None:
            return _("%(organisation)s in %(programme)s") % {
                "organisation": self.organisation.name,
                "programme": self.programme.name,
            }
        return self.programme.name

    def table(self, key: str) -> Table:
        for table in self.tables:
            if table.key == key:
                return table
        raise Http404

    def key_figures(self) -> list[tuple[str, Figure]]:
        """The few figures a steering group reads first."""
        picks = [
            ("funnel", "applied", _("People enrolled")),
            ("funnel", "matched", _("People matched")),
            ("health", "total", _("Active relationships")),
            ("meetings", "total", _("Meetings held")),
            ("satisfaction", "total", _("Mean satisfaction (1-5)")),
            ("matching", "days", _("Days to a first match (mean)")),
        ]
        found = []
        for table_key, row_key, label in picks:
            table = self.table(table_key)
            row = next((r for r in table.all_rows() if r.key == row_key), None)
            if row is not None:
                found.append((label, row.figures[0]))
        return found


# Scope ------------------------------------------------------------------------------------------------
def report_organisation(*, access: ProgrammeAccess, key: str) -> Organisation:
    """A member organisation whose report the actor may open: any (manager), their own (coordinator)."""
    organisations = Organisation.objects.filter(memberships__programme=access.programme, key=key)
    if not access.is_manager:
        organisations = organisations.filter(pk__in=access.coordinated_organisation_ids)
    organisation = organisations.first()
    if organisation is None:
        raise Http404
    return organisation


def report_build(
    *,
    access: ProgrammeAccess,
    population: Population,
    organisation: Organisation | None = None,
    now: datetime | None = None,
) -> Report:
    """The report the actor may see: of one organisation, or of the whole programme."""
    if not (access.is_manager or access.is_coordinator):
        raise Http404
    now = now or timezone.now()
    if organisation is None:
        scoped = population.whole_programme()
    elif access.is_manager or organisation.pk in access.coordinated_organisation_ids:
        scoped = population.narrowed_to({organisation.pk})
    else:
        raise Http404
    with parallel.reading():  # one moment for every figure, however many connections read them
        if organisation is not None:
            tables = _tables(scoped, now=now)
        elif access.is_manager:
            tables = _tables(scoped, now=now, per_organisation=True)
        else:
            tables = _coordinator_tables(scoped, own_ids=access.coordinated_organisation_ids, now=now)
    return Report(
        programme=access.programme,
        organisation=organisation,
        population=scoped,
        tables=[_withhold_shares(_withhold_complements(table)) for table in tables],
        generated_at=now,
    )


# Assembly -------------------------------------------------------------------------------------------
def _tables(population: Population, *, now: datetime, per_organisation: bool = False) -> list[Table]:
    """The report's tables in order, every one over `population`."""
    builds = _builds({key: population for key, _build in TABLES}, now=now, per_organisation=per_organisation)
    return _in_order(_compute(builds))


def _builds(populations: dict[str, Population], *, now: datetime, per_organisation: bool = False) -> dict:
    """The computation of each table named in `populations`, over the population given for it."""
    builders = dict(TABLES)
    return {
        key: partial(builders[key], population, now=now, per_organisation=per_organisation)
        for key, population in populations.items()
    }


def _compute(builds: dict[str, Callable]) -> dict:
    """Each computation's result by name, computed side by side (`parallel.run`), the slowest first."""
    rank = {name: i for i, name in enumerate(SLOWEST_FIRST)}
    names = sorted(builds, key=lambda name: rank.get(name, len(rank)))
    return dict(zip(names, parallel.run([builds[name] for name in names]), strict=True))


def _in_order(results: dict[str, list[Table]]) -> list[Table]:
    return [table for key, _build in TABLES if key in results for table in results[key]]


def _funnel(population, *, now, per_organisation):
    if per_organisation:
        funnel, breakdown = figures.funnel_and_breakdown(population)
    else:
        funnel, breakdown = figures.funnel(population), None
    tables = [
        Table(
            "funnel",
            _("Enrolment funnel"),
            _("Stage"),
            (_("People"),),
            funnel,
            chart="bars",
            note=_("Applied counts every enrolment; invitations name no kind of mentoring."),
        )
    ]
    if breakdown is not None:
        stages = [str(label) for key, label in figures.FUNNEL[1:]]
        totals = {row.key: row.figures[0] for row in funnel}
        tables.append(
            Table(
                "organisations",
                _("Enrolment funnel per organisation"),
                _("Organisation"),
                tuple(stages),
                [
                    Row(organisation.key, organisation.name, tuple(cells.values()))
                    for organisation, cells in breakdown
                ],
                total=Row(
                    "total",
                    _("Whole programme"),
                    tuple(totals[key] for key, _label in figures.FUNNEL[1:]),
                ),
                disjoint=True,  # an enrolment has one organisation
            )
        )
    return tables


def _matching(population, **_ignored):
    days = figures.time_to_match(population)
    return [
        Table(
            "matching",
            _("Matching"),
            _("Figure"),
            (_("Value"),),
            [Row("days", _("Days from approval to a first mentorship (mean)"), (days,))]
            + figures.proposal_acceptance(population),
        )
    ]


def _health(population, *, now, **_ignored):
    active, health = figures.health(population, now=now)
    return [
        Table(
            "health",
            _("Active relationships and their health"),
            _("Health"),
            (_("Relationships"),),
            health,
            total=Row("total", _("Active relationships"), (active,)),
            chart="bars",
            note=_("Today's health, whatever the period."),
        )
    ]


def _meetings(population, *, now, **_ignored):
    held, months = figures.meetings_held(population, now=now)
    return [
        Table(
            "meetings",
            _("Meetings held per month"),
            _("Month"),
            (_("Meetings"),),
            months,
            total=Row("total", _("All months"), (held,)),
            chart="columns",
        )
    ]


def _goals(population, **_ignored):
    return [Table("goals", _("Goals"), _("Figure"), (_("Value"),), figures.goals(population))]


def _satisfaction(population, **_ignored):
    overall, satisfaction = figures.satisfaction(population)
    return [
        Table(
            "satisfaction",
            _("Check-in satisfaction per month"),
            _("Month"),
            (_("Mean (1-5)"),),
            satisfaction,
            total=Row("total", _("All months"), (overall,)),
            chart="columns",
            chart_max=5,
        )
    ]


def _endings(population, **_ignored):
    ended, reasons = figures.early_endings(population)
    return [
        Table(
            "endings",
            _("Early endings by reason"),
            _("Reason"),
            (_("Relationships"),),
            reasons,
            total=Row("total", _("All early endings"), (ended,)),
            chart="bars",
        )
    ]


def _competences(population, **_ignored):
    return [
        Table(
            "competences",
            _("Competence growth"),
            _("Competence"),
            (_("Start (mean)"), _("End (mean)"), _("Growth (mean)")),
            figures.competence_growth(population),
            chart="bars",
            note=_(
                "Self-assessments from 1 to 5 of mentees who assessed themselves at the start and the end."
            ),
        )
    ]


def _evaluation(population, **_ignored):
    return [
        Table(
            "evaluation",
            _("Evaluation results"),
            _("Question"),
            (_("Mentees (mean, 1-5)"), _("Mentors (mean, 1-5)")),
            figures.evaluation_results(population),
            chart="bars",
            chart_max=5,
            note=_("Answers from 1 (strongly disagree) to 5 (strongly agree); free text is never shown."),
        )
    ]


TABLES = [
    ("funnel", _funnel),
    ("matching", _matching),
    ("health", _health),
    ("meetings", _meetings),
    ("goals", _goals),
    ("satisfaction", _satisfaction),
    ("endings", _endings),
    ("competences", _competences),
    ("evaluation", _evaluation),
]

# The order the tables' queries are started in, the slowest first (`benchmarks/reports.py`), so
# that side by side the connections finish together.
SLOWEST_FIRST = (
    "meetings",
    "health",
    "funnel",
    "matching",
    "satisfaction",
    "evaluation",
    "competences",
    "goals",
    "endings",
)

# Tables over answers of enrolled people (assessments, survey answers): the viewer's own people
# behind any of their figures are at most the own organisations' enrolments, and counting them
# exactly would double the evaluation query. Every other table counts them in its own queries.
BOUNDED_BY_OWN_ENROLMENTS = ("competences", "evaluation")


def _coordinator_tables(population: Population, *, own_ids, now: datetime) -> list[Table]:
    """The whole programme as a coordinator sees it: each figure withheld unless five people or
    more behind it are outside their organisations.

    Most tables count the own people behind each figure in the same queries (`Figure.n_own`).
    The tables of `BOUNDED_BY_OWN_ENROLMENTS` are first decided by the number of own enrolments: a
    figure whose people exceed it by five or more is safe. Only such a table with a figure the
    bound cannot decide is computed again, counting the own people exactly.
    """
    counted = population.whole_programme(own_ids=own_ids)
    populations = {key: population if key in BOUNDED_BY_OWN_ENROLMENTS else counted for key, _build in TABLES}
    builds = _builds(populations, now=now)
    builds["bound"] = partial(figures.own_enrolments, counted)  # read at the same moment as the figures
    results = _compute(builds)
    bound = results.pop("bound")

    def counted_again(table: Table) -> bool:
        """A figure the bound cannot decide, or a total (its complements need every part's own people)."""
        if table.total is not None:
            return True
        return any(
            not figure.suppressed and figure.n - bound < MIN_GROUP_SIZE
            for row in table.rows
            for figure in row.figures
        )

    undecided = {key for key in BOUNDED_BY_OWN_ENROLMENTS if any(map(counted_again, results[key]))}
    if undecided:
        results.update(_compute(_builds(dict.fromkeys(undecided, counted), now=now)))
    for key in results:
        if key not in BOUNDED_BY_OWN_ENROLMENTS or key in undecided:
            results[key] = _withhold_differences(results[key])
    return _in_order(results)


def _withhold_differences(tables: list[Table]) -> list[Table]:
    """Withhold each programme figure whose remainder outside the viewer's organisations is a small group."""

    def fix(row: Row) -> Row:
        return replace(row, figures=tuple(withhold_differences(figure) for figure in row.figures))

    return [
        replace(
            table,
            rows=[fix(row) for row in table.rows],
            total=fix(table.total) if table.total else None,
        )
        for table in tables
    ]


def _withhold_complements(table: Table) -> Table:
    """Where a total is shown, withhold parts so that total minus shown parts is not a small group."""
    if table.total is None or not table.rows:
        return table
    columns = []
    for i in range(len(table.columns)):
        if table.total.figures[i].suppressed:
            columns.append([row.figures[i] for row in table.rows])
        else:
            columns.append(
                withhold_complements([row.figures[i] for row in table.rows], disjoint=table.disjoint)
            )
    rows = [
        replace(row, figures=tuple(columns[i][r] for i in range(len(table.columns))))
        for r, row in enumerate(table.rows)
    ]
    return replace(table, rows=rows)


def _withhold_shares(table: Table) -> Table:
    """Each share row and its part, as `withhold_part_and_share` allows: last, once every other
    rule has withheld what it must (a share goes with its part and its whole, whatever withheld them)."""
    rows = {row.key: row for row in table.rows}
    for row in table.rows:
        if row.share_of is None:
            continue
        part, whole = (rows[key] for key in row.share_of)
        # A part without a known rest is treated as if the rest were nobody: withheld with a whole.
        rest = part.rest if part.rest is not None else Figure(value=None, n=0)
        shown_part, share = withhold_part_and_share(
            whole=whole.figures[0], part=part.figures[0], rest=rest, share=row.figures[0]
        )
        rows[part.key] = replace(part, figures=(shown_part,))
        rows[row.key] = replace(row, figures=(share,))
    return replace(table, rows=list(rows.values()))


def report_organisations(*, access: ProgrammeAccess) -> list[Organisation]:
    """The organisations whose report the actor may open: all members (manager), their own (coordinator)."""
    organisations = Organisation.objects.filter(memberships__programme=access.programme)
    if not access.is_manager:
        organisations = organisations.filter(pk__in=access.coordinated_organisation_ids)
    return list(organisations.order_by("name"))
