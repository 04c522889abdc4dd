"""Labour rule "Call too long": ``max_call_minutes``.

No call lasts longer than ``max_call_minutes``. It holds by construction: the compiler cuts a
house's day into services no longer than that
(:func:`etoile.problems.rehearsal_time.services`) and no call is longer than a service, so
neither the model nor the placer checks it again. The same limit bounds a stage or dress
rehearsal in the rehearsal load (:mod:`.rehearsal_load`). The validator checks it in
:func:`etoile.validate.rehearsal.call_times`.
"""

from __future__ import annotations

from etoile.i18n.labor_rules import CALL_TOO_LONG
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.rehearsal import call_times

RULE = LaborRule(
    key="call_length",
    names=(CALL_TOO_LONG,),
    fields=("max_call_minutes",),
    validator=(call_times,),
    elsewhere=(
        "etoile.problems.rehearsal_time.services",
        "etoile.problems.rehearsal.compile_rehearsal",
        "etoile.problems.casting_load.stage_minutes",
    ),
)
