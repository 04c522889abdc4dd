"""The newest published version of a season each user has seen, inside the caller's session.

``/me`` reads it to tell a dancer what changed since they last looked, then records the
version it showed. Recording is one statement that only moves forward (an upsert), so that
two tabs opened at once, or an older page written after a newer one, never fail nor go back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from etoile.storage.models import UserSeenRow
from etoile.storage.repository import Repository


class SeenVersionRepository(Repository):
    """The versions users have seen (table ``user_seen``)."""

    def last_seen(self, user_id: int, season_id: str) -> int | None:
        """The newest version of ``season_id`` user ``user_id`` has seen, or None if none.

        Parameters
        ----------
        user_id
            The reader.
        season_id
            The season whose versions they read.
        """
        return self._session.scalar(
            select(UserSeenRow.version).where(
                UserSeenRow.user_id == user_id, UserSeenRow.season_id == season_id
            )
        )

    def record(self, user_id: int, season_id: str, version: int) -> None:
        """Remember that user ``user_id`` has seen ``version`` of ``season_id``.

        A version older than the one already recorded changes nothing: published versions
        only grow, and a slow page must not undo what a newer one recorded.

        Parameters
        ----------
        user_id
            Who looked.
        season_id
            At which season.
        version
            The published version the page showed them.

        Raises
        ------
        NotImplementedError
            On a database other than SQLite or PostgreSQL.
        """
        values = {
            "user_id": user_id,
            "season_id": season_id,
            "version": version,
            "seen_at": self._clock(),
        }
        dialect = self._session.get_bind().dialect.name
        # Both dialects' inserts take the same ON CONFLICT clause.
        inserts: dict[str, Callable[..., Any]] = {
            "postgresql": postgresql.insert,
            "sqlite": sqlite.insert,
        }
        insert = inserts.get(dialect)
        if insert is None:
            raise NotImplementedError(f"no upsert for {dialect!r}")
        row = insert(UserSeenRow).values(values)
        self._session.execute(
            row.on_conflict_do_update(
                index_elements=[UserSeenRow.user_id, UserSeenRow.season_id],
                set_={"version": row.excluded.version, "seen_at": row.excluded.seen_at},
                where=UserSeenRow.version < row.excluded.version,
            )
        )
