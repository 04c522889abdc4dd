"""Every labour rule of a house, in one tuple: :data:`LABOR_RULES`.

The casting model, the greedy casting sheet, the rehearsal part model and the greedy
rehearsal placer go through this tuple instead of naming each rule. Its order is the order in
which the models add the rules: changing it changes the CP-SAT models (the same season, seed
and workers would then give another plan), so a new rule goes where its place is said below.

- Casting (:data:`CASTING_CONSTRAINTS`): after the rules of slots, pins and places
  (:mod:`etoile.solvers.casting.constraints`), in this order.
- Rehearsals, per dancer of a part (:func:`etoile.solvers.rehearsal.labor.dancer_rules`):
  each day with calls, the ``rehearsal_day`` encodings in this order; then the
  ``rehearsal_dancer`` encodings in this order.

The greedy checks are pure tests, all of which must pass: their order does not matter.
"""

from __future__ import annotations

from etoile.solvers.labor import (
    breaks,
    call_length,
    daily_overtime,
    day_span,
    days_in_a_row,
    earliest_call,
    lead_both_shows,
    lead_rest,
    rehearsal_load,
    rehearsal_period,
    rest_between_days,
    show_day,
    travel_rest,
    weekly_leads,
    weekly_overtime,
    weekly_rest,
    weekly_shows,
)
from etoile.solvers.labor.rule import (
    CastingConstraint,
    DancerEncoding,
    DayCheck,
    DayEncoding,
    LaborRule,
    Reach,
    SheetCheck,
    SlotCheck,
)

LABOR_RULES: tuple[LaborRule, ...] = (
    weekly_shows.RULE,
    weekly_leads.RULE,
    lead_both_shows.RULE,
    lead_rest.RULE,
    show_day.RULE,
    daily_overtime.RULE,
    weekly_overtime.RULE,
    days_in_a_row.RULE,
    rehearsal_load.RULE,
    weekly_rest.RULE,
    call_length.RULE,
    earliest_call.RULE,
    rehearsal_period.RULE,
    day_span.RULE,
    breaks.RULE,
    rest_between_days.RULE,
    travel_rest.RULE,
)
"""Every labour rule, in the order the models add them (module notes)."""

NOT_ENFORCED: dict[str, str] = {
    "recall_gap_minutes": "read by nothing yet: a recall within the gap is not paid as work "
    "in the overtime, by the solvers or by the validator",
}
"""Fields of :class:`~etoile.domain.LaborRules` that no rule reads yet, and why. A test
checks that every other field is read by a rule of :data:`LABOR_RULES`."""

CASTING_CONSTRAINTS: tuple[CastingConstraint, ...] = tuple(
    r.casting for r in LABOR_RULES if r.casting is not None
)
"""The labour rules' constraints of the casting model, in order."""

CASTING_CHECKS: tuple[SheetCheck, ...] = tuple(
    r.casting_check for r in LABOR_RULES if r.casting_check is not None
)
"""The labour rules' checks of the greedy casting sheet."""

CASTING_REACH: tuple[Reach, ...] = tuple(
    r.casting_reach for r in LABOR_RULES if r.casting_reach is not None
)
"""How far apart two shows still constrain each other, per rule that says."""

REHEARSAL_DAY: tuple[DayEncoding, ...] = tuple(
    r.rehearsal_day for r in LABOR_RULES if r.rehearsal_day is not None
)
"""The rehearsal part model's encodings per dancer and day with calls, in order."""

REHEARSAL_DANCER: tuple[DancerEncoding, ...] = tuple(
    r.rehearsal_dancer for r in LABOR_RULES if r.rehearsal_dancer is not None
)
"""The rehearsal part model's encodings per dancer, in order."""

REHEARSAL_CHECKS: tuple[DayCheck, ...] = tuple(
    r.rehearsal_check for r in LABOR_RULES if r.rehearsal_check is not None
)
"""The greedy rehearsal placer's checks of a call on a day."""

REHEARSAL_SLOT_CHECKS: tuple[SlotCheck, ...] = tuple(
    r.rehearsal_slot_check for r in LABOR_RULES if r.rehearsal_slot_check is not None
)
"""The greedy rehearsal placer's checks of a call at a time."""

RECHECKED: tuple[LaborRule, ...] = tuple(r for r in LABOR_RULES if r.recheck_exact)
"""The rules a placement of the rehearsal part model is checked against again."""
