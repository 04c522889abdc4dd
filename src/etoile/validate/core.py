"""Run every rule over a season and (optionally) a plan."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from etoile.domain import Plan, Season
from etoile.validate.sharing import one_look
from etoile.validate.violation import Violation

Rule = Callable[[Season, Plan | None], Iterable[Violation]]
"""A rule looks at a season and a plan (None: the season alone) and yields violations."""

PLAN_RULE_MODULES = (
    "casting",
    "casting_load",
    "exchange",
    "pricing",
    "rehearsal",
    "rehearsal_labor",
)
"""Modules of :mod:`etoile.validate` whose ``RULES`` check a plan's decisions. Each later
part of the plan (exchange, rehearsals) adds its module here."""


def _rules(module: str) -> list[Rule]:
    rules: list[Rule] = importlib.import_module(f"etoile.validate.{module}").RULES
    return rules


def plan_rules() -> list[Rule]:
    """The rules over a plan's decisions, module by module (:data:`PLAN_RULE_MODULES`)."""
    return [rule for module in PLAN_RULE_MODULES for rule in _rules(module)]


def _run(rules: list[Rule], season: Season, plan: Plan | None) -> list[Violation]:
    return [v for rule in rules for v in rule(season, plan)]


def validate(season: Season, plan: Plan | None = None) -> list[Violation]:
    """Every violation of every rule, sorted by rule name, then entities.

    Season rules always run. With a plan, the structure rules (every id in the plan exists)
    run next, and the decision rules (casting, ...) only when the structure is sound, so that a
    dangling id is reported once, as such, and not as a cascade of other failures.

    Parameters
    ----------
    season
        The season to check; its own rules always run.
    plan
        A plan of that season, or None to check the season alone.

    Returns
    -------
    list[Violation]
        Errors and warnings together (empty when nothing is broken).
    """
    found = _run(_rules("season_rules"), season, plan)
    if plan is not None:
        broken = _run(_rules("structure"), season, plan)
        found += broken
        if not broken:
            with one_look():
                for module in PLAN_RULE_MODULES:
                    found += _run(_rules(module), season, plan)
    return sorted(found, key=lambda v: (v.rule, v.entities, v.message))
