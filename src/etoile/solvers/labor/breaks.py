"""Labour rule "No break": ``break_after_minutes`` and ``break_minutes``.

After ``break_after_minutes`` of work (class included; gaps shorter than ``break_minutes``
count as work) a dancer has a break of ``break_minutes``. It holds by construction: a
service is at most ``break_after_minutes - class_minutes`` long and two services are
``break_minutes`` apart (:func:`etoile.problems.rehearsal_time.services`). The validator
checks it in :func:`etoile.validate.rehearsal_labor.working_days`.
"""

from __future__ import annotations

from etoile.i18n.labor_rules import NO_BREAK
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.rehearsal_labor import working_days

RULE = LaborRule(
    key="breaks",
    names=(NO_BREAK,),
    fields=("break_after_minutes", "break_minutes", "class_minutes"),
    validator=(working_days,),
    elsewhere=("etoile.problems.rehearsal_time.services",),
)
