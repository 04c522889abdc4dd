"""The decision variables of one part of the calendar: option, start, room and leader."""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import GRID


@dataclass
class CallVars:
    """Variables of one call. ``placed`` is false only when the call cannot be fitted."""

    placed: cp_model.IntVar
    start: cp_model.IntVar
    interval: cp_model.IntervalVar
    option: dict[int, cp_model.IntVar]
    """Option index -> chosen."""
    room: dict[int, cp_model.IntVar]
    """Room index -> chosen (with ``room_interval``)."""
    room_interval: dict[int, cp_model.IntervalVar]
    staff: dict[int, cp_model.IntVar]
    staff_interval: dict[int, cp_model.IntervalVar]


@dataclass
class Variables:
    """Every call's variables in one part."""

    calls: dict[int, CallVars] = field(default_factory=dict)


def make_variables(
    model: cp_model.CpModel, problem: RehearsalProblem, calls: list[int]
) -> Variables:
    """Variables of ``calls`` (indices into ``problem.calls``); a call with no option, room or
    leader is left unplaced (its ``placed`` is fixed to false)."""
    out = Variables()
    for c in calls:
        call = problem.calls[c]
        possible = bool(call.options and call.rooms and call.staff)
        placed = model.new_bool_var(f"placed{c}")
        if not possible:
            model.add(placed == 0)
        values = sorted({v for o in call.options for v in range(o.lo, o.hi + 1, GRID)}) or [0]
        start = model.new_int_var_from_domain(cp_model.Domain.from_values(values), f"s{c}")
        interval = model.new_optional_fixed_size_interval_var(start, call.minutes, placed, f"i{c}")
        option = {k: model.new_bool_var(f"y{c}_{k}") for k in range(len(call.options))}
        model.add(sum(option.values()) == placed)
        for k, o in enumerate(call.options):
            model.add_linear_constraint(start, o.lo, o.hi).only_enforce_if(option[k])

        def pick(
            kind: str,
            items: tuple[int, ...],
            c: int = c,
            start: cp_model.IntVar = start,
            placed: cp_model.IntVar = placed,
            interval: cp_model.IntervalVar = interval,
        ) -> tuple[dict[int, cp_model.IntVar], dict[int, cp_model.IntervalVar]]:
            if len(items) == 1:
                return {items[0]: placed}, {items[0]: interval}
            lits = {i: model.new_bool_var(f"{kind}{c}_{i}") for i in items}
            model.add(sum(lits.values()) == placed)
            ivs = {
                i: model.new_optional_fixed_size_interval_var(
                    start, problem.calls[c].minutes, lit, f"{kind}i{c}_{i}"
                )
                for i, lit in lits.items()
            }
            return lits, ivs

        room, room_iv = pick("r", call.rooms) if call.rooms else ({}, {})
        staff, staff_iv = pick("t", call.staff) if call.staff else ({}, {})
        out.calls[c] = CallVars(placed, start, interval, option, room, room_iv, staff, staff_iv)
    return out
