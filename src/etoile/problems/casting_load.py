"""The rehearsal load a casting gives a dancer, and the time they have for it.

Rule "Rehearsal load over the dancer's time" (``docs/casting.md``): what a dancer must
rehearse for one production must fit between the start of its calls and the dancer's first
show in it, the learning of a role in its own, longer window. Per dancer and production, in
minutes:

- **load**: the company calls of their roles that are not leads (the longest counts: all
  their ensemble parts are rehearsed in the same calls, which last
  ``rehearsal.company_hours`` or, for an ensemble role they do not know, its learning hours),
  plus, for a lead, ``rehearsal.coaching_hours_per_cast``, plus the stage and dress rehearsals
  (as the calendar cuts them) when they dance the opening; and, apart, for each solo role and
  lead they dance, the hours to learn it (for a guest, less what they prepare at home before
  departure: the guest rule of :mod:`etoile.problems.casting_rules`);
- **time**: the days they can be called from ``rehearsal.lead_weeks`` (default
  ``labor.rehearsal_lead_weeks``) before opening — for learning, from
  :func:`~etoile.problems.rehearsal_calls.learning_days` before the show — never before the
  house's rehearsal period nor, for a guest, before the stay, up to the day before their first
  show in it; each such day (present at the house, not absent) gives the whole calls the
  house's services hold, at most the daily limit less class
  (:func:`~etoile.problems.rehearsal_time.day_minutes`), and each ISO week at most
  ``max_consecutive_working_days`` such days and ``max_weekly_rehearsal_minutes``;
- for each window's start, the loads of the windows starting then or later are at most
  ``labor.rehearsal_load_share`` of the time from it (:class:`Windows`, :class:`Limit`).

This module computes both sides for the compiler; :mod:`etoile.validate.casting_load` checks
the rule on its own.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from etoile.domain import Company, Dancer, ExchangeMove, LaborRules, Production, Role, Season
from etoile.problems.casting_data import ShowData, SlotData
from etoile.problems.casting_rules import away_on, guest_preparation, hours_to_learn, stay_at
from etoile.problems.rehearsal_calls import lead_time, learning_days, rehearsal_period
from etoile.problems.rehearsal_time import GRID, call_minutes, day_minutes, monday


class Limit(NamedTuple):
    """One window of the load rule: when the dancer dances ``show`` (their first of the
    production), the load of the parts whose calls fall in the window (the production's calls
    when ``calls``, and the learning of ``roles``) is at most ``cap`` minutes; ``most`` is the
    most those parts could need, so ``load + (most - cap) * dances(show) <= most``."""

    show: int
    calls: bool
    roles: tuple[int, ...]
    most: int
    cap: int


@dataclass(frozen=True)
class LoadData:
    """The load rule of one dancer in one production, by index.

    The production's calls: ``own[r]`` minutes count once when the dancer dances role ``r``
    (the coaching of a lead without a partner role); ``coached[r] = (q, minutes)``: a lead
    partnered by role ``q`` is coached once per partner the dancer has in ``q`` (each couple
    is a cast); of ``company[r]`` the largest over the roles they dance counts; ``stage``
    minutes count when they dance show ``opening``. ``learn[r]``: the minutes to learn solo
    role or lead ``r`` at the house, in its own, longer window. ``most`` bounds the calls'
    load from above. ``limits`` holds the windows whose limit is below what could be needed
    in them (:class:`Limit`; the limits of a later first show are never lower).
    """

    dancer: int
    production: str
    own: dict[int, int]
    company: dict[int, int]
    coached: dict[int, tuple[int, int]]
    learn: dict[int, int]
    opening: int
    stage: int
    most: int
    limits: tuple[Limit, ...]


def partner_role(production: Production, role: Role) -> str | None:
    """The partner role of a solo lead whose couple makes a cast (both danced by one)."""
    partner = next((r for r in production.roles if r.id == role.partner), None)
    if not role.lead or role.count != 1 or partner is None or partner.id == role.id:
        return None
    return partner.id if partner.count == 1 else None


def role_minutes(
    season: Season,
    dancer: Dancer,
    role: Role,
    production: Production,
    stay: ExchangeMove | None = None,
) -> tuple[int, int, int]:
    """(company-call, own, per-cast coaching) minutes that ``role`` asks of ``dancer`` at the
    production's house; ``stay``: the guest's stay there, whose preparation at home takes
    part of the learning of a solo role or a lead off the host's calls.

    Parameters
    ----------
    season, dancer
        The season (for the learning rule) and the dancer cast.
    role
        One of ``production``'s roles.
    production
        The production, for its rehearsal needs and the role's partner.
    stay
        The guest's stay at the production's house; None for a home dancer.

    Returns
    -------
    tuple[int, int, int]
        Not a lead: the company calls (for an ensemble role, at least its learning) and, for a solo
        role, its learning as own minutes. A lead: no company calls; its learning and coaching as
        own minutes or, partnered by a one-dancer lead (:func:`partner_role`), its coaching per
        cast.
    """
    needs = production.rehearsal
    full = hours_to_learn(season, dancer, role)
    learn = learned_here(season, dancer, role, stay)
    if not role.lead:
        ensemble = role.count > 1
        company = max(needs.company_hours, full if ensemble else 0.0)
        return round(60 * company), 0 if ensemble else round(60 * learn), 0
    coaching = round(60 * needs.coaching_hours_per_cast)
    if partner_role(production, role) is None:
        return 0, round(60 * learn) + coaching, 0
    return 0, round(60 * learn), coaching


def learned_here(
    season: Season, dancer: Dancer, role: Role, stay: ExchangeMove | None = None
) -> float:
    """Hours ``dancer`` learns ``role`` in calls at the role's house: all of them for a home
    dancer; for a guest on ``stay``, what their preparation at home before departure leaves."""
    full = hours_to_learn(season, dancer, role)
    return full - guest_preparation(season, stay, full) if stay is not None else full


def stage_minutes(company: Company, production: Production) -> int:
    """Stage and dress rehearsals of the opening cast, each as the calendar cuts it: the
    running time on the grid, at most the house's longest call
    (:func:`~etoile.problems.rehearsal_time.call_minutes`)."""
    needs = production.rehearsal
    each = min(call_minutes(company), -(-production.running_minutes // GRID) * GRID)
    return (needs.stage_rehearsals + needs.dress_rehearsals) * each


def calls_start(season: Season, house: str, production: Production, opening: dt.date) -> dt.date:
    """The first day of the production's calls: lead weeks before opening, within the period.

    Parameters
    ----------
    season
        The season, for its start.
    house
        The production's house, for its rehearsal period.
    production
        The production, with its own ``rehearsal.lead_weeks`` (None: the house's).
    opening
        The day of the production's first show.
    """
    return max(rehearsal_period(season, house), opening - lead_time(season, house, production))


class TimeOf:
    """A dancer's rehearsal minutes at one house from a first day up to each later day.

    Parameters
    ----------
    labor
        The dancer's own labour rules (they travel with the contract).
    dancer, moves, home
        The dancer, their stays and their own house.
    host
        The house whose calls are counted: a day there gives
        :func:`~etoile.problems.rehearsal_time.day_minutes` (its services' whole calls, within
        the dancer's daily limit less class).
    """

    def __init__(
        self,
        labor: LaborRules,
        dancer: Dancer,
        moves: Sequence[ExchangeMove],
        home: str,
        host: Company,
    ) -> None:
        self.labor, self.dancer, self.moves, self.home, self.host = (
            labor,
            dancer,
            moves,
            home,
            host.id,
        )
        self.daily = day_minutes(host, labor)
        self.weeks: dict[dt.date, tuple[bool, ...]] = {}
        """Monday -> whether the house may call the dancer on each day of its week."""
        self.capped = [
            min(
                labor.max_weekly_rehearsal_minutes,
                self.daily * min(n, labor.max_consecutive_working_days),
            )
            for n in range(8)
        ]
        """Free days in a week -> its minutes (the days in a row and the weekly limit)."""
        self.anchor: dt.date | None = None
        self.before: list[int] = [0]
        """Minutes of the whole weeks from :attr:`anchor` (a Monday) to each later Monday."""

    def free(self, day: dt.date) -> bool:
        """Whether the house may call the dancer on ``day``."""
        if self.dancer.absent_on(day) is not None:
            return False
        if self.host == self.home:
            return away_on(self.moves, day) is None
        return stay_at(self.moves, self.host, day) is not None

    def week(self, monday: dt.date) -> tuple[bool, ...]:
        """:meth:`free` for each day of the week starting on ``monday`` (computed once)."""
        found = self.weeks.get(monday)
        if found is None:
            found = tuple(self.free(monday + dt.timedelta(days=i)) for i in range(7))
            self.weeks[monday] = found
        return found

    def span(self, first: dt.date, day: dt.date) -> int:
        """The most minutes of calls from ``first`` (the first day of the production's calls,
        :func:`calls_start`, or of a learning window) to the day before ``day`` (a show): the
        free days of each ISO week in between at the house's day, at most
        ``max_consecutive_working_days`` of them and ``max_weekly_rehearsal_minutes`` a week.
        The whole weeks in between come from a running sum (:attr:`before`), so a span costs
        two part weeks whatever its length."""
        if day <= first:
            return 0
        start, end = monday(first), monday(day)
        if start == end:
            return self.part(start, first.weekday(), day.weekday())
        head = self.part(start, first.weekday(), 7)
        tail = self.part(end, 0, day.weekday())
        return head + self.whole(start + WEEK, end) + tail

    def part(self, week: dt.date, lo: int, hi: int) -> int:
        """Minutes of days ``lo`` to ``hi - 1`` (0 is Monday) of the week of ``week``."""
        n = sum(self.week(week)[lo:hi])
        return self.capped[n]

    def whole(self, start: dt.date, end: dt.date) -> int:
        """Minutes of the whole weeks from Monday ``start`` to the week before Monday ``end``."""
        if end <= start:
            return 0
        if self.anchor is None or start < self.anchor:
            self.anchor, self.before = start, [0]
        i, j = (start - self.anchor).days // 7, (end - self.anchor).days // 7
        while len(self.before) <= j:
            week = self.anchor + WEEK * (len(self.before) - 1)
            self.before.append(self.before[-1] + self.part(week, 0, 7))
        return self.before[j] - self.before[i]


WEEK = dt.timedelta(days=7)


def limit(share: float, minutes: int) -> int:
    """The most load ``share`` of ``minutes`` allows (whole minutes, rounded down)."""
    return math.floor(share * minutes + 1e-9)


def compile_loads(
    season: Season,
    moves: dict[str, list[ExchangeMove]],
    shows: Sequence[ShowData],
    slots: Sequence[SlotData],
    dancer_ids: Sequence[str],
    role_ids: Sequence[str],
) -> tuple[LoadData, ...]:
    """The load rules of every (dancer, production) whose limit could bind, by index.

    Parameters
    ----------
    season
        The season, for dancers, roles, productions and labour rules.
    moves
        Dancer id -> their stays (a missing dancer has none).
    shows, slots
        The compiled shows and slots; a dancer's candidacies make up what they could dance.
    dancer_ids, role_ids
        Ids by index, as in the casting problem.

    Returns
    -------
    tuple[LoadData, ...]
        By production id then dancer index; pairs whose largest load fits every limit are left out.
    """
    candidates: dict[tuple[str, int], dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for slot in slots:
        show = shows[slot.show]
        for d in slot.candidates:
            candidates[show.production, d][slot.show].add(slot.role)
    role_at = {r: i for i, r in enumerate(role_ids)}
    slots_of: dict[tuple[int, int], list[int]] = defaultdict(list)
    for k, slot in enumerate(slots):
        slots_of[slot.show, slot.role].append(k)
    openings: dict[str, int] = {}
    for s, show in enumerate(shows):
        openings.setdefault(show.production, s)
    found = []
    for (production_id, d), by_show in sorted(candidates.items()):
        owned = season.dancers[dancer_ids[d]]
        dancer, home = owned.item, owned.owner
        opening = shows[openings[production_id]]
        house = opening.company
        production = season.productions[production_id].item
        labor = season.company[home].labor
        own: dict[int, int] = {}
        company: dict[int, int] = {}
        coached: dict[int, tuple[int, int]] = {}
        learn: dict[int, int] = {}
        hours: dict[int, float] = {}
        most = 0
        first_show = min(shows[s].day for s in by_show)
        stay = None if home == house else stay_at(moves.get(dancer.id, []), house, first_show)
        for r in sorted({r for roles in by_show.values() for r in roles}):
            role = season.roles[role_ids[r]].item
            calls, alone, per_cast = role_minutes(season, dancer, role, production, stay)
            if not role.lead:
                company[r] = calls
            here = learned_here(season, dancer, role, stay) if alone else 0.0
            if here > 0:  # learnt in calls of its own, in a longer window
                hours[r] = here
                learn[r] = min(alone, round(60 * here))
                alone -= learn[r]
            if alone:
                own[r] = alone
            if per_cast:
                q = role_at[partner_role(production, role) or ""]
                partners = {e for s in by_show for k in slots_of[s, q] for e in slots[k].candidates}
                shows_in_role = sum(r in roles for roles in by_show.values())
                coached[r] = (q, per_cast)
                most += per_cast * max(1, min(len(partners - {d}), shows_in_role))
        dances_opening = openings[production_id] in by_show
        stage = stage_minutes(season.company[house], production) if dances_opening else 0
        most += max(company.values(), default=0) + sum(own.values()) + stage
        first = calls_start(season, house, production, opening.day)
        time = TimeOf(labor, dancer, moves.get(dancer.id, []), home, season.company[house])
        window = Windows(season, house, production, first, hours)
        limits = []
        for s in sorted(by_show):
            day = shows[s].day
            for start, calls, roles in window.nested(day):
                need = (most if calls else 0) + sum(learn[r] for r in roles)
                cap = limit(labor.rehearsal_load_share, time.span(start, day))
                if cap < need:
                    limits.append(Limit(s, calls, roles, need, cap))
        if limits:
            found.append(
                LoadData(
                    d,
                    production_id,
                    own,
                    company,
                    coached,
                    learn,
                    openings[production_id],
                    stage,
                    most,
                    tuple(limits),
                )
            )
    return tuple(found)


class Windows:
    """The windows of one dancer's calls for one production before their first show in it.

    The production's calls (company, coaching, stage and dress) start at ``first``
    (:func:`calls_start`); the learning of a solo role or a lead of ``hours`` starts
    :func:`~etoile.problems.rehearsal_calls.learning_days` before the show, never before the
    house's rehearsal period, as the calendar places it. Every window ends the day before
    the show. Loads in windows that end together fit only if, for each start ``t``, the
    loads of the windows that start at ``t`` or later fit in the time from ``t``: those are
    the windows :meth:`nested` lists.
    """

    def __init__(
        self,
        season: Season,
        house: str,
        production: Production,
        first: dt.date,
        hours: dict[int, float],
    ) -> None:
        self.lead = lead_time(season, house, production)
        self.period = rehearsal_period(season, house)
        self.pace = season.casting_weights.learning_hours_per_week
        self.first, self.hours = first, hours

    def learning_start(self, role: int, day: dt.date) -> dt.date:
        """The first day role ``role`` may be learnt for a show on ``day``."""
        days = learning_days(self.hours[role], self.pace, self.lead)
        return max(self.period, day - dt.timedelta(days=days))

    def nested(self, day: dt.date) -> list[tuple[dt.date, bool, tuple[int, ...]]]:
        """(start, whether the production's calls are in, learnt roles in) for each start of
        a window, earliest first; the production's calls are always one of them."""
        starts = {r: self.learning_start(r, day) for r in self.hours}
        out = []
        for t in sorted({self.first, *starts.values()}):
            roles = tuple(sorted(r for r, at in starts.items() if at >= t))
            out.append((t, self.first >= t, roles))
        return out
