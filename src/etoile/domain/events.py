"""Events that change a published plan: the input of ``etoile replan`` (``docs/replan.md``).

An event file names its season, the moment from which the plan may change (``as_of``: what is
before it is frozen) and a list of events, each with a ``kind``:

- ``absence``: a dancer cannot work from ``start`` to ``end`` (injury, illness, leave);
- ``withdrawal``: a dancer withdraws from the exchange: their stays that have not begun are
  cancelled;
- ``performance_cancelled``: a show is cancelled (its cast is released);
- ``performance_added``: a show is added to a house's calendar (its places must be cast);
- ``studio_unavailable``: a studio is closed from ``start`` to ``end`` (its calls move);
- ``venue_unavailable``: a theatre is closed from ``start`` to ``end``: its shows then are
  cancelled and its stage and dress calls move.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from etoile.domain.base import DateRange, Id, Model
from etoile.domain.people import AbsenceReason
from etoile.domain.performance import Performance


class AbsenceEvent(DateRange):
    """A dancer absent from ``start`` to ``end`` (inclusive)."""

    kind: Literal["absence"] = "absence"
    dancer: Id
    reason: AbsenceReason = AbsenceReason.INJURY
    note: str = ""


class WithdrawalEvent(Model):
    """A dancer withdraws from the exchange: their stays not begun by ``as_of`` are cancelled."""

    kind: Literal["withdrawal"] = "withdrawal"
    dancer: Id
    note: str = ""


class PerformanceCancelled(Model):
    """A show is cancelled."""

    kind: Literal["performance_cancelled"] = "performance_cancelled"
    performance: Id
    note: str = ""


class PerformanceAdded(Model):
    """A show added to ``company``'s calendar."""

    kind: Literal["performance_added"] = "performance_added"
    company: Id
    performance: Performance


class StudioUnavailable(DateRange):
    """A studio closed from ``start`` to ``end`` (inclusive)."""

    kind: Literal["studio_unavailable"] = "studio_unavailable"
    studio: Id
    note: str = ""


class VenueUnavailable(DateRange):
    """A theatre closed from ``start`` to ``end`` (inclusive): no show, no stage call."""

    kind: Literal["venue_unavailable"] = "venue_unavailable"
    venue: Id
    note: str = ""


Event = Annotated[
    AbsenceEvent
    | WithdrawalEvent
    | PerformanceCancelled
    | PerformanceAdded
    | StudioUnavailable
    | VenueUnavailable,
    Field(discriminator="kind"),
]


class EventFile(Model):
    """What happened, for one season, from ``as_of`` on."""

    season: Id
    as_of: AwareDatetime | None = Field(
        None,
        description="Shows and calls before this moment are in the past and never change "
        "(None: nothing is frozen).",
    )
    events: list[Event] = Field(min_length=1)

    def frozen(self, moment: dt.datetime) -> bool:
        """True when ``moment`` is in the past of this file."""
        return self.as_of is not None and moment < self.as_of
