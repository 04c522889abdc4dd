"""The same casting model as a MILP, solved by HiGHS, for comparison.

Every constraint of the CP-SAT model is linear (that is a rule of :mod:`.constraints` and
:mod:`.objective`), so the CP-SAT model's own protocol buffer is translated row by row: the
two solvers see exactly the same variables, constraints and objective. HiGHS runs in a child
process (:mod:`.highs_run`) because OR-Tools' bundled HiGHS clashes with highspy's.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from typing import Any

import numpy as np

from etoile.domain import CastingWeights, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.evaluate import evaluate
from etoile.solvers.casting.result import CastingResult
from etoile.solvers.result import make_report


def to_arrays(model: CastingModel) -> dict[str, Any]:
    """The CP-SAT model as rowwise MILP arrays (all variables integer).

    Returns
    -------
    dict[str, Any]
        Column costs and bounds, row bounds, the objective's offset, and the rows in CSR form
        (``start``, ``index``, ``value``); the objective scaled as CP-SAT scales it.

    Raises
    ------
    ValueError
        When a constraint is not a plain linear row (an enforced one, or one of several intervals).
    """
    proto = model.model.proto
    n = len(proto.variables)
    scale = proto.objective.scaling_factor or 1.0
    cost = np.zeros(n)
    for var, coeff in zip(proto.objective.vars, proto.objective.coeffs, strict=True):
        cost[var] += coeff * scale
    starts, index, value, lower, upper = [0], [], [], [], []
    for c in proto.constraints:
        if not c.has_linear() or len(c.enforcement_literal) or len(c.linear.domain) != 2:
            raise ValueError(f"constraint {c} is not a plain linear row")
        index.extend(c.linear.vars)
        value.extend(c.linear.coeffs)
        lower.append(_finite(c.linear.domain[0]))
        upper.append(_finite(c.linear.domain[1]))
        starts.append(len(index))
    return {
        "col_cost": cost,
        "col_lower": np.array([v.domain[0] for v in proto.variables]),
        "col_upper": np.array([v.domain[len(v.domain) - 1] for v in proto.variables]),
        "row_lower": np.array(lower, dtype=np.double),
        "row_upper": np.array(upper, dtype=np.double),
        "offset": np.double(proto.objective.offset * scale),
        "start": np.array(starts, dtype=np.int32),
        "index": np.array(index, dtype=np.int32),
        "value": np.array(value, dtype=np.double),
    }


def _finite(bound: int) -> float:
    """CP-SAT writes an open side as +-2^63; HiGHS reads anything past 1e20 as infinite."""
    return float(np.clip(bound, -np.inf, np.inf)) if abs(bound) < 2**62 else np.sign(bound) * np.inf


def _run_highs(arrays: dict[str, Any]) -> dict[str, Any]:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    done = subprocess.run(
        [sys.executable, "-m", "etoile.solvers.casting.highs_run"],
        input=buffer.getvalue(),
        capture_output=True,
        check=True,
    )
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def solve_milp(
    problem: CastingProblem,
    weights: CastingWeights,
    time_limit: float = 30.0,
    threads: int = 2,
    seed: int = 0,
) -> CastingResult:
    """Solve the casting model with HiGHS; optimal only when HiGHS closes the gap to zero.

    Parameters
    ----------
    problem, weights
        What to cast and how the soft goals weigh.
    time_limit
        HiGHS's wall-clock limit, in seconds.
    threads
        HiGHS's threads.
    seed
        HiGHS's random seed.

    Returns
    -------
    CastingResult
        The cast, a report whose objective and terms are recomputed exactly
        (:func:`~etoile.solvers.casting.evaluate.evaluate`), and the model's size.

    Raises
    ------
    subprocess.CalledProcessError
        When the HiGHS process fails.
    """
    started = time.perf_counter()
    model = CastingModel(problem, weights)
    arrays = to_arrays(model)
    arrays.update(time_limit=np.double(time_limit), threads=threads, seed=seed)
    answer = _run_highs(arrays)
    seconds = time.perf_counter() - started
    if answer["optimal"]:
        solved = SolveStatus.OPTIMAL
    elif answer["infeasible"]:
        solved = SolveStatus.INFEASIBLE
    elif answer["feasible"]:
        solved = SolveStatus.FEASIBLE
    elif answer["time_limit"]:
        solved = SolveStatus.TIMED_OUT
    else:
        solved = SolveStatus.UNKNOWN
    cast: list[tuple[int, int]] = []
    terms: dict[str, float] = {}
    if solved.has_plan:
        values = answer["values"]
        cast = sorted(key for key, var in model.vars.cast.items() if values[var.index] > 0)
        terms = evaluate(problem, weights, cast)
    report = make_report(
        "highs",
        solved,
        objective=sum(terms.values()) if solved.has_plan else None,
        bound=answer["bound"] if solved is not SolveStatus.INFEASIBLE else None,
        seconds=seconds,
        terms=terms,
        seed=seed,
        workers=threads,
        notes=[f"HiGHS model status: {answer['status']}"],
    )
    return CastingResult(cast, report, model.stats())
