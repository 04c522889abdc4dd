"""The clock of stored times: aware and in UTC."""

from __future__ import annotations

import datetime as dt

from etoile.storage.clock import utc_now


def test_now_is_aware_utc_and_now() -> None:
    before = dt.datetime.now(dt.UTC)
    now = utc_now()
    after = dt.datetime.now(dt.UTC)
    assert now.utcoffset() == dt.timedelta(0)
    assert before <= now <= after
