"""Dancers and artistic staff."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from etoile.domain.base import DateRange, Id, Model, Text


class AbsenceReason(StrEnum):
    """Why someone is away."""

    INJURY = "injury"
    ILLNESS = "illness"
    LEAVE = "leave"
    OTHER = "other"


class Absence(DateRange):
    """Days (inclusive) on which a dancer or staff member cannot work."""

    reason: AbsenceReason = AbsenceReason.LEAVE
    note: str = ""


class Dancer(Model):
    """A member of one company.

    ``known_roles`` are role ids the dancer can dance today. ``learn_hours`` overrides, per
    role, the role's default learning hours (a star who danced Odette in another production
    needs fewer hours than a debutante). ``draw`` is the audience pull of the name, from 0
    (none) to 1 (a star who sells out a house on their own).
    """

    id: Id
    name: Text
    rank: Id
    tags: list[Id] = Field(default_factory=list, description="Casting tags, e.g. 'woman', 'tall'.")
    known_roles: list[Id] = Field(default_factory=list)
    learn_hours: dict[Id, Annotated[float, Field(ge=0, le=500)]] = Field(default_factory=dict)
    partners: list[Id] = Field(default_factory=list, description="Preferred partners' ids.")
    draw: float = Field(0.0, ge=0.0, le=1.0)
    exchange_consent: bool = Field(False, description="Agrees to dance abroad as a guest.")
    absences: list[Absence] = Field(default_factory=list)

    def absent_on(self, day: dt.date) -> Absence | None:
        """The absence covering ``day``, or None when the dancer is available."""
        return next((a for a in self.absences if a.contains(day)), None)


class StaffKind(StrEnum):
    """What an artistic staff member does."""

    BALLET_MASTER = "ballet_master"
    REPETITEUR = "repetiteur"
    TEACHER = "teacher"
    PIANIST = "pianist"
    CONDUCTOR = "conductor"


class Staff(Model):
    """A ballet master, répétiteur, teacher, pianist or conductor of one company."""

    id: Id
    name: Text
    kind: StaffKind
    productions: list[Id] = Field(
        default_factory=list, description="Productions this person can rehearse or conduct."
    )
    unavailable: list[DateRange] = Field(default_factory=list)
    weekly_hours: float = Field(35.0, gt=0, le=80)
