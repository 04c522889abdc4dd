"""Every hard casting rule, re-implemented in plain Python, with amounts.

The rule names are stable; ``docs/casting.md`` lists them in this order. Each rule yields one
:class:`Violation` per offence, measured in the rule's unit (dancers missing, hours short,
minutes of overlap, shows over the limit). :func:`casting_objective` recomputes the soft terms.

The names of the labour rules come from :mod:`etoile.i18n.labor_rules`, the one thing these
checks share with the solvers' side of each rule (:mod:`etoile.solvers.labor`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from etoile.domain import Plan, Season
from etoile.i18n.labor_rules import (
    BOTH_SHOWS,
    DAYS_IN_A_ROW,
    DOUBLE_BOOKED,
    LEAD_REST,
    WEEKLY_LEADS,
    WEEKLY_SHOWS,
)
from etoile.validate.casting_facts import Facts, Show
from etoile.validate.casting_objective import casting_objective
from etoile.validate.core import Rule
from etoile.validate.eligibility import guest_hours, guest_shortfall_message, learning_hours
from etoile.validate.focus import in_focus
from etoile.validate.sharing import shared
from etoile.validate.violation import Severity, Violation

__all__ = ["RULES", "casting_objective"]

SLOT_UNFILLED = "Role slot unfilled"
SLOT_OVERFILLED = "Role slot over-filled"
ROLE_NOT_IN_BALLET = "Role not in the ballet"
NOT_SUITED = "Dancer not suited to the role"
NOT_LEARNT = "Role not learnt in time"
ABSENT = "Dancer absent"
NOT_THERE = "Dancer not at the house"
TWO_ROLES = "Two roles in one show"
PIN_NOT_KEPT = "Pin not kept"


def _error(rule: str, entities: tuple[str, ...], amount: float, message: str) -> Violation:
    return Violation(rule, Severity.ERROR, entities, float(amount), message)


def _by_slot(plan: Plan) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a in plan.casting:
        found[a.performance, a.role].append(a.dancer)
    return found


def _shows_of(plan: Plan, facts: Facts) -> dict[str, list[Show]]:
    """Dancer -> the distinct shows they dance, in order of start (``facts.shows_by_dancer``)."""
    return facts.shows_by_dancer


def _lead_shows(plan: Plan, facts: Facts) -> dict[str, list[Show]]:
    """Dancer -> the distinct full-length leads they dance, in order of start."""
    return facts.leads_by_dancer


def role_slots_filled(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each role of each show has exactly its number of distinct dancers."""
    if plan is None:
        return
    facts, cast = shared(Facts, season, plan), _by_slot(plan)
    for perf_id, show in facts.shows.items():
        production = season.productions[show.perf.production].item
        for role in production.roles:
            if not in_focus(perf_id, role.id):
                continue  # its violations name both
            dancers = cast.get((perf_id, role.id), [])
            have = len(set(dancers))
            if have < role.count:
                yield _error(
                    SLOT_UNFILLED,
                    (perf_id, role.id),
                    role.count - have,
                    f"{show.label}: {role.name} needs {role.count}, has {have}",
                )
            elif len(dancers) > role.count:
                yield _error(
                    SLOT_OVERFILLED,
                    (perf_id, role.id),
                    len(dancers) - role.count,
                    f"{show.label}: {role.name} needs {role.count}, has {len(dancers)}"
                    " (or a dancer listed twice)",
                )
    for perf_id, role_id in sorted(cast):
        production_id = season.performances[perf_id].item.production
        if season.roles[role_id].owner != production_id:
            yield _error(
                ROLE_NOT_IN_BALLET,
                (perf_id, role_id),
                1,
                f"{facts.shows[perf_id].label}: {season.roles[role_id].item.name} is not a "
                "role of this ballet",
            )


def dancers_eligible(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Tier and tags, at the house that day, not absent, and the role learnt in time."""
    if plan is None:
        return
    facts = shared(Facts, season, plan)
    asked = (a for a in set(plan.casting) if in_focus(a.performance, a.dancer))
    for a in sorted(asked, key=lambda a: (a.performance, a.role, a.dancer)):
        show, dancer, role = facts.shows[a.performance], facts.dancer(a.dancer), facts.role(a.role)
        who, ids = (
            f"{dancer.name} as {role.name} in {show.label}",
            (a.performance, a.role, a.dancer),
        )
        company = season.company[facts.home(a.dancer)]
        if not (company.tier_of(dancer) in role.tiers and set(role.tags) <= set(dancer.tags)):
            yield _error(NOT_SUITED, ids, 1, f"{who}: wrong tier or casting tags for the role")
        absence = dancer.absent_on(show.day)
        if absence is not None:
            yield _error(ABSENT, ids, 1, f"{who}: absent ({absence.reason.value})")
        if facts.origin(a.dancer, show.house, show.day) is None:
            yield _error(
                NOT_THERE, ids, 1, f"{who}: not at {season.company[show.house].name} that day"
            )
            continue
        short = facts.hours_short(a.dancer, a.role, show.house, show.day)
        if short > 1e-9:
            stay = facts.stay(a.dancer, show.house, show.day)
            why = f"{who}: {short:g} h of learning short by that day"
            if stay is not None:
                why = guest_shortfall_message(
                    dancer.name,
                    role.name,
                    show.label,
                    learning_hours(season, dancer, role),
                    guest_hours(season, stay, show.day),
                )
            yield _error(NOT_LEARNT, ids, round(short, 2), why)


def one_role_per_show(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """A dancer dances one role a show, except role pairs the production marks as doubled."""
    if plan is None:
        return
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in plan.casting:
        if in_focus(a.performance, a.dancer):  # its violation names both
            roles[a.performance, a.dancer].add(a.role)
    doubles: dict[str, set[frozenset[str]]] = {}
    for (perf_id, dancer_id), held in sorted(k for k in roles.items() if len(k[1]) > 1):
        production_id = season.performances[perf_id].item.production
        doubled = doubles.get(production_id)
        if doubled is None:
            pairs = season.productions[production_id].item.doubled_roles
            doubled = doubles[production_id] = {frozenset(pair) for pair in pairs}
        bad = [pair for pair in combinations(sorted(held), 2) if frozenset(pair) not in doubled]
        if bad:
            names = " and ".join(season.roles[r].item.name for r in sorted(held))
            yield _error(
                TWO_ROLES,
                (perf_id, dancer_id),
                len(bad),
                f"{season.dancers[dancer_id].item.name} dances both {names} in "
                f"{shared(Facts, season, plan).shows[perf_id].label}",
            )


def one_place_at_a_time(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """No two shows that overlap or leave too little time to travel between them."""
    if plan is None:
        return
    facts = shared(Facts, season, plan)
    for dancer_id, shows in sorted(_shows_of(plan, facts).items()):
        if not in_focus(dancer_id, *(s.perf.id for s in shows)):
            continue  # its violations name the dancer and two of their shows
        longest = facts.longest_gap(dancer_id)
        for i, a in enumerate(shows):
            for b in shows[i + 1 :]:
                if b.start >= a.end + longest:
                    break  # shows come by start: no later one can be too close either
                short = a.end + facts.gap_needed(dancer_id, a, b) - b.start
                if short > dt.timedelta(0):
                    yield _error(
                        DOUBLE_BOOKED,
                        (a.perf.id, b.perf.id, dancer_id),
                        short.total_seconds() / 60,
                        f"{facts.dancer(dancer_id).name} cannot dance both {a.label} "
                        f"and {b.label}: {short.total_seconds() / 60:g} min short",
                    )


def weekly_limits(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Shows per ISO week by tier, and full-length leads per ISO week, of the dancer's house."""
    if plan is None:
        return
    facts = shared(Facts, season, plan)
    for rule, shows_of in ((WEEKLY_SHOWS, _shows_of), (WEEKLY_LEADS, _lead_shows)):
        for dancer_id, shows in sorted(shows_of(plan, facts).items()):
            if not in_focus(dancer_id):
                continue  # its violations name the dancer
            labor = season.company[facts.home(dancer_id)].labor
            limit = (
                labor.max_performances_per_week.get(facts.tier(dancer_id))
                if rule == WEEKLY_SHOWS
                else labor.max_leads_per_week
            )
            weeks: dict[tuple[int, int], int] = defaultdict(int)
            for show in shows:
                weeks[show.day.isocalendar()[:2]] += 1
            for (year, week), n in sorted(weeks.items()):
                if limit is not None and n > limit:
                    yield _error(
                        rule,
                        (dancer_id, f"{year}-W{week:02d}"),
                        n - limit,
                        f"{facts.dancer(dancer_id).name} dances {n} "
                        f"{'shows' if rule == WEEKLY_SHOWS else 'full-length leads'} in week "
                        f"{week} of {year} (limit {limit})",
                    )


def lead_rest(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """No lead in both shows of a day; enough free days between two full-length leads."""
    if plan is None:
        return
    facts = shared(Facts, season, plan)
    for dancer_id, shows in sorted(_lead_shows(plan, facts).items()):
        labor = season.company[facts.home(dancer_id)].labor
        name = facts.dancer(dancer_id).name
        for a, b in combinations(shows, 2):
            apart = abs((b.day - a.day).days)
            ids = (a.perf.id, b.perf.id, dancer_id)
            if apart == 0 and labor.no_lead_in_both_shows:
                yield _error(BOTH_SHOWS, ids, 1, f"{name} leads both {a.label} and {b.label}")
            elif 0 < apart <= labor.min_days_between_leads:
                yield _error(
                    LEAD_REST,
                    ids,
                    labor.min_days_between_leads + 1 - apart,
                    f"{name} leads {a.label} and {b.label} with {apart - 1} free day(s) between",
                )


def days_in_a_row(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """At most ``max_consecutive_working_days`` show days in a row (one per run too long)."""
    if plan is None:
        return
    facts = shared(Facts, season, plan)
    for dancer_id, shows in sorted(_shows_of(plan, facts).items()):
        if not in_focus(dancer_id):
            continue  # its violations name the dancer
        limit = season.company[facts.home(dancer_id)].labor.max_consecutive_working_days
        days = sorted({s.day for s in shows})
        run_start, length = days[0], 1
        for prev, day in zip(days, [*days[1:], None], strict=True):
            if day is not None and (day - prev).days == 1:
                length += 1
                continue
            if length > limit:
                yield _error(
                    DAYS_IN_A_ROW,
                    (dancer_id, run_start.isoformat()),
                    length - limit,
                    f"{facts.dancer(dancer_id).name} dances {length} days in a row "
                    f"from {run_start:%d %b %Y}; the limit is {limit}",
                )
            if day is not None:
                run_start, length = day, 1


def pins_kept(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Every assignment a director pinned is in the casting."""
    if plan is None:
        return
    cast = {(a.performance, a.role, a.dancer) for a in plan.casting}
    for perf_id, owned in sorted(season.performances.items()):
        for pin in owned.item.pins:
            if (perf_id, pin.role, pin.dancer) not in cast:
                yield _error(
                    PIN_NOT_KEPT,
                    (perf_id, pin.role, pin.dancer),
                    1,
                    f"{season.dancers[pin.dancer].item.name} was pinned as "
                    f"{season.roles[pin.role].item.name} in {perf_id} and is not cast",
                )


RULES: list[Rule] = [
    role_slots_filled,
    dancers_eligible,
    one_role_per_show,
    one_place_at_a_time,
    weekly_limits,
    lead_rest,
    days_in_a_row,
    pins_kept,
]
