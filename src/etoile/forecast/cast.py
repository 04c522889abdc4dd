"""Who is expected to dance the leads of each show: from the plan's casting, or assumed.

The demand model only needs, per performance, the draw of each lead role and whether a lead
dancer is a guest (a dancer whose company differs from the performance's company). The ledger
needs how many shows each guest dances at the host (their fee is per performance).

Without a casting a lead role's draw is the mean draw of the ``expected_cast_depth`` best-drawing
dancers of the house who know the role and are at home and not absent that day. An exchange
move without a casting is assumed to put the guest in one of ``move.roles`` (or a host lead
role of a ballet the guest knows) in the host's shows of the residence, in date order, at most
``guest_leads_per_week`` (else the host's ``max_leads_per_week``) a week and never on two
consecutive days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from etoile.domain import Company, Dancer, ExchangeMove, Performance, Plan, Production, Season
from etoile.forecast.params import ForecastParams


@dataclass(frozen=True)
class LeadSlot:
    """One lead role of one show: the draw of whoever dances it, and whether they are guests."""

    role: str
    draw: float
    guests: int = 0


@dataclass
class CastView:
    """Per performance id, its lead slots; per dancer id, the (host, day) of each guest show."""

    leads: dict[str, list[LeadSlot]] = field(default_factory=dict)
    guest_dates: dict[str, list[tuple[str, dt.date]]] = field(default_factory=dict)

    def shows_danced(self, move: ExchangeMove) -> int:
        """Shows the guest of ``move`` dances at its host during the move.

        Parameters
        ----------
        move
            A stay of the plan's exchange.
        """
        return sum(
            host == move.host and move.depart <= day <= move.return_
            for host, day in self.guest_dates.get(move.dancer, [])
        )


def _away(moves: list[ExchangeMove]) -> dict[str, list[tuple[dt.date, dt.date]]]:
    away: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for m in moves:
        away[m.dancer].append((m.depart, m.return_))
    return away


def expected_role_draw(
    company: Company,
    role_id: str,
    day: dt.date,
    params: ForecastParams,
    away: dict[str, list[tuple[dt.date, dt.date]]] | None = None,
) -> float:
    """Mean draw of the top ``expected_cast_depth`` home dancers who know ``role_id`` on ``day``.

    Dancers away on an exchange (``away``: dancer -> [(depart, return)]) or absent are left out;
    a role nobody can dance has draw 0.

    Parameters
    ----------
    company
        The house whose own dancers are counted.
    role_id
        The role.
    day
        The show's local day.
    params
        Gives ``expected_cast_depth``.
    away
        When each dancer is away on a stay.
    """
    away = away or {}
    draws = sorted(
        (
            d.draw
            for d in company.dancers
            if role_id in d.known_roles
            and d.absent_on(day) is None
            and not any(a <= day <= b for a, b in away.get(d.id, []))
        ),
        reverse=True,
    )[: params.expected_cast_depth]
    return sum(draws) / len(draws) if draws else 0.0


def _guest_roles(season: Season, dancer: Dancer, move: ExchangeMove) -> set[str]:
    """Host lead roles the guest is assumed to dance: ``move.roles``, else by shared ballet."""
    if move.roles:
        return set(move.roles)
    known = {season.roles[r].item.ballet_role for r in dancer.known_roles if r in season.roles} - {
        None
    }
    return {
        role.id
        for prod in season.company[move.host].productions
        for role in prod.roles
        if role.lead and role.ballet_role in known
    }


def assumed_guest_casting(
    season: Season, moves: list[ExchangeMove], params: ForecastParams
) -> dict[str, dict[str, str]]:
    """Performance id -> {role id: guest dancer id} for exchange moves without a casting.

    Parameters
    ----------
    season
        The season, for the hosts' productions and labour rules.
    moves
        The stays of the exchange.
    params
        Gives ``guest_leads_per_week`` (None: the host's weekly limit of leads).
    """
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for move in moves:
        dancer = season.dancers[move.dancer].item
        host = season.company[move.host]
        roles = _guest_roles(season, dancer, move)
        per_week = params.guest_leads_per_week or host.labor.max_leads_per_week
        weeks: dict[tuple[int, int], int] = defaultdict(int)
        last: dt.date | None = None
        for perf in sorted(host.performances, key=lambda p: p.start):
            day = perf.day
            if not move.start <= day <= move.end:
                continue
            free = [
                r.id
                for r in season.productions[perf.production].item.roles
                if r.id in roles and r.id not in out.get(perf.id, {})
            ]
            week = day.isocalendar()[:2]
            if not free or weeks[week] >= per_week or (last and (day - last).days < 2):
                continue
            out[perf.id][free[0]] = move.dancer
            weeks[week] += 1
            last = day
    return out


def build_cast_view(season: Season, plan: Plan | None, params: ForecastParams) -> CastView:
    """The lead slots of every performance of the season, under ``plan`` (None: no exchange).

    Parameters
    ----------
    season
        Whose performances are cast.
    plan
        Its casting, where it has one; otherwise each role's expected draw.
    params
        For the expected casts and the guests' assumed leads.
    """
    moves = plan.exchange if plan else []
    away = _away(moves)
    cast: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    if plan and plan.casting:
        for a in plan.casting:
            cast[a.performance][a.role].append(a.dancer)
    else:
        for perf_id, roles in assumed_guest_casting(season, moves, params).items():
            for role_id, dancer_id in roles.items():
                cast[perf_id][role_id].append(dancer_id)
    view = CastView()
    guest_dates: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
    for company in season.companies:
        for perf in company.performances:
            production = season.productions[perf.production].item
            view.leads[perf.id] = _slots(season, company, perf, production, cast, away, params)
            for dancers in cast[perf.id].values():
                for d in dancers:
                    if d in season.dancers and season.dancers[d].owner != company.id:
                        guest_dates[d].append((company.id, perf.day))
    view.guest_dates = dict(guest_dates)
    return view


def _slots(
    season: Season,
    company: Company,
    perf: Performance,
    production: Production,
    cast: dict[str, dict[str, list[str]]],
    away: dict[str, list[tuple[dt.date, dt.date]]],
    params: ForecastParams,
) -> list[LeadSlot]:
    slots = []
    for role in production.roles:
        if not role.lead:
            continue
        dancers = [d for d in cast[perf.id].get(role.id, []) if d in season.dancers]
        if not dancers:
            draw = expected_role_draw(company, role.id, perf.day, params, away)
            slots.append(LeadSlot(role.id, draw))
            continue
        draws = [season.dancers[d].item.draw for d in dancers]
        guests = sum(season.dancers[d].owner != company.id for d in dancers)
        slots.append(LeadSlot(role.id, sum(draws) / len(draws), guests))
    return slots


def slots_without(
    season: Season,
    plan: Plan | None,
    view: CastView,
    dancer_id: str,
    params: ForecastParams,
) -> dict[str, list[LeadSlot]]:
    """The lead slots of the shows of ``dancer_id``'s house that change if they were away
    all season: a place the plan casts them in goes to the rest of its cast, or to the house's
    expected replacement; a role cast by expectation loses them from its top dancers.

    Only the changed performances are returned (a subset of ``view.leads``).

    Parameters
    ----------
    season
        For the owner of the dancer and their house's dancers.
    plan
        The plan whose casting is used, or None.
    view
        The cast view of ``plan`` (:func:`build_cast_view`).
    dancer_id
        The dancer taken away.
    params
        For the house's expected replacements.
    """
    owner = season.dancers[dancer_id].owner
    company = season.company[owner]
    cast: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    if plan is not None:
        for a in plan.casting:
            cast[a.performance][a.role].append(a.dancer)
    away = {dancer_id: [(season.start, season.end)]}
    known = set(season.dancers[dancer_id].item.known_roles)
    changed: dict[str, list[LeadSlot]] = {}
    for perf in company.performances:
        slots = view.leads.get(perf.id, [])
        new = []
        for slot in slots:
            dancers = cast[perf.id].get(slot.role, [])
            if dancer_id in dancers:
                rest = [d for d in dancers if d != dancer_id and d in season.dancers]
                if rest:
                    draws = [season.dancers[d].item.draw for d in rest]
                    guests = sum(season.dancers[d].owner != owner for d in rest)
                    new.append(LeadSlot(slot.role, sum(draws) / len(draws), guests))
                else:
                    draw = expected_role_draw(company, slot.role, perf.day, params, away)
                    new.append(LeadSlot(slot.role, draw))
            elif not dancers and slot.role in known:
                draw = expected_role_draw(company, slot.role, perf.day, params, away)
                new.append(LeadSlot(slot.role, draw, slot.guests))
            else:
                new.append(slot)
        if new != slots:
            changed[perf.id] = new
    return changed
