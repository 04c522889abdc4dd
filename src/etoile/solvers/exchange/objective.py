"""The objective: each house's linear improvement over its no-exchange baseline.

``gain[h]`` (common currency, whole units) is the host uplift of the leads its guests dance,
less the fees, housing, travel and per diem it pays, less the box office it loses while its
own dancers are away. The model is solved lexicographically (:mod:`.model`): first the
worse-off house's gain, then the sum.
"""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from etoile.problems.exchange import ExchangeProblem
from etoile.solvers.exchange.variables import ExchangeVariables, lead_index


def gain_coefficients(p: ExchangeProblem) -> dict[str, tuple[list[int], list[int], list[int]]]:
    """House -> (candidate coefficients, lead coefficients, unused), one integer per variable
    (``go`` and ``dance`` of :class:`.variables.ExchangeVariables`)."""
    _, _, options_of = lead_index(p)
    cand: dict[str, list[int]] = {h: [0] * len(p.candidates) for h in p.houses}
    opt: dict[str, list[int]] = {h: [0] * len(options_of) for h in p.houses}
    for c in p.candidates:
        cand[c.home][c.index] -= round(c.home_loss * p.rates[c.home])
        for h, amount in c.fixed_costs.items():
            if h in cand:
                cand[h][c.index] -= round(amount * p.rates[h])
        for h, amount in c.adjustment:
            if h in cand:
                cand[h][c.index] += round(amount * p.rates[h])
    for t, opts in enumerate(options_of):
        # Every option of a lead has the same uplift and fee: take the first.
        o = p.options[opts[0]]
        host = p.candidates[o.candidate].host
        opt[host][t] += round(o.uplift * p.rates[host])
        for h, amount in o.fee.items():
            if h in opt:
                opt[h][t] -= round(amount * p.rates[h])
    return {h: (cand[h], opt[h], []) for h in p.houses}


def define_gains(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """``gain[h] == sum of its coefficients times the decisions``."""
    for h, (cand, opt, _) in gain_coefficients(p).items():
        m.add(
            v.gain[h]
            == cp_model.LinearExpr.weighted_sum(v.go, cand)
            + cp_model.LinearExpr.weighted_sum(v.dance, opt)
        )


def gain_bound(p: ExchangeProblem) -> int:
    """A bound on any house's |gain|: the sum of every coefficient's magnitude."""
    total: dict[str, int] = defaultdict(int)
    for h, (cand, opt, _) in gain_coefficients(p).items():
        total[h] = sum(map(abs, cand)) + sum(map(abs, opt))
    return max([1, *total.values()])
