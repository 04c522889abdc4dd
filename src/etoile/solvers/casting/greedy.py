"""The baseline: fill the casting sheet the way a person does.

Leads first, then the other solo roles, then the ensembles; show after show in date order; for
each place, the most senior, best-drawing dancer who is free under every hard rule, preferring
whoever already danced the role in this run (casts stay together). No search, no look-ahead:
it is what the optimiser must beat, and it may leave places empty where a person would have
to go back and rearrange.

What is cast so far is a :class:`~etoile.solvers.casting.sheet.Sheet`; the labour rules'
checks come from their registry (:mod:`etoile.solvers.labor`).
"""

from __future__ import annotations

import time
from collections import defaultdict

from etoile.domain import SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.result import CastingResult
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.labor.registry import CASTING_CHECKS
from etoile.solvers.result import make_report


def _can(sheet: Sheet, k: int, d: int) -> bool:
    """Whether dancer ``d`` may take slot ``k`` under every hard rule, given the sheet: one
    role a show (unless doubled), no clash with their other shows, and every labour rule's
    check (:data:`~etoile.solvers.labor.registry.CASTING_CHECKS`)."""
    p, slot = sheet.p, sheet.p.slots[k]
    s = slot.show
    if any((slot.role, r) not in p.doubled for r in sheet.roles_in[d, s]):
        return False
    if s not in sheet.shows[d] and any(p.conflict(d, s, t) for t in sheet.shows[d]):
        return False
    return all(check(sheet, k, d) for check in CASTING_CHECKS)


def _phase(problem: CastingProblem, k: int) -> int:
    role = problem.roles[problem.slots[k].role]
    return 0 if role.lead else 1 if role.count == 1 else 2


def solve_greedy(problem: CastingProblem, prefer_known: bool = False) -> CastingResult:
    """Fill the sheet; the report's objective is left to the caller (the validator's).

    ``prefer_known`` ranks the dancers who already know a role before the others (after those
    who danced it earlier in the run): a better start for the optimiser; the baseline of the
    benchmark goes by rank and draw alone, as the issue describes it.

    Returns
    -------
    CastingResult
        The sheet's pairs, sorted; feasible when every place is filled, else of unknown status with
        a note of the places left empty.
    """
    started = time.perf_counter()
    sheet = Sheet(problem)
    for k, d in problem.pins:
        if d in problem.slots[k].candidates:
            sheet.put(k, d)
    pinned: dict[int, int] = defaultdict(int)
    for k, _ in problem.pins:
        pinned[k] += 1
    short = 0
    for k in sorted(range(len(problem.slots)), key=lambda k: (_phase(problem, k), k)):
        slot = problem.slots[k]
        production = problem.shows[slot.show].production

        def rank(d: int, slot_role: int = slot.role, run: str = production) -> tuple[int, ...]:
            dancer = problem.dancers[d]
            learns = prefer_known and slot_role not in dancer.known
            return (-sheet.in_run[d, run, slot_role], learns, dancer.tier.level, -dancer.draw, d)

        need = slot.count - pinned[k]
        for d in sorted(slot.candidates, key=rank):
            if need == 0:
                break
            if d not in sheet.cast_in[k] and _can(sheet, k, d):
                sheet.put(k, d)
                need -= 1
        short += need
    status = SolveStatus.FEASIBLE if short == 0 else SolveStatus.UNKNOWN
    notes = [] if short == 0 else [f"{short} place(s) left empty: the sheet needs rearranging"]
    report = make_report(
        "greedy",
        status,
        objective=None,
        bound=None,
        seconds=time.perf_counter() - started,
        notes=notes,
    )
    return CastingResult(sorted(sheet.cast), report)
