"""A violation: a frozen record that sorts by rule, then severity, then what it names."""

from __future__ import annotations

import dataclasses

import pytest

from etoile.validate import Severity, Violation


def _v(rule: str, severity: Severity, *entities: str) -> Violation:
    return Violation(rule, severity, entities, 1.0, "m")


def test_violations_sort_by_rule_then_severity_then_entities() -> None:
    found = [
        _v("No break", Severity.WARNING, "nyc-ava"),
        _v("Call too long", Severity.ERROR, "r2"),
        _v("No break", Severity.ERROR, "nyc-ben"),
        _v("No break", Severity.ERROR, "nyc-ava"),
    ]
    # "error" < "warning" as text, so errors come first within a rule.
    assert sorted(found) == [found[1], found[3], found[2], found[0]]


def test_a_violation_never_changes() -> None:
    v = _v("No break", Severity.ERROR, "nyc-ava")
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.amount = 2.0  # type: ignore[misc]
    assert v == _v("No break", Severity.ERROR, "nyc-ava")
    assert len({v, _v("No break", Severity.ERROR, "nyc-ava")}) == 1
