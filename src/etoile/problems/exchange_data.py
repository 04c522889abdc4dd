"""The records of a compiled exchange problem: candidate stays, guest leads, limits on them.

Plain frozen dataclasses: a :class:`Candidate` is one possible stay of one dancer at the other
house, a :class:`GuestOption` one lead the guest of a candidate could dance there,
:class:`Castability` what a home show's role needs left at home, and :class:`GuestLabor` the
labour limits on one dancer's guest leads. :class:`~etoile.problems.exchange.ExchangeProblem`
holds them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from etoile.domain import ExchangeMove


@dataclass(frozen=True)
class GuestOption:
    """``candidate``'s dancer dances ``role`` in ``performance`` at the host."""

    candidate: int
    performance: str
    role: str
    day: dt.date
    uplift: float
    """Expected box-office change of the host (host currency)."""
    fee: dict[str, float]
    """Fee for this show, by paying house (its currency)."""


@dataclass(frozen=True)
class Candidate:
    """One possible stay of one dancer at the other house."""

    index: int
    dancer: str
    name: str
    home: str
    host: str
    terms: str
    depart: dt.date
    start: dt.date
    end: dt.date
    return_: dt.date
    home_loss: float
    """Expected home box office lost while away (home currency, >= 0 when they would dance)."""
    fixed_costs: dict[str, float]
    """Travel, housing and per diem, by paying house (its currency)."""
    options: tuple[int, ...] = ()
    home_losses: tuple[tuple[str, float], ...] = ()
    """(home performance, box office lost there): ``home_loss`` show by show."""
    adjustment: tuple[tuple[str, float], ...] = ()
    """(house, amount): what the full model added to this stay's linear values when the stay
    was last cast (house currency; :func:`etoile.solvers.exchange.values.measure`)."""

    def adjusted(self, house: str) -> float:
        """The adjustment for ``house`` (0 when the stay was never measured)."""
        return sum(v for h, v in self.adjustment if h == house)

    def move(self, roles: list[str] | None = None) -> ExchangeMove:
        """The domain move of this stay."""
        return ExchangeMove(
            dancer=self.dancer,
            home=self.home,
            host=self.host,
            terms=self.terms,
            depart=self.depart,
            start=self.start,
            end=self.end,
            return_=self.return_,
            roles=sorted(roles or []),
        )


@dataclass(frozen=True)
class Castability:
    """A home show's role keeps enough dancers: at most ``spare`` of ``candidates`` away then."""

    performance: str
    role: str
    spare: int
    candidates: tuple[int, ...]


@dataclass(frozen=True)
class GuestLabor:
    """The labour limits on one dancer's guest leads (their home house's rules)."""

    max_leads_per_week: int
    max_shows_per_week: int | None
    min_days_between_leads: int
