"""The clock of stored times: every stamp is an aware UTC datetime.

Repositories and services take a ``clock`` argument defaulting to :func:`utc_now`, so that
tests can move time (sessions expiring, throttles cooling down) without sleeping.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]
"""A function that returns the current time, aware, in UTC."""


def utc_now() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)
