"""The newest published version each reader has seen: it only ever moves forward."""

from __future__ import annotations

import datetime as dt

from etoile.storage import Database, UserRepository
from etoile.storage.seen import SeenVersionRepository

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_a_version_is_recorded_once_per_reader_and_season_and_never_goes_back(
    db: Database,
) -> None:
    with db.transaction() as session:
        ava = UserRepository(session).add("ava", "hash", "dancer", "nyc", dancer="nyc-ava").id
        ben = UserRepository(session).add("ben", "hash", "dancer", "nyc", dancer="nyc-ben").id
    with db.transaction() as session:
        seen = SeenVersionRepository(session, clock=lambda: T0)
        assert seen.last_seen(ava, "tiny-2026") is None
        seen.record(ava, "tiny-2026", 3)
        seen.record(ava, "tiny-2026", 2)  # an older page written after a newer one
        seen.record(ben, "tiny-2026", 1)
        seen.record(ava, "other-2027", 1)
    with db.transaction() as session:
        seen = SeenVersionRepository(session)
        assert [seen.last_seen(ava, "tiny-2026"), seen.last_seen(ben, "tiny-2026")] == [3, 1]
        assert seen.last_seen(ava, "other-2027") == 1
        seen.record(ava, "tiny-2026", 5)
        assert seen.last_seen(ava, "tiny-2026") == 5
