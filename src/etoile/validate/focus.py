"""What the validator is asked about: everything (the default), or a few ids.

:func:`etoile.validate.validate_scope` checks one changed cell of a plan: only the violations
that name the changed performance or its dancers count. The rules that look at each dancer in
turn (labour, load, whereabouts, eligibility, one place at a time) skip a dancer whose
violations could not name any of those ids, inside :func:`focused`. Outside it (every other
caller) :func:`in_focus` is always true and the rules see everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_FOCUS: ContextVar[frozenset[str] | None] = ContextVar("etoile_validate_focus", default=None)


@contextmanager
def focused(ids: Iterable[str]) -> Iterator[None]:
    """Within the block, the per-dancer rules look only at what names one of ``ids``."""
    token = _FOCUS.set(frozenset(ids))
    try:
        yield
    finally:
        _FOCUS.reset(token)


def in_focus(*ids: str) -> bool:
    """Whether a violation naming ``ids`` may concern the focus (always, without one)."""
    focus = _FOCUS.get()
    return focus is None or not focus.isdisjoint(ids)
