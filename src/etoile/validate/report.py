"""Violations as plain data and as a one-line summary, for the CLI, the API and scripts.

Rendering (Rich tables, HTML) belongs to the callers; this module only decides what is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from etoile.validate.violation import Severity, Violation


def to_data(violation: Violation) -> dict[str, Any]:
    """One violation as JSON-compatible data (``entities`` as a list)."""
    return {
        "rule": violation.rule,
        "severity": violation.severity.value,
        "entities": list(violation.entities),
        "amount": violation.amount,
        "message": violation.message,
    }


def count(violations: Sequence[Violation], severity: Severity) -> int:
    """How many of ``violations`` have ``severity``."""
    return sum(1 for v in violations if v.severity is severity)


def has_errors(violations: Sequence[Violation]) -> bool:
    """True when at least one violation breaks a hard rule."""
    return count(violations, Severity.ERROR) > 0


def summary(violations: Sequence[Violation]) -> str:
    """``"2 errors, 1 warning"``, or ``"No violations"``."""
    if not violations:
        return "No violations"
    errors = count(violations, Severity.ERROR)
    warnings = count(violations, Severity.WARNING)
    return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"


def report_data(
    season_id: str, plan: str | None, violations: Sequence[Violation]
) -> dict[str, Any]:
    """The whole result of a check as JSON-compatible data: what was checked, the counts,
    and every violation in order.

    Parameters
    ----------
    season_id
        The id of the season checked.
    plan
        What names the plan checked (``etoile check`` gives its file), or None when the season was
        checked alone.
    violations
        The violations, in the order :func:`etoile.validate.validate` returns them.

    Returns
    -------
    dict[str, Any]
        ``season``, ``plan``, the ``errors`` and ``warnings`` counts and the ``violations`` (each as
        :func:`to_data` gives it).
    """
    return {
        "season": season_id,
        "plan": plan,
        "errors": count(violations, Severity.ERROR),
        "warnings": count(violations, Severity.WARNING),
        "violations": [to_data(v) for v in violations],
    }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
