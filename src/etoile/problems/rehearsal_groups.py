"""Company and learning groups: sized to the studios, split by the days their members can come.

:func:`group_sizes` gives the largest sizes of a production's company groups, so that they can
rehearse all at once, each in a studio of its own; :func:`by_availability` puts dancers into
groups that keep enough days free for all their members, keeping a published calendar's
groups as far as it can.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

COMPANY_GROUP = 40
"""Most dancers called to one company call (a corps rehearses its sections apart): smaller
groups find common free days more easily while other runs are on."""

Available = Callable[[str, dt.date], bool]
"""Whether a dancer may be called by the house on a day (present, not absent, ...)."""


def group_sizes(count: int, rooms: Sequence[int], most: int = COMPANY_GROUP) -> list[int]:
    """The largest sizes of the company groups of ``count`` dancers, given the studios'
    capacities: as few groups as can rehearse all at once, each in a studio of its own (the
    largest studios first, none over ``most``), as even as those studios allow.

    Example: 69 dancers and studios of 40, 28, 20 and 12: two groups cannot rehearse at once
    (40 + 28 < 69), three can, as groups of at most 25, 24 and 20 (not 40 and 29, who would
    share the one studio that holds 29)."""
    caps = sorted((min(c, most) for c in rooms if c > 0), reverse=True)
    if not caps or count <= 0:
        return [max(1, min(most, count))]
    n = next((i for i in range(1, len(caps) + 1) if sum(caps[:i]) >= count), None)
    if n is None:
        # More dancers than all the studios at once: groups of the largest studio.
        return [caps[0]] * -(-count // caps[0])
    chosen = caps[:n]
    # The lowest level L with sum(min(cap, L)) >= count: as even as the studios allow.
    level = next(x for x in range(1, caps[0] + 1) if sum(min(c, x) for c in chosen) >= count)
    return [min(c, level) for c in chosen]


def by_availability(
    dancers: list[str],
    first: dt.date,
    last: dt.date,
    available: Available,
    sizes: Sequence[int],
    days: int = 0,
    previous: Sequence[Sequence[str]] = (),
    begun: int = 0,
    rest: dt.date | None = None,
) -> list[list[str]]:
    """``dancers`` in groups that keep enough days of the window free for all their members.

    Each group keeps at least two thirds of the window's days, and at least ``days`` days,
    free for all its members (greedily, the most available dancers first). A dancer who is
    away for longer rehearses in a group of their own, around their absence, rather than
    holding back everyone else's calls.

    Parameters
    ----------
    dancers
        Who is to be grouped.
    first, last
        The window's first and last days.
    available
        Whether a dancer may be called on a day.
    sizes
        The ``j``-th group holds at most ``sizes[j]`` dancers, later ones at most the last size.
    days
        Days each group must keep free for all its members, when more than two thirds of the
        window's.
    previous
        Groups of a published calendar, kept first as far as the rules above allow: a
        repaired calendar moves few dancers between groups.
    begun
        The first ``begun`` of ``previous`` have had calls already (before the repair's
        ``as_of``): nobody else joins them, since nobody else can have had those calls; a
        newcomer rehearses apart.
    rest
        The first day of the begun groups' calls still to come: those days must keep two
        thirds free for all, so a member away for most of them rehearses apart, and the others
        keep their slots.

    Returns
    -------
    list[list[str]]
        The groups, each sorted.
    """
    span = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    keep = max(-(-2 * len(span) // 3), min(days, len(span)))
    busy = {d: frozenset(day for day in span if not available(d, day)) for d in dancers}
    left = frozenset(day for day in span if rest is not None and day >= rest)
    groups: list[tuple[list[str], set[dt.date]]] = []

    def admit(j: int, d: str, least: int = 0, begun: bool = False) -> bool:
        members, off = groups[j]
        size = max(sizes[min(j, len(sizes) - 1)], least)
        free = len(left - off - busy[d]) >= -(-2 * len(left) // 3) if begun else True
        if len(members) < max(1, size) and len(span) - len(off | busy[d]) >= keep and free:
            members.append(d)
            off |= busy[d]
            return True
        return False

    placed: set[str] = set()
    closed: list[bool] = []
    for i, old in enumerate(previous):
        groups.append(([], set()))
        closed.append(i < begun)
        for d in sorted(
            (d for d in old if d in busy and d not in placed), key=lambda d: (len(busy[d]), d)
        ):
            # A published group keeps its size.
            if admit(len(groups) - 1, d, len(old), closed[-1]):
                placed.add(d)
        if not groups[-1][0]:
            groups.pop()
            closed.pop()
    for d in sorted((d for d in dancers if d not in placed), key=lambda d: (len(busy[d]), d)):
        if not any(admit(j, d) for j in range(len(groups)) if not closed[j]):
            groups.append(([d], set(busy[d])))
            closed.append(False)
    return [sorted(members) for members, _ in groups]
