"""Labour rule: ``rest_days_after_transatlantic``, rest after a crossing.

After crossing between the houses' cities a dancer rests ``rest_days_after_transatlantic``
days before they dance or rehearse. It is part of two wider rules: "Dancer double-booked"
(two shows in different cities need a day of travel and the rest between them; the compiler
puts the days in ``DancerData.rest_days_after_travel`` and the casting model keeps them in
``one_place_at_a_time``, through :meth:`~etoile.problems.casting.CastingProblem.conflict`)
and "Dancer away or absent" (no call while a dancer travels or rests: the dancer's day rule,
:meth:`etoile.problems.rehearsal_days.DancerDays.present`). The validator checks them in
:func:`etoile.validate.casting.one_place_at_a_time` and
:func:`etoile.validate.rehearsal_labor.whereabouts`.
"""

from __future__ import annotations

from etoile.i18n.labor_rules import DANCER_AWAY, DOUBLE_BOOKED
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.casting import one_place_at_a_time
from etoile.validate.rehearsal_labor import whereabouts

RULE = LaborRule(
    key="travel_rest",
    names=(DOUBLE_BOOKED, DANCER_AWAY),
    fields=("rest_days_after_transatlantic",),
    validator=(one_place_at_a_time, whereabouts),
    elsewhere=(
        "etoile.problems.casting._dancer",
        "etoile.problems.casting.CastingProblem.conflict",
        "etoile.problems.rehearsal_days.DancerDays.present",
    ),
    casting_reach=lambda d: d.rest_days_after_travel + 2,
)
