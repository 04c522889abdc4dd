"""Publication changelogs: for each published plan, the diff from the version before it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from etoile.storage.models import ChangelogRow
from etoile.storage.repository import Repository


@dataclass(frozen=True)
class StoredChangelog:
    """The changelog of one published plan."""

    plan_id: int
    previous_plan_id: int | None
    published_by: int | None
    created_at: dt.datetime
    people: list[str]
    document: dict[str, Any]


class ChangelogRepository(Repository):
    """Changelogs in the database, inside the caller's session."""

    def add(
        self,
        plan_id: int,
        previous_plan_id: int | None,
        people: list[str],
        document: dict[str, Any],
        published_by: int | None = None,
    ) -> StoredChangelog:
        """Store the changelog of the published plan ``plan_id``.

        Parameters
        ----------
        plan_id
            The plan just published.
        previous_plan_id
            The version it follows (None for a season's first version).
        people
            Ids of the people the changes concern; stored sorted.
        document
            The diff from the previous version, as JSON.
        published_by
            The user who published, if known.

        Returns
        -------
        StoredChangelog
            What was stored, its creation time included.
        """
        row = ChangelogRow(
            plan_id=plan_id,
            previous_plan_id=previous_plan_id,
            published_by=published_by,
            created_at=self._clock(),
            people=sorted(people),
            document=document,
        )
        with self._session.begin_nested():
            self._session.add(row)
        return _stored(row)

    def for_plan(self, plan_id: int) -> StoredChangelog | None:
        """The changelog of plan ``plan_id``, or None when it has none."""
        row = self._session.scalar(select(ChangelogRow).where(ChangelogRow.plan_id == plan_id))
        return None if row is None else _stored(row)


def _stored(row: ChangelogRow) -> StoredChangelog:
    return StoredChangelog(
        plan_id=row.plan_id,
        previous_plan_id=row.previous_plan_id,
        published_by=row.published_by,
        created_at=row.created_at,
        people=list(row.people),
        document=dict(row.document),
    )
