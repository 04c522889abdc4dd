"""Semantic checks of a season whose types are already right.

pydantic has checked the shape of every value; these checks look at the season as a whole:
duplicate ids, dangling references, impossible values and dates. Each returns
:class:`Finding` objects located by path, so the same checks serve season files (located by
line) and roster imports (located by row and column).
"""

from __future__ import annotations

from etoile.domain import Season
from etoile.seasonfile.checks.calendar import check_calendar
from etoile.seasonfile.checks.finding import Finding
from etoile.seasonfile.checks.ids import check_ids
from etoile.seasonfile.checks.references import check_references
from etoile.seasonfile.checks.values import check_values

__all__ = ["Finding", "check_season"]


def check_season(season: Season) -> list[Finding]:
    """Every semantic problem of ``season``, family by family (ids, references, values, time)."""
    return [
        *check_ids(season),
        *check_references(season),
        *check_values(season),
        *check_calendar(season),
    ]
