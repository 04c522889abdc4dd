"""What each production needs before its performances, read from the season and the casting.

Per production of each house (``docs/rehearsals.md``, "What is rehearsed"):

- **company** calls for every dancer cast in a role that is not a lead, in groups no larger
  than the house's largest studio. An **ensemble role** (not a lead, ``count > 1``: the swans,
  the cygnets, the Wilis) is learnt in these calls, as a corps learns its parts, so a group's
  calls last ``rehearsal.company_hours`` or, when longer, the hours its slowest learner of an
  ensemble role needs (the learning rule);
- **coaching**, ``rehearsal.coaching_hours_per_cast`` for each distinct principal cast (the
  dancers of the lead roles of a performance), from the start of the production's calls to
  that cast's first show;
- **learning** for each dancer cast in a solo role or a lead they do not know (debuts and
  guests), grouped by role, hours and window; the learning rule of ``docs/casting.md``. A
  guest prepares at home first:
  :func:`~etoile.problems.rehearsal_preparation.preparation_needs` places, in the guest's own
  house (its studios and staff), as many of the role's hours as the terms'
  ``preparation_days`` give at ``guest_learning_hours_per_week``, between
  ``depart - preparation_days`` and the day before ``depart``; the rest is learnt in residence
  at the host;
- ``stage_rehearsals`` **stage** and ``dress_rehearsals`` **dress** rehearsals of the opening
  cast, on the stage of the opening venue, in the week before opening.

Company and coaching calls start ``rehearsal.lead_weeks`` (default ``labor.rehearsal_lead_weeks``)
weeks before the show they prepare; learning starts early enough for the hours at the season's
learning pace; nothing starts before the house's rehearsal period (``labor.rehearsal_lead_weeks``
before the season) or, for a guest, before the stay (their preparation at home: before the
preparation window).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from etoile.domain import Performance, Plan, Production, RehearsalKind, Season
from etoile.problems.casting_rules import stay_at
from etoile.problems.rehearsal_calls import (
    Need,
    ProductionCast,
    chunks,
    is_ensemble,
    lead_time,
    learning_days,
    learning_hours,
    rehearsal_period,
)
from etoile.problems.rehearsal_groups import Available, by_availability, group_sizes
from etoile.problems.rehearsal_preparation import preparation
from etoile.problems.rehearsal_time import GRID

STAGE_WEEK = 7
"""Stage and dress rehearsals fall in the last days before opening."""

LEARNING_GROUP = 3
"""Most dancers learning a role together (a répétiteur teaches a role to a few at a time)."""


def production_needs(
    season: Season,
    plan: Plan,
    house: str,
    production: Production,
    service: int,
    room: int | Sequence[int],
    available: Available,
    as_of: dt.datetime | None = None,
) -> list[Need]:
    """The needs of one production (see the module notes).

    Dancers who share a call share its window: a dancer who cannot come on some of its days
    (an injury, a stay abroad) is called apart from those who can, so that one absence does not
    hold back a whole group. The plan's company groups are kept as far as they can be.

    Parameters
    ----------
    season, plan
        The season, and the plan whose casting and exchange are rehearsed.
    house
        The company whose production it is.
    production
        The production.
    service
        The house's longest call, in minutes.
    room
        The capacities of the house's studios (dancers), or the largest one alone.
    available
        Whether a dancer may be called by the house on a day.
    as_of
        In a repair, the moment from which calls are placed again: a company group that has
        had calls before it takes nobody new.

    Returns
    -------
    list[Need]
        The company calls' groups, then the coaching of each principal cast, the learning
        groups and the stage and dress rehearsals.
    """
    p = ProductionCast(season, plan, house, production)
    if not p.perfs:
        return []
    needs = _Needs(season, plan, house, production, service, available, p)
    return [
        *needs.company(room, as_of),
        *needs.coaching(),
        *needs.learning(),
        *needs.stage_and_dress(),
    ]


class _Needs:
    """The needs of one production, kind by kind, with the windows they share."""

    def __init__(
        self,
        season: Season,
        plan: Plan,
        house: str,
        production: Production,
        service: int,
        available: Available,
        cast: ProductionCast,
    ) -> None:
        self.season, self.plan, self.house = season, plan, house
        self.production, self.service, self.available, self.p = (
            production,
            service,
            available,
            cast,
        )
        self.period = rehearsal_period(season, house)
        self.lead = lead_time(season, house, production)
        self.opening = cast.perfs[0]
        self.stays = {m.dancer: m for m in plan.exchange if m.host == house}
        self.group_of: dict[str, int] = {}
        """Dancer -> their company group (set by :meth:`company`, read by :meth:`learning`)."""

    def since(self, dancers: Sequence[str], day: dt.date) -> dt.date:
        """The first day calls of ``dancers`` preparing ``day`` may have."""
        return max(self.earliest(dancers), day - self.lead)

    def earliest(self, dancers: Sequence[str]) -> dt.date:
        """The first day any call of ``dancers`` may have: the house's rehearsal period, or
        the latest arrival of a guest among them."""
        first = self.period
        for d in dancers:
            if d in self.stays:
                first = max(first, self.stays[d].start)
        return first

    def need(
        self,
        kind: RehearsalKind,
        dancers: list[str],
        roles: list[str],
        minutes: tuple[int, ...],
        perf: Performance,
        first: dt.date,
        label: str,
    ) -> Need:
        """A need of this production (a stage or dress call at the performance's venue)."""
        venue = perf.venue if kind in (RehearsalKind.STAGE, RehearsalKind.DRESS) else None
        return Need(
            self.house,
            self.production.id,
            kind,
            tuple(sorted(dancers)),
            tuple(sorted(roles)),
            minutes,
            first,
            perf.day,
            perf.start,
            venue,
            label,
            None if venue else self.earliest(dancers),
        )

    def company(self, room: int | Sequence[int], as_of: dt.datetime | None) -> list[Need]:
        """Company calls: everyone in a role that is not a lead, by role order, in groups;
        each dancer needs the company hours or, when longer, the hours to learn their
        ensemble roles."""
        season, plan, production, p = self.season, self.plan, self.production, self.p
        opening, service = self.opening, self.service
        order = {r.id: i for i, r in enumerate(production.roles)}
        ensemble: dict[str, tuple[int, str]] = {}
        want: dict[str, float] = {}
        for held in p.cast.values():
            for role_id, dancers in held.items():
                role = p.roles[role_id]
                if role.lead:
                    continue
                for d in dancers:
                    ensemble[d] = min(ensemble.get(d, (99, role_id)), (order[role_id], role_id))
                    learn = learning_hours(season, season.dancers[d].item, role)
                    hours = max(production.rehearsal.company_hours, learn * is_ensemble(role))
                    want[d] = max(want.get(d, 0.0), hours)
        members = sorted((d for d in ensemble if want[d] > 0), key=lambda d: (ensemble[d], d))
        if not members:
            return []
        parts = []
        window = self.since(members, opening.day)
        sizes = group_sizes(len(members), [room] if isinstance(room, int) else room)
        days = -(-len(chunks(max(want.values()), service)) // 2)  # two calls a day at most
        published = sorted(
            (r.start, tuple(r.dancers))
            for r in plan.rehearsals
            if r.production == production.id and r.kind is RehearsalKind.COMPANY
        )
        started = {dancers: start for start, dancers in reversed(published)}
        # Groups that have had calls before ``as_of`` first, each in order of its first call.
        previous = sorted(started, key=lambda g: (as_of is None or started[g] >= as_of, started[g]))
        begun = sum(1 for g in previous if as_of is not None and started[g] < as_of)
        tz = ZoneInfo(season.company[self.house].timezone)
        rest = None if as_of is None else as_of.astimezone(tz).date()
        for group in by_availability(
            members, window, opening.day, self.available, sizes, days, previous, begun, rest
        ):
            perf = min((p.first_show(d) or opening for d in group), key=lambda x: x.start)
            # From the start of the production's calls, as the casting's load rule counts a
            # dancer's time: a later group may rehearse as early as the first.
            parts.append((perf, self.since(group, opening.day), group))
        self.group_of = {d: g for g, (_, _, group) in enumerate(parts) for d in group}
        return [
            self.need(
                RehearsalKind.COMPANY,
                group,
                sorted({ensemble[d][1] for d in group}),
                chunks(max(want[d] for d in group), service),
                perf,
                first,
                f"{production.title}: company group {g + 1} of {len(parts)}",
            )
            for g, (perf, first, group) in enumerate(parts)
        ]

    def coaching(self) -> list[Need]:
        """Coaching: each distinct principal cast, before its first show."""
        season, production, p = self.season, self.production, self.p
        leads = [r.id for r in production.roles if r.lead]
        casts: dict[frozenset[str], Performance] = {}
        for perf in p.perfs:
            couple = frozenset(d for r in leads for d in p.cast[perf.id].get(r, ()))
            if couple and couple not in casts:
                casts[couple] = perf
        found = []
        for couple, perf in casts.items():
            if production.rehearsal.coaching_hours_per_cast <= 0:
                break
            names = ", ".join(season.dancers[d].item.name for d in sorted(couple))
            roles = [r for r in leads if p.cast[perf.id].get(r, set()) & couple]
            found.append(
                self.need(
                    RehearsalKind.COACHING,
                    sorted(couple),
                    roles,
                    chunks(production.rehearsal.coaching_hours_per_cast, self.service),
                    perf,
                    # Every cast is coached from the start of the production's calls.
                    self.since(sorted(couple), self.opening.day),
                    f"{production.title}: coaching of {names}",
                )
            )
        return found

    def learning(self) -> list[Need]:
        """Learning: debuts and guests in solo roles and leads, grouped by role, hours and
        window (ensemble roles are learnt in the company calls)."""
        season, plan, house, p = self.season, self.plan, self.house, self.p
        period, stays = self.period, self.stays
        pace = season.casting_weights.learning_hours_per_week
        groups: dict[tuple[str, float, dt.date], list[tuple[str, Performance]]] = defaultdict(list)
        debuts = sorted(
            {
                (d, r)
                for held in p.cast.values()
                for r, ds in held.items()
                if not is_ensemble(p.roles[r])
                for d in ds
            }
        )
        for dancer_id, role_id in debuts:
            hours = learning_hours(season, season.dancers[dancer_id].item, p.roles[role_id])
            debut = p.first_show(dancer_id, role_id)
            if hours <= 0 or debut is None:
                continue
            origin = period
            if season.dancers[dancer_id].owner != house:
                # A guest learns in residence what they did not prepare at home.
                moves = [m for m in plan.exchange if m.dancer == dancer_id]
                stay = stay_at(moves, house, debut.day)
                fallback = stays[dancer_id].start if dancer_id in stays else period
                origin = stay.start if stay is not None else fallback
                prepared = preparation(season, plan, house, dancer_id, hours, debut.day)
                hours -= prepared.hours if prepared is not None else 0.0
                if hours <= 1e-9:
                    continue
            groups[role_id, hours, origin].append((dancer_id, debut))
        found = []
        for (role_id, hours, origin), learners in sorted(groups.items()):
            perf = min((x for _, x in learners), key=lambda x: (x.start, x.id))
            days = learning_days(hours, pace, self.lead)
            debuts_of = dict(learners)
            first = self.opens(list(debuts_of), debuts_of, origin, days)
            learner_ids = sorted(debuts_of, key=lambda d: (debuts_of[d].start, d))
            # Learners of one company group learn together: their company calls take the same
            # services, so the ones left free are free for all of them (learners of three
            # groups had almost no free service in common in The Sleeping Beauty's window).
            by_group: dict[int, list[str]] = defaultdict(list)
            for d in learner_ids:
                by_group[self.group_of.get(d, -1)].append(d)
            for part in (
                found_part
                for g in sorted(by_group)
                for found_part in by_availability(
                    by_group[g], first, perf.day, self.available, [LEARNING_GROUP]
                )
            ):
                # Each group learns by its own first debut.
                own = min((debuts_of[d] for d in part), key=lambda x: (x.start, x.id))
                found.append(
                    self.need(
                        RehearsalKind.LEARNING,
                        part,
                        [role_id],
                        chunks(hours, self.service),
                        own,
                        self.opens(part, debuts_of, origin, days),
                        f"{self.production.title}: learning {p.roles[role_id].name} "
                        f"({len(part)} dancer{'s' if len(part) > 1 else ''})",
                    )
                )
        return found

    def opens(
        self,
        group: Sequence[str],
        debuts: dict[str, Performance],
        origin: dt.date,
        days: int,
    ) -> dt.date:
        """The first day of a learning window of ``days``: before the group's first show in
        the production (not their ``debuts`` in the role, which may come later), as the
        casting's load rule counts it, so that learning may be done before the run's show
        days (which leave one service), never before ``origin``."""
        ahead = min(
            (self.p.first_show(d) or debuts[d] for d in group), key=lambda x: (x.start, x.id)
        )
        return max(origin, ahead.day - dt.timedelta(days=days))

    def stage_and_dress(self) -> list[Need]:
        """Stage and dress rehearsals of the opening cast."""
        production, p, opening = self.production, self.p, self.opening
        opening_cast = sorted({d for ds in p.cast[opening.id].values() for d in ds})
        length = min(self.service, -(-production.running_minutes // GRID) * GRID)
        first = max(self.period, opening.day - dt.timedelta(days=STAGE_WEEK))
        # Whoever cannot come on most days of the stage week (a guest landing the day before,
        # an injury) is left out of the stage and dress calls, which go on without them.
        week = [first + dt.timedelta(days=i) for i in range((opening.day - first).days + 1)]
        opening_cast = [
            d for d in opening_cast if 2 * sum(self.available(d, x) for x in week) > len(week)
        ]
        first = max(first, self.since(opening_cast, opening.day))
        found = []
        for kind, count in (
            (RehearsalKind.STAGE, production.rehearsal.stage_rehearsals),
            (RehearsalKind.DRESS, production.rehearsal.dress_rehearsals),
        ):
            if count and opening_cast:
                found.append(
                    self.need(
                        kind,
                        opening_cast,
                        sorted(p.cast[opening.id]),
                        (length,) * count,
                        opening,
                        first,
                        f"{production.title}: {kind.value} rehearsal",
                    )
                )
        return found
