"""A group call that finds no time for the whole group, placed as calls for parts of it.

A company group (or a group learning one role) shares each of its calls: every member must be
free for it. When a call of the group is still left out after the window was opened earlier
(:mod:`.calendar`), the members' own days may still hold it, only not at one time for all:
their shows in other productions and their other calls fall on different services. The call is
then given to the part of the group free at the time most of them are free, and the others get
a call of their own, split again while they find no time (at most :data:`SPLIT_DEPTH` times).
The validator counts each dancer's company and learning hours from the calls they are in, so
the parts' calls prepare them as the group's call would have, at the cost of more studio and
ballet master time (which the placer checks like any call's).

- data: the problem, the placer (its placements, rules and options);
- new calls: a :class:`~etoile.problems.rehearsal_calls.Need` per part (the group's, with its
  dancers, "part N" in its label) and its call, appended to the problem;
- kept: only when every part is placed; otherwise the parts are taken out and the group's call
  stays left out (and explained).
"""

from __future__ import annotations

from dataclasses import replace

from etoile.domain import RehearsalKind
from etoile.problems.rehearsal import Call, RehearsalProblem, call_options
from etoile.solvers.rehearsal.greedy import Greedy, is_free

SPLIT_DEPTH = 3
"""How many times the dancers left over by a part are split again (at most 2^3 parts)."""

SPLIT_TRIES = 4
"""Parts tried for each split, the largest first."""

SPLIT_KINDS = (RehearsalKind.COMPANY, RehearsalKind.LEARNING)
"""Calls whose hours the validator counts dancer by dancer (a coaching call needs its cast
together; stage and dress calls are the whole cast's)."""


def split_short(
    problem: RehearsalProblem, greedy: Greedy, unplaced: list[int]
) -> tuple[list[int], list[str], set[int]]:
    """Each group call of ``unplaced`` (company or learning, two dancers or more) placed as
    calls for parts of the group (module notes).

    Returns
    -------
    tuple[list[int], list[str], set[int]]
        The calls still unplaced, a line per group call split (its label and the parts'
        sizes), and the group calls replaced by their parts.
    """
    left, said, replaced = [], [], set()
    for c in unplaced:
        call = problem.calls[c]
        need = problem.needs[call.need]
        if need.kind not in SPLIT_KINDS or len(call.dancers) < 2 or c in greedy.pinned:
            left.append(c)
            continue
        parts = _place(problem, greedy, call, list(call.dancers), SPLIT_DEPTH)
        if parts is None:
            left.append(c)
            continue
        replaced.add(c)
        sizes = " + ".join(str(len(problem.calls[p].dancers)) for p in parts)
        said.append(f"{need.label}, call {call.seq + 1}: in {len(parts)} parts ({sizes} dancers)")
    return left, said, replaced


def _place(
    problem: RehearsalProblem, greedy: Greedy, call: Call, dancers: list[int], depth: int
) -> list[int] | None:
    """Calls for ``dancers`` (part of ``call``'s group), placed: one for all when it fits, else
    one for a part free together (the largest first, at most :data:`SPLIT_TRIES`) and the rest
    split again; None, with nothing of it left placed or appended, when no way is found."""
    mark = (len(problem.needs), len(problem.calls))
    whole = _add(problem, call, dancers)
    if whole is not None and greedy.place([whole]) == []:
        return [whole]
    _undo(problem, greedy, *mark)
    if depth == 0 or len(dancers) < 2:
        return None
    for most in _free_parts(problem, greedy, call, dancers)[:SPLIT_TRIES]:
        first = _place(problem, greedy, call, most, 0)
        if first is None:
            continue
        others = _place(problem, greedy, call, [d for d in dancers if d not in most], depth - 1)
        if others is not None:
            return first + others
        _undo(problem, greedy, *mark)
    return None


def _add(problem: RehearsalProblem, call: Call, dancers: list[int]) -> int | None:
    """A call of ``call``'s need for ``dancers`` alone, appended to the problem with a need of
    its own ("part" in its label); None when it has no option."""
    need = problem.needs[call.need]
    who = tuple(sorted(dancers))
    part = replace(
        need,
        dancers=tuple(sorted(problem.dancers[d] for d in who)),
        minutes=(call.minutes,),
        label=f"{need.label}, part",
        earliest=None,
    )
    options = tuple(call_options(problem, part, who, call.minutes, call.staff))
    rooms = tuple(
        i
        for i, r in enumerate(problem.rooms)
        if r.house == need.house and not r.stage and r.capacity >= len(who)
    )
    if not options or not rooms:
        return None
    problem.needs.append(part)
    index = len(problem.calls)
    problem.calls.append(
        Call(index, len(problem.needs) - 1, 0, call.minutes, who, rooms, call.staff, options)
    )
    return index


def _free_parts(
    problem: RehearsalProblem, greedy: Greedy, call: Call, dancers: list[int]
) -> list[list[int]]:
    """The parts of ``dancers`` free together for ``call`` at one of its starts (their day's
    rules kept, none of them busy then, a room and a leader free), smaller than the whole,
    the largest first (the earliest start on ties)."""
    fixed, house = greedy.fixed, problem.needs[call.need].house
    found: dict[tuple[int, ...], int] = {}
    for o in call.options:
        if greedy.leaders(call.staff, o.day, call.minutes) is None:
            continue
        able = [d for d in dancers if greedy.can_work(d, house, o.day, call.minutes, False)]
        if not able:
            continue
        for start in range(o.lo, o.hi + 1, 30):
            end = start + call.minutes
            if not any(is_free(fixed.room_day.get((r, o.day), []), start, end) for r in call.rooms):
                continue
            free = tuple(d for d in able if greedy.dancer_free(d, o.day, start, end))
            if free and len(free) < len(dancers):
                found.setdefault(free, len(found))
    return [list(p) for p in sorted(found, key=lambda p: (-len(p), found[p]))]


def _undo(problem: RehearsalProblem, greedy: Greedy, needs: int, calls: int) -> None:
    """Take out the calls and needs appended from ``calls`` and ``needs`` on."""
    for c in range(calls, len(problem.calls)):
        if c in greedy.fixed.placements:
            greedy.fixed.remove(c)
    del problem.calls[calls:]
    del problem.needs[needs:]
