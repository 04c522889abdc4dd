"""The one CP-SAT set-up of the project: parameters, deterministic budget, status, progress.

Every CP-SAT model of Étoile (casting, exchange, rehearsals, repair, the explanations and the
talent cross-check) is solved by :func:`solve_cp_sat`; no other module builds a
``cp_model.CpSolver`` (``tests/solvers/test_cpsat.py`` checks it).

**The same plan on any machine.** A budget is *deterministic time*: CP-SAT's own count of work,
in units meant to be "as close as possible to a second" (``max_deterministic_time``). With
``interleave_search`` the workers' tasks run in batches, in a fixed order, and the search stops
after the same work whatever the load: the same model, seed and worker count give the same
answer (and the same deterministic seconds) on a loaded or an idle machine. Measured on the
2-core development machine (casting, the demo season's largest run, 5 deterministic seconds, 2
workers): 9.0 wall seconds idle, 35.7 with two busy processes on both cores; the same plan,
bound and deterministic time (``docs/casting.md``, 'Time and determinism').

**The wall clock is only a safety cap**: ``max(WALL_FLOOR, wall_factor x budget)`` seconds
(:data:`WALL_FACTOR` = 10 by default, five times the idle ratio and above the ratio under
full load), for a solve that would otherwise never stop. A solve the cap stops is reported
with a note, since its answer may then differ from run to run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.domain import SolveReport, SolveStatus
from etoile.solvers.result import make_report

WALL_FACTOR = 10.0
"""Default wall-clock safety cap, as a multiple of the deterministic budget."""

WALL_FLOOR = 30.0
"""The least wall-clock safety cap, in seconds (short budgets still pay presolve and
start-up, which weigh more on the wall clock than in deterministic time)."""

TIMED_OUT_SHARE = 0.95
"""A solve that used this share of its budget (or cap) stopped on it."""

_STATUS: dict[object, SolveStatus] = {
    cp_model.OPTIMAL: SolveStatus.OPTIMAL,
    cp_model.FEASIBLE: SolveStatus.FEASIBLE,
    cp_model.INFEASIBLE: SolveStatus.INFEASIBLE,
    cp_model.MODEL_INVALID: SolveStatus.MODEL_INVALID,
}


@dataclass(frozen=True)
class CpSatSettings:
    """How to run one CP-SAT solve.

    Parameters
    ----------
    time_limit
        The budget: deterministic seconds when ``deterministic`` (the default), else wall
        seconds; None for no limit (then no wall cap either).
    workers
        Search workers (threads).
    seed
        Random seed; with ``deterministic``, the same model, seed and workers give the same
        answer.
    deterministic
        Interleave the workers' search and stop on deterministic time. False: free-running
        parallel search stopped by the wall clock (may be faster, never reproducible).
    wall_factor
        Wall-clock safety cap as a multiple of ``time_limit`` (deterministic mode only), at
        least :data:`WALL_FLOOR` seconds.
    log
        Print CP-SAT's search log.
    first_plan
        Stop at the first solution. In deterministic mode this asks for a model without an
        objective (CP-SAT ends a feasibility search at its first solution, at the same point
        on every run) and ``stop_after_first_solution`` is left off: it stops at whichever
        worker finds a solution first, so the solution and the work differ from run to run
        (measured: 1 run in 4 on a casting model). A model with an objective is then searched
        on its budget like any other.
    probing_level
        ``cp_model_probing_level`` when set (None: CP-SAT's default).
    """

    time_limit: float | None
    workers: int = 2
    seed: int = 0
    deterministic: bool = True
    wall_factor: float = WALL_FACTOR
    log: bool = False
    first_plan: bool = False
    probing_level: int | None = None

    @property
    def wall_cap(self) -> float | None:
        """Seconds of wall clock after which CP-SAT stops whatever its budget (None: none)."""
        if self.time_limit is None:
            return None
        if not self.deterministic:
            return self.time_limit
        return max(WALL_FLOOR, self.wall_factor * self.time_limit)


@dataclass(frozen=True)
class Progress:
    """A new best solution: its objective, the best proven bound, wall and deterministic
    seconds since the start, and how many solutions so far."""

    objective: float
    bound: float
    seconds: float
    solutions: int
    deterministic_seconds: float = 0.0


ProgressFn = Callable[[Progress], None]
"""Called from the solver's thread on every improving solution."""


def status_of(code: cp_model.CpSolverStatus | int, *, timed_out: bool) -> SolveStatus:
    """Our status for a CP-SAT status code; UNKNOWN is TIMED_OUT when a limit was reached."""
    if code in _STATUS:
        return _STATUS[code]
    return SolveStatus.TIMED_OUT if timed_out else SolveStatus.UNKNOWN


@dataclass
class CpSatAnswer:
    """What one solve gives: our status, objective, bound, wall and deterministic seconds,
    and the solution's values (read with :meth:`value` and :meth:`boolean_value`)."""

    code: int
    status: SolveStatus
    objective: float | None
    bound: float | None
    wall_seconds: float
    deterministic_seconds: float
    settings: CpSatSettings
    stopped_by_wall: bool
    _solver: cp_model.CpSolver = field(repr=False)

    @property
    def has_solution(self) -> bool:
        """True when CP-SAT returned a solution (optimal or feasible)."""
        return self.status.has_plan

    def value(self, expr: cp_model.LinearExprT) -> int:
        """The solution's value of an integer expression."""
        return int(self._solver.value(expr))

    def boolean_value(self, literal: cp_model.LiteralT) -> bool:
        """The solution's value of a Boolean literal."""
        return bool(self._solver.boolean_value(literal))

    @property
    def notes(self) -> list[str]:
        """What a reader must know about how the solve stopped."""
        if not self.stopped_by_wall:
            return []
        return [
            f"stopped by the wall-clock safety cap ({self.settings.wall_cap:g} s) after "
            f"{self.deterministic_seconds:.2f} of {self.settings.time_limit:g} deterministic "
            "seconds: another run may give another answer"
        ]

    def report(
        self,
        solver: str = "cp-sat",
        *,
        terms: dict[str, float] | None = None,
        notes: list[str] | None = None,
    ) -> SolveReport:
        """The honest report of this solve (the gap follows from objective and bound).

        Parameters
        ----------
        solver
            The solver's name in the report.
        terms
            The objective's terms as the caller reads them from the solution.
        notes
            The caller's notes; a stop by the wall-clock cap adds its own after them.

        Returns
        -------
        SolveReport
            With this solve's seed, workers, wall and deterministic seconds.
        """
        return make_report(
            solver,
            self.status,
            objective=self.objective,
            bound=self.bound,
            seconds=self.wall_seconds,
            deterministic_seconds=self.deterministic_seconds,
            terms=terms,
            seed=self.settings.seed,
            workers=self.settings.workers,
            notes=[*(notes or []), *self.notes],
        )


def parameters(solver: cp_model.CpSolver, settings: CpSatSettings) -> None:
    """Set ``solver``'s parameters from ``settings``."""
    p = solver.parameters
    p.num_workers = settings.workers
    p.random_seed = settings.seed
    p.log_search_progress = settings.log
    p.stop_after_first_solution = settings.first_plan and not settings.deterministic
    if settings.probing_level is not None:
        p.cp_model_probing_level = settings.probing_level
    if settings.deterministic:
        # Interleaved search runs the workers' tasks in batches in a fixed order, and the
        # deterministic clock stops it after the same work: same seed and workers, same answer.
        p.interleave_search = True
        if settings.time_limit is not None:
            p.max_deterministic_time = settings.time_limit
        if settings.first_plan:
            # One task per worker a batch: the batch that finds the first solution ends sooner
            # (measured on a casting model: 0.26 deterministic s against 0.66 by default).
            p.interleave_batch_size = settings.workers
    if settings.wall_cap is not None:
        p.max_time_in_seconds = settings.wall_cap


def solve_cp_sat(
    model: cp_model.CpModel, settings: CpSatSettings, progress: ProgressFn | None = None
) -> CpSatAnswer:
    """Solve ``model`` under ``settings``; ``progress`` hears of every improving solution.

    Parameters
    ----------
    model
        The model, with its objective (or none, for any solution).
    settings
        The budget, workers, seed and determinism (:func:`parameters`).
    progress
        Called from the solver's thread with each improving solution.

    Returns
    -------
    CpSatAnswer
        Timed out rather than unknown when the solve used :data:`TIMED_OUT_SHARE` of its wall cap
        or, in deterministic mode, of its budget; the solution's values stay readable from it.
    """
    solver = cp_model.CpSolver()
    parameters(solver, settings)
    callback = _Callback(progress) if progress is not None else None
    code = solver.solve(model, callback)
    wall, work = solver.wall_time, solver.deterministic_time
    limit, cap = settings.time_limit, settings.wall_cap
    on_budget = limit is not None and work >= TIMED_OUT_SHARE * limit
    on_wall = cap is not None and wall >= TIMED_OUT_SHARE * cap
    if not settings.deterministic:
        on_budget = False
    status = status_of(code, timed_out=on_budget or on_wall)
    proved = code in (cp_model.OPTIMAL, cp_model.INFEASIBLE)
    has = status.has_plan
    return CpSatAnswer(
        code=int(code),
        status=status,
        objective=float(solver.objective_value) if has else None,
        bound=float(solver.best_objective_bound) if code != cp_model.INFEASIBLE else None,
        wall_seconds=wall,
        deterministic_seconds=work,
        settings=settings,
        stopped_by_wall=settings.deterministic and on_wall and not on_budget and not proved,
        _solver=solver,
    )


class _Callback(cp_model.CpSolverSolutionCallback):
    def __init__(self, progress: ProgressFn) -> None:
        super().__init__()
        self.progress = progress
        self.started = time.perf_counter()
        self.solutions = 0

    def on_solution_callback(self) -> None:
        self.solutions += 1
        self.progress(
            Progress(
                objective=self.objective_value,
                bound=self.best_objective_bound,
                seconds=time.perf_counter() - self.started,
                solutions=self.solutions,
                deterministic_seconds=self.deterministic_time,
            )
        )
