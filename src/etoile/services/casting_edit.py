"""Use case: a manual change to the casting, checked by the validator, never blocked by it.

A ballet master replaces the dancers of one role in one performance. The change is applied to
the draft (a published version is never changed: editing it starts a new draft), what it touches
is checked by :func:`etoile.validate.validate_scope`, the draft is saved if nobody saved it
meanwhile (optimistic concurrency: the writer names the revision it saw), and the violations come
back as warnings, with those the change introduced singled out. The pretalx pattern: people decide,
the checker tells them what it thinks, and nothing is refused for a broken soft or hard rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import CastAssignment, Plan, Season
from etoile.services.access import Forbidden
from etoile.storage import Database, PlanInfo, PlanRepository, PlanStatus, StoredPlan
from etoile.validate import Violation, validate_scope


class CastEditError(ValueError):
    """The change names a performance, role or dancer the season does not have."""


@dataclass(frozen=True)
class CastEdit:
    """What was saved, and what the validator says about it."""

    plan: PlanInfo
    violations: list[Violation]
    """The plan's violations that name the changed performance or its old or new dancers."""
    introduced: list[Violation]
    """The violations that the plan did not have before the change."""
    resolved: list[Violation]
    """The violations the change made go away."""


def check_change(season: Season, performance: str, role: str, dancers: list[str]) -> str:
    """The house of ``performance`` after checking the ids; :class:`CastEditError` if bad."""
    show = season.performances.get(performance)
    if show is None:
        raise CastEditError(f"no performance {performance!r} in season {season.id!r}")
    production = season.productions[show.item.production].item
    if role not in {r.id for r in production.roles}:
        raise CastEditError(f"{production.title} has no role {role!r}")
    unknown = [d for d in dancers if d not in season.dancers]
    if unknown:
        raise CastEditError(f"no dancer {', '.join(map(repr, unknown))} in the season")
    if len(set(dancers)) != len(dancers):
        raise CastEditError("a dancer is named twice")
    return show.owner


def outsiders(season: Season, plan: Plan, performance: str, dancers: list[str]) -> list[str]:
    """Dancers of ``dancers`` the house of ``performance`` may not cast: not its own, and not
    a guest whose agreed stay (an exchange move of ``plan``) covers the show's day."""
    owned = season.performances[performance]
    day = owned.item.day
    guests = {m.dancer for m in plan.exchange if m.host == owned.owner and m.start <= day <= m.end}
    return [d for d in dancers if season.dancers[d].owner != owned.owner and d not in guests]


def recast(plan: Plan, performance: str, role: str, dancers: list[str]) -> Plan:
    """``plan`` with ``dancers`` (in order) as the cast of ``role`` in ``performance``."""
    kept = [a for a in plan.casting if (a.performance, a.role) != (performance, role)]
    added = [CastAssignment(performance=performance, role=role, dancer=d) for d in dancers]
    return plan.model_copy(update={"casting": [*kept, *added]})


def edit_cast(
    db: Database,
    season: Season,
    stored: StoredPlan,
    performance: str,
    role: str,
    dancers: list[str],
    *,
    base_revision: int,
    who: str = "",
) -> CastEdit:
    """Set the cast of ``role`` in ``performance`` in plan ``stored`` and check the result.

    The checks run outside any write transaction and only over what the change touches
    (:func:`etoile.validate.validate_scope`: the performance and the dancers who left or
    joined it); the write is one conditional update that fails if another save came first.

    Parameters
    ----------
    db
        The database.
    season
        The plan's season (already loaded by the caller).
    stored
        The plan as the caller read it. A draft is changed in place; a published plan is
        copied into a new draft first (``based_on`` it).
    performance, role, dancers
        The cell and its new cast (an empty list leaves the role uncast).
    base_revision
        The revision of the plan the person saw when making the change (``PlanInfo.revision``).
    who
        The login of the person making the change, for the draft's label and its edit log.

    Raises
    ------
    CastEditError
        When an id is unknown.
    etoile.services.access.Forbidden
        When a dancer is neither of the performance's house nor a guest of the exchange there
        that day.
    etoile.storage.StaleWriteError
        When the plan changed after ``base_revision``: nothing is saved, and the error lists
        the edits the person missed.
    etoile.storage.PlanNotFoundError
        When there is no such plan.
    """
    check_change(season, performance, role, dancers)
    foreign = outsiders(season, stored.plan, performance, dancers)
    if foreign:
        names = ", ".join(season.dancers[d].item.name for d in foreign)
        raise Forbidden(
            f"{names}: not of this house, and no agreed stay makes them a guest here on "
            "that day; a house casts its own dancers and the guests of the exchange"
        )
    if stored.revision != base_revision:
        with db.transaction() as session:
            raise PlanRepository(session).stale(stored.id, base_revision)
    old = [a.dancer for a in stored.plan.casting if (a.performance, a.role) == (performance, role)]
    scope = [*old, *dancers]
    before = set(validate_scope(season, stored.plan, [performance], scope))
    changed = recast(stored.plan, performance, role, dancers)
    violations = validate_scope(season, changed, [performance], scope)
    label = f"manual edit by {who}" if who else "manual edit"
    with db.transaction(write=True) as session:
        plans = PlanRepository(session)
        if stored.status is PlanStatus.PUBLISHED:
            info = plans.save_draft(
                changed, label=f"{label} of version {stored.version}", based_on=stored.id
            )
        else:
            info = plans.update_draft(stored.id, changed, expected_revision=base_revision)
        plans.add_edit(info.id, info.revision, performance, role, dancers, who)
    introduced = [v for v in violations if v not in before]
    resolved = sorted(before - set(violations), key=lambda v: (v.rule, v.entities, v.message))
    return CastEdit(info, violations, introduced, resolved)
