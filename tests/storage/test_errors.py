"""Storage errors in words a user can act on, and which numbers can be a row id."""

from __future__ import annotations

import datetime as dt

from etoile.storage.edits import PlanEdit
from etoile.storage.errors import (
    MAX_ID,
    PlanNotFoundError,
    SeasonExistsError,
    SeasonNotFoundError,
    StaleWriteError,
    StorageError,
    storable_id,
)


def test_each_message_says_what_to_do() -> None:
    exists = SeasonExistsError("tiny-2026")
    assert str(exists) == (
        "season 'tiny-2026' is already in the database; load it with replace (--replace) to "
        "overwrite it"
    )
    assert exists.season_id == "tiny-2026"
    assert str(SeasonNotFoundError("x")) == "no season 'x' in the database"
    assert str(PlanNotFoundError("7 (version 3)")) == "no plan 7 (version 3) in the database"
    assert all(
        isinstance(e, StorageError)
        for e in (exists, SeasonNotFoundError("x"), PlanNotFoundError("7"))
    )


def test_a_stale_write_carries_the_current_revision_and_what_was_missed() -> None:
    edit = PlanEdit(
        4, "nyc-p1", "nyc-giselle.giselle", ("nyc-ava",), "rosa", dt.datetime.now(dt.UTC)
    )
    error = StaleWriteError("plan 7 is at revision 4", current=4, missed=(edit,))
    assert (str(error), error.current, error.missed) == ("plan 7 is at revision 4", 4, [edit])
    assert StaleWriteError("gone", current=None).missed == []


def test_a_row_id_is_a_positive_signed_64_bit_integer() -> None:
    # 2**63 - 1 = 9,223,372,036,854,775,807, the largest BIGINT.
    assert MAX_ID == 9_223_372_036_854_775_807
    assert [storable_id(v) for v in (0, 1, MAX_ID, MAX_ID + 1, -5)] == [
        False,
        True,
        True,
        False,
        False,
    ]
