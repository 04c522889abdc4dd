"""What a stored plan is, apart from how it is stored: its status, its information, its content.

:class:`PlanInfo` is a plan without its content (what lists of plans show), :class:`StoredPlan`
a plan with it; :func:`info_of` and :func:`info_fields` read them from a plan's row. The
repository of :mod:`etoile.storage.plans` returns them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from etoile.domain import Plan, SolveReport
from etoile.storage.models import DRAFT, PUBLISHED, PlanRow


class PlanStatus(StrEnum):
    """A plan is a draft until it is published."""

    DRAFT = DRAFT
    PUBLISHED = PUBLISHED


@dataclass(frozen=True)
class PlanInfo:
    """A stored plan without its content: what lists of plans show."""

    id: int
    season_id: str
    status: PlanStatus
    version: int | None
    label: str
    created_at: dt.datetime
    published_at: dt.datetime | None
    reports: dict[str, SolveReport]
    revision: int
    """Saves of this plan so far (1 when made); a write names the one it started from."""
    based_on: int | None
    """The published plan this hand-edited draft was copied from, if any."""

    @property
    def etag(self) -> str:
        """The HTTP entity tag of this plan's content (changes with every save)."""
        return f'"plan-{self.id}-r{self.revision}"'


@dataclass(frozen=True)
class StoredPlan(PlanInfo):
    """A stored plan with its content."""

    plan: Plan


def info_of(row: PlanRow, season_id: str) -> PlanInfo:
    """The plan of ``row``, of season ``season_id``, without its content."""
    return PlanInfo(**info_fields(row, season_id))


def info_fields(row: PlanRow, season_id: str) -> dict[str, Any]:
    """The fields of :class:`PlanInfo` read from ``row``, of season ``season_id``.

    Parameters
    ----------
    row
        The stored plan (its document need not be loaded).
    season_id
        The id of the row's season (rows hold its key, not its id).
    """
    return {
        "id": row.id,
        "season_id": season_id,
        "status": PlanStatus(row.status),
        "version": row.version,
        "label": row.label,
        "created_at": row.created_at,
        "published_at": row.published_at,
        "reports": {part: SolveReport.model_validate(r) for part, r in row.reports.items()},
        "revision": row.revision,
        "based_on": row.based_on,
    }
