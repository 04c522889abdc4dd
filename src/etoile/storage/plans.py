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
from typing import Any, cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from etoile.domain import Plan, SolveReport
from etoile.storage.clock import utc_now
from etoile.storage.edits import PlanEdit
from etoile.storage.errors import (
    ConstraintError,
    PlanNotFoundError,
    PlanStateError,
    SeasonNotFoundError,
    StaleWriteError,
    StorageError,
    storable_id,
)
from etoile.storage.mappers import plan_documents, plan_from_documents
from etoile.storage.models import DRAFT, PUBLISHED, PlanEditRow, PlanRow, SeasonRow


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


DOCUMENT_EVERY = 16
"""A draft's document is written again after this many cell edits (and when it is
published); in between, a save writes only its edit and reading the plan replays them."""


class PlanRepository:
    """Plans in the database, inside the caller's session (see :class:`SeasonRepository`).

    Parameters
    ----------
    session
        The session to work in; the caller commits.
    clock
        Returns the current aware time; tests pass a fixed one.
    """

    def __init__(self, session: Session, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._session = session
        self._clock = clock

    def save_draft(self, plan: Plan, *, label: str = "", based_on: int | None = None) -> PlanInfo:
        """Store ``plan`` as a new draft of its season (``plan.season``), at revision 1.

        ``based_on`` names the published plan a hand-edited draft was copied from.
        """
        document, reports = plan_documents(plan)
        row = PlanRow(
            season_pk=self._season_pk(plan.season),
            status=DRAFT,
            created_at=self._clock().astimezone(dt.UTC),
            label=label,
            document=document,
            reports=reports,
            revision=1,
            based_on=based_on,
        )
        with self._session.begin_nested():
            self._session.add(row)
        return _info(row, plan.season)

    def update_draft(
        self,
        plan_id: int,
        plan: Plan,
        *,
        label: str | None = None,
        expected_revision: int | None = None,
    ) -> PlanInfo:
        """Replace the content (and optionally the label) of draft ``plan_id``; its revision
        goes up by one.

        Parameters
        ----------
        expected_revision
            The revision the writer started from. The row is changed only if it is still the
            newest (one conditional ``UPDATE``, atomic on SQLite and PostgreSQL alike); None
            writes whatever the revision (solver jobs that own their draft).

        Raises
        ------
        PlanStateError
            When the plan is published, or ``plan`` belongs to another season.
        StaleWriteError
            When another save changed the draft after ``expected_revision``.
        """
        row, season_id = self._draft(plan_id, plan)
        document, reports = plan_documents(plan)
        values: dict[str, Any] = {
            "document": document,
            "reports": reports,
            "revision": PlanRow.revision + 1,
            "document_revision": PlanRow.revision + 1,
        }
        if label is not None:
            values["label"] = label
        self._write(row, values, expected_revision)
        self._session.refresh(row, ["revision", "label", "reports"])
        return _info(row, season_id)

    def edit_cell(
        self,
        plan_id: int,
        changed: Plan,
        performance: str,
        role: str,
        dancers: list[str],
        *,
        expected_revision: int,
        by: str,
    ) -> PlanInfo:
        """Save a manual change of one cell of draft ``plan_id``, made on
        ``expected_revision``: the revision goes up by one and the edit is logged
        (:meth:`add_edit`); the plan's document is written again only every
        :data:`DOCUMENT_EVERY` edits (``changed`` is the whole plan after the edit), since
        reading the plan replays the edits after its document.

        Raises
        ------
        PlanStateError
            When the plan is published, or ``changed`` belongs to another season.
        StaleWriteError
            When another save changed the draft after ``expected_revision``.
        """
        row, season_id = self._draft(plan_id, changed)
        revision = expected_revision + 1
        values: dict[str, Any] = {"revision": revision}
        if revision - row.document_revision >= DOCUMENT_EVERY:
            document, reports = plan_documents(changed)
            values |= {"document": document, "reports": reports, "document_revision": revision}
        self._write(row, values, expected_revision)
        self.add_edit(plan_id, revision, performance, role, dancers, by)
        self._session.refresh(row, ["revision", "document_revision", "label", "reports"])
        return _info(row, season_id)

    def _draft(self, plan_id: int, plan: Plan) -> tuple[PlanRow, str]:
        """The row of draft ``plan_id`` (without its document) and its season's id;
        :class:`PlanStateError` when it is published or ``plan`` is of another season."""
        row, season_id = self._row(plan_id, content=False)
        if row.status != DRAFT:
            raise PlanStateError(
                f"plan {plan_id} is published (version {row.version}): "
                "save the change as a new draft"
            )
        if plan.season != season_id:
            raise PlanStateError(
                f"plan {plan_id} belongs to season {season_id!r}, not {plan.season!r}"
            )
        return row, season_id

    def _write(self, row: PlanRow, values: dict[str, Any], expected: int | None) -> None:
        """One conditional ``UPDATE`` of draft ``row`` with ``values`` if it is still at
        revision ``expected`` (None: whatever its revision; atomic on SQLite and PostgreSQL
        alike); :class:`StaleWriteError` when another save came first."""
        query = update(PlanRow).where(PlanRow.id == row.id, PlanRow.status == DRAFT)
        if expected is not None:
            query = query.where(PlanRow.revision == expected)
        with self._session.begin_nested():
            result = self._session.execute(query.values(**values))
            changed = cast(CursorResult[Any], result).rowcount
        if changed != 1:
            self._session.expire(row)
            raise self.stale(row.id, expected or 0)

    def stale(self, plan_id: int, revision: int) -> StaleWriteError:
        """The error for a write to ``plan_id`` that started from an older ``revision``."""
        current = self._session.scalar(select(PlanRow.revision).where(PlanRow.id == plan_id))
        missed = self.edits_since(plan_id, revision)
        who = sorted({e.by for e in missed if e.by})
        return StaleWriteError(
            f"plan {plan_id} was changed after revision {revision} (now {current}"
            + (f", by {', '.join(who)}" if who else "")
            + "): nothing was saved; reload the plan and make the change again",
            current=current,
            missed=missed,
        )

    def add_edit(
        self, plan_id: int, revision: int, performance: str, role: str, dancers: list[str], by: str
    ) -> None:
        """Record the manual change that made ``revision`` of draft ``plan_id``."""
        with self._session.begin_nested():
            self._session.add(
                PlanEditRow(
                    plan_id=plan_id,
                    revision=revision,
                    performance=performance,
                    role=role,
                    dancers=list(dancers),
                    by_login=by,
                    created_at=self._clock().astimezone(dt.UTC),
                )
            )

    def edits_since(self, plan_id: int, revision: int) -> builtins.list[PlanEdit]:
        """The manual changes of draft ``plan_id`` after ``revision``, oldest first."""
        rows = self._session.scalars(
            select(PlanEditRow)
            .where(PlanEditRow.plan_id == plan_id, PlanEditRow.revision > revision)
            .order_by(PlanEditRow.revision)
        )
        return [
            PlanEdit(r.revision, r.performance, r.role, tuple(r.dancers), r.by_login, r.created_at)
            for r in rows
        ]

    def revision(self, plan_id: int) -> tuple[PlanStatus, int]:
        """The status and revision of plan ``plan_id`` (a cheap query)."""
        if not storable_id(plan_id):
            raise PlanNotFoundError(str(plan_id))
        found = self._session.execute(
            select(PlanRow.status, PlanRow.revision).where(PlanRow.id == plan_id)
        ).one_or_none()
        if found is None:
            raise PlanNotFoundError(str(plan_id))
        return PlanStatus(found[0]), found[1]

    def lock_season(self, season_id: str) -> None:
        """Hold the season's row until the transaction ends, so that its publications happen
        one at a time (PostgreSQL ``SELECT ... FOR UPDATE``; SQLite's write transaction
        already holds the whole file). Call it before reading what a publication depends on."""
        self._session.execute(
            select(SeasonRow.pk).where(SeasonRow.id == season_id).with_for_update()
        )

    def publish(self, plan_id: int) -> PlanInfo:
        """Publish draft ``plan_id`` as the next version of its season (1 for the first).

        The season is locked first (:meth:`lock_season`) and the plan read after the lock, so
        two publications at once give one version and one :class:`PlanStateError`.

        Raises
        ------
        PlanStateError
            When the plan is already published.
        """
        row, season_id = self._row(plan_id, content=False)
        self.lock_season(season_id)
        self._session.refresh(row, ["status", "version"])  # what the lock holder committed
        if row.status != DRAFT:
            raise PlanStateError(f"plan {plan_id} is already published as version {row.version}")
        if row.document_revision < row.revision:
            # A published plan's document is whole: the cell edits since it are written in.
            document, reports = plan_documents(self.get(plan_id).plan)
            with self._session.begin_nested():
                row.document, row.reports = document, reports
                row.document_revision = row.revision
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
        return self._stored(row, season_id)

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
        return self._stored(row, season_id)

    def version_info(self, season_id: str, version: int) -> PlanInfo:
        """Published version ``version`` of season ``season_id``, without its content."""
        if not storable_id(version):
            raise PlanNotFoundError(f"version {version}")
        row = self._session.scalar(
            select(PlanRow)
            .where(PlanRow.season_pk == self._season_pk(season_id), PlanRow.version == version)
            .options(defer(PlanRow.document))
        )
        if row is None:
            raise PlanNotFoundError(f"version {version} of season {season_id!r}")
        return _info(row, season_id)

    def info(self, plan_id: int) -> PlanInfo:
        """Plan ``plan_id``, draft or published, without its content (a cheap query)."""
        row, season_id = self._row(plan_id, content=False)
        return _info(row, season_id)

    def latest_version(self, season_id: str) -> int | None:
        """The highest published version number of season ``season_id``, or None."""
        return self._session.scalar(
            select(func.max(PlanRow.version)).where(PlanRow.season_pk == self._season_pk(season_id))
        )

    def latest_published(self, season_id: str) -> StoredPlan | None:
        """The highest published version of season ``season_id``, or None if none is."""
        row = self._session.scalar(
            select(PlanRow)
            .where(PlanRow.season_pk == self._season_pk(season_id), PlanRow.version.is_not(None))
            .order_by(PlanRow.version.desc())
            .limit(1)
        )
        return None if row is None else self._stored(row, season_id)

    def list(self, season_id: str) -> builtins.list[PlanInfo]:
        """The plans of season ``season_id``, oldest first (without their content)."""
        rows = self._session.scalars(
            select(PlanRow)
            .where(PlanRow.season_pk == self._season_pk(season_id))
            .options(defer(PlanRow.document))
            .order_by(PlanRow.id)
        )
        return [_info(row, season_id) for row in rows]

    def _stored(self, row: PlanRow, season_id: str) -> StoredPlan:
        """The plan of ``row``: its document, with the cell edits after it replayed."""
        plan = plan_from_documents(row.document, row.reports)
        if row.document_revision < row.revision:
            edits = self.edits_since(row.id, row.document_revision)
            wanted = list(range(row.document_revision + 1, row.revision + 1))
            if [e.revision for e in edits] != wanted:
                raise StorageError(
                    f"plan {row.id}: the edits after revision {row.document_revision} of its "
                    f"document are not all stored (revision {row.revision})"
                )
            for e in edits:
                plan = plan.recast(e.performance, e.role, e.dancers)
        return StoredPlan(**_info_fields(row, season_id), plan=plan)

    def _season_pk(self, season_id: str) -> int:
        pk = self._session.scalar(select(SeasonRow.pk).where(SeasonRow.id == season_id))
        if pk is None:
            raise SeasonNotFoundError(season_id)
        return pk

    def _row(self, plan_id: int, *, content: bool = True) -> tuple[PlanRow, str]:
        """The row of ``plan_id`` and its season's id; without ``content``, the document (a
        megabyte of JSON for a season) is not read."""
        if not storable_id(plan_id):
            raise PlanNotFoundError(str(plan_id))
        query = (
            select(PlanRow, SeasonRow.id)
            .join(SeasonRow, SeasonRow.pk == PlanRow.season_pk)
            .where(PlanRow.id == plan_id)
        )
        if not content:
            query = query.options(defer(PlanRow.document))
        found = self._session.execute(query).one_or_none()
        if found is None:
            raise PlanNotFoundError(str(plan_id))
        return found[0], found[1]


def _info(row: PlanRow, season_id: str) -> PlanInfo:
    return PlanInfo(**_info_fields(row, season_id))


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
        "revision": row.revision,
        "based_on": row.based_on,
    }
