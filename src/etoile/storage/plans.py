"""The plan repository: drafts, and published versions numbered 1, 2, ... per season.

A solver run or a manual edit produces a *draft*. Publishing a draft freezes it as the next
version of its season; a published plan is never changed again (the web app's changelog
compares versions), so further edits start a new draft.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from etoile.domain import Plan, SolveReport
from etoile.storage.errors import (
    ConstraintError,
    PlanNotFoundError,
    PlanStateError,
    SeasonNotFoundError,
    storable_id,
)
from etoile.storage.mappers import plan_documents, plan_from_documents
from etoile.storage.models import DRAFT, PUBLISHED, PlanRow, SeasonRow


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


@dataclass(frozen=True)
class StoredPlan(PlanInfo):
    """A stored plan with its content."""

    plan: Plan


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PlanRepository:
    """Plans in the database, inside the caller's session (see :class:`SeasonRepository`).

    Parameters
    ----------
    session
        The session to work in; the caller commits.
    clock
        Returns the current aware time; tests pass a fixed one.
    """

    def __init__(self, session: Session, *, clock: Callable[[], dt.datetime] = _utc_now) -> None:
        self._session = session
        self._clock = clock

    def save_draft(self, plan: Plan, *, label: str = "") -> PlanInfo:
        """Store ``plan`` as a new draft of its season (``plan.season``)."""
        document, reports = plan_documents(plan)
        row = PlanRow(
            season_pk=self._season_pk(plan.season),
            status=DRAFT,
            created_at=self._clock().astimezone(dt.UTC),
            label=label,
            document=document,
            reports=reports,
        )
        with self._session.begin_nested():
            self._session.add(row)
        return _info(row, plan.season)

    def update_draft(self, plan_id: int, plan: Plan, *, label: str | None = None) -> PlanInfo:
        """Replace the content (and optionally the label) of draft ``plan_id``.

        Raises
        ------
        PlanStateError
            When the plan is published, or ``plan`` belongs to another season.
        """
        row, season_id = self._row(plan_id)
        if row.status != DRAFT:
            raise PlanStateError(
                f"plan {plan_id} is published (version {row.version}): "
                "save the change as a new draft"
            )
        if plan.season != season_id:
            raise PlanStateError(
                f"plan {plan_id} belongs to season {season_id!r}, not {plan.season!r}"
            )
        with self._session.begin_nested():
            row.document, row.reports = plan_documents(plan)
            if label is not None:
                row.label = label
        return _info(row, season_id)

    def publish(self, plan_id: int) -> PlanInfo:
        """Publish draft ``plan_id`` as the next version of its season (1 for the first).

        Raises
        ------
        PlanStateError
            When the plan is already published.
        """
        row, season_id = self._row(plan_id)
        if row.status != DRAFT:
            raise PlanStateError(f"plan {plan_id} is already published as version {row.version}")
        # Lock the season row (PostgreSQL; SQLite locks the whole file on write) so that two
        # publications of one season cannot both take the same next number.
        self._session.execute(
            select(SeasonRow.pk).where(SeasonRow.pk == row.season_pk).with_for_update()
        )
        latest = self._session.scalar(
            select(func.max(PlanRow.version)).where(PlanRow.season_pk == row.season_pk)
        )
        try:
            with self._session.begin_nested():
                row.status = PUBLISHED
                row.version = (latest or 0) + 1
                row.published_at = self._clock().astimezone(dt.UTC)
        except IntegrityError as error:
            raise ConstraintError(f"could not publish plan {plan_id}: {error.orig}") from error
        return _info(row, season_id)

    def get(self, plan_id: int) -> StoredPlan:
        """The stored plan ``plan_id``, draft or published."""
        row, season_id = self._row(plan_id)
        return _stored(row, season_id)

    def get_version(self, season_id: str, version: int) -> StoredPlan:
        """Published version ``version`` of season ``season_id``."""
        if not storable_id(version):
            raise PlanNotFoundError(f"version {version}")
        row = self._session.scalar(
            select(PlanRow).where(
                PlanRow.season_pk == self._season_pk(season_id), PlanRow.version == version
            )
        )
        if row is None:
            raise PlanNotFoundError(f"version {version} of season {season_id!r}")
        return _stored(row, season_id)

    def latest_published(self, season_id: str) -> StoredPlan | None:
        """The highest published version of season ``season_id``, or None if none is."""
        row = self._session.scalar(
            select(PlanRow)
            .where(PlanRow.season_pk == self._season_pk(season_id), PlanRow.version.is_not(None))
            .order_by(PlanRow.version.desc())
            .limit(1)
        )
        return None if row is None else _stored(row, season_id)

    def list(self, season_id: str) -> builtins.list[PlanInfo]:
        """The plans of season ``season_id``, oldest first (without their content)."""
        rows = self._session.scalars(
            select(PlanRow)
            .where(PlanRow.season_pk == self._season_pk(season_id))
            .options(defer(PlanRow.document))
            .order_by(PlanRow.id)
        )
        return [_info(row, season_id) for row in rows]

    def _season_pk(self, season_id: str) -> int:
        pk = self._session.scalar(select(SeasonRow.pk).where(SeasonRow.id == season_id))
        if pk is None:
            raise SeasonNotFoundError(season_id)
        return pk

    def _row(self, plan_id: int) -> tuple[PlanRow, str]:
        if not storable_id(plan_id):
            raise PlanNotFoundError(str(plan_id))
        found = self._session.execute(
            select(PlanRow, SeasonRow.id)
            .join(SeasonRow, SeasonRow.pk == PlanRow.season_pk)
            .where(PlanRow.id == plan_id)
        ).one_or_none()
        if found is None:
            raise PlanNotFoundError(str(plan_id))
        return found[0], found[1]


def _info(row: PlanRow, season_id: str) -> PlanInfo:
    return PlanInfo(**_info_fields(row, season_id))


def _stored(row: PlanRow, season_id: str) -> StoredPlan:
    plan = plan_from_documents(row.document, row.reports)
    return StoredPlan(**_info_fields(row, season_id), plan=plan)


def _info_fields(row: PlanRow, season_id: str) -> dict[str, Any]:
    return {
        "id": row.id,
        "season_id": season_id,
        "status": PlanStatus(row.status),
        "version": row.version,
        "label": row.label,
        "created_at": row.created_at,
        "published_at": row.published_at,
        "reports": {part: SolveReport.model_validate(r) for part, r in row.reports.items()},
    }
