"""The records of a compiled casting problem, and their validation by index.

Plain frozen dataclasses of ints and strings: solver-neutral, cheap to copy, and checked once
at construction so that a solver never meets a dangling index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from etoile.domain import Tier


@dataclass(frozen=True)
class ShowData:
    """One performance. Times are minutes since the Unix epoch (UTC), so houses compare."""

    id: str
    production: str
    title: str
    company: str
    venue: str
    city: str
    day: dt.date
    start: int
    end: int
    full_length: bool
    gala: bool
    opening: bool
    weekend_evening: bool
    label: str
    """How a ballet master names the show: ``Giselle, Thu 10 Dec 2026 19:30``."""

    @property
    def week(self) -> tuple[int, int]:
        """ISO (year, week) of the show's local day."""
        iso = self.day.isocalendar()
        return iso.year, iso.week


@dataclass(frozen=True)
class RoleData:
    """A role of a production. ``partner`` is a role index or None."""

    id: str
    name: str
    production: str
    count: int
    lead: bool
    partner: int | None


@dataclass(frozen=True)
class DancerData:
    """A dancer with the labour rules of their own house (they travel with the contract)."""

    id: str
    name: str
    company: str
    tier: Tier
    draw: int
    """Audience draw in points, 0-100."""
    known: frozenset[int]
    partners: frozenset[int]
    max_shows_per_week: int | None
    max_leads_per_week: int
    min_days_between_leads: int
    no_lead_in_both_shows: bool
    max_consecutive_days: int
    rest_days_after_travel: int


@dataclass(frozen=True)
class SlotData:
    """``count`` dancers must dance ``role`` in ``show``; ``candidates`` may (dancer indices)."""

    show: int
    role: int
    count: int
    candidates: tuple[int, ...]


def check_indices(
    *,
    shows: tuple[ShowData, ...],
    roles: tuple[RoleData, ...],
    n_dancers: int,
    slots: tuple[SlotData, ...],
    pins: Iterable[tuple[int, int]],
    doubled: Iterable[tuple[int, int]],
) -> None:
    """Raise ``ValueError`` naming the first bad index or value of a casting problem's parts.

    Parameters
    ----------
    shows, roles
        The problem's shows (none may end before it starts) and roles (counts at least 1, partners
        in range).
    n_dancers
        How many dancers there are.
    slots
        Each slot's show, role, count (its role's) and distinct candidates.
    pins
        (slot, dancer) pairs.
    doubled
        (role, role) pairs.

    Raises
    ------
    ValueError
        At the first part out of range or inconsistent.
    """
    n_shows, n_roles = len(shows), len(roles)
    for i, role in enumerate(roles):
        if role.count < 1:
            raise ValueError(f"role {i} ({role.id}) has count {role.count}; expected >= 1")
        if role.partner is not None and not 0 <= role.partner < n_roles:
            raise ValueError(f"role {i} ({role.id}) has partner index {role.partner} out of range")
    for i, show in enumerate(shows):
        if show.end < show.start:
            raise ValueError(f"show {i} ({show.id}) ends before it starts")
    for i, slot in enumerate(slots):
        if not 0 <= slot.show < n_shows:
            raise ValueError(f"slot {i} has show index {slot.show} out of range")
        if not 0 <= slot.role < n_roles:
            raise ValueError(f"slot {i} has role index {slot.role} out of range")
        if slot.count != roles[slot.role].count:
            raise ValueError(f"slot {i} needs {slot.count} dancers but its role says otherwise")
        if len(set(slot.candidates)) != len(slot.candidates):
            raise ValueError(f"slot {i} lists a candidate twice")
        bad = [d for d in slot.candidates if not 0 <= d < n_dancers]
        if bad:
            raise ValueError(f"slot {i} has dancer index {bad[0]} out of range")
    for k, dancer in pins:
        if not 0 <= k < len(slots) or not 0 <= dancer < n_dancers:
            raise ValueError(f"pin ({k}, {dancer}) is out of range")
    for a, b in doubled:
        if not (0 <= a < n_roles and 0 <= b < n_roles):
            raise ValueError(f"doubled pair ({a}, {b}) is out of range")
