"""Reading stored plans: one plan, with or without its content, a season's plans and versions.

:class:`PlanReader` reads plans inside the caller's session; a draft's content is its document
with the cell edits saved after it replayed. :class:`etoile.storage.plans.PlanRepository` adds
the writes: drafts, cell edits and publication.
"""

from __future__ import annotations

import builtins

from sqlalchemy import func, select
from sqlalchemy.orm import defer

from etoile.storage.edits import PlanEdit
from etoile.storage.errors import PlanNotFoundError, SeasonNotFoundError, StorageError, storable_id
from etoile.storage.mappers import plan_from_documents
from etoile.storage.models import PlanEditRow, PlanRow, SeasonRow
from etoile.storage.plan_info import PlanInfo, PlanStatus, StoredPlan, info_fields, info_of
from etoile.storage.repository import Repository


class PlanReader(Repository):
    """Plans in the database, read inside the caller's session (see :class:`SeasonRepository`)."""

    def edits_since(self, plan_id: int, revision: int) -> builtins.list[PlanEdit]:
        """The manual changes of draft ``plan_id`` after ``revision``, oldest first.

        Parameters
        ----------
        plan_id
            The draft.
        revision
            Edits up to and including this revision are left out.
        """
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
        """The status and revision of plan ``plan_id`` (a cheap query).

        Raises
        ------
        PlanNotFoundError
            When there is no such plan.
        """
        if not storable_id(plan_id):
            raise PlanNotFoundError(str(plan_id))
        found = self._session.execute(
            select(PlanRow.status, PlanRow.revision).where(PlanRow.id == plan_id)
        ).one_or_none()
        if found is None:
            raise PlanNotFoundError(str(plan_id))
        return PlanStatus(found[0]), found[1]

    def get(self, plan_id: int) -> StoredPlan:
        """The stored plan ``plan_id``, draft or published.

        Raises
        ------
        PlanNotFoundError
            When no plan has this id.
        StorageError
            When the draft's cell edits after its document are not all stored.
        """
        row, season_id = self._row(plan_id)
        return self._stored(row, season_id)

    def get_version(self, season_id: str, version: int) -> StoredPlan:
        """Published version ``version`` of season ``season_id``.

        Parameters
        ----------
        season_id
            The season.
        version
            Its version number, 1 for the first publication.

        Raises
        ------
        SeasonNotFoundError
            When the season is not stored.
        PlanNotFoundError
            When the season has no such version.
        """
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
        """Published version ``version`` of season ``season_id``, without its content.

        Raises
        ------
        SeasonNotFoundError
            For an unknown season.
        PlanNotFoundError
            For a version not published.
        """
        if not storable_id(version):
            raise PlanNotFoundError(f"version {version}")
        row = self._session.scalar(
            select(PlanRow)
            .where(PlanRow.season_pk == self._season_pk(season_id), PlanRow.version == version)
            .options(defer(PlanRow.document))
        )
        if row is None:
            raise PlanNotFoundError(f"version {version} of season {season_id!r}")
        return info_of(row, season_id)

    def info(self, plan_id: int) -> PlanInfo:
        """Plan ``plan_id``, draft or published, without its content (a cheap query)."""
        row, season_id = self._row(plan_id, content=False)
        return info_of(row, season_id)

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
        return [info_of(row, season_id) for row in rows]

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
        return StoredPlan(**info_fields(row, season_id), plan=plan)

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
