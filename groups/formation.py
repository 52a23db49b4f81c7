"""Forming peer circles automatically: a pure function, no Django, so it is testable alone.

Input: the opted-in people (a key, an organisation, a seniority, the languages they speak) and the
bounds on a circle's size. Output: circles, as lists of keys, covering everyone exactly once.

What a good set of circles is, in order of priority:
1. sizes within [min_size, max_size] (always achieved when there are at least min_size people, and
   balanced: two circles differ by at most one person within a language group);
2. everyone in a circle shares a language (a circle that cannot talk together cannot work);
3. no two people from one organisation in a circle (peers speak freely with no colleague present);
4. similar seniority (peers face similar questions).

Heuristic:
1. Language groups by greedy set cover: take the language spoken by most unplaced people, give it
   all of them, repeat. A group smaller than min_size first borrows speakers of its language from
   larger groups (as long as those stay at least min_size); what is still too small joins the
   largest group (its language mismatch is then unavoidable for this heuristic).
2. Each language group of n people gets k circles, the count of circles closest to n / target_size
   that keeps sizes within the bounds. Its people are sorted by organisation (largest first), then
   seniority, and dealt round-robin into the k circles: consecutive people of one organisation go
   to different circles, so no circle holds two of an organisation of at most k people.
3. Local improvement: swap two people of different circles whenever the swap lowers the cost
   (language mismatches, then same-organisation pairs, then the spread of seniority, compared as a
   tuple, so a swap never trades a higher priority for a lower one). Swaps keep every size. Repeat
   until no swap improves or `max_passes` passes are done. Deterministic: same input, same circles.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from math import ceil


@dataclass(frozen=True)
class Peer:
    key: object
    organisation: object
    seniority: int
    languages: frozenset


def circle_count(n: int, *, min_size: int = 4, max_size: int = 8, target_size: int = 6) -> int:
    """How many circles n people make: the count closest to n / target within the size bounds."""
    if n <= 0:
        return 0
    low, high = ceil(n / max_size), n // min_size
    if low > high:  # too few people, or bounds too tight: respect the maximum
        return max(1, low)
    wanted = round(n / target_size)
    return min(max(wanted, low), high)


def form_circles(
    peers: list[Peer], *, min_size: int = 4, max_size: int = 8, target_size: int = 6, max_passes: int = 30
) -> list[list]:
    """Circles (lists of keys) of all peers, following the module's heuristic."""
    if not 2 <= min_size <= max_size:
        raise ValueError("Circle sizes need 2 <= min_size <= max_size.")
    target_size = min(max(target_size, min_size), max_size)
    circles: list[list[Peer]] = []
    for group in _language_groups(list(peers), min_size):
        k = circle_count(len(group), min_size=min_size, max_size=max_size, target_size=target_size)
        circles.extend(_deal(group, k))
    _improve(circles, max_passes)
    return [[peer.key for peer in circle] for circle in circles if circle]


def circle_problems(peers: list[Peer], *, min_size: int = 4, max_size: int = 8) -> list[tuple[str, object]]:
    """What is wrong with one circle, as (code, detail) pairs for the manager's review."""
    problems: list[tuple[str, object]] = []
    if len(peers) < min_size:
        problems.append(("too_small", len(peers)))
    if len(peers) > max_size:
        problems.append(("too_large", len(peers)))
    if peers and not shared_languages(peers):
        problems.append(("no_shared_language", None))
    counts = Counter(peer.organisation for peer in peers)
    for organisation, count in sorted(counts.items(), key=lambda item: str(item[0])):
        if count > 1:
            problems.append(("same_organisation", organisation))
    return problems


def shared_languages(peers: list[Peer]) -> frozenset:
    if not peers:
        return frozenset()
    common = set(peers[0].languages)
    for peer in peers[1:]:
        common &= peer.languages
    return frozenset(common)


def _language_groups(peers: list[Peer], min_size: int) -> list[list[Peer]]:
    unplaced = sorted(peers, key=lambda p: str(p.key))
    groups: list[tuple[object, list[Peer]]] = []
    while unplaced:
        spoken = Counter(language for peer in unplaced for language in peer.languages)
        if not spoken:
            groups.append((None, unplaced))
            break
        language = min(spoken, key=lambda lang: (-spoken[lang], str(lang)))
        groups.append((language, [p for p in unplaced if language in p.languages]))
        unplaced = [p for p in unplaced if language not in p.languages]
    _borrow_speakers(groups, min_size)
    big = [g for g in groups if len(g[1]) >= min_size]
    small = [p for g in groups if len(g[1]) < min_size for p in g[1]]
    if not big:
        return [[p for g in groups for p in g[1]]] if small else []
    big.sort(key=lambda g: -len(g[1]))
    big[0][1].extend(small)
    return [g[1] for g in big]


def _borrow_speakers(groups: list[tuple[object, list[Peer]]], min_size: int) -> None:
    """Fill a too-small language group with speakers of its language from groups that can spare them."""
    for language, members in groups:
        if language is None or len(members) >= min_size:
            continue
        for _other_language, others in groups:
            if others is members:
                continue
            for peer in [p for p in others if language in p.languages]:
                if len(members) >= min_size or len(others) <= min_size:
                    break
                others.remove(peer)
                members.append(peer)


def _deal(group: list[Peer], k: int) -> list[list[Peer]]:
    sizes = Counter(peer.organisation for peer in group)
    ordered = sorted(
        group, key=lambda p: (-sizes[p.organisation], str(p.organisation), p.seniority, str(p.key))
    )
    circles: list[list[Peer]] = [[] for _ in range(k)]
    for index, peer in enumerate(ordered):
        circles[index % k].append(peer)
    return circles


def _cost(circle: list[Peer]) -> tuple[int, int, float]:
    if not circle:
        return (0, 0, 0.0)
    mismatch = 0 if shared_languages(circle) else 1
    same = sum(c * (c - 1) // 2 for c in Counter(p.organisation for p in circle).values())
    mean = sum(p.seniority for p in circle) / len(circle)
    spread = sum((p.seniority - mean) ** 2 for p in circle)
    return (mismatch, same, round(spread, 9))


def _add(a: tuple, b: tuple) -> tuple:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _improve(circles: list[list[Peer]], max_passes: int) -> None:
    costs = [_cost(c) for c in circles]
    for _pass in range(max_passes):
        improved = False
        for a, b in _pairs_to_try(circles):
            improved |= _improve_pair(circles, costs, a, b)
        if not improved:
            return


def _pairs_to_try(circles: list[list[Peer]], window: int = 8) -> list[tuple[int, int]]:
    """Every pair of circles when they are few; else each with its neighbours by mean seniority."""
    n = len(circles)
    if n <= 3 * window:
        return [(a, b) for a in range(n) for b in range(a + 1, n)]
    order = sorted(range(n), key=lambda i: sum(p.seniority for p in circles[i]) / max(1, len(circles[i])))
    return [
        (min(order[x], order[y]), max(order[x], order[y]))
        for x in range(n)
        for y in range(x + 1, min(n, x + 1 + window))
    ]


def _improve_pair(circles, costs, a: int, b: int) -> bool:
    improved = False
    before = _add(costs[a], costs[b])
    for i in range(len(circles[a])):
        for j in range(len(circles[b])):
            first, second = circles[a], circles[b]
            if first[i].organisation == second[j].organisation and first[i].seniority == second[j].seniority:
                continue  # swapping them changes nothing that counts
            new_first = first[:i] + [second[j]] + first[i + 1 :]
            new_second = second[:j] + [first[i]] + second[j + 1 :]
            cost_first, cost_second = _cost(new_first), _cost(new_second)
            after = _add(cost_first, cost_second)
            if after < before:
                circles[a], circles[b] = new_first, new_second
                costs[a], costs[b] = cost_first, cost_second
                before = after
                improved = True
    return improved


def organisation_pairs_avoidable(peers: list[Peer], circles: int) -> bool:
    """True when no organisation has more people than there are circles (so no pair is needed)."""
    counts = defaultdict(int)
    for peer in peers:
        counts[peer.organisation] += 1
    return all(count <= circles for count in counts.values())
