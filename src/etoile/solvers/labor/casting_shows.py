"""A dancer's possible shows in the casting model, grouped for the labour rules' constraints."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from typing import TypeVar

from ortools.sat.python import cp_model

from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.variables import CastingVariables

K = TypeVar("K", bound=Hashable)


def group(shows: list[int], key: Callable[[int], K]) -> dict[K, list[int]]:
    """``shows`` by ``key`` (a week, a day), each group in the order given.

    Parameters
    ----------
    shows
        Show indices.
    key
        What to group them by.

    Returns
    -------
    dict
        Key -> the shows with that key.
    """
    groups: dict[K, list[int]] = defaultdict(list)
    for s in shows:
        groups[key(s)].append(s)
    return groups


def lead_shows(p: CastingProblem, v: CastingVariables) -> dict[int, list[int]]:
    """Dancer -> the shows where they may dance a full-length lead, by start."""
    found: dict[int, list[int]] = defaultdict(list)
    for d, s in sorted(v.leads, key=lambda key: (key[0], p.shows[key[1]].start, key[1])):
        found[d].append(s)
    return found


def worked(m: cp_model.CpModel, xs: list[cp_model.IntVar], name: str) -> cp_model.IntVar:
    """A literal at least each of ``xs`` (the one literal itself when there is one).

    Parameters
    ----------
    m
        The casting model.
    xs
        The literals; at least one.
    name
        The new literal's name.
    """
    if len(xs) == 1:
        return xs[0]
    var = m.new_bool_var(name)
    for x in xs:
        m.add(var >= x)
    return var
