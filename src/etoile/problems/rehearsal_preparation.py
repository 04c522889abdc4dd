"""A guest's preparation at home: the part of a host role they learn before departure.

The guest rule (``docs/exchange.md``, "Conventions"): a guest learns a host role at the terms'
``guest_learning_hours_per_week``, at home during the ``preparation_days`` before departure and
in residence from the stay's ``start``. :func:`preparation` says how much of a role a guest
learns at home and when; :func:`preparation_needs` turns it into the calls the calendar holds
in the guest's own house (its studios, its ballet masters), between
``depart - preparation_days`` and the day before ``depart``;
:mod:`etoile.problems.rehearsal_needs` places the rest at the host.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from etoile.domain import ExchangeMove, Plan, Production, RehearsalKind, Season
from etoile.problems.casting_rules import guest_preparation, stay_at, terms_of
from etoile.problems.rehearsal_calls import (
    Need,
    ProductionCast,
    chunks,
    is_ensemble,
    learning_hours,
)


@dataclass(frozen=True)
class Preparation:
    """The part of a guest's learning of a host role done at home before departure."""

    stay: ExchangeMove
    hours: float
    first_day: dt.date
    last_day: dt.date
    """The day before departure."""


def preparation(
    season: Season, plan: Plan, house: str, dancer: str, hours: float, debut: dt.date
) -> Preparation | None:
    """What ``dancer``, a guest of ``house`` debuting on ``debut``, learns of ``hours`` at home.

    As many hours as the terms' preparation days give at the guest pace, in the window from
    ``depart - preparation_days`` (never before the home house's rehearsal period) to the day
    before ``depart``. None for a home dancer, outside a stay, or when the window is empty
    (everything is then learnt in residence).

    Parameters
    ----------
    season, plan
        The season, and the plan whose stays are read.
    house
        The host.
    dancer
        The guest's id.
    hours
        What the role takes the guest to learn in all.
    debut
        The day of the guest's first show in the role; the stay must cover it.

    Returns
    -------
    Preparation or None
        The stay, the hours learnt at home
        (:func:`~etoile.problems.casting_rules.guest_preparation`) and their days.
    """
    home = season.dancers[dancer].owner
    if home == house or hours <= 0:
        return None
    stay = stay_at([m for m in plan.exchange if m.dancer == dancer], house, debut)
    terms = terms_of(season, stay) if stay is not None else None
    if stay is None or terms is None or terms.preparation_days <= 0:
        return None
    period = season.start - dt.timedelta(weeks=season.company[home].labor.rehearsal_lead_weeks)
    first = max(period, stay.depart - dt.timedelta(days=terms.preparation_days))
    last = stay.depart - dt.timedelta(days=1)
    prepared = guest_preparation(season, stay, hours)
    if last < first or prepared <= 0:
        return None
    return Preparation(stay, prepared, first, last)


def preparation_needs(
    season: Season,
    plan: Plan,
    house: str,
    production: Production,
    service: Mapping[str, int],
) -> list[Need]:
    """The calls in which the guests of ``house`` prepare their roles at home.

    The guests cast in ``production`` prepare their solo roles and leads at home before
    departure (:func:`preparation`): one need per guest and role, in the guest's own house,
    which its studios and staff hold.

    Parameters
    ----------
    season, plan
        The season, and the plan whose casting and exchange are rehearsed.
    house
        The host, whose production it is.
    production
        The production.
    service
        Each house's longest call, in minutes.

    Returns
    -------
    list[Need]
        Learning needs, by dancer id then role id, each held in the guest's home house.
    """
    p = ProductionCast(season, plan, house, production)
    found: list[Need] = []
    for dancer_id, role_id in sorted(
        {(d, r) for held in p.cast.values() for r, ds in held.items() for d in ds}
    ):
        role = p.roles[role_id]
        debut = p.first_show(dancer_id, role_id)
        if is_ensemble(role) or debut is None:
            continue
        hours = learning_hours(season, season.dancers[dancer_id].item, role)
        prepared = preparation(season, plan, house, dancer_id, hours, debut.day)
        if prepared is None:
            continue
        home = prepared.stay.home
        found.append(
            Need(
                home,
                production.id,
                RehearsalKind.LEARNING,
                (dancer_id,),
                (role_id,),
                chunks(prepared.hours, service[home]),
                prepared.first_day,
                prepared.last_day,
                debut.start,
                None,
                f"{production.title}: preparation of {role.name} at home "
                f"({season.dancers[dancer_id].item.name})",
            )
        )
    return found
