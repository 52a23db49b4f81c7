"""Every figure against the hand-computed scene of conftest.py (raw values and the people behind them)."""

from datetime import timedelta

import pytest

from reports import figures
from reports.filters import Population

from .builders import NOW


@pytest.fixture
def whole(scene):
    return Population(programme=scene.regional)


def values(rows):
    return {row.key: tuple((f.value, f.n) for f in row.figures) for row in rows}


def test_the_funnel_counts_people_at_each_stage(whole):
    assert values(figures.funnel(whole)) == {
        "invited": ((6, 6),),
        "applied": ((21, 21),),
        "approved": ((20, 20),),
        "matched": ((14, 14),),
        "active": ((11, 11),),
        "completed": ((2, 2),),
    }


def test_the_funnel_of_one_organisation_counts_only_its_people(scene, whole):
    acme = whole.narrowed_to({scene.personas.acme.pk})

    assert values(figures.funnel(acme)) == {
        "invited": ((4, 4),),
        "applied": ((9, 9),),
        "approved": ((8, 8),),
        "matched": ((6, 6),),
        "active": ((5, 5),),
        "completed": ((0, 0),),
    }


def test_the_funnel_per_organisation_has_a_row_per_member(whole):
    rows = {
        organisation.key: {k: f.value for k, f in cells.items()}
        for organisation, cells in figures.organisation_breakdown(whole)
    }

    assert rows == {
        "acme": {"applied": 9, "approved": 8, "matched": 6, "active": 5, "completed": 0},
        "globex": {"applied": 4, "approved": 4, "matched": 2, "active": 1, "completed": 1},
        "initech": {"applied": 8, "approved": 8, "matched": 6, "active": 5, "completed": 1},
    }


def test_a_cohort_is_the_quarter_people_enrolled_in(scene, whole):
    spring = Population(programme=scene.regional, cohort="2026-Q2")

    assert values(figures.funnel(spring))["applied"] == ((2, 2),)
    assert values(figures.funnel(Population(programme=scene.regional, cohort="2025-Q4")))["applied"] == (
        (12, 12),
    )


def test_a_kind_of_mentoring_narrows_people_and_relationships_and_leaves_invitations_out(scene):
    skills = Population(programme=scene.regional, kind="skills-mentoring")

    funnel = values(figures.funnel(skills))
    assert funnel["applied"] == ((1, 1),)
    assert funnel["invited"] == ((None, 0),)
    assert values(figures.early_endings(skills)[1]) == {"no-time": ((1, 1),)}


def test_time_to_match_is_the_mean_days_from_approval_to_the_first_mentorship(whole):
    figure = figures.time_to_match(whole)

    assert figure.n == 8
    assert figure.value == pytest.approx(251 / 8)


def test_the_proposal_acceptance_rate_counts_answered_proposals(whole):
    assert values(figures.proposal_acceptance(whole)) == {
        "answered": ((8, 8),),
        "accepted": ((6, 8),),
        "rate": ((75.0, 8),),
    }


def test_health_follows_the_rule_of_meetings_check_ins_and_flags(whole):
    total, rows = figures.health(whole, now=NOW)

    assert (total.value, total.n) == (6, 6)
    assert values(rows) == {"on-track": ((3, 3),), "needs-attention": ((2, 2),), "too-early": ((1, 1),)}


def test_health_agrees_with_the_relationships_lists(scene, whole):
    from relationships.models import Mentorship
    from relationships.selectors import health_counts

    from .builders import check_in

    check_in(scene.m[6], 1, 1)  # and one more flag, from a check-in
    active = Mentorship.objects.filter(programme=scene.regional, status="active")
    theirs = health_counts(active, now=NOW)

    _total, rows = figures.health(whole, now=NOW)
    assert {row.key: row.figures[0].value for row in rows} == {
        state: theirs[state] for state in ("on-track", "needs-attention", "too-early")
    }


def test_a_young_relationship_with_only_an_older_meeting_is_on_track_as_in_the_lists(scene, whole):
    from relationships.models import Mentorship
    from relationships.selectors import health_counts

    from .builders import meeting

    meeting(scene.m[2], 70)  # m2 started 20 days ago: a meeting from before the attention window

    _total, rows = figures.health(whole, now=NOW)
    theirs = health_counts(Mentorship.objects.filter(programme=scene.regional, status="active"), now=NOW)
    assert values(rows)["on-track"] == ((4, 4),) and values(rows)["too-early"] == ((0, 0),)
    assert theirs["on-track"] == 4 and theirs["too-early"] == 0


def test_a_check_in_asking_for_the_coordinator_needs_attention(scene, whole):
    from .builders import check_in

    check_in(scene.m[4], 1, 5, wants_contact=True)

    _total, rows = figures.health(whole, now=NOW)
    assert values(rows)["needs-attention"] == ((3, 3),)


def test_meetings_held_leave_out_cancelled_and_future_ones(whole):
    total, months = figures.meetings_held(whole, now=NOW)

    assert (total.value, total.n) == (4, 4)
    assert values(months) == {"2026-04": ((1, 1),), "2026-06": ((3, 3),)}


def test_a_period_narrows_meetings_to_those_held_in_it(scene):
    june = Population(programme=scene.regional, start=(NOW - timedelta(days=15)).date(), end=NOW.date())

    total, _months = figures.meetings_held(june, now=NOW)
    assert total.value == 3


def test_goals_set_and_reached(whole):
    rows = values(figures.goals(whole))

    assert rows["set"] == ((6, 5),)
    assert rows["reached"] == ((2, 2),)
    assert rows["share"][0][0] == pytest.approx(100 * 2 / 6)


def test_check_in_satisfaction_per_month_counts_authors(whole):
    overall, months = figures.satisfaction(whole)

    assert (overall.value, overall.n) == (pytest.approx(11 / 3), 3)
    assert values(months) == {"2026-05": ((4.0, 1),), "2026-06": ((3.5, 2),)}


def test_early_endings_leave_out_the_end_of_the_cohort(whole):
    total, reasons = figures.early_endings(whole)

    assert (total.value, total.n) == (1, 1)
    assert values(reasons) == {"no-time": ((1, 1),)}


def test_competence_growth_compares_the_same_mentees_self_assessments(scene, whole):
    rows = values(figures.competence_growth(whole))

    assert rows[scene.first.slug] == ((2.0, 5), (3.4, 5), (pytest.approx(1.4), 5))
    assert rows[scene.second.slug] == ((3.0, 1), (4.0, 1), (1.0, 1))
    assert len(rows) == 2


def test_evaluation_results_are_means_per_question_and_role(scene, whole):
    rows = values(figures.evaluation_results(whole))

    assert rows == {str(scene.scale.public_id): ((4.0, 5), (4.0, 2))}


def test_an_organisation_filter_counts_relationships_with_either_side_in_it(scene, whole):
    globex = whole.narrowed_to({scene.personas.globex.pk})
    initech = whole.narrowed_to({scene.personas.initech.pk})

    assert figures.health(globex, now=NOW)[0].value == 1
    assert figures.health(initech, now=NOW)[0].value == 6


def test_the_funnel_summed_from_the_breakdown_is_the_funnel(whole):
    funnel, breakdown = figures.funnel_and_breakdown(whole)

    assert values(funnel) == values(figures.funnel(whole))
    assert len(breakdown) == 3


@pytest.mark.parametrize("organisations", [("acme",), ("globex",), ("acme", "initech")])
def test_the_own_people_counted_in_the_programme_query_are_those_of_the_own_report(scene, organisations):
    """A coordinator's programme report counts their own people in the same queries (`n_own`); they
    must be exactly the people behind the same figure of their own organisations' report."""
    ids = {getattr(scene.personas, key).pk for key in organisations}
    whole = Population(programme=scene.regional).whole_programme(own_ids=ids)
    own = Population(programme=scene.regional).narrowed_to(ids)

    def people(population, n):
        found = {}
        for name, rows in _every_figure(population).items():
            for row in rows:
                for i, figure in enumerate(row.figures):
                    found[(name, row.key, i)] = getattr(figure, n)
        return found

    in_programme, in_own = people(whole, "n_own"), people(own, "n")
    assert in_programme == {key: in_own.get(key, 0) for key in in_programme}
    assert any(in_programme.values())


def _every_figure(population):
    held, months = figures.meetings_held(population, now=NOW)
    active, health = figures.health(population, now=NOW)
    overall, satisfaction = figures.satisfaction(population)
    ended, reasons = figures.early_endings(population)
    return {
        "funnel": figures.funnel(population),
        "matching": [figures.Row("days", "", (figures.time_to_match(population),))]
        + figures.proposal_acceptance(population),
        "health": [figures.Row("total", "", (active,)), *health],
        "meetings": [figures.Row("total", "", (held,)), *months],
        "goals": figures.goals(population),
        "satisfaction": [figures.Row("total", "", (overall,)), *satisfaction],
        "endings": [figures.Row("total", "", (ended,)), *reasons],
        "competences": figures.competence_growth(population),
        "evaluation": figures.evaluation_results(population),
    }


def test_a_report_without_a_coordinator_viewing_counts_no_own_people(whole):
    for rows in _every_figure(whole).values():
        assert all(figure.n_own is None for row in rows for figure in row.figures)
