"""Where the published calendar had each call of the new plan: the slots a calendar repair keeps
or wishes (:func:`published_slots`)."""

from __future__ import annotations

from collections import defaultdict
from zoneinfo import ZoneInfo

from etoile.domain import EventFile, Plan, Rehearsal
from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.fixed import Placement


def published_slots(
    problem: RehearsalProblem, before: Plan, events: EventFile, recast: set[str]
) -> tuple[list[Placement], list[Placement], list[Placement]]:
    """The published slots of ``problem``'s calls: the same calls (same dancers) where they
    were and may still be, kept (in the past, or none of their dancers is ``recast``: their
    shows changed) or else wished (the new shows may make one break a rule, say a call on
    the show day of a dancer who takes a place); calls whose dancers or roles changed, wished
    where the unused published call of their production, kind and length with the most of
    their dancers was, the same roles first (a past one only when they all came to it and it
    had their roles: it stands for the call, kept)."""
    rooms = {room.id: i for i, room in enumerate(problem.rooms)}
    leaders = {leader.id: i for i, leader in enumerate(problem.staff)}

    def slot(c: int, old: Rehearsal) -> Placement | None:
        """Call ``c`` where ``old`` is, when its options, rooms and leaders allow it (anything
        before ``as_of`` stays)."""
        wanted = problem.calls[c]
        if old.studio not in rooms or not old.staff or old.staff[0] not in leaders:
            return None
        room, leader = rooms[old.studio], leaders[old.staff[0]]
        start = problem.clock.minute(old.start)
        house = problem.needs[wanted.need].house
        day = old.start.astimezone(ZoneInfo(problem.timezones[house])).date()
        fits = events.frozen(old.start) or (
            day not in problem.closed.get(room, frozenset())
            and any(o.day == day and o.lo <= start <= o.hi for o in wanted.options)
        )
        if fits and room in wanted.rooms and leader in wanted.staff:
            return Placement(c, day, start, room, leader)
        return None

    def kind(c: int) -> tuple[object, ...]:
        need = problem.needs[problem.calls[c].need]
        return (need.production, need.kind, problem.calls[c].minutes)

    def covers(c: int, old: Rehearsal) -> bool:
        """Whether ``old`` rehearsed call ``c``'s roles: the same ones, or (a call that
        happened) at least those: a dancer who has left some places since took part."""
        roles = set(problem.needs[problem.calls[c].need].roles)
        if events.frozen(old.start):
            return roles <= set(old.roles)
        return roles == set(old.roles)

    def dancers(c: int) -> frozenset[str]:
        return frozenset(problem.dancers[d] for d in problem.calls[c].dancers)

    published: dict[tuple[object, ...], list[Rehearsal]] = defaultdict(list)
    for r in sorted(before.rehearsals, key=lambda r: (r.start, r.id)):
        length = int((r.end - r.start).total_seconds() // 60)
        published[r.production, r.kind, length].append(r)
    kept: list[Placement] = []
    same: list[Placement] = []
    used: set[str] = set()
    history: set[tuple[int, str]] = set()  # (need, past call) pairs already standing
    for c in range(len(problem.calls)):
        for old in published.get(kind(c), []):
            if old.id in used or frozenset(old.dancers) != dancers(c) or not covers(c, old):
                continue
            placement = slot(c, old)
            if placement is not None:
                sure = events.frozen(old.start) or not recast.intersection(old.dancers)
                (kept if sure else same).append(placement)
                used.add(old.id)
                history.add((problem.calls[c].need, old.id))
                break
    changed: list[Placement] = []
    found = {p.call for p in kept + same}

    def free(c: int, old: Rehearsal) -> bool:
        """Whether ``old`` may stand for call ``c``: a call to come, unused; a call that
        happened, with at least ``c``'s roles, not yet used by ``c``'s need (a group split
        since, each part had it)."""
        if not events.frozen(old.start):
            return old.id not in used
        return covers(c, old) and (problem.calls[c].need, old.id) not in history

    for c in range(len(problem.calls)):
        if c in found:
            continue
        mine = dancers(c)
        for old in sorted(
            (r for r in published.get(kind(c), []) if free(c, r)),
            # A group that lost or gained a dancer may have lost or gained a role with them.
            key=lambda r: (-len(mine.intersection(r.dancers)), not covers(c, r), r.start, r.id),
        ):
            if not mine.intersection(old.dancers):
                break
            if events.frozen(old.start) and not mine <= set(old.dancers):
                continue  # a call that happened had the dancers it had, no newcomer
            placement = slot(c, old)
            if placement is not None:
                # A past call whose dancers all came stands for it (someone has left since).
                (kept if events.frozen(old.start) else changed).append(placement)
                used.add(old.id)
                history.add((problem.calls[c].need, old.id))
                break
    return kept, same, changed
