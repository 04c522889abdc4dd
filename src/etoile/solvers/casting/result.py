"""What every casting solver returns: the cast by index and its honest report.

Solver-neutral (no OR-Tools): the greedy sheet, the CP-SAT model and the MILP all answer with a
:class:`CastingResult`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etoile.domain import SolveReport

Cast = list[tuple[int, int]]
"""(slot, dancer) pairs."""


@dataclass
class CastingResult:
    """What a casting solver returns: the cast (possibly empty) and its honest report."""

    cast: Cast
    report: SolveReport
    stats: dict[str, int] = field(default_factory=dict)
