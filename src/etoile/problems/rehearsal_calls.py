"""A need for rehearsal calls, and what every need is made of.

A :class:`Need` is the calls one production needs of one kind (company, coaching, learning,
stage, dress): who, for which roles, how long, from when and until when. Needs are read from
the plan's casting, indexed per production by :class:`ProductionCast`; their hours are cut into
calls by :func:`chunks`, learnt by the one learning rule (:data:`learning_hours`), and an
ensemble role (:func:`is_ensemble`) is learnt in the company calls rather than in calls of its
own. :mod:`etoile.problems.rehearsal_needs` builds the needs at the host,
:mod:`etoile.problems.rehearsal_preparation` those of a guest's preparation at home.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from etoile.domain import Performance, Plan, Production, RehearsalKind, Role, Season
from etoile.problems.casting_rules import hours_to_learn
from etoile.problems.rehearsal_time import GRID

LEARNING_SPREAD = 2.0
"""Learning may start this many times earlier than the season's learning pace needs, so that
a dancer learning several roles at once can spread them."""


def rehearsal_period(season: Season, house: str) -> dt.date:
    """The first day of ``house``'s rehearsal period: ``labor.rehearsal_lead_weeks`` before the
    season starts (the company back from its layoff); no call comes before it."""
    weeks = season.company[house].labor.rehearsal_lead_weeks
    return season.start - dt.timedelta(weeks=weeks)


def lead_time(season: Season, house: str, production: Production) -> dt.timedelta:
    """How long before its opening a production's calls start: its own
    ``rehearsal.lead_weeks``, or ``house``'s ``labor.rehearsal_lead_weeks``."""
    weeks = production.rehearsal.lead_weeks
    return dt.timedelta(
        weeks=season.company[house].labor.rehearsal_lead_weeks if weeks is None else weeks
    )


def learning_days(hours: float, pace: float, lead: dt.timedelta) -> int:
    """Days before the show that a role's learning calls may start: long enough for
    :data:`LEARNING_SPREAD` times ``hours`` at ``pace`` hours a week, and at least the
    production's ``lead`` (its company calls' weeks). The calendar's learning window and the
    casting's load rule both use it."""
    return max(lead.days, math.ceil(LEARNING_SPREAD * hours / max(pace, 1e-9) * 7))


@dataclass(frozen=True)
class Need:
    """Calls one production needs: who, for which roles, how long, from when, until when."""

    house: str
    production: str
    kind: RehearsalKind
    dancers: tuple[str, ...]
    roles: tuple[str, ...]
    minutes: tuple[int, ...]
    """One entry per call, each at most a service long."""
    first_day: dt.date
    last_day: dt.date
    deadline: dt.datetime
    """Every call ends by then (the curtain of the first show it prepares)."""
    venue: str | None
    """Stage and dress calls: the venue; other calls use a studio."""
    label: str
    earliest: dt.date | None = None
    """The first day the calendar may open the window at when the calls do not fit in it
    (:func:`etoile.problems.rehearsal.open_earlier`): the house's rehearsal period, or a
    guest's arrival. None: the window is fixed (stage and dress calls, a guest's preparation
    at home)."""

    @property
    def total(self) -> int:
        """Minutes of all the calls."""
        return sum(self.minutes)


learning_hours = hours_to_learn
"""Hours a dancer needs to learn a role (0 when known): one rule for casting and calendar
(docs/casting.md)."""


def is_ensemble(role: Role) -> bool:
    """A role danced by several dancers at once and not a lead: learnt in the company calls."""
    return not role.lead and role.count > 1


def chunks(hours: float, service: int) -> tuple[int, ...]:
    """``hours`` cut into calls of at most ``service`` minutes, each on the grid.

    Parameters
    ----------
    hours
        The hours to cut, rounded up to the grid.
    service
        The longest call, in minutes (on the grid).

    Returns
    -------
    tuple[int, ...]
        Minutes of each call: as few calls as the service allows, as even as the grid allows, the
        last one the remainder; empty for no hours.
    """
    total = -(-round(hours * 60) // GRID) * GRID
    if total <= 0:
        return ()
    n = -(-total // service)
    full = total // n
    step = -(-full // GRID) * GRID
    out = [step] * (n - 1)
    return (*out, max(GRID, total - sum(out)))


class ProductionCast:
    """The casting of one production, indexed."""

    def __init__(self, season: Season, plan: Plan, house: str, production: Production) -> None:
        self.production = production
        perfs = [p for p in season.company[house].performances if p.production == production.id]
        self.perfs: list[Performance] = sorted(perfs, key=lambda p: (p.start, p.id))
        ids = {p.id for p in self.perfs}
        roles = {r.id: r for r in production.roles}
        self.cast: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for a in plan.casting:
            if a.performance in ids and a.role in roles:
                self.cast[a.performance][a.role].add(a.dancer)
        self.roles = roles

    def first_show(self, dancer: str, role: str | None = None) -> Performance | None:
        """The first show of ``dancer`` in ``role`` (in any role when None); None if uncast."""
        for perf in self.perfs:
            held = self.cast[perf.id]
            if any(dancer in ds for r, ds in held.items() if role is None or r == role):
                return perf
        return None
