"""What a labour rule is made of: :class:`LaborRule`, and the shapes of its parts.

Each module of :mod:`etoile.solvers.labor` defines one ``RULE``; :mod:`.registry` lists them
and the models and placers go through the list. A part a rule does not have is ``None``. The
aliases below give each part's parameters and what it returns; the rules' functions follow
them (``docs/dev/adding-a-rule.md`` has the table).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from etoile.problems.casting import CastingProblem
from etoile.problems.casting_data import DancerData
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.casting.variables import CastingVariables
from etoile.solvers.rehearsal.dancer_work import DancerWork, DayLoad, Overtime
from etoile.solvers.rehearsal.work_days import WorkDays
from etoile.validate.core import Rule

CastingConstraint = Callable[[cp_model.CpModel, CastingProblem, CastingVariables], None]
"""Adds the rule to the casting model (linear constraints only: the MILP shares the model)."""

SheetCheck = Callable[[Sheet, int, int], bool]
"""``check(sheet, k, d)``: whether the greedy casting sheet may cast dancer ``d`` in slot
``k`` under the rule, given what it holds (the check must not change the sheet)."""

Reach = Callable[[DancerData], int]
"""Days within which two shows of the dancer constrain each other under the rule (the
run-by-run and group solvers take the longest:
:func:`~etoile.solvers.casting.run_slots.window_days`)."""

DayEncoding = Callable[[cp_model.CpModel, DancerWork, DayLoad, Overtime], None]
"""Adds the rule for one dancer on one day with calls of the rehearsal part."""

DancerEncoding = Callable[[cp_model.CpModel, DancerWork, Overtime], None]
"""Adds the rule for one dancer over the part, after every day's rules."""

DayCheck = Callable[[WorkDays, int, str, dt.date, int, bool], bool]
"""``check(work, d, house, day, minutes, strict)``: whether the greedy rehearsal placer may
give dancer ``d`` a call of ``minutes`` at ``house`` on ``day``; ``strict``: keep the soft
limits too (the placer's first pass)."""

SlotCheck = Callable[[WorkDays, int, str, dt.date, int, int], bool]
"""``check(work, d, house, day, start, end)``: the same for a call at a given time (axis)."""


@dataclass(frozen=True)
class LaborRule:
    """One labour rule of a house and where each of its parts is.

    The validator's check is not here: it is written again, apart (:attr:`validator` points
    to it), and shares only the rule's names with this side.
    """

    key: str
    """The rule's module in :mod:`etoile.solvers.labor`."""
    names: tuple[str, ...]
    """The names the validator reports it under (:mod:`etoile.i18n.labor_rules`)."""
    fields: tuple[str, ...]
    """The fields of :class:`~etoile.domain.LaborRules` (the season file's ``labor:``) it reads."""
    validator: tuple[Rule, ...]
    """The validator's checks that report it (independent code)."""
    elsewhere: tuple[str, ...] = ()
    """Where else its fields are read, as dotted names: the problem compilers (the models'
    index data, and the options of calls that keep the rule by construction), the other
    rules and solvers that use its limits (the exchange's estimate of a guest's load, the
    repair's readiness), the validator's season rules. A test checks that each one exists."""
    casting: CastingConstraint | None = None
    """Its constraint in the casting model."""
    casting_check: SheetCheck | None = None
    """Its check in the greedy casting sheet."""
    casting_reach: Reach | None = None
    """How far apart (days) two shows still constrain each other under it."""
    rehearsal_day: DayEncoding | None = None
    """Its encoding in the rehearsal part model, per dancer and day with calls."""
    rehearsal_dancer: DancerEncoding | None = None
    """Its encoding in the rehearsal part model, per dancer."""
    rehearsal_check: DayCheck | None = None
    """Its check in the greedy rehearsal placer, for a call on a day."""
    rehearsal_slot_check: SlotCheck | None = None
    """Its check in the greedy rehearsal placer, for a call at a time."""
    recheck_exact: bool = False
    """The rehearsal part model sees only its own weeks for this rule: a placement it makes
    is checked again (:meth:`~etoile.solvers.rehearsal.greedy.Greedy.admit`) before it is
    kept."""
