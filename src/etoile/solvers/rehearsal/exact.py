"""CP-SAT after the greedy placer: a batch solved again exactly, and the needs still short reopened.

:func:`solve_exact` solves a batch of calls again with the exact
:class:`~etoile.solvers.rehearsal.model.PartModel`, around everything placed before it, and
keeps its calendar when it places more; :func:`reopen`, the calendar's last pass, solves each
need still short again with the placed calls that may stand in its way. Both spend the
deterministic budget that :func:`~etoile.solvers.rehearsal.calendar.solve_calendar` shares out.
"""

from __future__ import annotations

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from etoile.solvers.rehearsal.greedy import Greedy
from etoile.solvers.rehearsal.model import PartModel, PartResult
from etoile.solvers.rehearsal.params import RehearsalParams

MIN_SECONDS = 0.5
"""The least deterministic time a batch's CP-SAT model gets while the budget lasts."""


def solve_exact(
    problem: RehearsalProblem,
    calls: list[int],
    left: list[int],
    fixed: Fixed,
    greedy: Greedy,
    params: RehearsalParams,
    budget: float,
    keep_placed: bool = False,
) -> tuple[list[int], PartResult]:
    """The whole batch again with CP-SAT, around what was placed before it.

    Its calendar replaces the greedy one when it places more minutes (and, with
    ``keep_placed``, every call placed before is placed again).

    Parameters
    ----------
    problem
        The rehearsal problem.
    calls
        The batch's calls.
    left
        Those of them the greedy placer left out.
    fixed
        What is placed so far, the batch's greedy placements among it; changed in place.
    greedy
        The greedy placer, which checks the exact placements against the neighbouring weeks.
    params
        The solver's settings.
    budget
        Deterministic seconds for CP-SAT.
    keep_placed
        Keep the exact calendar only if every call placed before is placed again.

    Returns
    -------
    tuple[list[int], PartResult]
        The calls left out, and CP-SAT's result.
    """
    house = problem.needs[problem.calls[calls[0]].need].house
    ours = {c: fixed.placements[c] for c in calls if c in fixed.placements}
    fixed.remove_all(set(ours))
    part = PartModel(problem, calls, fixed, house).solve(params, budget)
    # The exact model sees the weekly rests of its own weeks only: a placement that breaks a
    # neighbouring week's rest is left out.
    ordered = sorted(part.placements, key=lambda p: (p.start, p.call))
    placed = {p.call for p in ordered if greedy.admit(p)}

    def minutes(done: set[int]) -> int:
        return sum(problem.calls[c].minutes for c in done)

    better = minutes(placed) > minutes(set(ours))
    if better and (not keep_placed or set(ours) <= placed):
        return [c for c in calls if c not in placed], part
    fixed.remove_all(placed)
    for p in ours.values():
        fixed.add(p)
    return left, part


REOPEN_CALLS = 60
"""Most calls a need still short is solved again with (its own and the nearest others)."""

REOPEN_SHARE = 0.3
"""Most of the calendar's deterministic budget the reopening may take (measured on the demo:
all that was left cost about 24 s of wall time per calendar, for one call more)."""

REOPEN_MOST = 10.0
"""Most deterministic seconds the reopening takes, whatever the budget. At 3 (16 s of wall
time per demo calendar when it was all spent) one seed-0 casting of the eighth stop kept 4
needs of The Sleeping Beauty short; at 10 one, for 0.27 deterministic seconds more (each
need's solve gets a quarter of what is left, so a larger cap is a longer first try, not more
tries). On the final plan of that stop's ``make demo`` it changed nothing (4 and 4)."""


def reopen(
    problem: RehearsalProblem,
    unplaced: list[int],
    fixed: Fixed,
    greedy: Greedy,
    params: RehearsalParams,
    budget: float,
) -> tuple[list[int], float]:
    """Each need still short, solved again by CP-SAT with the placed calls in its way.

    Those are the calls placed in its house's studios inside its window, the ones of its
    production or sharing a dancer with it first, then the nearest its deadline (at most
    :data:`REOPEN_CALLS` in all). The new calendar is kept only when every call placed before
    is placed again, and more (:func:`solve_exact`).

    Parameters
    ----------
    problem
        The rehearsal problem.
    unplaced
        The calls still left out.
    fixed
        What is placed so far; changed in place.
    greedy
        The greedy placer.
    params
        The solver's settings.
    budget
        Deterministic seconds the reopening may spend.

    Returns
    -------
    tuple[list[int], float]
        The calls still unplaced, and the deterministic seconds spent (within ``budget``).
    """
    spent = 0.0
    left = list(unplaced)
    for k in sorted(
        {problem.calls[c].need for c in unplaced}, key=lambda k: (problem.needs[k].deadline, k)
    ):
        remaining = budget - spent
        if remaining < MIN_SECONDS:
            break
        need = problem.needs[k]
        short = [c for c in left if problem.calls[c].need == k]
        if not short:
            continue
        dancers = {d for c in short for d in problem.calls[c].dancers}

        near = sorted(
            (c for c, p in fixed.placements.items() if _in_window(problem, k, p)),
            key=lambda c: (
                not _shares(problem, k, dancers, c),
                abs((fixed.placements[c].day - need.last_day).days),
                c,
            ),
        )[: max(0, REOPEN_CALLS - len(short))]
        batch = sorted({*near, *short})
        budget_k = min(remaining, max(MIN_SECONDS, remaining / 4))
        still, part = solve_exact(problem, batch, short, fixed, greedy, params, budget_k, True)
        spent += round(part.deterministic_seconds, 3)
        gone = set(batch) - set(still)
        left = [c for c in left if c not in gone]
    return left, spent


def _in_window(problem: RehearsalProblem, k: int, placed: Placement) -> bool:
    """A call placed at ``placed`` takes the time of need ``k``'s house inside its window."""
    need = problem.needs[k]
    room_house = problem.rooms[placed.room].house
    return room_house == need.house and need.first_day <= placed.day <= need.last_day


def _shares(problem: RehearsalProblem, k: int, dancers: set[int], c: int) -> bool:
    """Call ``c`` is of need ``k``'s production or shares a dancer with its short calls."""
    other = problem.needs[problem.calls[c].need]
    same = other.production == problem.needs[k].production
    return same or bool(dancers & set(problem.calls[c].dancers))
