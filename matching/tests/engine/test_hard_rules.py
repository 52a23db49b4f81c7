"""Hard rules hold on every random pool, whatever the scores."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from matching.engine import Mentee, Mentor, Need, Rules, Tuning, solve

from .factory import allowed, random_pool

SMALL_GRAPH = Tuning(need_top_k=1, mentor_top_k=0)


def _index(mentees: list[Mentee], mentors: list[Mentor]) -> tuple[dict, dict, dict]:
    by_mentee = {m.key: m for m in mentees}
    by_mentor = {m.key: m for m in mentors}
    by_need = {n.key: n for m in mentees for n in m.needs}
    return by_mentee, by_mentor, by_need


def _check_rules(
    mentees: list[Mentee], mentors: list[Mentor], rules: Rules, tuning: Tuning | None = None
) -> None:
    result = solve(mentees, mentors, rules, tuning)
    by_mentee, by_mentor, by_need = _index(mentees, mentors)
    per_mentor = Counter(p.mentor for p in result.proposals)
    per_mentee = Counter(p.mentee for p in result.proposals)
    pairs = Counter((p.mentee, p.mentor) for p in result.proposals)
    needs = Counter(p.need for p in result.proposals)
    for p in result.proposals:
        mentee, mentor, need = by_mentee[p.mentee], by_mentor[p.mentor], by_need[p.need]
        assert need in mentee.needs
        if (p.need, p.mentor) not in rules.locked:
            assert allowed(mentee, mentor, need, rules)
    assert all(per_mentor[k] <= by_mentor[k].capacity for k in per_mentor)
    assert all(n <= rules.max_mentors_per_mentee for n in per_mentee.values())
    assert all(n == 1 for n in pairs.values()), "a mentor twice for one mentee"
    assert all(n == 1 for n in needs.values()), "two mentors for one need"
    assert rules.locked <= {(p.need, p.mentor) for p in result.proposals}
    assert {u.need for u in result.unmatched} | set(needs) == set(by_need)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**9))
def test_it_never_breaks_a_hard_rule_on_random_pools(seed: int) -> None:
    _check_rules(*random_pool(seed))


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9))
def test_it_never_breaks_a_hard_rule_when_the_candidate_graph_is_tiny(seed: int) -> None:
    _check_rules(*random_pool(seed), SMALL_GRAPH)


def _person(key: str, org: str, country: str = "NL", langs: tuple[str, ...] = ("en",)) -> dict:
    return {"key": key, "organisation": org, "country": country, "languages": frozenset(langs)}


def test_it_never_pairs_people_from_the_same_organisation() -> None:
    mentee = Mentee(**_person("e", "acme"), needs=(Need("n", "python"),))
    mentor = Mentor(**_person("m", "acme"), capacity=3, offers=("python",))
    result = solve([mentee], [mentor], Rules())
    assert result.proposals == []
    assert result.unmatched[0].reason == "rules"


def test_it_never_pairs_competitors_when_the_programme_forbids_it() -> None:
    mentee = Mentee(**_person("e", "acme"), needs=(Need("n", "python"),))
    mentor = Mentor(**_person("m", "globex"), capacity=3, offers=("python",))
    rivals = {frozenset(("globex", "acme"))}
    assert solve([mentee], [mentor], Rules(competitors=rivals)).proposals == []
    assert len(solve([mentee], [mentor], Rules(competitors=rivals, exclude_competitors=False)).proposals) == 1


def test_it_pairs_across_countries_only_in_cross_country_programmes() -> None:
    mentee = Mentee(**_person("e", "acme", "NL"), needs=(Need("n", "python"),))
    same = Mentor(**_person("m1", "globex", "NL"), capacity=1, offers=("python",))
    other = Mentor(**_person("m2", "initech", "DE"), capacity=1, offers=("python",))
    result = solve([mentee], [same], Rules(cross_country=True))
    assert result.proposals == [] and result.unmatched[0].reason == "rules"
    assert solve([mentee], [same, other], Rules(cross_country=True)).proposals[0].mentor == "m2"


def test_it_needs_a_shared_language() -> None:
    mentee = Mentee(**_person("e", "acme", langs=("fr",)), needs=(Need("n", "python"),))
    mentor = Mentor(**_person("m", "globex", langs=("de", "en")), capacity=1, offers=("python",))
    assert solve([mentee], [mentor], Rules()).proposals == []


def test_it_never_proposes_an_excluded_pair() -> None:
    mentee = Mentee(**_person("e", "acme"), needs=(Need("n", "python"),))
    mentor = Mentor(**_person("m", "globex"), capacity=1, offers=("python",))
    assert solve([mentee], [mentor], Rules(excluded_pairs={("e", "m")})).proposals == []


def test_it_keeps_locked_pairs_and_counts_them_against_capacity() -> None:
    mentees = [Mentee(**_person(f"e{i}", f"org{i}"), needs=(Need(f"n{i}", "python"),)) for i in range(3)]
    mentor = Mentor(**_person("m", "globex"), capacity=2, offers=("python",))
    result = solve(mentees, [mentor], Rules(locked={("n2", "m")}))
    assert ("n2", "m") in {(p.need, p.mentor) for p in result.proposals}
    assert len(result.proposals) == 2
    assert [p.locked for p in result.proposals].count(True) == 1


def test_it_never_gives_one_mentee_the_same_mentor_for_two_needs() -> None:
    mentee = Mentee(**_person("e", "acme"), needs=(Need("n1", "python"), Need("n2", "python")))
    mentor = Mentor(**_person("m", "globex"), capacity=2, offers=("python",))
    result = solve([mentee], [mentor], Rules(max_mentors_per_mentee=2))
    assert len(result.proposals) == 1
    assert result.unmatched[0].reason == "capacity"


def test_it_explains_why_a_need_stays_unmatched() -> None:
    mentees = [
        Mentee(**_person("e1", "acme"), needs=(Need("n1", "knitting"), Need("n2", "python"))),
        Mentee(**_person("e2", "initech"), needs=(Need("n3", "python"),)),
    ]
    mentor = Mentor(**_person("m", "globex"), capacity=1, offers=("python",))
    reasons = {u.need: u.reason for u in solve(mentees, [mentor], Rules(max_mentors_per_mentee=2)).unmatched}
    assert reasons["n1"] == "no_offer"
    assert "capacity" in {reasons.get("n2"), reasons.get("n3")}
