"""One change between two plans: its kind, what moved and who must be told.

:mod:`etoile.report.changes` computes the changes; :mod:`etoile.report.changes_words` puts them
into words.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from etoile.domain.base import Id, Model


class ChangeKind(StrEnum):
    """Kinds of change between two plans."""

    CAST = "cast"
    CALL_ADDED = "call_added"
    CALL_REMOVED = "call_removed"
    CALL_CHANGED = "call_changed"
    STAY_ADDED = "stay_added"
    STAY_REMOVED = "stay_removed"
    STAY_CHANGED = "stay_changed"


class PlanChange(Model):
    """One change. ``people`` are everyone who must be told (dancers and staff ids).

    For a cast: ``removed`` dancers no longer dance ``role`` in ``performance``, ``added`` now
    do. For a call: ``removed``/``added`` are the dancers no longer or newly called;
    ``before``/``after`` hold what moved (``start``, ``end``, ``studio``, ``staff``) as
    ISO text (a changed call has
    both; the keys whose values differ are what moved). For a stay: ``dancer`` and the stay's
    dates before/after.
    """

    kind: ChangeKind
    company: Id
    production: Id | None = None
    performance: Id | None = None
    role: Id | None = None
    call: Id | None = None
    dancer: Id | None = None
    removed: list[Id] = Field(default_factory=list)
    added: list[Id] = Field(default_factory=list)
    before: dict[str, str] = Field(default_factory=dict)
    after: dict[str, str] = Field(default_factory=dict)
    people: list[Id] = Field(default_factory=list)
