"""Candidate stays no optimal package needs: a shorter stay of the same dancer that reaches
every lead of a longer one, for no more cost to any house.

Stay ``a`` dominates stay ``b`` (same dancer, terms and host) when ``a``'s trip lies inside
``b``'s (``depart..return``), ``a`` covers every lead ``b`` covers, and ``a`` costs each house
no more (home loss and fixed costs). Any package with ``b`` stays feasible with ``a`` in its
place (a shorter trip overlaps fewer stays and fewer home shows, so one-stay-at-a-time and the
castability proxy hold), and gains at least as much. Fixing ``go[b] = 0`` therefore keeps an
optimum; it only spares the solver the symmetric windows.
"""

from __future__ import annotations

from collections import defaultdict

from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Candidate


def _cost(c: Candidate, house: str) -> float:
    return (
        (c.home_loss if house == c.home else 0.0)
        + c.fixed_costs.get(house, 0.0)
        - c.adjusted(house)
    )


def dominated(problem: ExchangeProblem) -> set[int]:
    """Indices of candidate stays dominated by another (ties: the lower index is kept)."""
    leads = {
        c.index: frozenset(
            (problem.options[o].performance, problem.options[o].role) for o in c.options
        )
        for c in problem.candidates
    }
    groups: dict[tuple[str, str, str], list[Candidate]] = defaultdict(list)
    for c in problem.candidates:
        groups[c.dancer, c.terms, c.host].append(c)
    out: set[int] = set()
    for cands in groups.values():
        for b in cands:
            for a in cands:
                if a.index == b.index or a.index in out:
                    continue
                inside = b.depart <= a.depart and a.return_ <= b.return_
                same = (a.depart, a.return_) == (b.depart, b.return_)
                if not inside or (same and a.index > b.index):
                    continue
                cheaper = all(_cost(a, h) <= _cost(b, h) + 1e-9 for h in (a.home, a.host))
                if cheaper and leads[a.index] >= leads[b.index]:
                    out.add(b.index)
                    break
    return out
