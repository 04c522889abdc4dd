"""Every hard exchange rule, re-implemented in plain Python from the season file, with amounts.

Independent of :mod:`etoile.problems` and :mod:`etoile.solvers`. Conventions the solver
follows too (``docs/exchange.md``): the whole trip, ``depart`` to ``return``, lies inside the
terms' window; the stay length is ``end - start + 1`` days (travel excluded); a guest learns a
host role at the terms' ``guest_learning_hours_per_week``, at home during the
``preparation_days`` before departure and in residence from ``start`` (travel and rest days
give nothing).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from etoile.domain import ExchangeMove, ExchangeTerms, Plan, Season
from etoile.validate.core import Rule
from etoile.validate.eligibility import guest_hours, guest_shortfall_message, learning_hours
from etoile.validate.violation import Severity, Violation

WRONG_TERMS = "Move outside its terms"
OUTSIDE_WINDOW = "Stay outside the window"
TIER_NOT_ALLOWED = "Tier not in the terms"
TOO_MANY = "Too many dancers each way"
STAY_LENGTH = "Stay too short or too long"
TRAVEL_REST = "Too little travel or rest time"
VETOED = "Vetoed dancer sent"
NO_CONSENT = "Dancer sent without consent"
NOT_LEARNT = "Guest role not learnt in time"
TWO_HOUSES = "Dancer in two houses at once"
PREPARATION_AWAY = "Guest preparation while away"


def _error(rule: str, entities: tuple[str, ...], amount: float, message: str) -> Violation:
    return Violation(rule, Severity.ERROR, entities, float(amount), message)


def _moves(season: Season, plan: Plan | None) -> Iterator[tuple[ExchangeMove, ExchangeTerms]]:
    if plan is None:
        return
    terms = {t.id: t for t in season.exchanges}
    for move in plan.exchange:
        if move.terms in terms and move.dancer in season.dancers:
            yield move, terms[move.terms]


def _name(season: Season, dancer: str) -> str:
    return season.dancers[dancer].item.name


def _ids(move: ExchangeMove) -> tuple[str, ...]:
    return (move.terms, move.dancer, move.depart.isoformat())


def terms_respected(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Terms exist; the pair of houses is the terms'; the dancer belongs to the home house."""
    if plan is None:
        return
    known = {t.id for t in season.exchanges}
    for move in plan.exchange:
        if move.terms not in known:
            yield _error(WRONG_TERMS, _ids(move), 1, f"no exchange terms {move.terms!r}")
    for move, terms in _moves(season, plan):
        owner = season.dancers[move.dancer].owner
        if {move.home, move.host} != set(terms.companies) or move.home == move.host:
            yield _error(
                WRONG_TERMS,
                _ids(move),
                1,
                f"{_name(season, move.dancer)}: {move.home} to {move.host} is not the pair "
                f"of terms {terms.id} ({' and '.join(terms.companies)})",
            )
        elif owner != move.home:
            yield _error(
                WRONG_TERMS,
                _ids(move),
                1,
                f"{_name(season, move.dancer)} belongs to {owner}, not {move.home}",
            )


def within_window(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """The whole trip lies inside the window; amount: days outside."""
    for move, terms in _moves(season, plan):
        early = max(0, (terms.window.start - move.depart).days)
        late = max(0, (move.return_ - terms.window.end).days)
        if early + late:
            yield _error(
                OUTSIDE_WINDOW,
                _ids(move),
                early + late,
                f"{_name(season, move.dancer)} travels {move.depart:%d %b %Y} to "
                f"{move.return_:%d %b %Y}, {early + late} day(s) outside the window "
                f"{terms.window.start:%d %b %Y} to {terms.window.end:%d %b %Y}",
            )


def tier_consent_veto(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """The dancer's tier is allowed, they consented, and they are not vetoed."""
    for move, terms in _moves(season, plan):
        owned = season.dancers[move.dancer]
        dancer, company = owned.item, season.company[owned.owner]
        tier = company.rank_tier.get(dancer.rank)
        if tier not in terms.tiers:
            yield _error(
                TIER_NOT_ALLOWED,
                _ids(move),
                1,
                f"{dancer.name} is {tier.value if tier else 'unranked'}; the terms allow "
                f"{', '.join(t.value for t in terms.tiers)}",
            )
        if dancer.id in terms.veto:
            yield _error(VETOED, _ids(move), 1, f"{dancer.name} is on the veto list")
        if not dancer.exchange_consent:
            yield _error(NO_CONSENT, _ids(move), 1, f"{dancer.name} has not consented")


def max_each_way(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """At most ``max_each_way`` distinct dancers per terms and direction; amount: the excess."""
    sent: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    limits = {}
    for move, terms in _moves(season, plan):
        sent[terms.id, move.home, move.host].add(move.dancer)
        limits[terms.id] = terms.max_each_way
    for (terms_id, home, host), dancers in sorted(sent.items()):
        if len(dancers) > limits[terms_id]:
            yield _error(
                TOO_MANY,
                (terms_id, home, host),
                len(dancers) - limits[terms_id],
                f"{len(dancers)} dancers go from {home} to {host}; terms {terms_id} allow "
                f"{limits[terms_id]}",
            )


def stay_length(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """``min_stay_days <= end - start + 1 <= max_stay_days``; amount: days short or over."""
    for move, terms in _moves(season, plan):
        days = (move.end - move.start).days + 1
        off = max(0, terms.min_stay_days - days) + max(0, days - terms.max_stay_days)
        if off:
            yield _error(
                STAY_LENGTH,
                _ids(move),
                off,
                f"{_name(season, move.dancer)} stays {days} day(s); the terms ask "
                f"{terms.min_stay_days} to {terms.max_stay_days}",
            )


def travel_and_rest(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """start >= depart + travel + rest on arrival; return >= end + travel; amount: days short."""
    for move, terms in _moves(season, plan):
        need_in = terms.travel_days + terms.rest_days_on_arrival
        short_in = max(0, need_in - (move.start - move.depart).days)
        short_out = max(0, terms.travel_days - (move.return_ - move.end).days)
        if short_in + short_out:
            yield _error(
                TRAVEL_REST,
                _ids(move),
                short_in + short_out,
                f"{_name(season, move.dancer)}: {short_in} day(s) short of travel and rest "
                f"before {move.start:%d %b %Y}, {short_out} short of travel home",
            )


def _guest_shows(season: Season, plan: Plan, move: ExchangeMove) -> dict[str, dt.date]:
    """Role -> day of the first show the move's guest dances it at the host."""
    first: dict[str, dt.date] = {}
    for a in plan.casting:
        owned = season.performances.get(a.performance)
        if a.dancer != move.dancer or owned is None or owned.owner != move.host:
            continue
        day = owned.item.day
        if move.start <= day <= move.end and (a.role not in first or day < first[a.role]):
            first[a.role] = day
    return first


def learnt_in_time(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each guest role's learning hours fit the preparation at home and the days in residence
    before its first show there (the guest rule: ``guest_learning_hours_per_week`` times
    ``preparation_days`` plus the days from ``start`` to the show, over 7).

    Roles cast at the host come from the casting; a role listed in ``move.roles`` and not cast
    is checked against the host's first show of it during the stay. Amount: hours short.
    """
    if plan is None:
        return
    for move, _terms in _moves(season, plan):
        dancer = season.dancers[move.dancer].item
        first = _guest_shows(season, plan, move)
        for role_id in sorted(set(move.roles) - set(first)):
            days = [
                p.day
                for p in season.company[move.host].performances
                if move.start <= p.day <= move.end
                and role_id in {r.id for r in season.productions[p.production].item.roles}
            ]
            first[role_id] = min(days) if days else move.end
        for role_id, day in sorted(first.items()):
            if role_id not in season.roles:
                continue
            role = season.roles[role_id].item
            needed = learning_hours(season, dancer, role)
            possible = guest_hours(season, move, day)
            short = needed - possible[0]
            if short > 1e-9:
                show = f"the show of {day:%d %b %Y} at {season.company[move.host].name}"
                yield _error(
                    NOT_LEARNT,
                    (*_ids(move), role_id),
                    round(short, 2),
                    guest_shortfall_message(dancer.name, role.name, show, needed, possible),
                )


def one_house_at_a_time(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """No home show from depart to return, no guest show outside the stay, no overlapping
    stays. Amounts: shows, or days of overlap."""
    if plan is None:
        return
    by_dancer: dict[str, list[ExchangeMove]] = defaultdict(list)
    for move in plan.exchange:
        if move.dancer in season.dancers:
            by_dancer[move.dancer].append(move)
    for dancer, moves in sorted(by_dancer.items()):
        for a, b in combinations(sorted(moves, key=lambda m: m.depart), 2):
            overlap = (min(a.return_, b.return_) - max(a.depart, b.depart)).days + 1
            if overlap > 0:
                yield _error(
                    TWO_HOUSES,
                    (dancer, a.depart.isoformat(), b.depart.isoformat()),
                    overlap,
                    f"{_name(season, dancer)} has two stays overlapping by {overlap} day(s)",
                )
                continue
            terms = next((t for t in season.exchanges if t.id == b.terms), None)
            prep = terms.preparation_days if terms is not None else 0
            away = (a.return_ - (b.depart - dt.timedelta(days=prep))).days + 1
            if prep > 0 and away > 0:
                yield _error(
                    PREPARATION_AWAY,
                    (dancer, a.depart.isoformat(), b.depart.isoformat()),
                    away,
                    f"{_name(season, dancer)} should prepare at home for the stay from "
                    f"{b.depart:%d %b %Y} during the {prep} days before it, but is away on "
                    f"another stay until {a.return_:%d %b %Y} ({away} of those days)",
                )
    for dancer, moves in sorted(by_dancer.items()):
        home = season.dancers[dancer].owner
        bad: dict[str, int] = defaultdict(int)
        for cast in plan.casting:
            owned = season.performances.get(cast.performance)
            if cast.dancer != dancer or owned is None:
                continue
            day = owned.item.day
            if owned.owner == home and any(m.depart <= day <= m.return_ for m in moves):
                bad["at home while away"] += 1
            elif owned.owner != home and not any(
                m.host == owned.owner and m.start <= day <= m.end for m in moves
            ):
                bad[f"at {owned.owner} outside a stay"] += 1
        for what, n in sorted(bad.items()):
            yield _error(
                TWO_HOUSES,
                (dancer, what),
                n,
                f"{_name(season, dancer)} is cast {n} time(s) {what}",
            )


RULES: list[Rule] = [
    terms_respected,
    within_window,
    tier_consent_veto,
    max_each_way,
    stay_length,
    travel_and_rest,
    learnt_in_time,
    one_house_at_a_time,
]
