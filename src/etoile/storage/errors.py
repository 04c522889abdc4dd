"""What can go wrong in storage, in words a user can act on.

Every error subclasses :class:`StorageError`, so the CLI and the API can turn all of them into
a clear message (CLI exit code 2) without a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence

from etoile.storage.edits import PlanEdit


class StorageError(Exception):
    """Base of the storage errors; ``str(error)`` is the message for the user."""


class SeasonExistsError(StorageError):
    """A season with this id is already stored and ``replace`` was not asked for."""

    def __init__(self, season_id: str) -> None:
        self.season_id = season_id
        super().__init__(
            f"season {season_id!r} is already in the database; "
            "load it with replace (--replace) to overwrite it"
        )


class SeasonNotFoundError(StorageError):
    """No season with this id is stored."""

    def __init__(self, season_id: str) -> None:
        self.season_id = season_id
        super().__init__(f"no season {season_id!r} in the database")


class PlanNotFoundError(StorageError):
    """No plan with this id (or version) is stored."""

    def __init__(self, what: str) -> None:
        super().__init__(f"no plan {what} in the database")


class PlanStateError(StorageError):
    """The plan is not in a state that allows the operation (e.g. editing a published plan)."""


class StaleWriteError(StorageError):
    """A write named a revision (or a published version) that is no longer the newest: another
    save came first. Nothing was written; ``missed`` says what the writer did not see.

    Parameters
    ----------
    message
        What happened, for the user.
    current
        The newest revision of the plan (or the newest published version of the season).
    missed
        The saved edits made after the writer's revision (empty when unknown).
    """

    def __init__(
        self, message: str, *, current: int | None, missed: Sequence[PlanEdit] = ()
    ) -> None:
        super().__init__(message)
        self.current = current
        self.missed = list(missed)


class ConstraintError(StorageError):
    """The data breaks a rule the database enforces (a duplicate id, an unknown reference)."""


class SchemaError(StorageError):
    """The database has no Étoile schema, or not the current one: run ``etoile db upgrade``."""


MAX_ID = 2**63 - 1
"""The largest row id any backend stores (a signed 64-bit integer)."""


def storable_id(value: int) -> bool:
    """Whether ``value`` can be a row id: a larger number cannot name any row (SQLite would
    fail on it rather than find nothing)."""
    return 1 <= value <= MAX_ID
