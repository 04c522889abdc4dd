"""Every hard rule of the rehearsal calendar on calls, rooms, staff and readiness.

Re-implemented in plain Python from the season file, independent of :mod:`etoile.problems`
and :mod:`etoile.solvers`; the dancers' labour rules are in :mod:`.rehearsal_labor`. Names
are stable (``docs/rehearsals.md`` lists them); amounts are minutes, hours or counts. The
labour rules' names (call length, earliest call, rehearsal period) come from
:mod:`etoile.i18n.labor_rules`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from etoile.domain import Plan, Rehearsal, RehearsalKind, Role, Season, StaffKind
from etoile.i18n.labor_rules import CALL_TOO_LONG, OUT_OF_PERIOD, TOO_EARLY
from etoile.validate.core import Rule
from etoile.validate.eligibility import learning_hours, stay_terms
from etoile.validate.focus import in_focus
from etoile.validate.rehearsal_facts import RehearsalFacts, minutes, overlapping_pairs
from etoile.validate.sharing import shared
from etoile.validate.violation import Severity, Violation

ROOM_TOO_SMALL = "Studio too small"
ROOM_DOUBLE = "Studio double-booked"
NO_LEADER = "No ballet master for the call"
STAFF_AWAY = "Staff unavailable"
STAFF_DOUBLE = "Staff double-booked"
STAFF_WEEK = "Staff over weekly hours"
HOURS_SHORT = "Rehearsal hours short before opening"
STAGE_MISSING = "Stage or dress rehearsal missing"
ROOM_CLOSED = "Call in a closed studio or theatre"

LEADERS = (StaffKind.BALLET_MASTER, StaffKind.REPETITEUR)


def _error(rule: str, entities: tuple[str, ...], amount: float, message: str) -> Violation:
    return Violation(rule, Severity.ERROR, entities, round(float(amount), 2), message)


def _label(season: Season, r: Rehearsal) -> str:
    title = season.productions[r.production].item.title
    return f"{title} {r.kind.value} call {r.start:%a %d %b %Y %H:%M}"


def call_times(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each call: at most ``max_call_minutes``, not before ``earliest_call`` (local), not before
    the house's rehearsal period (``rehearsal_lead_weeks`` before the season)."""
    if plan is None:
        return
    for r in shared(RehearsalFacts, season, plan).calls:
        labor = season.company[r.company].labor
        length = minutes(r.end - r.start)
        if length > labor.max_call_minutes:
            yield _error(
                CALL_TOO_LONG,
                (r.id,),
                length - labor.max_call_minutes,
                f"{_label(season, r)} lasts {length:g} min (limit {labor.max_call_minutes})",
            )
        earliest = dt.datetime.combine(r.start.date(), labor.earliest_call, r.start.tzinfo)
        if r.start < earliest:
            yield _error(
                TOO_EARLY,
                (r.id,),
                minutes(earliest - r.start),
                f"{_label(season, r)} starts before {labor.earliest_call:%H:%M}",
            )
        first = season.start - dt.timedelta(weeks=labor.rehearsal_lead_weeks)
        if r.start.date() < first:
            yield _error(
                OUT_OF_PERIOD,
                (r.id,),
                (first - r.start.date()).days,
                f"{_label(season, r)} is before the rehearsal period (from {first:%d %b %Y})",
            )


def _overlaps(items: dict[str, list[Rehearsal]], rule: str, what: str) -> Iterator[Violation]:
    for key, calls in sorted(items.items()):
        for a, b, overlap in overlapping_pairs(sorted(calls, key=lambda r: (r.start, r.id))):
            if overlap > 0:
                yield _error(
                    rule,
                    (a.id, b.id, key),
                    overlap,
                    f"{what} {key} has {a.id} and {b.id} overlapping by {overlap:g} min",
                )


def rooms(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """A studio holds its dancers (a stage has no limit) and one call at a time."""
    if plan is None:
        return
    by_room: dict[str, list[Rehearsal]] = defaultdict(list)
    for r in shared(RehearsalFacts, season, plan).calls:
        by_room[r.studio].append(r)
        studio = season.studios.get(r.studio)
        if studio is not None and len(set(r.dancers)) > studio.item.capacity:
            extra = len(set(r.dancers)) - studio.item.capacity
            yield _error(
                ROOM_TOO_SMALL,
                (r.id, r.studio),
                extra,
                f"{_label(season, r)} calls {len(set(r.dancers))} dancers to "
                f"{studio.item.name} (holds {studio.item.capacity})",
            )
    yield from _overlaps(by_room, ROOM_DOUBLE, "Room")


def staff(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each call has a ballet master or répétiteur of the production, available that day,
    leading one call at a time and within their weekly hours."""
    if plan is None:
        return
    by_staff: dict[str, list[Rehearsal]] = defaultdict(list)
    week: dict[tuple[str, dt.date], float] = defaultdict(float)
    for r in shared(RehearsalFacts, season, plan).calls:
        leaders = [season.staff[s].item for s in r.staff if s in season.staff]
        if season.productions[r.production].owner != r.company:
            # A guest's preparation at home: any ballet master or répétiteur of the house.
            ours = [season.staff[s] for s in r.staff if s in season.staff]
            if not any(o.owner == r.company and o.item.kind in LEADERS for o in ours):
                yield _error(
                    NO_LEADER,
                    (r.id,),
                    1,
                    f"{_label(season, r)} (a guest's preparation at home) has no ballet "
                    f"master or répétiteur of {season.company[r.company].name}",
                )
        elif not any(s.kind in LEADERS and r.production in s.productions for s in leaders):
            yield _error(
                NO_LEADER,
                (r.id,),
                1,
                f"{_label(season, r)} has no ballet master or répétiteur who "
                "rehearses this production",
            )
        day = r.start.date()
        for s in leaders:
            by_staff[s.id].append(r)
            week[s.id, day - dt.timedelta(days=day.weekday())] += minutes(r.end - r.start)
            if any(u.contains(day) for u in s.unavailable):
                yield _error(
                    STAFF_AWAY,
                    (r.id, s.id),
                    1,
                    f"{s.name} leads {_label(season, r)} but is unavailable",
                )
    yield from _overlaps(by_staff, STAFF_DOUBLE, "Staff member")
    for (sid, monday), total in sorted(week.items()):
        person = season.staff[sid].item
        limit = person.weekly_hours * 60
        if total > limit + 1e-9:
            yield _error(
                STAFF_WEEK,
                (sid, monday.isoformat()),
                total - limit,
                f"{person.name} leads {total / 60:g} h of calls in the week of "
                f"{monday:%d %b %Y} (limit {person.weekly_hours:g} h)",
            )


def _first_shows(
    season: Season, plan: Plan
) -> dict[str, list[tuple[dt.datetime, str, dict[str, set[str]]]]]:
    """Production -> its performances (curtain, id, role -> dancers), by curtain."""
    cast: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for a in plan.casting:
        cast[a.performance][a.role].add(a.dancer)
    out: dict[str, list[tuple[dt.datetime, str, dict[str, set[str]]]]] = defaultdict(list)
    for perf_id, owned in season.performances.items():
        out[owned.item.production].append((owned.item.start, perf_id, cast.get(perf_id, {})))
    return {p: sorted(v, key=lambda x: (x[0], x[1])) for p, v in out.items()}


def _ensemble(role: Role) -> bool:
    """Not a lead and danced by several at once: learnt in the company calls."""
    return not role.lead and role.count > 1


def _counts(
    season: Season, plan: Plan, call: Rehearsal, who: set[str], curtain: dt.datetime
) -> bool:
    """Whether ``call`` prepares ``who`` for the show at ``curtain``: a call at the
    production's house does; a call in another house is a guest's preparation at home, which
    counts when each of ``who`` is a guest of the production's house that day and the call
    falls in the ``preparation_days`` before their departure (the guest rule)."""
    owner = season.productions[call.production].owner
    if call.company == owner:
        return True
    day, show_day = call.start.date(), curtain.date()
    for d in who:
        if season.dancers[d].owner != call.company:
            return False
        stay = next(
            (
                m
                for m in plan.exchange
                if m.dancer == d and m.host == owner and m.start <= show_day <= m.end
            ),
            None,
        )
        terms = stay_terms(season, stay) if stay is not None else None
        if stay is None or terms is None:
            return False
        if not stay.depart - dt.timedelta(days=terms.preparation_days) <= day < stay.depart:
            return False
    return True


def readiness(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Before the show that needs it, each production has: company calls for every dancer of
    a non-lead role (before their first show in one), ``company_hours`` or, when longer, the
    learning hours of each of their ensemble roles (not a lead, ``count > 1``: an ensemble
    role is learnt in the company calls); ``coaching_hours_per_cast`` of coaching of each
    lead cast, together (before its first show); each debut's learning hours in a solo role or
    a lead (before the first show in the role; a guest's learning calls at home count when
    they fall in the ``preparation_days`` before departure); and its stage and dress
    rehearsals (before opening). Amounts: hours short, or rehearsals missing. Only checked
    once the plan has a calendar."""
    if plan is None or not plan.rehearsals:
        return  # a plan without a calendar has not been rehearsed yet
    calls: dict[tuple[str, RehearsalKind], list[Rehearsal]] = defaultdict(list)
    for r in shared(RehearsalFacts, season, plan).calls:
        calls[r.production, r.kind].append(r)

    def hours(
        kind: RehearsalKind,
        production: str,
        before: dt.datetime,
        who: set[str],
        role: str | None = None,
    ) -> float:
        return (
            sum(
                minutes(r.end - r.start)
                for r in calls[production, kind]
                if r.end <= before
                and who <= set(r.dancers)
                and (role is None or role in r.roles)
                and _counts(season, plan, r, who, before)
            )
            / 60
        )

    for production_id, shows in sorted(_first_shows(season, plan).items()):
        production = season.productions[production_id].item
        needs = production.rehearsal
        roles = {r.id: r for r in production.roles}
        firsts: dict[tuple[str, str], dt.datetime] = {}
        ensemble: dict[str, dt.datetime] = {}
        casts: dict[frozenset[str], dt.datetime] = {}
        for curtain, _perf, held in shows:
            couple = frozenset(d for r, ds in held.items() if roles[r].lead for d in ds)
            if couple and couple not in casts:
                casts[couple] = curtain
            for role_id, dancers in held.items():
                for d in dancers:
                    firsts.setdefault((d, role_id), curtain)
                    if not roles[role_id].lead:
                        ensemble.setdefault(d, curtain)
        company = dict.fromkeys(ensemble, needs.company_hours)
        for d, role_id in firsts:
            if _ensemble(roles[role_id]):
                learn = learning_hours(season, season.dancers[d].item, roles[role_id])
                company[d] = max(company[d], learn)
        for d, curtain in sorted(ensemble.items()):
            if not in_focus(production_id, "company", d):
                continue  # its violation names these
            dancer = season.dancers[d].item
            want = company[d]
            if want <= 0:
                continue
            got = hours(RehearsalKind.COMPANY, production_id, curtain, {d})
            if got + 1e-9 < want:
                yield _error(
                    HOURS_SHORT,
                    (production_id, "company", d),
                    want - got,
                    f"{production.title}: {dancer.name} has {got:g} h "
                    f"of company calls of {want:g} h",
                )
        for couple, curtain in casts.items():
            if not in_focus(production_id, "coaching", *couple):
                continue
            got = hours(RehearsalKind.COACHING, production_id, curtain, set(couple))
            if got + 1e-9 < needs.coaching_hours_per_cast:
                who = ", ".join(sorted(season.dancers[d].item.name for d in couple))
                yield _error(
                    HOURS_SHORT,
                    (production_id, "coaching", *sorted(couple)),
                    needs.coaching_hours_per_cast - got,
                    f"{production.title}: the cast {who} has {got:g} h of coaching of "
                    f"{needs.coaching_hours_per_cast:g} h",
                )
        for (d, role_id), curtain in sorted(firsts.items()):
            if _ensemble(roles[role_id]) or not in_focus(production_id, "learning", d, role_id):
                continue  # learnt in the company calls (checked above), or not asked about
            want = learning_hours(season, season.dancers[d].item, roles[role_id])
            got = hours(RehearsalKind.LEARNING, production_id, curtain, {d}, role_id) if want else 0
            if want and got + 1e-9 < want:
                yield _error(
                    HOURS_SHORT,
                    (production_id, "learning", d, role_id),
                    want - got,
                    f"{production.title}: {season.dancers[d].item.name} has {got:g} h "
                    f"to learn {roles[role_id].name} of {want:g} h",
                )
        if not shows[0][2]:
            continue
        opening = shows[0][0]
        for kind, count in (
            (RehearsalKind.STAGE, needs.stage_rehearsals),
            (RehearsalKind.DRESS, needs.dress_rehearsals),
        ):
            have = sum(1 for r in calls[production_id, kind] if r.end <= opening)
            if have < count:
                yield _error(
                    STAGE_MISSING,
                    (production_id, kind.value),
                    count - have,
                    f"{production.title} has {have} {kind.value} rehearsal(s) before "
                    f"opening; it needs {count}",
                )


def closed_rooms(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """No call in a studio or on a stage on a day it is closed (``closed`` of the studio or
    the venue; the call's local day)."""
    if plan is None:
        return
    for r in plan.rehearsals:
        owned = season.studios.get(r.studio) or season.venues.get(r.studio)
        if owned is None:
            continue
        day = r.start.date()
        shut = next((c for c in owned.item.closed if c.contains(day)), None)
        if shut is not None:
            yield _error(
                ROOM_CLOSED,
                (r.id, r.studio),
                minutes(r.end - r.start),
                f"{_label(season, r)} is in {owned.item.name}, closed "
                f"{shut.start:%d %b} to {shut.end:%d %b}",
            )


RULES: list[Rule] = [call_times, rooms, staff, readiness, closed_rooms]
