"""Build and solve the exchange model: max-min gain of the houses, then the sum.

Two CP-SAT solves on the same model (a lexicographic objective): stage 1 maximises the
worse-off house's linear gain ``t``; stage 2 keeps ``t`` at its best value and maximises the
sum. The report is optimal only when both stages are proved optimal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.domain import SolveReport, SolveStatus
from etoile.problems.exchange import Candidate, ExchangeProblem, GuestOption
from etoile.solvers.exchange.constraints import CONSTRAINTS
from etoile.solvers.exchange.objective import define_gains, gain_bound
from etoile.solvers.exchange.variables import ExchangeVariables, make_variables
from etoile.solvers.result import cp_sat_status, make_report


@dataclass(frozen=True)
class ExchangeParams:
    """Time limit (seconds, shared by the two stages), workers and seed (deterministic)."""

    time_limit: float = 20.0
    workers: int = 2
    seed: int = 0


@dataclass
class ExchangeResult:
    """The chosen stays, the leads each guest dances, each house's linear gain, the report."""

    chosen: list[Candidate]
    danced: dict[int, list[GuestOption]]
    gains: dict[str, float]
    """House -> linear gain, in the problem's common currency."""
    report: SolveReport
    helps_both: bool
    best_worst_off: float | None = None
    notes: list[str] = field(default_factory=list)


def _solver(params: ExchangeParams, limit: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    p = solver.parameters
    p.num_workers = params.workers
    p.random_seed = params.seed
    p.interleave_search = True
    p.max_deterministic_time = limit
    p.max_time_in_seconds = 3 * limit
    return solver


def build_model(problem: ExchangeProblem) -> tuple[cp_model.CpModel, ExchangeVariables]:
    """The model with every constraint family and the gain definitions."""
    model = cp_model.CpModel()
    v = make_variables(model, problem, gain_bound(problem))
    for family in CONSTRAINTS:
        family(model, problem, v)
    define_gains(model, problem, v)
    return model, v


def solve_exchange(
    problem: ExchangeProblem, params: ExchangeParams | None = None
) -> ExchangeResult:
    """Choose the stays and the guest leads (see the module notes)."""
    params = params or ExchangeParams()
    if not problem.candidates:
        report = make_report(
            "cp-sat",
            SolveStatus.OPTIMAL,
            objective=0.0,
            bound=0.0,
            seconds=0.0,
            seed=params.seed,
            workers=params.workers,
            notes=["no candidate stay satisfies the terms"],
        )
        return ExchangeResult([], {}, {h: 0.0 for h in problem.houses}, report, False, 0.0)
    model, v = build_model(problem)
    bound = gain_bound(problem)
    worst = model.new_int_var(-bound, bound, "worst_off")
    for g in v.gain.values():
        model.add(worst <= g)
    model.maximize(worst)
    limit = params.time_limit / 2
    s1 = _solver(params, limit)
    code1 = s1.solve(model)
    status1 = cp_sat_status(code1, timed_out=s1.deterministic_time >= 0.95 * limit)
    if not status1.has_plan:
        report = make_report(
            "cp-sat",
            status1,
            objective=None,
            bound=None,
            seconds=s1.wall_time,
            seed=params.seed,
            workers=params.workers,
            notes=[f"stage 1 (worse-off house): {status1.value}"],
        )
        return ExchangeResult([], {}, {h: 0.0 for h in problem.houses}, report, False)
    t1 = int(s1.objective_value)
    bound1 = s1.best_objective_bound
    # Stage 2: keep the worse-off house at its best, then maximise the sum.
    model.add(worst >= t1)
    for var in [*v.go, *v.dance]:
        model.add_hint(var, s1.boolean_value(var))
    model.maximize(sum(v.gain.values()))
    s2 = _solver(params, limit)
    code2 = s2.solve(model)
    status2 = cp_sat_status(code2, timed_out=s2.deterministic_time >= 0.95 * limit)
    solver = s2 if status2.has_plan else s1
    status = (
        SolveStatus.OPTIMAL
        if status1 is SolveStatus.OPTIMAL and status2 is SolveStatus.OPTIMAL
        else SolveStatus.FEASIBLE
    )
    # Helps both: no house worse off (the worse-off gain is at least 0) and the sum positive.
    raw = {h: float(solver.value(g)) for h, g in v.gain.items()}
    helps = t1 >= 0 and sum(raw.values()) > 0
    gains = raw if helps else {h: 0.0 for h in problem.houses}
    total = float(sum(gains.values()))
    total_bound = s2.best_objective_bound if status2.has_plan else None
    notes = [
        f"stage 1 (worse-off house's gain): {status1.value}, best {t1:,} "
        f"{problem.currency}, bound {bound1:,.0f}",
        f"stage 2 (sum of gains, worse-off kept at {t1:,}): {status2.value}",
        f"{len(problem.candidates)} candidate stays, {len(problem.options)} guest leads",
    ]
    if not helps:
        total, total_bound = 0.0, (0.0 if status1 is SolveStatus.OPTIMAL else None)
        notes.append("no exchange improves both houses: no stay is chosen")
    report = make_report(
        "cp-sat",
        status if helps or status1 is not SolveStatus.OPTIMAL else SolveStatus.OPTIMAL,
        objective=total,
        bound=total_bound,
        seconds=s1.wall_time + s2.wall_time,
        terms={
            "worst_off_gain": float(t1 if helps else 0),
            **{f"gain:{h}": g for h, g in gains.items()},
        },
        seed=params.seed,
        workers=params.workers,
        notes=notes,
    )
    if not helps:
        return ExchangeResult([], {}, gains, report, False, float(t1))
    chosen = [c for c in problem.candidates if solver.boolean_value(v.go[c.index])]
    danced: dict[int, list[GuestOption]] = {c.index: [] for c in chosen}
    for i, o in enumerate(problem.options):
        if solver.boolean_value(v.dance[i]):
            danced[o.candidate].append(o)
    return ExchangeResult(chosen, danced, gains, report, True, float(t1), notes)
