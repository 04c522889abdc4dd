"""Casting: who dances every role of every performance (CP-SAT, with baselines).

Public API: :func:`solve_casting`, :class:`CastingModel`, :class:`CastingResult`,
:class:`CastingParams`, :func:`solve_greedy`, :func:`solve_milp`, :func:`explain`.

Names are loaded lazily: :mod:`.highs_run` runs in a child process that must never load
OR-Tools (its bundled HiGHS clashes with highspy's), and importing it imports this package.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "CastingModel": "cpsat_model",
    "CastingResult": "result",
    "solve_casting": "model",
    "CastingParams": "params",
    "Progress": "params",
    "solve_greedy": "greedy",
    "solve_milp": "milp",
    "explain": "explain",
    "SlotExplanation": "explain",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
