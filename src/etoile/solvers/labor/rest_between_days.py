"""Labour rule "Too little rest between days": ``min_rest_between_days_hours``.

Between two working days, one of them with a call, the dancer rests at least
``min_rest_between_days_hours``. It holds by construction: a house's last service ends early
enough before the next morning's class (:func:`etoile.problems.rehearsal_time.services`), and
around a show the dancer's day rule moves the calls
(:class:`etoile.problems.rehearsal_days.DancerDays`). The validator checks it in
:func:`etoile.validate.rehearsal_labor.working_days`.
"""

from __future__ import annotations

from etoile.i18n.labor_rules import REST_DAYS
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.rehearsal_labor import working_days

RULE = LaborRule(
    key="rest_between_days",
    names=(REST_DAYS,),
    fields=("min_rest_between_days_hours", "class_minutes"),
    validator=(working_days,),
    elsewhere=(
        "etoile.problems.rehearsal_time.services",
        "etoile.problems.rehearsal_days.DancerDays._rule",
    ),
)
