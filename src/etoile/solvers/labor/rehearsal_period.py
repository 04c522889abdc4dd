"""Labour rule "Call before the rehearsal period": ``rehearsal_lead_weeks``.

The company is back from its layoff ``rehearsal_lead_weeks`` before the season: no call
before then. It holds by construction: the compiler opens no call's window earlier
(:func:`etoile.problems.rehearsal_needs.production_needs`), so neither the model nor the
placer checks it again. The same period starts the time a dancer has to learn a role
(casting's learning rule, the rehearsal load) and a guest's preparation at home. The
validator checks it in :func:`etoile.validate.rehearsal.call_times`.
"""

from __future__ import annotations

from etoile.i18n.labor_rules import OUT_OF_PERIOD
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.rehearsal import call_times

RULE = LaborRule(
    key="rehearsal_period",
    names=(OUT_OF_PERIOD,),
    fields=("rehearsal_lead_weeks",),
    validator=(call_times,),
    elsewhere=(
        "etoile.problems.rehearsal_needs.production_needs",
        "etoile.problems.rehearsal_preparation.preparation",
        "etoile.problems.casting_rules.exclusion",
        "etoile.problems.casting_load.calls_start",
        "etoile.validate.eligibility.learning_origin",
        "etoile.demo.presets.company",
    ),
)
