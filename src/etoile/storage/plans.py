"""The plan repository: drafts, and published versions numbered 1, 2, ... per season.

A solver run or a manual edit produces a *draft*. Publishing a draft freezes it as the next
version of its season; a published plan is never changed again (the web app's changelog
compares versions), so further edits start a new draft.

:class:`PlanRepository` writes plans (drafts, cell edits, publication) and reads them as
:class:`~etoile.storage.plan_reads.PlanReader` does; what it returns is in
:mod:`etoile.storage.plan_info`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError

from etoile.domain import Plan
from etoile.storage.errors import ConstraintError, PlanStateError, StaleWriteError
from etoile.storage.mappers import plan_documents
from etoile.storage.models import DRAFT, PUBLISHED, PlanEditRow, PlanRow, SeasonRow
from etoile.storage.plan_info import PlanInfo, info_of
from etoile.storage.plan_reads import PlanReader

DOCUMENT_EVERY = 16
"""A draft's document is written again after this many cell edits (and when it is
published); in between, a save writes only its edit and reading the plan replays them."""


class PlanRepository(PlanReader):
    """Plans in the database, inside the caller's session (see :class:`SeasonRepository`):
    written here, read as :class:`~etoile.storage.plan_reads.PlanReader` reads them."""

    def save_draft(self, plan: Plan, *, label: str = "", based_on: int | None = None) -> PlanInfo:
        """Store ``plan`` as a new draft of its season (``plan.season``), at revision 1.

        ``based_on`` names the published plan a hand-edited draft was copied from.

        Parameters
        ----------
        plan
            The plan to store; its ``season`` must be stored.
        label
            A few words people recognise the draft by.
        based_on
            The id of the published plan the draft was copied from, if it was.

        Returns
        -------
        PlanInfo
            The new draft, without its content.

        Raises
        ------
        SeasonNotFoundError
            When ``plan.season`` is not stored.
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
        return info_of(row, plan.season)

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
        plan_id
            The draft to overwrite.
        plan
            Its new content, of the draft's season.
        label
            A new label; None keeps the old one.
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
        return info_of(row, season_id)

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

        Parameters
        ----------
        plan_id
            The draft edited.
        changed
            The whole plan after the edit.
        performance, role
            The cell: a show and one of its roles.
        dancers
            Who dances the role in that show now (empty: nobody).
        expected_revision
            The revision the person editing started from.
        by
            Their login, kept with the edit.

        Returns
        -------
        PlanInfo
            The draft at its new revision.

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
        return info_of(row, season_id)

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
        """The error for a write to ``plan_id`` that started from an older ``revision``.

        Parameters
        ----------
        plan_id
            The draft written to.
        revision
            The revision the writer started from.

        Returns
        -------
        StaleWriteError
            Naming the current revision and who saved the edits missed since.
        """
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
        """Record the manual change that made ``revision`` of draft ``plan_id``.

        Parameters
        ----------
        plan_id
            The draft.
        revision
            The revision the edit made.
        performance, role
            The cell changed.
        dancers
            The cell's dancers after the edit.
        by
            The login of the person who made it.
        """
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
        return info_of(row, season_id)
