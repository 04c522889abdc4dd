"""The checks of one cast save, and where they run.

A ballet master's save is checked twice by :func:`etoile.validate.validate_scope`: the plan
as it was and the plan with the change, over what the change touches, so that the answer can
say which violations the change introduced and which it resolved. The two checks are the
save's whole cost (about a tenth of a second of pure Python on the demo season).

Where they run is a :class:`CastChecker`:

- :class:`LocalChecker`, in the process that answers the save: the embedded default, and the
  fallback of every other checker;
- :class:`etoile.services.check_queue.QueueChecker`, in an ``etoile worker --checks`` process
  reached through Redis: a web process that serves many readers then spends no interpreter
  time on checks, so a dancer's schedule read never waits behind someone else's save.

Both give the same answer: the remote one runs :func:`check_edit` on the same stored plan.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol

from etoile.domain import Plan, Season
from etoile.storage import StoredPlan
from etoile.validate import Severity, Violation, validate_scope


@dataclass(frozen=True)
class EditCheck:
    """What the validator says of one cell's change, over what it touches."""

    before: list[Violation]
    """The violations of the plan as it was that name the changed performance or dancers."""
    after: list[Violation]
    """The same, for the plan with the change."""


def check_edit(
    season: Season, plan: Plan, performance: str, role: str, dancers: list[str]
) -> EditCheck:
    """Check the change of ``role`` in ``performance`` to ``dancers`` in ``plan``.

    Parameters
    ----------
    season
        The plan's season.
    plan
        The plan before the change.
    performance, role, dancers
        The cell and its new cast (ids already checked by the caller).

    Returns
    -------
    EditCheck
        The violations naming the performance, its old dancers or its new ones, before and
        after the change.
    """
    old = [a.dancer for a in plan.casting if (a.performance, a.role) == (performance, role)]
    scope = [*old, *dancers]
    before = validate_scope(season, plan, [performance], scope)
    after = validate_scope(season, plan.recast(performance, role, dancers), [performance], scope)
    return EditCheck(before, after)


@dataclass(frozen=True)
class CellEdit:
    """One cell's change, as a save asks for it: the season, the plan as the person read it,
    the performance and role, and the new cast (ids already checked)."""

    season: Season
    stored: StoredPlan
    performance: str
    role: str
    dancers: list[str]


class CastChecker(Protocol):
    """Runs the checks of a cast save somewhere (this process, or a check worker)."""

    def check(self, edit: CellEdit) -> EditCheck:
        """The checks of ``edit``."""
        ...  # pragma: no cover - a protocol

    def close(self) -> None:
        """Let go of what the checker holds (connections)."""
        ...  # pragma: no cover - a protocol


class LocalChecker:
    """The checks in the calling process."""

    def check(self, edit: CellEdit) -> EditCheck:
        """:func:`check_edit` on the stored plan, here."""
        return check_edit(edit.season, edit.stored.plan, edit.performance, edit.role, edit.dancers)

    def close(self) -> None:
        """Nothing to let go of."""


def violations_json(found: list[Violation]) -> list[dict[str, Any]]:
    """``found`` as JSON values (a check worker's answer travels as JSON, never pickles)."""
    return [{**asdict(v), "entities": list(v.entities)} for v in found]


def violations_of(values: list[dict[str, Any]]) -> list[Violation]:
    """The violations :func:`violations_json` wrote."""
    return [
        Violation(
            rule=str(v["rule"]),
            severity=Severity(v["severity"]),
            entities=tuple(str(e) for e in v["entities"]),
            amount=float(v["amount"]),
            message=str(v["message"]),
        )
        for v in values
    ]
