"""Repair a cast after an event: the fewest changed places, then the fewest people, then the
casting's own goals.

The places the event breaks (a dancer now absent or away, a new show) are re-cast with the
rest of the season kept: first only those places; when that is impossible, every place of the
same productions within a window of days, then twice the window, then the whole productions.
Places whose show is in the past are never touched. Each region is solved in three
lexicographic phases on one CP-SAT model: (1) minimise the changed places, (2) with at most
that many, minimise the people affected, (3) with both fixed, minimise the casting objective.
A change is one (place, dancer) pair of the old cast that is not kept. The minimum of phase 1
is proven when CP-SAT says optimal *and* the region is the whole of what could change; on a
smaller region it is the minimum for that region, and the report says so. Productions are
repaired one after the other, so that a place nobody can fill does not stop the others.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.domain import CastingWeights, SolveReport, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.explain import precheck
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.result import Cast
from etoile.solvers.casting.sub_solve import Part
from etoile.solvers.cpsat import solve_cp_sat
from etoile.solvers.repair.parts import Parts
from etoile.solvers.repair.pinned import no_region_holds
from etoile.solvers.repair.regions import fixed_around, regions
from etoile.solvers.result import make_report


@dataclass
class CastRepair:
    """The repaired places (whole-problem indices) and how much changed."""

    cast: Cast
    region: list[int]
    changes: int
    people: int
    proven: bool
    """The number of changes is the proven minimum (over every place that may change)."""
    report: SolveReport
    notes: list[str] = field(default_factory=list)
    unrepaired: list[str] = field(default_factory=list)
    """Productions whose broken places no repair could fill (explained in ``notes``)."""
    unready: list[str] = field(default_factory=list)
    """Productions repaired only with dancers ``avoid`` named: none the calendar has ready
    could take the places (explained in ``notes``)."""

    def applied_to(self, old: Cast) -> Cast:
        """The whole cast: ``old`` outside the repaired places, the repair inside them."""
        region = set(self.region)
        return sorted([(k, d) for k, d in old if k not in region] + self.cast)


@dataclass
class _Work:
    """Deterministic seconds the repair's CP-SAT solves used (for the report)."""

    seconds: float = 0.0

    def add(self, seconds: float) -> None:
        """Count ``seconds`` more."""
        self.seconds += seconds


def broken_slots(problem: CastingProblem, old: Cast) -> list[int]:
    """Places whose old cast is no longer possible: a dancer no longer eligible, or short."""
    held: dict[int, set[int]] = defaultdict(set)
    for k, d in old:
        held[k].add(d)
    found = []
    for k, slot in enumerate(problem.slots):
        dancers = held.get(k, set())
        if len(dancers) != slot.count or not dancers <= set(slot.candidates):
            found.append(k)
    return found


def repair_cast(
    problem: CastingProblem,
    weights: CastingWeights,
    old: Cast,
    frozen: set[int],
    params: CastingParams,
    pins: tuple[tuple[int, int], ...] = (),
    avoid: frozenset[tuple[int, int]] = frozenset(),
    parts: Parts | None = None,
    prove_pins: bool = False,
    broken: list[int] | None = None,
) -> CastRepair:
    """The smallest repair of ``old``, production by production (each is repaired around the
    repairs of the ones before). A production that no region can repair keeps its broken
    places with only the dancers who may still dance them, and a note says why.

    ``pins`` are (place, dancer) pairs the repair must keep: a replacement being costed.
    ``avoid`` are (place, dancer) pairs to leave out when a repair without them exists (a
    dancer the published calendar has not prepared for the place); tried first, then dropped.
    ``parts`` keeps the regions' models for the next repair of the same problem (the same
    repair, sooner: :mod:`.parts`). With ``prove_pins``, when the smallest region cannot keep
    the pins, a model of the pinned places alone may prove that no region can before the
    larger ones are solved (:mod:`.pinned`): the same repair, sooner; only the report's
    deterministic seconds count that proof instead of the larger regions' solves (the
    ranking asks for it; the exchange's repair, whose report the plan keeps, does not).
    ``broken`` are :func:`broken_slots` of ``old`` when the caller has them (the ranking
    repairs the same cast once per candidate)."""
    started = time.perf_counter()
    held: dict[int, set[int]] = defaultdict(set)
    for k, d in old:
        held[k].add(d)
    by_production: dict[str, list[int]] = defaultdict(list)
    for k in broken_slots(problem, old) if broken is None else broken:
        if k in frozen:
            continue  # a show that has happened is what it was: nothing to repair there
        by_production[problem.shows[problem.slots[k].show].production].append(k)
    if not by_production:
        report = make_report(
            "cp-sat (repair)", SolveStatus.OPTIMAL, objective=0, bound=0, seconds=0.0
        )
        return CastRepair([], [], 0, 0, True, report, ["nothing to repair"])
    notes: list[str] = []
    region: set[int] = set()
    proven, optimal, failed = True, True, []
    unready: list[str] = []
    terms: dict[str, float] = {}
    work = _Work()
    for production, broken in sorted(by_production.items()):
        found = _repair_group(
            problem, weights, held, broken, frozen, params, pins, avoid, work, parts, prove_pins
        )
        if found is None:
            failed.append(production)
            proven = optimal = False
            keys = {
                (problem.shows[problem.slots[k].show].id, problem.roles[problem.slots[k].role].id)
                for k in broken
            }
            why = " ".join(e.text() for e in precheck(problem) if (e.performance, e.role) in keys)
            notes.append(
                f"{production}: no repair keeps every hard rule"
                + (f" ({why})" if why else "")
                + "; its broken places keep only the dancers who may still dance them"
            )
            for k in broken:
                held[k] = held[k] & set(problem.slots[k].candidates)
            region |= set(broken)
            continue
        cast, free, group_notes, group_optimal, group_proven, group_terms, ready = found
        if avoid and not ready:
            unready.append(production)
        notes += [f"{production}: {n}" for n in group_notes]
        for k in free:
            held[k] = set()
        for k, d in cast:
            held[k].add(d)
        region |= set(free)
        optimal &= group_optimal
        proven &= group_proven
        terms = group_terms
    before = {(k, d) for k, d in old if k in region}
    after = {(k, d) for k in region for d in held[k]}
    changes, people = len(before - after), len({d for _, d in before ^ after})
    status = SolveStatus.OPTIMAL if optimal else SolveStatus.FEASIBLE
    report = make_report(
        "cp-sat (repair)",
        status,
        objective=changes,
        bound=changes if optimal else 0,
        seconds=time.perf_counter() - started,
        deterministic_seconds=work.seconds,
        terms={"changes": changes, "people": people, **terms},
        seed=params.seed,
        workers=params.workers,
        notes=notes,
    )
    return CastRepair(
        sorted(after), sorted(region), changes, people, proven, report, notes, failed, unready
    )


def _repair_group(
    problem: CastingProblem,
    weights: CastingWeights,
    held: dict[int, set[int]],
    broken: list[int],
    frozen: set[int],
    params: CastingParams,
    pins: tuple[tuple[int, int], ...],
    avoid: frozenset[tuple[int, int]],
    work: _Work,
    parts: Parts | None,
    prove_pins: bool = False,
) -> tuple[Cast, list[int], list[str], bool, bool, dict[str, float], bool] | None:
    """The smallest repair of one production's broken places: (cast of the region, region,
    notes, phase 1 optimal, minimum proven, casting terms, ``avoid`` kept); None when no
    region has one."""
    tried: set[tuple[tuple[int, ...], bool]] = set()
    notes: list[str] = []
    attempts = [(avoid, " with dancers the calendar has ready"), (frozenset(), "")]
    proved = not (pins and prove_pins)  # else every region is solved (see below)
    for (name, free, whole), (leave_out, how) in (
        (region, attempt)
        for attempt in (attempts if avoid else attempts[1:])
        for region in regions(problem, broken, frozen)
    ):
        if (tuple(free), bool(leave_out)) in tried or not free:
            continue
        tried.add((tuple(free), bool(leave_out)))
        found = _solve_region(problem, weights, held, free, params, pins, leave_out, work, parts)
        if found is None:
            notes.append(f"{name} ({len(free)} places){how}: no repair")
            if not proved:
                # Before the larger regions, a model of the pinned places may prove that none
                # of them can keep the pins (.pinned).
                proved = True
                if no_region_holds(problem, weights, held, broken, frozen, pins, params, work.add):
                    return None
            continue
        cast, changes, people, optimal, terms = found
        notes.append(f"{name} ({len(free)} places){how}: {changes} change(s), {people} people")
        # The minimum over the first region that admits a repair is the global minimum when
        # it equals the changes no repair avoids, or when the region held every place a
        # repair could touch and no dancer was left out.
        proven = optimal and (
            changes == _forced(problem, held, broken) or (whole and not leave_out)
        )
        return cast, free, notes, optimal, proven, terms, bool(leave_out)
    return None


def _forced(problem: CastingProblem, held: dict[int, set[int]], broken: list[int]) -> int:
    """Changes no repair avoids: each old dancer of a broken place who may no longer dance it."""
    return sum(len(held.get(k, set()) - set(problem.slots[k].candidates)) for k in broken)


def _solve_region(
    problem: CastingProblem,
    weights: CastingWeights,
    held: dict[int, set[int]],
    free: list[int],
    params: CastingParams,
    pins: tuple[tuple[int, int], ...],
    avoid: frozenset[tuple[int, int]],
    work: _Work,
    parts: Parts | None = None,
) -> tuple[Cast, int, int, bool, dict[str, float]] | None:
    free_set = set(free)
    fixed = fixed_around(problem, held, free)
    if any(k not in free_set and d not in held.get(k, set()) for k, d in pins):
        return None  # a pinned place outside the region: a larger region will hold it
    # A pin outside the region that the cast already holds stays fixed with the rest.
    pins = tuple((k, d) for k, d in pins if k in free_set)
    part = (
        Part(problem, weights, free, fixed)
        if parts is None
        else parts.part(problem, weights, free, fixed)
    )
    model, v = part.model.model, part.model.vars
    for k, d in pins:
        if (part.index[k], d) not in v.cast:
            return None
        model.add(v.cast[part.index[k], d] == 1)
    for k, d in avoid:
        if k in free_set and (part.index[k], d) in v.cast and (k, d) not in pins:
            model.add(v.cast[part.index[k], d] == 0)
    changed: list[cp_model.LinearExprT] = []
    moved: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
    for k in free:
        i = part.index[k]
        for d in held.get(k, set()):
            var = v.cast.get((i, d))
            lost: cp_model.LinearExprT = 1 if var is None else 1 - var
            changed.append(lost)
            moved[d].append(lost)
        for d in part.model.problem.slots[i].candidates:
            if d not in held.get(k, set()):
                moved[d].append(v.cast[i, d])
    people = []
    for d, xs in sorted(moved.items()):
        flag = model.new_bool_var(f"moved{d}")
        for x in xs:
            model.add(flag >= x)
        people.append(flag)
    # Each phase gets a third of the deterministic budget (the same repair on any machine).
    third = params.cp_sat(params.time_limit / 3)
    goal = sum(t.expr() for t in part.model.terms.values())
    model.clear_hints()
    # A place with as many candidates as dancers (every fixed place, as a rule) has them all
    # in any solution: only the others' values are read (200 of 2,000 on the demo season).
    forced: set[tuple[int, int]] = set()
    for i, slot in enumerate(part.model.problem.slots):
        if len(slot.candidates) == slot.count:
            forced.update((i, d) for d in slot.candidates)
    unforced = [(key, x) for key, x in v.cast.items() if key not in forced]
    hinted = [x.index for x in v.cast.values()]
    values: list[int] = []
    optimal = False
    cast: Cast = []
    last = None  # the last phase's solution
    for phase, objective in enumerate((sum(changed), sum(people), goal)):
        model.minimize(objective)
        solver = solve_cp_sat(model, third)
        work.seconds += solver.deterministic_seconds
        if not solver.has_solution:
            if phase == 0:
                return None
            break  # out of budget: the previous phase's plan stands
        if phase == 0:
            optimal = solver.status is SolveStatus.OPTIMAL
        values.append(round(solver.objective or 0.0))
        model.add(objective <= values[-1])
        chosen = forced | {key for key, x in unforced if solver.value(x)}
        model.clear_hints()
        # The next phase starts from this plan (the hints add_hint would give, in bulk).
        hint = model.proto.solution_hint
        hint.vars.extend(hinted)
        hint.values.extend([int(key in chosen) for key in v.cast])
        cast = sorted((part.keep[i], d) for i, d in chosen if part.keep[i] in free_set)
        last = solver
    assert last is not None  # phase 0 has a solution, or the region has no repair
    terms = {n: float(last.value(t.expr())) for n, t in part.model.terms.items()}
    before = {(k, d) for k in free for d in held.get(k, set())}
    after = set(cast)
    people_count = len({d for _, d in before ^ after})
    return cast, len(before - after), people_count, optimal, terms
