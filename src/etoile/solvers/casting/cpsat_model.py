"""The CP-SAT model of a casting problem: build it, solve it, read the cast.

Anatomy (as in PyJobShop): :mod:`.variables`, :mod:`.constraints` (one function per hard
rule), :mod:`.objective` (one function per soft goal); this module puts them together and
returns one solver-neutral :class:`~etoile.solvers.casting.result.CastingResult`, also when
there is no plan.
"""

from __future__ import annotations

from dataclasses import replace

from ortools.sat.python import cp_model

from etoile.domain import CastingWeights
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.constraints import CONSTRAINTS
from etoile.solvers.casting.objective import Term, make_objective
from etoile.solvers.casting.params import CastingParams, ProgressFn
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.casting.variables import CastingVariables, make_variables
from etoile.solvers.cpsat import solve_cp_sat


class CastingModel:
    """The CP-SAT model of one casting problem.

    Parameters
    ----------
    problem
        The compiled problem.
    weights
        Weights of the soft goals.
    terms
        The soft goals to minimise (by name); all of them by default.
    """

    def __init__(
        self,
        problem: CastingProblem,
        weights: CastingWeights,
        terms: tuple[str, ...] | None = None,
    ) -> None:
        self.problem = problem
        self.weights = weights
        self.model = cp_model.CpModel()
        self.vars: CastingVariables = make_variables(self.model, problem)
        for add in CONSTRAINTS:
            add(self.model, problem, self.vars)
        self.terms: dict[str, Term] = make_objective(self.model, problem, self.vars, weights, terms)

    def stats(self) -> dict[str, int]:
        """Size of the model: variables, constraints, cast variables."""
        proto = self.model.proto
        return {
            "variables": len(proto.variables),
            "constraints": len(proto.constraints),
            "cast_variables": len(self.vars.cast),
        }

    def hint(self, cast: Cast) -> None:
        """Start the search from a known cast (a previous plan or the greedy sheet)."""
        self.model.clear_hints()
        chosen = set(cast)
        for key, var in self.vars.cast.items():
            self.model.add_hint(var, key in chosen)

    def first_plan(self, params: CastingParams) -> CastingResult:
        """Any complete cast under every hard rule, ignoring the soft goals (fast).

        The objective is set aside for this search and restored after it."""
        self.model.clear_objective()
        try:
            return self.solve(replace(params, first_plan=True))
        finally:
            self.model.minimize(sum(t.expr() for t in self.terms.values()))

    def solve(self, params: CastingParams, progress: ProgressFn | None = None) -> CastingResult:
        """Solve with CP-SAT (:func:`~etoile.solvers.cpsat.solve_cp_sat`, the budget
        ``params.time_limit``) and read back the cast and the per-term breakdown.

        Parameters
        ----------
        params
            The budget, workers, seed and determinism of the solve (:meth:`CastingParams.cp_sat`).
        progress
            Hears of every improving solution, from the solver's thread.

        Returns
        -------
        CastingResult
            The cast (empty without a plan), the report with each term's value, and :meth:`stats`.
        """
        answer = solve_cp_sat(self.model, params.cp_sat(), progress)
        has_plan = answer.has_solution
        terms = (
            {n: float(answer.value(t.expr())) for n, t in self.terms.items()} if has_plan else {}
        )
        cast = sorted(k for k, var in self.vars.cast.items() if has_plan and answer.value(var))
        return CastingResult(cast, answer.report(terms=terms), self.stats())
