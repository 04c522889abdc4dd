"""Compile a season (and the plan's exchange) into index-based casting data.

The solvers never look at the domain: they see shows, roles, dancers and role slots by index,
each slot with the dancers who are *statically* eligible for it (tier, tags, present at the
house, not absent, knows the role or can learn it in time). Everything that depends on the
other assignments (weekly limits, rest, travel) is left to the model. ``docs/casting.md``
states the rules; :mod:`etoile.validate.casting` re-implements them independently.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from etoile.domain import Company, Dancer, ExchangeMove, Performance, Plan, Role, Season
from etoile.problems.casting_data import (
    DancerData,
    RoleData,
    ShowData,
    SlotData,
    check_indices,
)
from etoile.problems.casting_load import LoadData, compile_loads
from etoile.problems.casting_rules import exclusion, fits, hours_to_learn

__all__ = [
    "CastingProblem",
    "DancerData",
    "RoleData",
    "ShowData",
    "SlotData",
    "compile_casting",
]

SAME_CITY_TRAVEL_MINUTES = 90
"""Between two venues of one city: curtain down, make-up off, across town, warmed up."""


@dataclass(frozen=True)
class CastingProblem:
    """Index-based casting data for one season. Validated at construction.

    Shows are sorted by start; ``slots`` has one entry per (show, role) in that order.
    """

    season_id: str
    shows: tuple[ShowData, ...]
    roles: tuple[RoleData, ...]
    dancers: tuple[DancerData, ...]
    slots: tuple[SlotData, ...]
    doubled: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    exclusions: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    pins: tuple[tuple[int, int], ...] = ()
    """(slot, dancer) pairs a director fixed; the dancer may be ineligible (then infeasible)."""
    learning: dict[tuple[int, int], int] = field(default_factory=dict)
    """(dancer, role) -> hours to learn (rounded up), for solo roles the dancer does not know
    but is a candidate for."""
    loads: tuple[LoadData, ...] = ()
    """The rule "Rehearsal load over the dancer's time" where it could bind
    (:mod:`etoile.problems.casting_load`)."""

    def __post_init__(self) -> None:
        check_indices(
            shows=self.shows,
            roles=self.roles,
            n_dancers=len(self.dancers),
            slots=self.slots,
            pins=self.pins,
            doubled=self.doubled,
        )

    @cached_property
    def dancer_index(self) -> dict[str, int]:
        """Dancer id -> index."""
        return {d.id: i for i, d in enumerate(self.dancers)}

    @cached_property
    def show_index(self) -> dict[str, int]:
        """Show (performance) id -> index."""
        return {s.id: i for i, s in enumerate(self.shows)}

    @cached_property
    def role_index(self) -> dict[str, int]:
        """Role id -> index."""
        return {r.id: i for i, r in enumerate(self.roles)}

    @cached_property
    def slot_index(self) -> dict[tuple[int, int], int]:
        """(show, role) -> slot index."""
        return {(s.show, s.role): i for i, s in enumerate(self.slots)}

    @cached_property
    def roles_of_show(self) -> dict[int, list[int]]:
        """Show -> the role indices of its production."""
        found: dict[int, list[int]] = defaultdict(list)
        for slot in self.slots:
            found[slot.show].append(slot.role)
        return dict(found)

    @cached_property
    def runs(self) -> dict[str, list[int]]:
        """Production id -> its shows' indices, in order of start."""
        found: dict[str, list[int]] = {}
        for i, show in enumerate(self.shows):
            found.setdefault(show.production, []).append(i)
        return found

    def min_gap_minutes(self, dancer: int, first: int, second: int) -> int:
        """Minutes a dancer needs between the end of show ``first`` and the start of ``second``.

        Parameters
        ----------
        dancer
            The dancer's index, for their home house's rest days after a crossing.
        first, second
            Show indices, ``first`` the earlier.

        Returns
        -------
        int
            0 at one venue, :data:`SAME_CITY_TRAVEL_MINUTES` within a city, else whole days: one of
            travel and the rest days after it.
        """
        a, b = self.shows[first], self.shows[second]
        if a.venue == b.venue:
            return 0
        if a.city == b.city:
            return SAME_CITY_TRAVEL_MINUTES
        return 24 * 60 * (1 + self.dancers[dancer].rest_days_after_travel)

    def conflict(self, dancer: int, a: int, b: int) -> bool:
        """True when ``dancer`` cannot dance both shows (overlap or not enough travel time).

        Parameters
        ----------
        dancer
            The dancer's index.
        a, b
            Show indices, in either order (the earlier start is taken first; a tie by index).
        """
        if self.shows[a].start > self.shows[b].start or (
            self.shows[a].start == self.shows[b].start and a > b
        ):
            a, b = b, a
        return self.shows[b].start < self.shows[a].end + self.min_gap_minutes(dancer, a, b)


def compile_casting(season: Season, plan: Plan | None = None) -> CastingProblem:
    """Compile ``season`` (with ``plan.exchange`` and the performances' pins) for casting.

    Parameters
    ----------
    season
        The season: its houses, dancers, productions, performances and their pins.
    plan
        Its exchange decides who is at which house when (guests included); the casting is not read.
        None: no stays.

    Returns
    -------
    CastingProblem
        Shows by start (then id), the season's roles and dancers in its order, a slot per role of
        each show with its eligible dancers, and why the others are excluded.

    Raises
    ------
    ValueError
        When a pin names a role that is not in its performance's production.
    """
    moves: dict[str, list[ExchangeMove]] = defaultdict(list)
    for move in plan.exchange if plan else []:
        moves[move.dancer].append(move)
    owned = sorted(season.performances.values(), key=lambda o: (o.item.start, o.item.id))
    dancers = list(season.dancers.values())
    dancer_index = {o.item.id: i for i, o in enumerate(dancers)}
    role_ids = list(season.roles)
    role_index = {r: i for i, r in enumerate(role_ids)}
    openings: dict[str, str] = {}
    for o in owned:
        openings.setdefault(o.item.production, o.item.id)
    shows = tuple(_show(season, o.owner, o.item, openings[o.item.production]) for o in owned)
    slots: list[SlotData] = []
    exclusions: dict[int, tuple[tuple[int, str], ...]] = {}
    pins: list[tuple[int, int]] = []
    learning: dict[tuple[int, int], int] = {}
    pools: dict[str, list[tuple[str, Dancer, bool]]] = {}
    for s, o in enumerate(owned):
        perf, host = o.item, o.owner
        production = season.productions[perf.production].item
        first_slot = len(slots)
        for role in production.roles:
            if role.id not in pools:
                pools[role.id] = _pool(season, host, role, moves)
            eligible: list[int] = []
            excluded: list[tuple[int, str]] = []
            for home, dancer, fit in pools[role.id]:
                index = dancer_index[dancer.id]
                if not fit:
                    excluded.append((index, _misfit(season.company[home], dancer, role)))
                    continue
                why = exclusion(season, moves[dancer.id], home, host, dancer, role, shows[s].day)
                if why is None:
                    eligible.append(index)
                else:
                    excluded.append((index, why))
            if excluded:
                exclusions[len(slots)] = tuple(excluded)
            if role.count == 1:
                r = role_index[role.id]
                for index in eligible:
                    dancer = dancers[index].item
                    if (index, r) not in learning and role.id not in dancer.known_roles:
                        learning[index, r] = math.ceil(hours_to_learn(season, dancer, role))
            slots.append(SlotData(s, role_index[role.id], role.count, tuple(eligible)))
        position = {r.id: k for k, r in enumerate(production.roles)}
        for pin in perf.pins:
            if pin.role not in position:
                raise ValueError(f"performance {perf.id} pins role {pin.role!r}, not in the ballet")
            pins.append((first_slot + position[pin.role], dancer_index[pin.dancer]))
    doubled = frozenset(
        pair
        for c in season.companies
        for prod in c.productions
        for a, b in prod.doubled_roles
        for pair in ((role_index[a], role_index[b]), (role_index[b], role_index[a]))
    )
    return CastingProblem(
        season_id=season.id,
        shows=shows,
        roles=tuple(
            _role(season.roles[r].owner, season.roles[r].item, role_index) for r in role_ids
        ),
        dancers=tuple(
            _dancer(season.company[o.owner], o.item, role_index, dancer_index) for o in dancers
        ),
        slots=tuple(slots),
        doubled=doubled,
        exclusions=exclusions,
        pins=tuple(pins),
        learning=learning,
        loads=compile_loads(season, moves, shows, slots, [o.item.id for o in dancers], role_ids),
    )


def _pool(
    season: Season, host: str, role: Role, moves: dict[str, list[ExchangeMove]]
) -> list[tuple[str, Dancer, bool]]:
    """Who could be asked: the house's dancers of the right kind (or who know the role), and
    dancers of other houses with a stay at the host. Each with home id and whether they fit."""
    found: list[tuple[str, Dancer, bool]] = []
    for company in season.companies:
        for dancer in company.dancers:
            fit = fits(company, dancer, role)
            if company.id == host:
                if fit or role.id in dancer.known_roles:
                    found.append((company.id, dancer, fit))
            elif fit and any(m.host == host for m in moves[dancer.id]):
                found.append((company.id, dancer, fit))
    return found


def _misfit(company: Company, dancer: Dancer, role: Role) -> str:
    tier = company.rank_tier.get(dancer.rank)
    if tier not in role.tiers:
        allowed = " or ".join(t.value for t in role.tiers)
        return (
            f"is {_article(tier.value if tier else 'unranked')} dancer; the role is for {allowed}"
        )
    missing = ", ".join(t for t in role.tags if t not in dancer.tags)
    return f"lacks the casting tag(s) {missing}"


def _article(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def _show(season: Season, host: str, perf: Performance, opening: str) -> ShowData:
    production = season.productions[perf.production].item
    venue = season.venues[perf.venue].item
    start = int(perf.start.timestamp() // 60)
    return ShowData(
        id=perf.id,
        production=production.id,
        title=production.title,
        company=host,
        venue=venue.id,
        city=venue.city,
        day=perf.day,
        start=start,
        end=start + production.running_minutes,
        full_length=production.full_length,
        gala=perf.gala,
        opening=perf.id == opening,
        weekend_evening=perf.day.weekday() in (4, 5) and not perf.is_matinee,
        label=f"{production.title}, {perf.start:%a %d %b %Y %H:%M} ({venue.name})",
    )


def _role(production: str, role: Role, role_index: dict[str, int]) -> RoleData:
    partner = role_index.get(role.partner) if role.partner else None
    return RoleData(role.id, role.name, production, role.count, role.lead, partner)


def _dancer(
    company: Company, dancer: Dancer, role_index: dict[str, int], dancer_index: dict[str, int]
) -> DancerData:
    labor = company.labor
    tier = company.tier_of(dancer)
    return DancerData(
        id=dancer.id,
        name=dancer.name,
        company=company.id,
        tier=tier,
        draw=round(100 * dancer.draw),
        known=frozenset(role_index[r] for r in dancer.known_roles if r in role_index),
        partners=frozenset(dancer_index[p] for p in dancer.partners if p in dancer_index),
        max_shows_per_week=labor.max_performances_per_week.get(tier),
        max_leads_per_week=labor.max_leads_per_week,
        min_days_between_leads=labor.min_days_between_leads,
        no_lead_in_both_shows=labor.no_lead_in_both_shows,
        max_consecutive_days=labor.max_consecutive_working_days,
        rest_days_after_travel=labor.rest_days_after_transatlantic,
    )
