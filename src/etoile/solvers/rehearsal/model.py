"""The CP-SAT model of one part of the calendar (one production), around what is fixed.

Anatomy as in :mod:`etoile.solvers.casting`: :mod:`.variables`, :mod:`.constraints` (rooms,
staff, dancers' overlaps, order), :mod:`.labor` (each dancer's labour rules) and
:mod:`.objective`. :class:`PartModel` puts them together and reads back the placements.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.domain import SolveStatus
from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.cpsat import solve_cp_sat
from etoile.solvers.rehearsal.constraints import CONSTRAINTS
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from etoile.solvers.rehearsal.labor import dancer_rules
from etoile.solvers.rehearsal.objective import Terms, make_objective
from etoile.solvers.rehearsal.params import RehearsalParams
from etoile.solvers.rehearsal.variables import Variables, make_variables


@dataclass
class PartResult:
    """What one part's solve gives: placements, our status, objective, bound, wall and
    deterministic seconds, terms."""

    placements: list[Placement]
    status: SolveStatus
    objective: float | None
    bound: float | None
    seconds: float
    deterministic_seconds: float
    terms: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class PartModel:
    """The model of ``calls`` (all of one house) with ``fixed`` placements around them."""

    def __init__(
        self, problem: RehearsalProblem, calls: list[int], fixed: Fixed, house: str
    ) -> None:
        self.problem = problem
        self.model = cp_model.CpModel()
        self.vars: Variables = make_variables(self.model, problem, calls)
        for add in CONSTRAINTS:
            add(self.model, problem, self.vars, fixed)
        overtime = dancer_rules(self.model, problem, self.vars, fixed, house)
        self.terms: Terms = make_objective(self.model, problem, self.vars, overtime)

    def solve(self, params: RehearsalParams, time_limit: float) -> PartResult:
        """Solve within ``time_limit`` deterministic seconds and read the placements of the
        calls that were placed."""
        # Leaving every call out is always allowed: hinting it gives the search a first plan
        # at once, which the LNS workers then fill in.
        for cv in self.vars.calls.values():
            self.model.add_hint(cv.placed, False)
            for lit in (*cv.option.values(), *cv.room.values(), *cv.staff.values()):
                if lit is not cv.placed:
                    self.model.add_hint(lit, False)
        solver = solve_cp_sat(self.model, params.cp_sat(time_limit))
        found: list[Placement] = []
        has = solver.has_solution
        if has:
            for c, cv in self.vars.calls.items():
                if not solver.boolean_value(cv.placed):
                    continue
                option = next(k for k, y in cv.option.items() if solver.boolean_value(y))
                room = next(r for r, y in cv.room.items() if solver.boolean_value(y))
                staff = next(s for s, y in cv.staff.items() if solver.boolean_value(y))
                day = self.problem.calls[c].options[option].day
                found.append(Placement(c, day, solver.value(cv.start), room, staff))
        terms = (
            {
                "unplaced_minutes": float(solver.value(self.terms.unplaced)),
                "daily_overtime": float(solver.value(self.terms.daily_overtime)),
                "weekly_overtime": float(solver.value(self.terms.weekly_overtime)),
            }
            if has
            else {}
        )
        return PartResult(
            found,
            solver.status,
            solver.objective,
            solver.bound,
            solver.wall_seconds,
            solver.deterministic_seconds,
            terms,
            solver.notes,
        )
