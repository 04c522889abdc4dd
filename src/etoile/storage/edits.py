"""A saved manual change of a draft plan: what the edit log keeps, and what a stale writer
missed (:class:`etoile.storage.errors.StaleWriteError` carries them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PlanEdit:
    """One saved manual change of a draft (what a stale writer missed)."""

    revision: int
    performance: str
    role: str
    dancers: tuple[str, ...]
    by: str
    at: dt.datetime
