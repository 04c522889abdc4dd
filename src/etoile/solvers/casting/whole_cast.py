"""What the run-by-run and group solvers share about a whole cast (slot -> dancers).

Its exact value (:func:`cast_value`), the cast with some slots cast again
(:func:`with_cast`), the progress reported along the way (:func:`tell`), and the final cast
with its report (:func:`finish`: the objective and terms recomputed exactly, optimal only when
the cast reaches the bound).
"""

from __future__ import annotations

from collections.abc import Iterable

from etoile.domain import CastingWeights, SolveReport, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.evaluate import evaluate
from etoile.solvers.casting.params import Progress, ProgressFn
from etoile.solvers.casting.result import Cast
from etoile.solvers.casting.sub_solve import Budget
from etoile.solvers.result import make_report


def cast_value(
    problem: CastingProblem, weights: CastingWeights, cast: dict[int, set[int]]
) -> float:
    """The objective of ``cast`` (slot -> dancers), exactly."""
    pairs = [(k, d) for k, ds in cast.items() for d in ds]
    return sum(evaluate(problem, weights, pairs).values())


def with_cast(cast: dict[int, set[int]], slots: Iterable[int], found: Cast) -> dict[int, set[int]]:
    """``cast`` with ``slots`` cast as ``found`` instead (``cast`` itself unchanged)."""
    trial = {**cast, **{k: set() for k in slots}}
    for k, d in found:
        trial[k].add(d)
    return trial


def finish(
    problem: CastingProblem,
    weights: CastingWeights,
    cast: dict[int, set[int]],
    bound: float,
    solver: str,
    clock: Budget,
    notes: list[str],
) -> tuple[Cast, SolveReport]:
    """The final cast and its report: the objective and terms recomputed exactly, optimal
    only when the cast reaches ``bound``.

    Parameters
    ----------
    problem, weights
        The problem and the weights the objective is recomputed with.
    cast
        The final cast, slot -> dancers.
    bound
        The best proven lower bound on the objective.
    solver
        The solver's name in the report, e.g. ``"cp-sat (runs)"``.
    clock
        The budget, for the seconds, seed and workers.
    notes
        The report's notes.

    Returns
    -------
    tuple[Cast, SolveReport]
        The cast as sorted pairs, and its report.
    """
    final = sorted((k, d) for k, ds in cast.items() for d in ds)
    terms = evaluate(problem, weights, final)
    objective = sum(terms.values())
    status = SolveStatus.OPTIMAL if objective <= bound + 1e-6 else SolveStatus.FEASIBLE
    report = make_report(
        solver,
        status,
        objective=objective,
        bound=bound,
        seconds=clock.elapsed(),
        deterministic_seconds=clock.spent,
        terms=terms,
        seed=clock.params.seed,
        workers=clock.params.workers,
        notes=notes,
    )
    return final, report


def tell(progress: ProgressFn | None, value: float, bound: float, clock: Budget) -> None:
    """Report the cast's ``value`` and the ``bound`` so far to ``progress``, if any."""
    if progress is not None:
        progress(Progress(value, bound, clock.elapsed(), 0, clock.spent))
