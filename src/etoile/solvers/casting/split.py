"""An exact split of the casting into independent parts: houses that no guest links.

A dancer can only dance at their own house or, as a guest, at a host where they have a stay.
When no candidate of one house's slots comes from another house, the two houses share no
variable, no hard rule (every rule is per dancer, per show or per run) and no soft goal (every
term is per run or per dancer and show). Each connected group of houses is then a problem of
its own: the whole optimum is the sum of the parts' optima, the sum of their bounds is a true
lower bound, and the whole is proved optimal exactly when every part is.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import replace

from etoile.domain import CastingWeights, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.params import CastingParams, ProgressFn
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.casting.subproblem import subproblem
from etoile.solvers.result import make_report


def parts(problem: CastingProblem) -> list[list[int]]:
    """The slots of each independent group of houses, groups in order of their first slot."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for slot in problem.slots:
        host = problem.shows[slot.show].company
        find(host)
        for d in slot.candidates:
            home = problem.dancers[d].company
            if home != host:
                parent[find(home)] = find(host)
    for k, d in problem.pins:  # a pinned outsider links the houses too
        parent[find(problem.dancers[d].company)] = find(
            problem.shows[problem.slots[k].show].company
        )
    found: dict[str, list[int]] = defaultdict(list)
    for k, slot in enumerate(problem.slots):
        found[find(problem.shows[slot.show].company)].append(k)
    return sorted(found.values(), key=lambda ks: ks[0])


def solve_parts(
    problem: CastingProblem,
    weights: CastingWeights,
    groups: list[list[int]],
    params: CastingParams,
    progress: ProgressFn | None,
    hint: Cast | None,
) -> CastingResult:
    """Solve each group on its own, one after the other, and put the casts together.

    Each part gets a share of the deterministic budget ``params.time_limit`` in proportion to
    its candidate pairs (the deterministic time a part that finishes early leaves goes to the
    next). The report is of the whole: objective and bound are sums, the status is optimal
    only when every part's is; wall and deterministic seconds are totals.

    Parameters
    ----------
    problem
        The whole problem.
    weights
        The weights of its soft goals.
    groups
        The slots of each part (:func:`parts`).
    params
        The settings, with the budget the parts share.
    progress
        Hears of each part's improving solutions (each part's own objective).
    hint
        A whole-problem cast; each part takes its slots' pairs (else the greedy sheet when
        ``params.greedy_start``).

    Returns
    -------
    CastingResult
        The parts' casts together (whole-problem indices) and the summed model sizes; no cast once a
        part has no plan, with that part's status.
    """
    started = time.perf_counter()
    work = 0.0  # deterministic seconds used by the parts solved so far
    sizes = [sum(len(problem.slots[k].candidates) for k in ks) for ks in groups]
    cast: Cast = []
    objective = bound = 0.0
    statuses: list[SolveStatus] = []
    terms: dict[str, float] = defaultdict(float)
    stats: dict[str, int] = defaultdict(int)
    notes: list[str] = []
    for i, ks in enumerate(groups):
        sub = subproblem(problem, ks)
        model = CastingModel(sub, weights)
        index = {k: j for j, k in enumerate(ks)}
        part_hint = [(index[k], d) for k, d in hint or [] if k in index]
        if not part_hint and params.greedy_start:
            sheet = solve_greedy(sub)
            part_hint = sheet.cast if sheet.report.status.has_plan else []
        if part_hint:
            model.hint(part_hint)
        # What the parts before left, shared in proportion to the parts still to solve.
        left = params.time_limit - work
        share = left * sizes[i] / max(1, sum(sizes[i:]))
        result = model.solve(replace(params, time_limit=max(1.0, share)), progress)
        work += result.report.deterministic_seconds or 0.0
        houses = sorted({problem.shows[problem.slots[k].show].company for k in ks})
        notes.append(f"part {'+'.join(houses)}: {result.report.status.value}")
        notes += result.report.notes  # a part stopped by the wall-clock cap says so
        for name, value in result.stats.items():
            stats[name] += value
        statuses.append(result.report.status)
        if not result.report.status.has_plan:
            # One part without a plan: the whole has none. Infeasible parts prove it.
            report = make_report(
                "cp-sat",
                result.report.status,
                objective=None,
                bound=None,
                seconds=time.perf_counter() - started,
                deterministic_seconds=work,
                seed=params.seed,
                workers=params.workers,
                notes=notes,
            )
            return CastingResult([], report, dict(stats))
        cast += [(ks[j], d) for j, d in result.cast]
        objective += result.report.objective or 0.0
        bound += result.report.bound if result.report.bound is not None else 0.0
        for name, amount in result.report.terms.items():
            terms[name] += amount
    optimal = all(s is SolveStatus.OPTIMAL for s in statuses)
    report = make_report(
        "cp-sat",
        SolveStatus.OPTIMAL if optimal else SolveStatus.FEASIBLE,
        objective=objective,
        bound=objective if optimal else bound,
        seconds=time.perf_counter() - started,
        deterministic_seconds=work,
        terms=dict(terms),
        seed=params.seed,
        workers=params.workers,
        notes=[f"solved as {len(groups)} independent parts (no guest links them)", *notes],
    )
    return CastingResult(sorted(cast), report, dict(stats))
