"""Why a season cannot be cast, slot by slot, in a ballet master's words.

Two steps. A *pre-check* finds slots with fewer eligible dancers than places and says why each
dancer who could dance the role is excluded (absent, abroad, does not know it). When every
slot has enough candidates but the rules together still cannot be met, a *relaxed* model lets
slots go short and keeps every other hard rule; for each slot it leaves short, each candidate
is tried in it and the independent validator says which rule that would break ("already leads
the matinee that day", "over the weekly limit").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.domain import Plan, Season
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.constraints import CONSTRAINTS, pins_kept, role_slots_filled
from etoile.solvers.casting.plan import to_assignments
from etoile.solvers.casting.variables import make_variables
from etoile.solvers.cpsat import CpSatSettings, solve_cp_sat
from etoile.validate.casting import RULES
from etoile.validate.casting import pins_kept as pin_rule
from etoile.validate.casting import role_slots_filled as slot_rule

MAX_SLOTS = 20
"""Slots explained at most: past that, the first ones show the pattern."""
MAX_REASONS = 8
"""Candidates explained per slot at most."""


@dataclass(frozen=True)
class SlotExplanation:
    """One role of one show that cannot be filled, and why each candidate is excluded."""

    performance: str
    role: str
    show: str
    role_name: str
    needed: int
    available: int
    reasons: list[tuple[str, str]] = field(default_factory=list)
    """(dancer's name, why they cannot dance it)."""

    def text(self) -> str:
        """``Giselle, Sat 12 Dec 2026 20:00 (Koch): no Giselle (needs 1). Ava Linden ...``."""
        head = f"{self.show}: {self.role_name} needs {self.needed}, {self.available} can dance it"
        if not self.reasons:
            return head + "; no dancer of the house has the tier and tags for it."
        return head + ". " + "; ".join(f"{n} {why}" for n, why in self.reasons) + "."


def explain(
    season: Season,
    plan: Plan | None = None,
    problem: CastingProblem | None = None,
    time_limit: float = 10.0,
) -> list[SlotExplanation]:
    """Every unfillable slot with the reasons; empty when no cause was found.

    ``time_limit``: deterministic seconds for the relaxed model.

    Parameters
    ----------
    season
        The season, for the validator's words and the dancers' names.
    plan
        Whose exchange places the guests; None: no stays.
    problem
        The season compiled for casting, when the caller has it already.
    time_limit
        Deterministic seconds of the relaxed model's solve.

    Returns
    -------
    list[SlotExplanation]
        The pre-check's slots when there are any, else the relaxed model's (at most
        :data:`MAX_SLOTS`).
    """
    problem = problem or compile_casting(season, plan)
    found = precheck(problem)
    return found or relaxed(season, plan, problem, time_limit)


def precheck(problem: CastingProblem) -> list[SlotExplanation]:
    """Slots with fewer eligible dancers than places, and pins on ineligible dancers."""
    found: list[SlotExplanation] = []
    pinned = {k: d for k, d in problem.pins}
    for k, slot in enumerate(problem.slots):
        bad_pin = k in pinned and pinned[k] not in slot.candidates
        if len(slot.candidates) >= slot.count and not bad_pin:
            continue
        reasons = [(problem.dancers[d].name, why) for d, why in problem.exclusions.get(k, ())]
        if bad_pin:
            reasons.insert(0, (problem.dancers[pinned[k]].name, "is pinned to it but excluded"))
        found.append(_explanation(problem, k, reasons))
    return found


def relaxed(
    season: Season, plan: Plan | None, problem: CastingProblem, time_limit: float
) -> list[SlotExplanation]:
    """Let slots go short under every other hard rule; explain the slots left short.

    Parameters
    ----------
    season, plan
        The season and the plan (or None) whose exchange ``problem`` was compiled with.
    problem
        The compiled problem, whose every slot has enough candidates.
    time_limit
        Deterministic seconds of the one solve.

    Returns
    -------
    list[SlotExplanation]
        Each reason the validator gives for a free candidate (at most :data:`MAX_REASONS` a slot),
        then the static exclusions; empty when the relaxed model finds nothing in time.
    """
    model = cp_model.CpModel()
    v = make_variables(model, problem)
    for add in CONSTRAINTS:
        if add not in (role_slots_filled, pins_kept):
            add(model, problem, v)
    short = []
    for k, slot in enumerate(problem.slots):
        gap = model.new_int_var(0, slot.count, f"short{k}")
        model.add(sum(v.cast[k, d] for d in slot.candidates) + gap == slot.count)
        short.append(gap)
    dropped = [1 - v.cast[k, d] for k, d in problem.pins if (k, d) in v.cast]
    model.minimize(sum(short) + sum(dropped))
    solver = solve_cp_sat(model, CpSatSettings(time_limit=time_limit, workers=2))
    if not solver.has_solution:
        return []
    cast = [key for key, var in v.cast.items() if solver.value(var)]
    base = to_assignments(problem, cast, plan, season.id)
    found: list[SlotExplanation] = []
    for k, slot in enumerate(problem.slots):
        if not solver.value(short[k]) or len(found) >= MAX_SLOTS:
            continue
        free = [d for d in slot.candidates if (k, d) not in cast]
        reasons = [
            (problem.dancers[d].name, _blocked(season, base, problem, k, d))
            for d in free[:MAX_REASONS]
        ]
        if len(free) > MAX_REASONS:
            reasons.append((f"and {len(free) - MAX_REASONS} more", "(likewise)"))
        reasons += [(problem.dancers[d].name, why) for d, why in problem.exclusions.get(k, ())]
        found.append(_explanation(problem, k, reasons, available=len(slot.candidates)))
    return found


def _blocked(season: Season, base: Plan, problem: CastingProblem, k: int, d: int) -> str:
    """What the validator says when dancer ``d`` is added to slot ``k`` of the relaxed cast."""
    dancer = problem.dancers[d].id
    mine = [a for a in base.casting if a.dancer == dancer]
    before = _broken(season, base.model_copy(update={"casting": mine}))
    added = to_assignments(problem, [(k, d)], None, season.id).casting
    after = _broken(season, base.model_copy(update={"casting": mine + added}))
    name = problem.dancers[d].name
    new = [m.removeprefix(name).lstrip(" :") for m in after if m not in before]
    return "cannot: " + "; ".join(new) if new else "is needed in another role or show"


def _broken(season: Season, plan: Plan) -> list[str]:
    return [
        v.message for rule in RULES if rule not in (slot_rule, pin_rule) for v in rule(season, plan)
    ]


def _explanation(
    problem: CastingProblem, k: int, reasons: list[tuple[str, str]], available: int | None = None
) -> SlotExplanation:
    slot = problem.slots[k]
    show, role = problem.shows[slot.show], problem.roles[slot.role]
    return SlotExplanation(
        performance=show.id,
        role=role.id,
        show=show.label,
        role_name=role.name,
        needed=slot.count,
        available=len(slot.candidates) if available is None else available,
        reasons=reasons,
    )
