"""Decision variables of the exchange model."""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from etoile.problems.exchange import ExchangeProblem


@dataclass
class ExchangeVariables:
    """``go[c]``: candidate stay ``c`` is chosen; ``dance[o]``: guest option ``o`` is danced;
    ``gain[h]``: house ``h``'s linear improvement in common-currency units."""

    go: list[cp_model.IntVar]
    dance: list[cp_model.IntVar]
    gain: dict[str, cp_model.IntVar]


def make_variables(
    model: cp_model.CpModel, problem: ExchangeProblem, bound: int
) -> ExchangeVariables:
    """One Boolean per candidate and per guest option; one bounded integer per house."""
    return ExchangeVariables(
        go=[model.new_bool_var(f"go[{c.index}]") for c in problem.candidates],
        dance=[model.new_bool_var(f"dance[{i}]") for i in range(len(problem.options))],
        gain={h: model.new_int_var(-bound, bound, f"gain[{h}]") for h in problem.houses},
    )
