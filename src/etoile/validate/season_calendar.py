"""Season rules about the calendar: absences on show days, weekly limits, venues booked twice.

These are relaxations of the casting rules, so an error here is a real impossibility: absences
are ignored by the weekly check (they can only make it worse), and each role is looked at on
its own (the other roles can only take dancers away from it).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator

from etoile.domain import Company, Dancer, Performance, Plan, Production, Role, Season, Tier
from etoile.validate.core import Rule
from etoile.validate.eligibility import eligible, potential_guests
from etoile.validate.season_cast import describe_role, guest_severity
from etoile.validate.violation import Severity, Violation

ROLE_SHORT_ON_THE_DAY = "Role short on the day"
WEEKLY_LIMITS_SHORT = "Weekly limits leave a role short"
VENUE_DOUBLE_BOOKED = "Two shows at one venue at once"


def role_short_on_the_day(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Absences leave fewer dancers who can dance a role than a show needs.

    Amount: dancers short on that day, beyond any shortfall of the role itself.
    """
    pools: dict[str, tuple[list[Dancer], list[Dancer]]] = {}
    for company, performance, production in _shows(season):
        day = performance.day
        for role in production.roles:
            if role.id not in pools:
                pool = eligible(company, role)
                pools[role.id] = (pool, [d for d in pool if d.absences])
            pool, ever_away = pools[role.id]
            away = [d for d in ever_away if d.absent_on(day)]
            short = min(role.count, len(pool)) - (len(pool) - len(away))
            if short <= 0:
                continue
            guests = potential_guests(season, company.id, role, [day])
            severity, note = guest_severity(season, company, guests, short)
            reasons = ", ".join(
                f"{d.name} ({absence.reason.value})"
                for d in away
                if (absence := d.absent_on(day)) is not None
            )
            yield Violation(
                ROLE_SHORT_ON_THE_DAY,
                severity,
                (performance.id, role.id),
                float(short),
                f"{production.title} on {performance.start:%Y-%m-%d %H:%M} ({performance.id}): "
                f"{role.name} needs {role.count} dancer(s); {len(away)} of the {len(pool)} who "
                f"can dance it are away: {reasons}; {short} short{note}",
            )


def weekly_limits_short(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """A run has more shows in an ISO week than the dancers of a role may dance under the
    house's labour rules (performances per week per tier, full-length leads per week, no lead
    in both shows of a two-show day).

    Amount: role performances short in that week (shows times dancers, minus what the eligible
    dancers may dance).
    """
    weeks: dict[tuple[str, str], list[Performance]] = defaultdict(list)
    found: dict[str, tuple[Company, Production]] = {}
    for company, performance, production in _shows(season):
        iso = performance.day.isocalendar()
        weeks[(production.id, f"{iso.year}-W{iso.week:02d}")].append(performance)
        found[production.id] = (company, production)
    pools: dict[str, list[Dancer]] = {}
    for (production_id, week), shows in sorted(weeks.items()):
        company, production = found[production_id]
        days = sorted({p.day for p in shows})
        for role in production.roles:
            if role.id not in pools:
                pools[role.id] = eligible(company, role)
            pool = pools[role.id]
            each, why = _weekly_cap(company, production, role, len(shows), len(days))
            capacity = sum(each[company.rank_tier[d.rank]] for d in pool)
            short = len(shows) * min(role.count, len(pool)) - capacity
            if short <= 0:
                continue
            guests = potential_guests(season, company.id, role, days)
            per_guest = max(1, min(each.values(), default=len(shows)))
            severity, note = guest_severity(season, company, guests, math.ceil(short / per_guest))
            yield Violation(
                WEEKLY_LIMITS_SHORT,
                severity,
                (production.id, role.id, week),
                float(short),
                f"{production.title} ({company.name}), week {week}: {len(shows)} shows need "
                f"{len(shows) * min(role.count, len(pool))} {role.name} performances, but the "
                f"{len(pool)} dancer(s) who can dance it ({describe_role(role)}) may dance "
                f"{capacity} under the labour rules ({why}); {short} short{note}",
            )


def venue_double_booked(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Two performances at the same venue overlap (start plus running time).

    Amount: minutes of overlap.
    """
    by_venue: dict[str, list[tuple[dt.datetime, dt.datetime, Performance]]] = defaultdict(list)
    for _, performance, production in _shows(season):
        end = performance.start + dt.timedelta(minutes=production.running_minutes)
        by_venue[performance.venue].append((performance.start, end, performance))
    for venue_id, shows in sorted(by_venue.items()):
        shows.sort(key=lambda s: (s[0], s[2].id))
        venue = season.venues[venue_id].item.name if venue_id in season.venues else venue_id
        for i, (_, end, first) in enumerate(shows):
            for start, other_end, second in shows[i + 1 :]:
                if start >= end:
                    break
                minutes = (min(end, other_end) - start).total_seconds() / 60
                yield Violation(
                    VENUE_DOUBLE_BOOKED,
                    Severity.ERROR,
                    (venue_id, first.id, second.id),
                    minutes,
                    f"{venue}: {first.id} ({first.start:%Y-%m-%d %H:%M}) and {second.id} "
                    f"({second.start:%Y-%m-%d %H:%M}) overlap by {minutes:g} minutes",
                )


def _weekly_cap(
    company: Company, production: Production, role: Role, shows: int, days: int
) -> tuple[dict[Tier, int], str]:
    """Most shows of ``role`` one dancer of each tier may dance in the week, and why."""
    labor = company.labor
    caps: dict[Tier, int] = {}
    why: list[str] = []
    for tier in role.tiers:
        limit = labor.max_performances_per_week.get(tier, shows)
        if limit < shows:
            why.append(f"{limit} shows a week for a {tier.value}")
        caps[tier] = min(limit, shows)
    if role.lead and production.full_length:
        if labor.max_leads_per_week < shows:
            why.append(f"{labor.max_leads_per_week} full-length leads a week")
        if labor.no_lead_in_both_shows and days < shows:
            why.append("no lead in both shows of a two-show day")
        cap = min(labor.max_leads_per_week, days if labor.no_lead_in_both_shows else shows)
        caps = {tier: min(c, cap) for tier, c in caps.items()}
    return caps, "; ".join(why)


def _shows(season: Season) -> Iterator[tuple[Company, Performance, Production]]:
    """Every performance with its company and production (unknown productions skipped:
    dangling references are the season-file loader's to report)."""
    for company in season.companies:
        for performance in company.performances:
            owned = season.productions.get(performance.production)
            if owned is not None:
                yield company, performance, owned.item


RULES: list[Rule] = [role_short_on_the_day, weekly_limits_short, venue_double_booked]
