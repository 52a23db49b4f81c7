"""Small-group suppression: the one rule, for the whole product, that decides whether a figure may
be shown.

Every aggregate about people that a page, the API or an export shows (a report's figures, the
Organisations view's counts, e-learning completion per organisation, survey results) is a
`Figure`: its value and `n`, the number of people behind it. A figure over fewer than
`MIN_GROUP_SIZE` people is withheld and rendered "fewer than 5" everywhere, whoever reads it; `n`
itself never leaves the server, so a withheld figure does not leak its size either. This module
imports no domain app: every app uses it, it uses none.

Differencing. A withheld figure can sometimes be recovered from figures that are shown:
1. A total minus the shown parts of a breakdown gives the withheld parts. `withhold_complements`
   withholds further parts (the smallest first) until the withheld parts together surely cover
   at least five people (outside the coordinator's own organisations, in a coordinator's view of
   the programme), so the difference describes a group of five or more. A part of a whole that is
   not a breakdown (goals reached of goals set) has one hidden complement, the rest:
   `withhold_part_and_share`.
2. A share of a shown whole gives its part back (10 goals set, 30% reached: 3), so a share is
   withheld whenever its part or its whole is (`withhold_part_and_share`).
3. A coordinator sees their own organisation's figures and the programme's; the programme minus
   their organisation describes everyone else. Each programme figure a coordinator sees carries
   `n_own`, the people of their organisations behind it (counted in the same query), and
   `withhold_differences` withholds it unless the people outside number five or more.
Residual risks, accepted and documented in README: stages of the enrolment funnel are counts of
nested groups, so the difference of two shown stages is the number of people between them (a
count, never anyone's data); and two reports with filters that differ slightly (a period one day
longer) can differ by fewer than five people. Only counts and means over five or more people are
ever shown, and no report contains free text, so what differencing can reveal is at most a count
or a mean over a group the viewer chose.
"""

from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _

MIN_GROUP_SIZE = 5
# The withheld figure's text names MIN_GROUP_SIZE (a test keeps the two together); the short form
# labels the narrow columns of a chart.
FEWER_THAN = _("fewer than 5")
FEWER_THAN_SHORT = f"<{MIN_GROUP_SIZE}"


@dataclass(frozen=True)
class Figure:
    """A number and the people behind it. `kind` says how to render it: count, mean, percent, days.

    `n_own`: of those people, the ones of the viewing coordinator's own organisations (None when the
    report is not a coordinator's view of the whole programme).
    """

    value: float | int | None
    n: int
    kind: str = "count"
    withheld: bool = False
    n_own: int | None = None

    @property
    def suppressed(self) -> bool:
        return self.withheld or self.n < MIN_GROUP_SIZE

    @property
    def shown(self) -> float | int | None:
        """The value if it may be shown, else None."""
        return None if self.suppressed else self.value

    def withhold(self) -> "Figure":
        return replace(self, withheld=True)

    def display(self) -> str:
        if self.suppressed:
            return str(FEWER_THAN)
        if self.value is None:
            return "–"
        if self.kind == "mean":
            return f"{self.value:.1f}"
        if self.kind == "percent":
            return f"{self.value:.0f}%"
        if self.kind == "days":
            return f"{self.value:.1f}"
        return f"{self.value:,}".replace(",", "\u202f")

    def export(self) -> float | int | str | None:
        """The value for a CSV/XLSX cell or JSON: the number, or "fewer than 5"."""
        if self.suppressed:
            return str(FEWER_THAN)
        if isinstance(self.value, float):
            return round(self.value, 2)
        return self.value

    def __str__(self) -> str:
        return self.display()


def count(value: int | None, own: int | None = None) -> Figure:
    """A count of people: the people behind it are the count itself (`own` of them the viewer's)."""
    value = value or 0
    return Figure(value=value, n=value, n_own=own)


def withhold_complements(parts: list[Figure], *, disjoint: bool = False) -> list[Figure]:
    """Withhold parts of a breakdown until the withheld ones together cover five people or more
    outside the viewer's own organisations (`outside`).

    Used whenever the breakdown's total (or overall figure) is shown: the total minus the shown
    parts must not describe a group smaller than five, nor one that a coordinator, taking away
    their own people, could narrow to fewer than five. If nothing is withheld nothing changes.

    Parts may share people (the same mentees meet every month; a mentee with two mentorships can
    be in two states), so the people the withheld parts cover together are only known to be at
    least those of the largest. Only when each person is in one part at most (`disjoint`: one
    organisation each) are they the sum.
    """
    withheld = [i for i, part in enumerate(parts) if part.suppressed]
    if not withheld:
        return list(parts)
    together = sum if disjoint else max
    result = list(parts)
    covered = together(outside(parts[i]) for i in withheld)
    candidates = sorted((i for i, part in enumerate(parts) if not part.suppressed), key=lambda i: parts[i].n)
    for i in candidates:
        if covered >= MIN_GROUP_SIZE:
            break
        result[i] = parts[i].withhold()
        covered = together((covered, outside(parts[i])))
    return result


def outside(figure: Figure) -> int:
    """The people behind a figure outside the viewer's own organisations (all, without `n_own`)."""
    return figure.n - (figure.n_own or 0)


def withhold_differences(programme_figure: Figure) -> Figure:
    """A programme figure shown to a coordinator, who also sees their own organisations' figures:
    withheld unless the people outside their organisations (`n - n_own`) are five or more."""
    if outside(programme_figure) < MIN_GROUP_SIZE:
        return programme_figure.withhold()
    return programme_figure


def withhold_part_and_share(
    *, whole: Figure, part: Figure, rest: Figure, share: Figure
) -> tuple[Figure, Figure]:
    """A part of a whole (goals reached of goals set) and its share, as far as they may be shown.

    `rest` is the whole minus the part (its people: goals not reached and who set them), never
    shown itself. With the whole shown, whole minus part gives the rest: the part is withheld unless
    the rest covers five people or more. A share is withheld whenever its part or its whole is: with
    the whole shown, the share gives the part back.
    """
    if not whole.suppressed:
        part = withhold_complements([part, rest.withhold()])[0]
    if part.suppressed or whole.suppressed:
        share = share.withhold()
    return part, share
