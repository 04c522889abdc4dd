"""Decision variables of the exchange model.

A guest's lead is one variable per (dancer, performance, role), shared by every candidate stay
of that dancer that covers the show: the stays of one dancer never overlap, so at most one
chosen stay covers a given show, and the lead's value (the host's uplift less the fee) does
not depend on which window the stay has. Sharing it, rather than one copy per stay, removes
the symmetry between a dancer's overlapping windows.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from etoile.problems.exchange import ExchangeProblem

Lead = tuple[str, str, str]
"""(dancer, performance, role)."""


@dataclass
class ExchangeVariables:
    """``go[c]``: candidate stay ``c`` is chosen; ``dance[t]``: lead ``leads[t]`` is danced;
    ``gain[h]``: house ``h``'s linear improvement in common-currency units.

    ``lead_of[o]`` is the lead of guest option ``o``; ``options_of[t]`` the options of lead
    ``t`` (one per candidate stay that covers it).
    """

    go: list[cp_model.IntVar]
    dance: list[cp_model.IntVar]
    gain: dict[str, cp_model.IntVar]
    leads: list[Lead]
    lead_of: list[int]
    options_of: list[list[int]]


def lead_index(problem: ExchangeProblem) -> tuple[list[Lead], list[int], list[list[int]]]:
    """The distinct leads, the lead of each option, and the options of each lead."""
    index: dict[Lead, int] = {}
    lead_of = []
    for o in problem.options:
        key = (problem.candidates[o.candidate].dancer, o.performance, o.role)
        lead_of.append(index.setdefault(key, len(index)))
    options_of: list[list[int]] = [[] for _ in index]
    for i, t in enumerate(lead_of):
        options_of[t].append(i)
    return list(index), lead_of, options_of


def make_variables(
    model: cp_model.CpModel, problem: ExchangeProblem, bound: int
) -> ExchangeVariables:
    """One Boolean per candidate and per lead; one bounded integer per house.

    Parameters
    ----------
    model
        The exchange model.
    problem
        Its candidates, options and houses.
    bound
        Each gain's bound either way (:func:`~etoile.solvers.exchange.objective.gain_bound`).
    """
    leads, lead_of, options_of = lead_index(problem)
    return ExchangeVariables(
        go=[model.new_bool_var(f"go[{c.index}]") for c in problem.candidates],
        dance=[model.new_bool_var(f"dance[{d}|{p}|{r}]") for d, p, r in leads],
        gain={h: model.new_int_var(-bound, bound, f"gain[{h}]") for h in problem.houses},
        leads=leads,
        lead_of=lead_of,
        options_of=options_of,
    )
