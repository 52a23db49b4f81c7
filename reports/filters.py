"""What a report is computed over: a programme, optionally narrowed by filters.

- organisation: the people of these organisations; a relationship counts for an organisation
  when its mentee or its mentor belongs to it.
- cohort: the intake quarter, `2026-Q1`: people who enrolled in that quarter, and the
  relationships of mentees who did.
- kind: a kind of mentoring (`Need.Function`): mentees with a need of that kind, and relationships
  for a need of that kind.
- period (start, end; both days included): when things happened: enrolments made, relationships
  started, proposals answered, meetings held, check-ins given, goals set or reached, relationships
  ended in the period. Health is always today's.

`own_ids` is not a filter: when a coordinator reads the whole programme, each figure also counts
the people of their own organisations behind it (`Figure.n_own`), in the same query, so that a
programme figure whose remainder would describe a small group can be withheld.
"""

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.filters import ChoiceFilter
from programmes.models import Enrolment, Need, Programme

COHORT = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass(frozen=True)
class Population:
    programme: Programme
    organisation_ids: frozenset[int] | None = None
    cohort: str = ""
    kind: str = ""
    start: date | None = None
    end: date | None = None
    own_ids: frozenset[int] | None = None

    def narrowed_to(self, organisation_ids) -> "Population":
        return replace(self, organisation_ids=frozenset(organisation_ids), own_ids=None)

    def whole_programme(self, *, own_ids=None) -> "Population":
        """Every organisation; with `own_ids`, figures also count those organisations' people."""
        return replace(
            self, organisation_ids=None, own_ids=frozenset(own_ids) if own_ids is not None else None
        )

    # Ranges --------------------------------------------------------------------------------------
    def cohort_range(self) -> tuple[datetime, datetime] | None:
        match = COHORT.match(self.cohort)
        if not match:
            return None
        year, quarter = int(match.group(1)), int(match.group(2))
        first = date(year, 3 * quarter - 2, 1)
        after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return _at(first), _at(after)

    def in_period(self, field: str) -> Q:
        """`field` (a datetime) falls in the period; an empty Q when there is no period."""
        condition = Q()
        if self.start:
            condition &= Q(**{f"{field}__gte": _at(self.start)})
        if self.end:
            condition &= Q(**{f"{field}__lt": _at(self.end + timedelta(days=1))})
        return condition

    # Who is counted -------------------------------------------------------------------------------
    def enrolment_q(self, prefix: str = "") -> Q:
        """Conditions on an enrolment (through `prefix`, e.g. "response__enrolment__") except the period."""
        condition = Q()
        if self.organisation_ids is not None:
            condition &= Q(**{f"{prefix}organisation_id__in": self.organisation_ids})
        cohort = self.cohort_range()
        if cohort:
            condition &= Q(**{f"{prefix}created_at__gte": cohort[0], f"{prefix}created_at__lt": cohort[1]})
        if self.kind:
            # A subquery, not a join over needs, so that nobody is counted twice.
            kinds = Need.objects.filter(function=self.kind).values("enrolment_id")
            condition &= Q(**{f"{prefix}pk__in": kinds})
        return condition

    def own_enrolment_q(self, prefix: str = "") -> Q | None:
        """An enrolment (through `prefix`) of the viewer's own organisations; None without `own_ids`."""
        if self.own_ids is None:
            return None
        if not prefix:
            return Q(organisation_id__in=self.own_ids)
        # A (hashed) set of the own people's enrolments rather than a join to every row's enrolment.
        members = Enrolment.objects.filter(programme=self.programme, organisation_id__in=self.own_ids)
        return Q(**{f"{prefix}pk__in": members.values("pk")})

    def own_mentorship_q(self, prefix: str = "") -> Q | None:
        """A mentorship or proposal (through `prefix`) that counts for the viewer's own organisations,
        as `narrowed_to(own_ids)` would count it; None without `own_ids`."""
        if self.own_ids is None:
            return None
        return self._members_q(self.own_ids, prefix)

    def _members_q(self, organisation_ids, prefix: str) -> Q:
        members = Enrolment.objects.filter(programme=self.programme, organisation_id__in=organisation_ids)
        members = members.values("pk")
        return Q(**{f"{prefix}mentee__in": members}) | Q(**{f"{prefix}mentor__in": members})

    def mentorship_q(self, prefix: str = "") -> Q:
        """Conditions on a mentorship or proposal (through `prefix`, e.g. "mentorship__"), not the period.

        People are matched by `IN (enrolments of the programme that …)`: one small hashed set,
        rather than joining both sides' enrolments for every relationship.
        """
        condition = Q(**{f"{prefix}programme": self.programme})
        if self.organisation_ids is not None:
            condition &= self._members_q(self.organisation_ids, prefix)
        cohort = self.cohort_range()
        if cohort:
            intake = (
                Enrolment.objects.filter(programme=self.programme)
                .filter(created_at__gte=cohort[0], created_at__lt=cohort[1])
                .values("pk")
            )
            condition &= Q(**{f"{prefix}mentee__in": intake})
        if self.kind:
            condition &= Q(**{f"{prefix}need__function": self.kind})
        return condition

    def enrolments(self):
        queryset = Enrolment.objects.filter(programme=self.programme).filter(self.in_period("created_at"))
        return queryset.filter(self.enrolment_q())


def _at(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


class ReportFilterForm(forms.Form):
    cohort = forms.CharField(
        label=_("Cohort"),
        required=False,
        help_text=_("The quarter people enrolled in, e.g. 2026-Q1."),
        widget=forms.TextInput(attrs={"placeholder": "2026-Q1", "size": 8}),
    )
    kind = ChoiceFilter(
        name="kind",
        label=_("Kind of mentoring"),
        required=False,
        choices=[("", _("All kinds")), *Need.Function.choices],
    )
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_cohort(self):
        cohort = self.cleaned_data["cohort"].strip().upper()
        if cohort and not COHORT.match(cohort):
            raise forms.ValidationError(_("Write the cohort as a year and a quarter, e.g. 2026-Q1."))
        return cohort

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The period starts after it ends."))
        return data

    def problems(self) -> str:
        """Every error of a bound, invalid form, as one sentence per field (after `is_valid()`)."""
        return "; ".join(
            f"{field}: {' '.join(errors)}" if field != "__all__" else " ".join(errors)
            for field, errors in self.errors.items()
        )

    def population(self, programme: Programme) -> Population:
        """The filtered population; call after `is_valid()` (invalid fields are ignored)."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        return Population(
            programme=programme,
            cohort=data.get("cohort", "") or "",
            kind=data.get("kind", "") or "",
            start=data.get("start"),
            end=data.get("end"),
        )
