"""The labour rules' registry (etoile.solvers.labor): complete, consistent, and in model order.

A new field of LaborRules fails here until a rule module reads it (or it is listed, with the
reason, in NOT_ENFORCED); a new rule module fails until it is registered; a registered rule
fails until each name it is reported under has a violated and a satisfied validator test.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from etoile.domain import LaborRules
from etoile.i18n import labor_rules as words
from etoile.solvers.casting.constraints import CONSTRAINTS
from etoile.solvers.labor.registry import (
    CASTING_CHECKS,
    LABOR_RULES,
    NOT_ENFORCED,
    REHEARSAL_DANCER,
    REHEARSAL_DAY,
)
from etoile.solvers.labor.rule import LaborRule

TESTS = Path(__file__).resolve().parents[2]
LABOR = TESTS.parent / "src" / "etoile" / "solvers" / "labor"
NOT_RULES = {"__init__", "rule", "registry", "casting_shows"}
"""Modules of the package that are not a rule."""

CASTING_TESTS = "validate/test_casting.py"
LOAD_TESTS = "validate/test_casting_load.py"
REHEARSAL_TESTS = "validate/test_rehearsal_rules.py"

VIOLATED_AND_SATISFIED: dict[str, tuple[str, str, str]] = {
    # name: (test file, the test where it is violated, the test where it is satisfied)
    words.WEEKLY_SHOWS: (CASTING_TESTS, "test_too_many_shows_in_a_week", "same"),
    words.WEEKLY_LEADS: (CASTING_TESTS, "test_too_many_leads_in_a_week", "same"),
    words.BOTH_SHOWS: (CASTING_TESTS, "test_lead_in_both_shows_of_a_day", "same"),
    words.LEAD_REST: (CASTING_TESTS, "test_too_little_rest_between_leads", "same"),
    words.DAYS_IN_A_ROW: (CASTING_TESTS, "test_too_many_days_in_a_row", "same"),
    words.DOUBLE_BOOKED: (CASTING_TESTS, "test_double_booked", "same"),
    words.LOAD_OVER_TIME: (
        LOAD_TESTS,
        "test_back_from_injury_on_sunday_is_short_by_three_hours",
        "test_back_from_injury_on_saturday_has_time_enough",
    ),
}
"""The casting side's tests, by hand; the rehearsal rules' come from REHEARSAL_TESTS, whose
``ALL`` list parametrises a violated and a satisfied test of each rule (``CASES`` holds the
violated cases)."""


def _tree(path: str) -> ast.Module:
    return ast.parse((TESTS / path).read_text(encoding="utf-8"))


def _functions(path: str) -> set[str]:
    return {n.name for n in _tree(path).body if isinstance(n, ast.FunctionDef)}


def _rehearsal_names() -> tuple[set[str], set[str]]:
    """The names in REHEARSAL_TESTS' ``ALL`` list and ``CASES`` keys, resolved."""
    modules = {"r": "etoile.validate.rehearsal", "lab": "etoile.validate.rehearsal_labor"}

    def names(node: ast.expr) -> set[str]:
        return {
            getattr(importlib.import_module(modules[n.value.id]), n.attr)
            for n in ast.walk(node)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
            if n.value.id in modules
        }

    found: dict[str, set[str]] = {}
    for node in _tree(REHEARSAL_TESTS).body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name) and target.id in ("ALL", "CASES"):
                value = node.value
                keys = value.keys if isinstance(value, ast.Dict) else [value]
                found[target.id] = set().union(*(names(k) for k in keys if k is not None))
    return found["ALL"], found["CASES"]


def _resolve(dotted: str) -> object:
    """The object a dotted name stands for: the longest importable module, then attributes."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:i]))
        except ModuleNotFoundError:
            continue
        for attr in parts[i:]:
            found = getattr(found, attr)
        return found
    raise ModuleNotFoundError(dotted)


def test_every_field_of_the_labour_rules_has_a_rule() -> None:
    read = {f for rule in LABOR_RULES for f in rule.fields}
    assert read <= set(LaborRules.model_fields)
    assert set(LaborRules.model_fields) - read == set(NOT_ENFORCED)


def test_every_rule_module_is_registered_once() -> None:
    modules = {p.stem for p in LABOR.glob("*.py")} - NOT_RULES
    keys = [rule.key for rule in LABOR_RULES]
    assert sorted(keys) == sorted(modules)
    for rule in LABOR_RULES:
        assert importlib.import_module(f"etoile.solvers.labor.{rule.key}").RULE is rule


@pytest.mark.parametrize("rule", LABOR_RULES, ids=lambda r: r.key)
def test_a_rule_names_its_words_fields_and_validator(rule: LaborRule) -> None:
    assert rule.names and rule.fields and rule.validator
    every_word = {v for k, v in vars(words).items() if k.isupper()}
    assert set(rule.names) <= every_word
    # The validator reports the rule under these names, and runs the checks named here.
    reported = set()
    for check in rule.validator:
        module = importlib.import_module(check.__module__)
        assert check in module.RULES
        reported |= {v for k, v in vars(module).items() if k.isupper() and isinstance(v, str)}
    assert set(rule.names) <= reported


@pytest.mark.parametrize("rule", LABOR_RULES, ids=lambda r: r.key)
def test_where_else_a_rule_is_read_exists(rule: LaborRule) -> None:
    for dotted in rule.elsewhere:
        assert _resolve(dotted) is not None, dotted


def test_every_name_has_a_violated_and_a_satisfied_validator_test() -> None:
    every, violated = _rehearsal_names()
    for rule in LABOR_RULES:
        for name in rule.names:
            if name in VIOLATED_AND_SATISFIED:
                path, broken, kept = VIOLATED_AND_SATISFIED[name]
                assert {broken, broken if kept == "same" else kept} <= _functions(path), name
            else:  # test_rule_violated and test_rule_satisfied_by_the_good_calendar
                assert name in every and name in violated, name
    assert {"test_rule_violated", "test_rule_satisfied_by_the_good_calendar"} <= _functions(
        REHEARSAL_TESTS
    )


def test_the_models_add_the_rules_in_their_original_order() -> None:
    # The order of constraints is part of a CP-SAT model: changing it can change the plan of
    # a season with the same seed. The labour rules come last in the casting model.
    assert [f.__name__ for f in CONSTRAINTS] == [
        "role_slots_filled",
        "pins_kept",
        "one_role_per_show",
        "one_place_at_a_time",
        "weekly_show_limit",
        "weekly_lead_limit",
        "no_lead_in_both_shows",
        "rest_between_leads",
        "consecutive_days_limit",
        "rehearsal_load",
    ]
    assert [f.__name__ for f in REHEARSAL_DAY] == ["show_day_cap", "day_overtime"]
    assert [f.__name__ for f in REHEARSAL_DANCER] == ["week_overtime", "in_a_row", "weekly_rest"]
    assert len(CASTING_CHECKS) == 6
