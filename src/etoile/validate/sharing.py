"""One look at a plan: the facts the rules derive, built once for all of them.

Each rule builds the lookups it needs (:class:`~etoile.validate.casting_facts.Facts`,
:class:`~etoile.validate.rehearsal_facts.RehearsalFacts`) from the season and plan alone. Within
:func:`one_look` (one run of :func:`etoile.validate.validate` or
:func:`etoile.validate.validate_scope`, during which neither the season nor the plan changes)
the rules share them: :func:`shared` gives every rule the same object for the same season and
plan. Outside it, :func:`shared` builds a fresh one, as a rule called on its own expects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from etoile.domain import Plan, Season

T = TypeVar("T")

_LOOK: ContextVar[dict[tuple[Any, int, int], tuple[Season, Plan, Any]] | None] = ContextVar(
    "etoile_validate_look", default=None
)


@contextmanager
def one_look() -> Iterator[None]:
    """Within the block, :func:`shared` builds each kind of facts once per season and plan."""
    token = _LOOK.set({})
    try:
        yield
    finally:
        _LOOK.reset(token)


def shared(kind: Callable[[Season, Plan], T], season: Season, plan: Plan) -> T:
    """``kind(season, plan)``, the same object for every rule within one :func:`one_look`.

    Parameters
    ----------
    kind
        What builds the facts from a season and a plan (a class such as
        :class:`~etoile.validate.casting_facts.Facts`); with the season's and plan's identities, the
        key of the shared object.
    season, plan
        What the facts are about; within one look, neither changes.

    Returns
    -------
    T
        The facts: shared and read-only within :func:`one_look`, fresh outside it.
    """
    look = _LOOK.get()
    if look is None:
        return kind(season, plan)
    key = (kind, id(season), id(plan))
    # The season and plan are kept with their facts, so that their ids stay theirs.
    found = look.get(key)
    if found is None:
        found = look[key] = (season, plan, kind(season, plan))
    facts: T = found[2]
    return facts
