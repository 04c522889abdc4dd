"""Static eligibility for casting: who may dance a role in a show, and if not, why.

A dancer is *eligible* for a role in a show when

1. their tier (by their own house's ladder) is one of the role's tiers and they carry every
   one of the role's tags;
2. they are at the house that day: a home dancer is not on an exchange stay (from the day they
   depart to the day they are back), a guest is inside their residence at that host;
3. they are not absent (injury, illness, leave);
4. they know the role, or can learn it in time. A home dancer learns at the season's
   ``learning_hours_per_week`` from the start of their house's rehearsal period
   (``labor.rehearsal_lead_weeks`` weeks before the season's start) to the show's day. A
   guest learns at the terms' ``guest_learning_hours_per_week``, first at home for the
   terms' ``preparation_days`` before departure, then in residence from the stay's ``start``
   (travel and rest days do not count): by day ``d`` of stay ``m`` under terms ``t``,
   ``t.guest_learning_hours_per_week * (t.preparation_days + max(0, (d - m.start).days)) / 7``
   hours (:func:`guest_learnable_hours`).

This module answers with the ballet master's reason when the dancer is excluded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from etoile.domain import Company, Dancer, ExchangeMove, ExchangeTerms, Role, Season

ELIGIBLE = None


def fits(company: Company, dancer: Dancer, role: Role) -> bool:
    """Tier and tags: the dancer is the kind of dancer the role is for."""
    return company.rank_tier.get(dancer.rank) in role.tiers and set(role.tags) <= set(dancer.tags)


def hours_to_learn(season: Season, dancer: Dancer, role: Role) -> float:
    """Hours ``dancer`` needs before dancing ``role``: 0 when known.

    The dancer's own figure comes first, then ``relearn_hours`` when they know the same ballet
    role in another production, then the role's ``learn_hours``.

    Parameters
    ----------
    season
        Looked up for the ballet roles of the dancer's known roles.
    dancer, role
        Who learns and what.

    Returns
    -------
    float
        The hours, the same wherever the dancer learns.
    """
    if role.id in dancer.known_roles:
        return 0.0
    if role.id in dancer.learn_hours:
        return dancer.learn_hours[role.id]
    if role.ballet_role is not None:
        for known in dancer.known_roles:
            other = season.roles.get(known)
            if other is not None and other.item.ballet_role == role.ballet_role:
                return role.relearn_hours
    return role.learn_hours


def terms_of(season: Season, move: ExchangeMove) -> ExchangeTerms | None:
    """The exchange terms ``move`` was made under (None when the season has no such terms)."""
    return next((t for t in season.exchanges if t.id == move.terms), None)


def preparation_hours(terms: ExchangeTerms) -> float:
    """Hours a guest can learn at home before departure: the terms' preparation days at the
    guest pace."""
    return terms.guest_learning_hours_per_week * terms.preparation_days / 7


def guest_learnable_hours(season: Season, stay: ExchangeMove, day: dt.date) -> float:
    """Hours a guest on ``stay`` can have learnt of a host role by ``day`` (the guest rule).

    Preparation at home (``preparation_days`` before departure) plus the days in residence from
    ``stay.start``, both at the terms' ``guest_learning_hours_per_week``; travel and rest days
    do not count. A stay whose terms the season lacks (the validator reports it) learns at the
    season's home pace from ``start``, without preparation.

    Parameters
    ----------
    season
        For the terms of ``stay`` (or the home pace without them).
    stay
        The guest's stay at the host.
    day
        The show's day; the day itself does not count.
    """
    terms = terms_of(season, stay)
    resident = max(0, (day - stay.start).days)
    if terms is None:
        return season.casting_weights.learning_hours_per_week * resident / 7
    return terms.guest_learning_hours_per_week * (terms.preparation_days + resident) / 7


def guest_preparation(season: Season, stay: ExchangeMove, hours: float) -> float:
    """Of ``hours`` a guest on ``stay`` needs for a host role, those learnt at home before
    departure: as many as the preparation days allow (the rest is learnt in residence).

    Parameters
    ----------
    season, stay
        The season and the guest's stay, for the stay's terms.
    hours
        All the hours the role takes the guest.

    Returns
    -------
    float
        0 without terms; never more than ``hours``.
    """
    terms = terms_of(season, stay)
    return 0.0 if terms is None else min(hours, preparation_hours(terms))


def stay_at(moves: Sequence[ExchangeMove], host: str, day: dt.date) -> ExchangeMove | None:
    """The stay (among one dancer's ``moves``) that has them at ``host`` on ``day``."""
    return next((m for m in moves if m.host == host and m.start <= day <= m.end), None)


def away_on(moves: Sequence[ExchangeMove], day: dt.date) -> ExchangeMove | None:
    """The stay that keeps a dancer away from home on ``day`` (travel days included)."""
    return next((m for m in moves if m.depart <= day <= m.return_), None)


def exclusion(
    season: Season,
    moves: Sequence[ExchangeMove],
    home: str,
    host: str,
    dancer: Dancer,
    role: Role,
    day: dt.date,
) -> str | None:
    """Why ``dancer`` (of ``home``, with their ``moves``) cannot dance ``role`` at ``host``.

    None when eligible. Tier and tags are assumed to fit (checked once per role by the caller).

    Parameters
    ----------
    season
        The season, for labour rules, the learning pace and the houses' cities.
    moves
        The dancer's stays.
    home, host
        The dancer's house and the house of the show.
    dancer, role
        Who would dance, and what.
    day
        The show's local day.

    Returns
    -------
    str or None
        The reason, worded to follow the dancer's name (absent, elsewhere, cannot learn in time), or
        :data:`ELIGIBLE`.
    """
    absence = dancer.absent_on(day)
    if absence is not None:
        return f"is absent ({absence.reason.value}, {absence.start:%d %b} to {absence.end:%d %b})"
    needed = hours_to_learn(season, dancer, role)
    if host == home:
        lead = season.company[home].labor.rehearsal_lead_weeks if home in season.company else 0
        origin = season.start - dt.timedelta(days=7 * lead)
        away = away_on(moves, day)
        if away is not None:
            city = season.company[away.host].city if away.host in season.company else away.host
            return f"is in {city} that day (a guest of {away.host})"
        pace = season.casting_weights.learning_hours_per_week
        possible = pace * max(0, (day - origin).days) / 7
        how = ""
    else:
        stay = stay_at(moves, host, day)
        if stay is None:
            city = season.company[home].city
            return f"is in {city} that day (not a guest here then)"
        possible = guest_learnable_hours(season, stay, day)
        terms = terms_of(season, stay)
        prep = terms.preparation_days if terms is not None else 0
        resident = max(0, (day - stay.start).days)
        how = f": {prep} days of preparation at home and {resident} in residence"
    if needed > possible + 1e-9:
        return (
            f"does not know the role and cannot learn it in time "
            f"(needs {needed:g} h, {possible:.0f} h possible by then{how})"
        )
    return ELIGIBLE
