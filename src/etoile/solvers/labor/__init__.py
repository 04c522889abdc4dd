"""The labour rules of a house, one module per rule, and their registry.

Each module owns one rule of the season file's ``labor:`` (:class:`~etoile.domain.LaborRules`):
the names it is reported under (the words, from :mod:`etoile.i18n.labor_rules`), the fields
it reads, its constraint in the casting model, its check in the greedy casting sheet, its
encoding in the rehearsal part model, its check in the greedy rehearsal placer (each where it
has one), where else its fields are read, and a pointer to the validator's check, which is
written again apart and shares only the names. :mod:`.registry` lists the rules
(:data:`~etoile.solvers.labor.registry.LABOR_RULES`); the models and placers go through it.
``docs/dev/adding-a-rule.md`` walks through adding one.
"""
