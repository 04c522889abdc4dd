"""The frontier: every non-dominated package of stays for the two houses of one set of terms.

A package is non-dominated when no other gives one house more without giving the other
less. The points are found by the epsilon-constraint method on the exchange model without
transfers: the two extremes (the best for each house, then the best for the other with it
kept), then for evenly spaced floors on the second house's gain, the best for the first
house, then the second with that kept; each lexicographic optimum is one solve of a weighted
objective, started from the package best for the second house (which meets every floor).
Every point is a proven lexicographic optimum when CP-SAT says so; points between two found
ones may exist (the list is a sample of the frontier, ``most`` points at most, always with
both extremes).
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Candidate, GuestOption
from etoile.solvers.cpsat import solve_cp_sat
from etoile.solvers.exchange.model import ExchangeParams, add_hint, build_model
from etoile.solvers.exchange.objective import gain_bound


@dataclass(frozen=True)
class Package:
    """A package of stays and the leads its guests dance; gains in common currency."""

    chosen: tuple[Candidate, ...]
    danced: dict[int, list[GuestOption]]
    gains: dict[str, float]

    @property
    def key(self) -> tuple[float, ...]:
        """The gains, in house order (for deduplication)."""
        return tuple(self.gains[h] for h in sorted(self.gains))


def _lexmax(
    problem: ExchangeProblem,
    params: ExchangeParams,
    allowed: set[int],
    first: str,
    second: str,
    floor: int | None,
    hint: Package | None = None,
) -> Package | None:
    model, v = build_model(problem)
    if hint is not None:
        # A package that meets the floor (the best one for ``second``): the search starts from
        # a plan, not from nothing, whatever its budget.
        add_hint(model, problem, v, hint.chosen, hint.danced)
    for c in problem.candidates:
        if c.index not in allowed:
            model.add(v.go[c.index] == 0)
    if floor is not None:
        model.add(v.gain[second] >= floor)
    # Lexicographic in one solve: one unit of ``first`` outweighs any change of ``second``
    # (whose gain lies within +-gain_bound).
    weight = 2 * gain_bound(problem) + 1
    model.maximize(weight * v.gain[first] + v.gain[second])
    solver = solve_cp_sat(model, params.cp_sat())
    if not solver.has_solution:
        return None
    chosen = tuple(c for c in problem.candidates if solver.boolean_value(v.go[c.index]))
    danced: dict[int, list[GuestOption]] = {c.index: [] for c in chosen}
    for i, o in enumerate(problem.options):
        if o.candidate in danced and solver.boolean_value(v.dance[v.lead_of[i]]):
            danced[o.candidate].append(o)
    gains = {h: float(solver.value(g)) for h, g in v.gain.items()}
    return Package(chosen, danced, gains)


def frontier(
    problem: ExchangeProblem,
    pair: tuple[str, str],
    terms: str | None = None,
    params: ExchangeParams | None = None,
    most: int = 6,
    left_out: frozenset[str] = frozenset(),
) -> list[Package]:
    """The non-dominated packages for ``pair`` = (house a, house b), best for ``a`` first.

    Only stays of ``terms`` (None: every stay between the two houses) are considered, and none
    of a dancer in ``left_out`` (who may not travel, as in the decision this frontier is drawn
    around); each solve gets ``params.time_limit`` deterministic time.

    Parameters
    ----------
    problem
        The valued exchange problem.
    pair
        The two houses.
    terms
        The id of the terms whose stays count.
    params
        The budget of each solve; two deterministic seconds when None.
    most
        The most points to look for, both extremes included.
    left_out
        Dancer ids whose stays are barred.

    Returns
    -------
    list[Package]
        The distinct non-dominated points, by ``a``'s gain (highest first); empty when neither
        extreme is found.
    """
    params = params or ExchangeParams(time_limit=2.0)
    a, b = pair
    allowed = {
        c.index
        for c in problem.candidates
        if {c.home, c.host} == {a, b}
        and (terms is None or c.terms == terms)
        and c.dancer not in left_out
    }
    top_a = _lexmax(problem, params, allowed, a, b, None)
    top_b = _lexmax(problem, params, allowed, b, a, None)
    found = [p for p in (top_a, top_b) if p is not None]
    if top_a is not None and top_b is not None and most > 2:
        lo, hi = top_a.gains[b], top_b.gains[b]
        for k in range(1, most - 1):
            floor = round(lo + (hi - lo) * k / (most - 1))
            point = _lexmax(problem, params, allowed, a, b, floor, top_b)
            if point is not None:
                found.append(point)
    unique = {p.key: p for p in found}
    points = [
        p
        for p in unique.values()
        if not any(
            q.gains[a] >= p.gains[a] and q.gains[b] >= p.gains[b] and q.key != p.key
            for q in unique.values()
        )
    ]
    return sorted(points, key=lambda p: (-p.gains[a], p.gains[b]))
