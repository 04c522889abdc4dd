"""Performances: a production at a venue at a time."""

from __future__ import annotations

import datetime as dt

from pydantic import AwareDatetime, Field

from etoile.domain.base import Id, Model


class CastPin(Model):
    """A casting decision a director has fixed: ``dancer`` dances ``role`` in this show."""

    role: Id
    dancer: Id


class Performance(Model):
    """One show. ``start`` carries its UTC offset; the venue gives the time zone."""

    id: Id
    production: Id
    venue: Id
    start: AwareDatetime
    pins: list[CastPin] = Field(default_factory=list)
    gala: bool = Field(False, description="Opening night or a gala.")

    @property
    def day(self) -> dt.date:
        """The local calendar day of the show (the offset written in the file)."""
        return self.start.date()

    @property
    def is_matinee(self) -> bool:
        """Shows that start before 17:00 local time."""
        return self.start.hour < 17
