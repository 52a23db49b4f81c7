"""The candidate graph as a max-flow min-cost problem (OR-Tools) and its dual prices.

Network (one unit of flow = one need matched to one mentor)::

    source -> mentee          "first" arc: capacity 1, cost -B (first-mentor bonus)
    source -> mentee          "extra" arc: capacity allowance - 1, cost 0
    mentee -> need            capacity 1: one mentor per need
    need   -> mentor          capacity 1, cost -score
    need   -> pair -> mentor  instead, when two needs of a mentee could use the
                              same mentor: the pair node passes 1 unit at most,
                              so a mentor is never given twice to one mentee
    mentor -> sink            capacity = capacity left

OR-Tools finds a maximum flow (objective 2: most needs matched) of least cost.
A maximum-first flow can always be augmented to a maximum flow without losing
first arcs (augmenting paths never push flow back into the source), so among
maximum flows the most mentees with a mentor (objective 1) is the overall
most; B exceeds any total score, so it wins over score (objective 3).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from ortools.graph.python import min_cost_flow
from scipy.sparse.csgraph import breadth_first_order

SOURCE, SINK = 0, 1
INT64_MAX = (1 << 63) - 1


@dataclass
class Graph:
    tails: np.ndarray
    heads: np.ndarray
    capacities: np.ndarray
    costs: np.ndarray
    n_nodes: int
    supply: int
    # node ids
    mentee_node: np.ndarray  # per graph mentee
    need_node: np.ndarray  # per graph need
    mentor_node: np.ndarray  # per graph mentor
    mentees: np.ndarray  # problem positions of graph mentees
    needs: np.ndarray
    mentors: np.ndarray
    # arcs of each kind: slices into the arc arrays
    first: slice
    extra: slice
    pair: slice
    # per pair arc: problem positions and exact integer score
    pair_need: np.ndarray
    pair_mentor: np.ndarray
    pair_score: np.ndarray
    bonus: int


@dataclass
class Flow:
    flows: np.ndarray
    cost: int
    seconds: float
    # The residual graph, computed once (prices, reachability and the first-arc test share it).
    residual_arcs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None


def build(
    need: np.ndarray,
    mentor: np.ndarray,
    score: np.ndarray,
    *,
    need_mentee: np.ndarray,
    allowance: np.ndarray,
    capacity: np.ndarray,
    has_lock: np.ndarray,
    priority: bool,
    max_score: int,
    safe: bool = False,
) -> Graph:
    """Network of the candidate arcs (problem positions, exact int scores)."""
    needs, need_local = _compact(need, len(need_mentee))
    mentees, mentee_of_need = _compact(need_mentee[needs], len(allowance))
    mentors, mentor_local = _compact(mentor, len(capacity))
    mentee_node = 2 + np.arange(len(mentees))
    need_node = 2 + len(mentees) + np.arange(len(needs))
    base = 2 + len(mentees) + len(needs)
    mentor_node = base + np.arange(len(mentors))
    pair_head, gadget_tail, gadget_head, n_nodes = _pair_heads(
        mentee_of_need[need_local], mentor_local, mentor_node, base + len(mentors)
    )
    allow = allowance[mentees]
    first_cap = ((~has_lock[mentees]) & priority & (allow > 0)).astype(np.int64)
    extra_cap = allow - first_cap
    supply = int(allow.sum())
    caps = capacity[mentors].astype(np.int64)
    bonus = _bonus(priority, safe, max_score, int(min(len(needs), caps.sum())))
    if bonus * (n_nodes + 2) * 4 > INT64_MAX:
        raise ValueError("instance too large for exact integer costs")
    parts = [
        (np.full(len(mentees), SOURCE), mentee_node, first_cap, np.full(len(mentees), -bonus)),
        (np.full(len(mentees), SOURCE), mentee_node, extra_cap, np.zeros(len(mentees), np.int64)),
        (
            mentee_node[mentee_of_need],
            need_node,
            np.ones(len(needs), np.int64),
            np.zeros(len(needs), np.int64),
        ),
        (need_node[need_local], pair_head, np.ones(len(need), np.int64), -score.astype(np.int64)),
        (gadget_tail, gadget_head, np.ones(len(gadget_tail), np.int64), np.zeros(len(gadget_tail), np.int64)),
        (mentor_node, np.full(len(mentors), SINK), caps, np.zeros(len(mentors), np.int64)),
    ]
    tails, heads, capacities, costs = (
        np.concatenate([p[i] for p in parts]).astype(np.int64) for i in range(4)
    )
    n_pair_start = 2 * len(mentees) + len(needs)
    return Graph(
        tails=tails,
        heads=heads,
        capacities=capacities,
        costs=costs,
        n_nodes=n_nodes,
        supply=supply,
        mentee_node=mentee_node,
        need_node=need_node,
        mentor_node=mentor_node,
        mentees=mentees,
        needs=needs,
        mentors=mentors,
        first=slice(0, len(mentees)),
        extra=slice(len(mentees), 2 * len(mentees)),
        pair=slice(n_pair_start, n_pair_start + len(need)),
        pair_need=need,
        pair_mentor=mentor,
        pair_score=score.astype(np.int64),
        bonus=bonus,
    )


def _compact(values: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(values, return_inverse=True) for ints in [0, size), in linear time."""
    present = np.zeros(size, bool)
    present[values] = True
    position = np.cumsum(present) - 1
    return np.flatnonzero(present), position[values]


def _bonus(priority: bool, safe: bool, max_score: int, most_needs: int) -> int:
    """Cost bonus of a first arc.

    The safe bonus exceeds any total score, so the least-cost maximum flow
    always has the most first arcs.  A small one (a few pair scores) makes
    OR-Tools 2-3x faster and is nearly always enough; the proof checks that
    no residual cycle could add a first arc, and the solver falls back to the
    safe bonus when one could.
    """
    if not priority:
        return 0
    return 2 * max_score * most_needs + 1 if safe else 4 * max_score + 1


def _pair_heads(
    mentee_of_arc: np.ndarray, mentor_of_arc: np.ndarray, mentor_node: np.ndarray, next_node: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Head of each need->mentor arc: the mentor, or a pair node when shared."""
    key = mentee_of_arc.astype(np.int64) * max(len(mentor_node), 1) + mentor_of_arc
    uniq, group, counts = np.unique(key, return_inverse=True, return_counts=True)
    shared = counts[group] > 1
    gadget_id = np.cumsum(counts > 1) - 1
    gadget_node = next_node + gadget_id
    heads = np.where(shared, gadget_node[group], mentor_node[mentor_of_arc])
    multi = np.nonzero(counts > 1)[0]
    gadget_tail = next_node + gadget_id[multi]
    gadget_head = mentor_node[uniq[multi] % max(len(mentor_node), 1)]
    return heads, gadget_tail, gadget_head, next_node + len(multi)


def solve(graph: Graph) -> Flow:
    start = time.perf_counter()
    solver = min_cost_flow.SimpleMinCostFlow()
    arcs = solver.add_arcs_with_capacity_and_unit_cost(
        graph.tails.astype(np.int32),
        graph.heads.astype(np.int32),
        graph.capacities.astype(np.int64),
        graph.costs.astype(np.int64),
    )
    supplies = np.zeros(graph.n_nodes, np.int64)
    supplies[SOURCE], supplies[SINK] = graph.supply, -graph.supply
    solver.set_nodes_supplies(np.arange(graph.n_nodes, dtype=np.int32), supplies)
    status = solver.solve_max_flow_with_min_cost()
    if status != solver.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed: {status}")
    flows = np.asarray(solver.flows(arcs), np.int64)
    return Flow(flows, int(solver.optimal_cost()), time.perf_counter() - start)


def residual(graph: Graph, flow: Flow) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Arcs (tails, heads, costs) that can still carry flow, either way."""
    if flow.residual_arcs is not None:
        return flow.residual_arcs
    forward = flow.flows < graph.capacities
    backward = flow.flows > 0
    tails = np.concatenate([graph.tails[forward], graph.heads[backward]])
    heads = np.concatenate([graph.heads[forward], graph.tails[backward]])
    costs = np.concatenate([graph.costs[forward], -graph.costs[backward]])
    flow.residual_arcs = (tails, heads, costs)
    return tails, heads, costs


def potentials(graph: Graph, flow: Flow, max_passes: int = 100_000) -> np.ndarray:
    """Node prices p with c(u,v) + p(u) - p(v) >= 0 on every residual arc.

    Shortest distances from a virtual root joined to every node at cost 0;
    they exist because an optimal flow leaves no negative residual cycle.
    Computed by Bellman-Ford passes over all arcs at once (numpy): it needs
    only as many passes as the longest shortest path has arcs, tens here,
    where scipy's node-by-node Bellman-Ford takes minutes.  A pass relaxes
    only the arcs whose tail changed in the previous one (all of them, by
    a sorted reduction, while that is most arcs).
    """
    tails, heads, costs = residual(graph, flow)
    order = np.argsort(heads, kind="stable")
    sorted_tails, sorted_costs = tails[order], costs[order]
    sorted_heads = heads[order]
    starts = np.flatnonzero(np.r_[True, sorted_heads[1:] != sorted_heads[:-1]]) if len(heads) else heads
    targets = sorted_heads[starts]
    price = np.zeros(graph.n_nodes, np.int64)
    changed = np.ones(graph.n_nodes, bool)
    for _ in range(max_passes):
        active = np.flatnonzero(changed[tails])
        before = price.copy()
        if len(active) * 4 > len(tails):
            best = np.minimum.reduceat(price[sorted_tails] + sorted_costs, starts)
            price[targets] = np.minimum(price[targets], best)
        else:
            np.minimum.at(price, heads[active], price[tails[active]] + costs[active])
        changed = price < before
        if not changed.any():
            return price
    raise RuntimeError("no prices found: the flow is not optimal")


def reachable(graph: Graph, flow: Flow) -> tuple[np.ndarray, np.ndarray]:
    """Nodes the source reaches, and nodes that reach the sink, in the residual graph."""
    tails, heads, _ = residual(graph, flow)
    n = graph.n_nodes
    return _bfs(n, tails, heads, np.array([SOURCE])), _bfs(n, heads, tails, np.array([SINK]))


def reduced_costs(graph: Graph, flow: Flow, price: np.ndarray) -> np.ndarray:
    """Reduced cost of every residual arc (all >= 0 when the prices certify optimality)."""
    tails, heads, costs = residual(graph, flow)
    return costs + price[tails] - price[heads]


def _bfs(n: int, tails: np.ndarray, heads: np.ndarray, sources: np.ndarray) -> np.ndarray:
    """Nodes reached from any of the sources (bool per node)."""
    root = n
    tails = np.concatenate([tails, np.full(len(sources), root)])
    heads = np.concatenate([heads, sources])
    matrix = sp.csr_matrix((np.ones(len(tails), np.int8), (tails, heads)), shape=(n + 1, n + 1))
    seen = np.zeros(n + 1, bool)
    seen[breadth_first_order(matrix, root, directed=True, return_predecessors=False)] = True
    return seen[:n]


def first_arc_sets(graph: Graph, flow: Flow) -> tuple[np.ndarray, np.ndarray]:
    """Where a cycle adding a first arc would start, and from where it could close.

    Such a cycle leaves the source by an empty first arc, wanders the residual
    graph (not through the source) and comes back by an extra arc carrying
    flow.  Returns (reached from an empty first arc, reaching a used extra arc).
    """
    if graph.bonus == 0:
        nothing = np.zeros(graph.n_nodes, bool)
        return nothing, nothing
    tails, heads, _ = residual(graph, flow)
    inner = (tails != SOURCE) & (heads != SOURCE)
    tails, heads = tails[inner], heads[inner]
    first = graph.first
    starts = graph.heads[first][(graph.capacities[first] > 0) & (flow.flows[first] == 0)]
    ends = graph.heads[graph.extra][flow.flows[graph.extra] > 0]
    return _bfs(graph.n_nodes, tails, heads, starts), _bfs(graph.n_nodes, heads, tails, ends)
