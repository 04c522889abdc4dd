"""Labour rule "Working day too long": ``max_daily_span_minutes``.

On a day with a call, from class (``class_minutes`` before the first call) to the end of the
last call or show is at most ``max_daily_span_minutes``. It holds by construction: a house's
services end within the span (:func:`etoile.problems.rehearsal_time.services`) and, on a show
day, the dancer's day rule starts calls late enough
(:class:`etoile.problems.rehearsal_days.DancerDays`). The validator checks it in
:func:`etoile.validate.rehearsal_labor.working_days`.
"""

from __future__ import annotations

from etoile.i18n.labor_rules import SPAN
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.rehearsal_labor import working_days

RULE = LaborRule(
    key="day_span",
    names=(SPAN,),
    fields=("max_daily_span_minutes", "class_minutes"),
    validator=(working_days,),
    elsewhere=(
        "etoile.problems.rehearsal_time.services",
        "etoile.problems.rehearsal_days.DancerDays._rule",
    ),
)
