"""Facts the casting rules need, computed from the season and plan alone.

Written independently of :mod:`etoile.problems` and :mod:`etoile.solvers`: the validator is a
second opinion, so it re-derives who is where, who may dance what, and how far apart shows are.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from etoile.domain import (
    CastAssignment,
    Dancer,
    ExchangeMove,
    Performance,
    Plan,
    Role,
    Season,
    Tier,
)
from etoile.validate.eligibility import (
    can_dance,
    guest_hours,
    learnable_hours,
    learning_hours,
    learning_origin,
)
from etoile.validate.focus import in_focus

SAME_CITY_MINUTES = 90
"""Travel between two venues of one city (docs/casting.md, 'Dancer double-booked')."""


@dataclass(frozen=True)
class Show:
    """A performance with what the rules need: local day, UTC start and end, city, house."""

    perf: Performance
    house: str
    title: str
    full_length: bool
    start: dt.datetime
    end: dt.datetime
    city: str

    @property
    def day(self) -> dt.date:
        return self.perf.start.date()

    @property
    def label(self) -> str:
        return f"{self.title} on {self.perf.start:%a %d %b %Y %H:%M}"


class Facts:
    """Lookups over one season and plan, built lazily.

    The questions the rules ask many times are remembered for the life of the object (one
    rule's or the objective's look at one season and plan; neither changes meanwhile): who is
    eligible for a role in a show (:meth:`eligible_for`, asked for every pair of partnered
    roles and every drawn lead again), and since when a dancer is at a house
    (:meth:`origin`). The answers are those of the plain computation.
    """

    def __init__(self, season: Season, plan: Plan) -> None:
        self.season = season
        self.plan = plan
        self._origins: dict[tuple[str, str, dt.date], dt.date | None] = {}
        self._eligible: dict[tuple[str, str], list[str]] = {}

    @cached_property
    def shows(self) -> dict[str, Show]:
        found = {}
        for perf_id, owned in self.season.performances.items():
            perf = owned.item
            production = self.season.productions[perf.production].item
            found[perf_id] = Show(
                perf=perf,
                house=owned.owner,
                title=production.title,
                full_length=production.full_length,
                start=perf.start,
                end=perf.start + dt.timedelta(minutes=production.running_minutes),
                city=self.season.venues[perf.venue].item.city,
            )
        return found

    @cached_property
    def shows_by_dancer(self) -> dict[str, list[Show]]:
        """Dancer -> the distinct shows they dance, in order of start."""
        return self._by_dancer(lambda a: True)

    @cached_property
    def leads_by_dancer(self) -> dict[str, list[Show]]:
        """Dancer -> the distinct full-length leads they dance, in order of start."""
        roles = self.season.roles
        return self._by_dancer(lambda a: a.role in roles and self.is_lead(a.performance, a.role))

    def _by_dancer(self, keep: Callable[[CastAssignment], bool]) -> dict[str, list[Show]]:
        # Within a focus (one changed cell), only the dancers whose violations may name it:
        # those asked about, and those cast in a show asked about.
        asked = {a.dancer for a in self.plan.casting if in_focus(a.dancer, a.performance)}
        found: dict[str, dict[str, Show]] = defaultdict(dict)
        for a in self.plan.casting:
            if a.dancer in asked and keep(a):
                found[a.dancer][a.performance] = self.shows[a.performance]
        return {d: sorted(s.values(), key=lambda x: (x.start, x.perf.id)) for d, s in found.items()}

    @cached_property
    def moves(self) -> dict[str, list[ExchangeMove]]:
        found: dict[str, list[ExchangeMove]] = defaultdict(list)
        for move in self.plan.exchange:
            found[move.dancer].append(move)
        return found

    def dancer(self, dancer_id: str) -> Dancer:
        return self.season.dancers[dancer_id].item

    def home(self, dancer_id: str) -> str:
        return self.season.dancers[dancer_id].owner

    def tier(self, dancer_id: str) -> Tier:
        return self.season.company[self.home(dancer_id)].tier_of(self.dancer(dancer_id))

    def role(self, role_id: str) -> Role:
        return self.season.roles[role_id].item

    def is_lead(self, perf_id: str, role_id: str) -> bool:
        """A lead role in a full-length ballet: what the labour rules on leads count.

        Parameters
        ----------
        perf_id
            The performance, for its production's length.
        role_id
            The role, for its ``lead`` flag.
        """
        return self.role(role_id).lead and self.shows[perf_id].full_length

    def origin(self, dancer_id: str, house: str, day: dt.date) -> dt.date | None:
        """Since when the dancer is at ``house`` on ``day`` (for learning); None: not there.

        Parameters
        ----------
        dancer_id
            The dancer.
        house
            The house where they would dance: their home, or a host.
        day
            The day of the show.

        Returns
        -------
        datetime.date or None
            At home, the start of the house's rehearsal period, or None while away on a stay (travel
            and return days included); at a host, the first day of the stay that covers ``day``, or
            None outside every stay.
        """
        key = (dancer_id, house, day)
        if key not in self._origins:
            self._origins[key] = self._origin(dancer_id, house, day)
        return self._origins[key]

    def _origin(self, dancer_id: str, house: str, day: dt.date) -> dt.date | None:
        moves = self.moves.get(dancer_id, [])
        home = self.home(dancer_id)
        if house == home:
            away = any(m.depart <= day <= m.return_ for m in moves)
            return None if away else learning_origin(self.season, home, house, None)
        stay = [m.start for m in moves if m.host == house and m.start <= day <= m.end]
        return learning_origin(self.season, home, house, stay[0]) if stay else None

    def stay(self, dancer_id: str, house: str, day: dt.date) -> ExchangeMove | None:
        """The guest stay that has the dancer at ``house`` (not their home) on ``day``.

        Parameters
        ----------
        dancer_id
            The dancer.
        house
            The house in question; at the dancer's home there is no stay.
        day
            The day the stay must cover, ``start`` to ``end`` (travel days are not in it).

        Returns
        -------
        ExchangeMove or None
            The first such stay in the plan, or None.
        """
        if house == self.home(dancer_id):
            return None
        moves = self.moves.get(dancer_id, [])
        return next((m for m in moves if m.host == house and m.start <= day <= m.end), None)

    def hours_short(self, dancer_id: str, role_id: str, house: str, day: dt.date) -> float:
        """Learning hours missing for the dancer to dance the role on ``day`` (0 when ready).

        A guest counts their preparation at home and their days in residence, at the terms'
        guest pace (:func:`~etoile.validate.eligibility.guest_hours`).

        Parameters
        ----------
        dancer_id
            The dancer.
        role_id
            The role to dance.
        house
            Where they dance it: at home, or at a host during a stay.
        day
            The day of the show.

        Returns
        -------
        float
            The learning hours (:func:`~etoile.validate.eligibility.learning_hours`) less those
            learnt by ``day``, never below 0. A dancer not at ``house`` is counted as learning at
            home.
        """
        dancer, role = self.dancer(dancer_id), self.role(role_id)
        needed = learning_hours(self.season, dancer, role)
        if needed == 0:
            return 0.0
        stay = self.stay(dancer_id, house, day)
        if stay is not None:
            return max(0.0, needed - guest_hours(self.season, stay, day)[0])
        origin = self.origin(dancer_id, house, day)
        if origin is None:  # not at the house: 'Dancer not at the house' says so; learn at home
            origin = learning_origin(self.season, self.home(dancer_id), self.home(dancer_id), None)
        return max(0.0, needed - learnable_hours(self.season, origin, day))

    def eligible(self, dancer_id: str, perf_id: str, role_id: str) -> bool:
        """Tier, tags, present, not absent, learnt in time (the static eligibility rule).

        Parameters
        ----------
        dancer_id
            The dancer asked about.
        perf_id
            The performance; its house and local day decide presence, absence and learning time.
        role_id
            The role in that performance.

        Returns
        -------
        bool
            True when every part of the rule holds (a shortfall of up to 1e-9 h counts as none).
        """
        show = self.shows[perf_id]
        dancer = self.dancer(dancer_id)
        company = self.season.company[self.home(dancer_id)]
        return (
            can_dance(company, dancer, self.role(role_id))
            and dancer.absent_on(show.day) is None
            and self.origin(dancer_id, show.house, show.day) is not None
            and self.hours_short(dancer_id, role_id, show.house, show.day) <= 1e-9
        )

    @cached_property
    def _suited(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for role_id, owned in self.season.roles.items():
            found[role_id] = [
                d.id
                for c in self.season.companies
                for d in c.dancers
                if can_dance(c, d, owned.item)
            ]
        return found

    def eligible_for(self, perf_id: str, role_id: str) -> list[str]:
        """Every dancer statically eligible for ``role_id`` in ``perf_id``, by id.

        Remembered: the same list (do not change it) for the same question.

        Parameters
        ----------
        perf_id
            The performance.
        role_id
            The role, from the performance's production.

        Returns
        -------
        list[str]
            Dancer ids, sorted, from every house (guests included when they are there).
        """
        key = (perf_id, role_id)
        found = self._eligible.get(key)
        if found is None:
            found = sorted(d for d in self._suited[role_id] if self.eligible(d, perf_id, role_id))
            self._eligible[key] = found
        return found

    def longest_gap(self, dancer_id: str) -> dt.timedelta:
        """The most :meth:`gap_needed` can be for this dancer (a crossing and its rest)."""
        rest = self.season.company[self.home(dancer_id)].labor.rest_days_after_transatlantic
        return max(dt.timedelta(days=1 + rest), dt.timedelta(minutes=SAME_CITY_MINUTES))

    def gap_needed(self, dancer_id: str, first: Show, second: Show) -> dt.timedelta:
        """Time the dancer needs between the end of ``first`` and the start of ``second``.

        Parameters
        ----------
        dancer_id
            The dancer, for their home's ``rest_days_after_transatlantic``.
        first, second
            Two of the dancer's shows, ``first`` ending before ``second`` starts.

        Returns
        -------
        datetime.timedelta
            Nothing at the same venue, :data:`SAME_CITY_MINUTES` within a city, else a day of travel
            and the rest days after it.
        """
        if first.perf.venue == second.perf.venue:
            return dt.timedelta(0)
        if first.city == second.city:
            return dt.timedelta(minutes=SAME_CITY_MINUTES)
        rest = self.season.company[self.home(dancer_id)].labor.rest_days_after_transatlantic
        return dt.timedelta(days=1 + rest)
