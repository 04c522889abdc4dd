"""Labour rule "Call before the earliest call time": ``earliest_call``.

No call starts before ``earliest_call``, local time. It holds by construction: a house's
first service starts then (:func:`etoile.problems.rehearsal_time.services`), so neither the
model nor the placer checks it again. The validator checks it in
:func:`etoile.validate.rehearsal.call_times`.
"""

from __future__ import annotations

from etoile.i18n.labor_rules import TOO_EARLY
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.rehearsal import call_times

RULE = LaborRule(
    key="earliest_call",
    names=(TOO_EARLY,),
    fields=("earliest_call",),
    validator=(call_times,),
    elsewhere=("etoile.problems.rehearsal_time.services",),
)
