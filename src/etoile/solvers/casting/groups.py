"""The casting of a large season, solved role group by role group (``method="groups"``).

Every soft goal is a sum over one role of a run (fair share, debuts, casts, learning, corps
changes), a lead couple (couples, listed partners) or one slot (draw), and a guest's evening
counts once per show, which only doubled roles share. So the roles of a run fall into
*groups*, the connected pieces of "partners" and "doubled" (the lead couple, each solo role,
each ensemble), and the objective is the sum of the groups' parts:

1. **A first complete cast**, as the run-by-run solver makes it (:func:`.first_cast.first_cast`).
2. **The bound**: each group is solved alone (no other role, no other run), a relaxation of
   the whole, so its bound is a lower bound of its part and the sum over groups is a true
   lower bound of the season. The model's valid inequalities (a used dancer dances at most
   their weekly limits' worth, leads above the fair share tied to the casts, a lead dancer
   has a partner, couples cover the run) make the bound of a lead couple close to its
   optimum, where a whole run's bound was far below it (``docs/casting.md``).
3. **Each group improved in its context**, by passes, leads first, then solo roles, then
   ensembles: CP-SAT casts the group from scratch with every other role of its run and the
   nearby shows of other runs fixed; the new cast replaces the old one when the group's part
   of the objective is no worse. Each pass shares what is left of the budget by the groups'
   gaps (value above bound); a group proved optimal in its context is not searched again
   until another group of its run changes. Every intermediate cast is complete and obeys
   every hard rule.
4. **Whole runs**, by gap, with what is left: each run cast from scratch with the nearby
   shows of other runs fixed, for what groups one at a time cannot reach together (a dancer
   wanted in two groups). A run with no neighbours is then solved alone, so its own bound,
   when higher than its groups', counts instead.

The budget is deterministic time only (:class:`.sub_solve.Budget`): the same season, seed and
workers give the same plan on an idle or a loaded machine.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from etoile.domain import CastingWeights, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.evaluate import evaluate, needed
from etoile.solvers.casting.first_cast import Opening
from etoile.solvers.casting.params import ProgressFn
from etoile.solvers.casting.result import CastingResult
from etoile.solvers.casting.run_slots import Run, neighbours
from etoile.solvers.casting.sub_solve import Budget, Part
from etoile.solvers.casting.subproblem import subproblem
from etoile.solvers.casting.whole_cast import cast_value, finish, tell, with_cast

BOUND_SHARE = 0.3
"""Share of the budget left after the first cast for the groups alone (the bound)."""

LEAD_BOUND_SHARE = 0.7
"""Share of the bound's budget for the lead groups (then the others share the rest)."""

DONE = 0.5
"""A group within this of its bound is not searched again (objective values are integers)."""

WIDEST = 5
"""The report's notes name this many groups with the widest gaps (where time would go)."""

MOST_PASSES = 3
"""Each group is searched in its context at most this many times."""


@dataclass
class Group:
    """Roles of one run that share soft goals: a lead couple, a solo role, an ensemble."""

    run: Run
    slots: list[int]
    lead: bool
    solo: bool
    pairs: int
    bound: float = 0.0
    value: float = 0.0
    tries: int = 0
    settled: bool = False
    """Proved optimal with everything around it as it is now."""

    @property
    def gap(self) -> float:
        return max(0.0, self.value - self.bound)


def role_groups(problem: CastingProblem, run: Run) -> list[Group]:
    """The groups of ``run``: the connected pieces of partners and doubled roles, leads
    first, then solo roles, then ensembles (each in order of its first slot)."""
    roles = sorted({problem.slots[k].role for k in run.slots})
    parent = {r: r for r in roles}

    def find(r: int) -> int:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    links = [(r, q) for r in roles if (q := problem.roles[r].partner) is not None]
    for r, q in [*links, *problem.doubled]:
        if r in parent and q in parent:
            parent[find(r)] = find(q)
    slots: dict[int, list[int]] = defaultdict(list)
    for k in run.slots:
        slots[find(problem.slots[k].role)].append(k)
    found = []
    for ks in slots.values():
        members = {problem.slots[k].role for k in ks}
        found.append(
            Group(
                run,
                sorted(ks),
                lead=any(problem.roles[r].lead for r in members),
                solo=all(problem.roles[r].count == 1 for r in members),
                pairs=sum(len(problem.slots[k].candidates) for k in ks),
            )
        )
    return sorted(found, key=lambda g: (not g.lead, not g.solo, g.slots[0]))


class Worth:
    """A group's part of the objective, computed exactly from a cast."""

    def __init__(self, problem: CastingProblem, weights: CastingWeights, group: Group) -> None:
        self.weights = weights
        self.slots = group.slots
        self.index = {k: i for i, k in enumerate(group.slots)}
        self.problem = subproblem(problem, group.slots)
        self.needed = needed(self.problem)

    def __call__(self, cast: dict[int, set[int]]) -> float:
        pairs = [(self.index[k], d) for k in self.slots for d in cast.get(k, ())]
        return sum(evaluate(self.problem, self.weights, pairs, self.needed).values())


def solve_by_groups(
    problem: CastingProblem, weights: CastingWeights, first: Opening, progress: ProgressFn | None
) -> CastingResult:
    """Cast ``problem`` group by group (module docstring), from the opening ``first``.

    Parameters
    ----------
    problem
        The whole season's problem.
    weights
        Its casting weights.
    first
        The first complete cast with its runs, window and budget
        (:func:`~etoile.solvers.casting.first_cast.opening`); its cast and notes are taken over.
    progress
        Told of the value and the bound after each solve; may be None.

    Returns
    -------
    CastingResult
        The final cast, its report (optimal only when the cast reaches the bound) and the counts of
        runs, groups and groups at their bound.
    """
    clock, runs, cast, notes = first.clock, first.runs, first.cast, first.notes
    groups = [g for run in runs for g in role_groups(problem, run)]

    # 2. Each group alone, for its bound: lead couples first (their bounds weigh most, and
    # are the hardest to prove), then the others, each its eligible pairs' share of its
    # batch's part (what a batch leaves goes to the next).
    value = cast_value(problem, weights, cast)
    start = clock.spent
    for batch, share_of in (
        ([g for g in groups if g.lead], LEAD_BOUND_SHARE),
        ([g for g in groups if not g.lead], 1.0),
    ):
        end = start + (clock.params.time_limit - start) * BOUND_SHARE * share_of
        for i, g in enumerate(batch):
            share = (end - clock.spent) * g.pairs / sum(x.pairs for x in batch[i:])
            # Every lead couple gets its solve (their bounds are most of the season's).
            settings = clock.params_for(share) if g.lead or clock.spent < end else None
            if settings is None:
                notes.append(f"{_name(problem, g)}: bound 0 (the bound's budget is spent)")
                continue
            found = clock.charge(Part(problem, weights, g.slots, []).solve(settings))
            g.bound = max(0.0, found.report.bound or 0.0)
            tell(progress, value, _bound(groups), clock)

    worth = {id(g): Worth(problem, weights, g) for g in groups}
    for g in groups:
        g.value = worth[id(g)](cast)
    near = {run.production: neighbours(problem, run, runs, first.days) for run in runs}
    tell(progress, _total(groups), _bound(groups), clock)

    # 3. Each group in its context, leads first, by passes; each pass shares what is left by
    # the groups' gaps. A group proved optimal in its context is settled until a group of its
    # run changes.
    while (left := [g for g in groups if g.gap > DONE and not g.settled]) and (
        clock.params_for(0.0) is not None
    ):
        turn = min(g.tries for g in left)
        if turn >= MOST_PASSES:
            break
        this_pass = [g for g in left if g.tries == turn]
        g = this_pass[0]
        share = (clock.params.time_limit - clock.spent) * g.gap / sum(x.gap for x in this_pass)
        changed = _improve(problem, weights, cast, g, near, worth[id(g)], clock, share)
        if changed is not cast:
            cast = changed
            for other in groups:
                if other.run is g.run and other is not g:
                    other.settled = False
        tell(progress, _total(groups), _bound(groups), clock)

    # 4. Whole runs in their context, by gap: what the groups one at a time cannot reach.
    alone: dict[str, float] = {}
    for run in sorted(runs, key=lambda r: (-_gap(groups, r, alone), r.first, r.production)):
        gaps = {r.production: _gap(groups, r, alone) for r in runs}
        if gaps[run.production] <= DONE:
            continue
        share = (clock.params.time_limit - clock.spent) * gaps[run.production] / sum(gaps.values())
        settings = clock.params_for(share)
        if settings is None:
            break
        fixed = [(k, d) for k in near[run.production] for d in sorted(cast.get(k, ()))]
        found = clock.charge(Part(problem, weights, list(run.slots), fixed).solve(settings))
        if not fixed and found.report.bound is not None:
            alone[run.production] = found.report.bound  # the run alone: a true bound
        if found.report.status.has_plan:
            trial = with_cast(cast, run.slots, found.cast)
            mine = [g for g in groups if g.run is run]
            values = [worth[id(g)](trial) for g in mine]
            if sum(values) <= sum(g.value for g in mine):
                cast = trial
                for g, v in zip(mine, values, strict=True):
                    g.value = v
        tell(progress, _total(groups), _bound(groups, alone), clock)

    reached = sum(g.gap <= DONE for g in groups)
    notes.insert(
        0,
        f"solved group by group: {len(groups)} role groups in {len(runs)} runs, {reached} at "
        "their bound; the bound is the sum of each group's bound alone (or of a run's own, "
        "when it was solved alone and proved more)",
    )
    widest = sorted((g for g in groups if g.gap > DONE), key=lambda g: (-g.gap, g.slots[0]))
    notes[1:1] = [
        f"gap {g.gap:,.0f}: {_name(problem, g)}, {g.value:,.0f} against a bound of {g.bound:,.0f}"
        for g in widest[:WIDEST]
    ]
    final, result = finish(
        problem, weights, cast, _bound(groups, alone), "cp-sat (groups)", clock, notes
    )
    stats = {"runs": len(runs), "groups": len(groups), "groups_at_bound": reached}
    return CastingResult(final, result, stats)


def _improve(
    problem: CastingProblem,
    weights: CastingWeights,
    cast: dict[int, set[int]],
    g: Group,
    near: dict[str, list[int]],
    worth: Worth,
    clock: Budget,
    share: float,
) -> dict[int, set[int]]:
    """Search ``g`` again with everything around it fixed, from scratch (measured on the
    demo's lead couples, 5 deterministic s: a start from the current cast or from the
    group's cast alone ends worse, or with nothing); the better cast, or ``cast``."""
    settings = clock.params_for(share)
    g.tries += 1
    if settings is None:
        return cast
    mine = set(g.slots)
    fixed = [
        (k, d)
        for k in sorted({*g.run.slots, *near[g.run.production]} - mine)
        for d in sorted(cast.get(k, ()))
    ]
    part = Part(problem, weights, g.slots, fixed)
    found = clock.charge(part.solve(settings))
    g.settled = found.report.status is SolveStatus.OPTIMAL
    if not found.report.status.has_plan:
        return cast
    trial = with_cast(cast, g.slots, found.cast)
    if (value := worth(trial)) <= g.value:
        g.value = value
        return trial
    return cast


def _total(groups: list[Group]) -> float:
    return sum(g.value for g in groups)


def _bound(groups: list[Group], alone: dict[str, float] | None = None) -> float:
    """The sum of the groups' bounds, or of a run's own bound alone where it is higher."""
    runs: dict[str, float] = defaultdict(float)
    for g in groups:
        runs[g.run.production] += g.bound
    return sum(max(b, (alone or {}).get(run, 0.0)) for run, b in runs.items())


def _gap(groups: list[Group], run: Run, alone: dict[str, float]) -> float:
    """How far ``run``'s part of the objective is above its bound."""
    mine = [g for g in groups if g.run is run]
    bound = max(sum(g.bound for g in mine), alone.get(run.production, 0.0))
    return max(0.0, sum(g.value for g in mine) - bound)


def _name(problem: CastingProblem, g: Group) -> str:
    roles = sorted({problem.roles[problem.slots[k].role].name for k in g.slots})
    return f"{g.run.production} ({', '.join(roles)})"
