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

from etoile.domain import Plan, Season
from etoile.services.access import Forbidden
from etoile.services.cast_checks import CastChecker, CellEdit, LocalChecker
from etoile.storage import Database, PlanInfo, PlanRepository, PlanStatus, StoredPlan
from etoile.validate import Violation


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
    return plan.recast(performance, role, dancers)


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
    checker: CastChecker | None = None,
) -> CastEdit:
    """Set the cast of ``role`` in ``performance`` in plan ``stored`` and check the result.

    The checks run outside any write transaction and only over what the change touches
    (:func:`etoile.validate.validate_scope`: the performance and the dancers who left or
    joined it), in this process or a check worker (``checker``); the write is one
    conditional update that fails if another save came first.

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
    checker
        Where the checks run (:mod:`etoile.services.cast_checks`); default: this process.

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
    edit = CellEdit(season, stored, performance, role, dancers)
    found = (checker or LocalChecker()).check(edit)
    before, violations = set(found.before), found.after
    changed = recast(stored.plan, performance, role, dancers)
    label = f"manual edit by {who}" if who else "manual edit"
    with db.transaction(write=True) as session:
        plans = PlanRepository(session)
        if stored.status is PlanStatus.PUBLISHED:
            info = plans.save_draft(
                changed, label=f"{label} of version {stored.version}", based_on=stored.id
            )
            plans.add_edit(info.id, info.revision, performance, role, dancers, who)
        else:
            info = plans.edit_cell(
                stored.id,
                changed,
                performance,
                role,
                dancers,
                expected_revision=base_revision,
                by=who,
            )
    introduced = [v for v in violations if v not in before]
    resolved = sorted(before - set(violations), key=lambda v: (v.rule, v.entities, v.message))
    return CastEdit(info, violations, introduced, resolved)


@dataclass(frozen=True)
class CastChoice:
    """A dancer the edit form of one place may offer, with what says how ready they are."""

    dancer: str
    name: str
    rank: str
    """The name of the dancer's rank in their house (Étoile, Principal ...)."""
    knows: bool
    """The dancer knows the role today."""
    hours_to_learn: float
    """Learning hours the role takes the dancer (0 when known)."""
    shows_that_week: int
    """Other performances the plan casts the dancer in, the same week as this one."""
    guest: bool
    eligible: bool
    """The validator's static eligibility (tier, tags, present, not absent, learnt in time)."""
    reason: str = ""
    """Why not eligible: ``"absent"``, ``"away"``, ``"learning"``, or ``"rank"`` (tier or
    tags; only for a dancer who holds the place now). Empty when eligible."""
    current: bool = False
    """The dancer holds the place in the plan now."""


def cast_choices(season: Season, plan: Plan, performance: str, role: str) -> list[CastChoice]:
    """Who the form for ``role`` in ``performance`` may offer, the most ready first.

    The pool is the performance's house and the guests staying there that day (as
    :func:`outsiders` allows). Eligibility is the validator's
    (:meth:`etoile.validate.casting_facts.Facts.eligible_for`). Dancers without the role's
    tier or tags (a man for a woman's lead) are left out; dancers who have them but are not
    eligible that day (absent, away, not learnt in time) come last, with the reason, for a
    form to show disabled. Whoever holds the place now is always listed.

    The eligible come first: those who know the role, then by the fewest hours the role takes
    them to learn, then by the fewest other shows that week, then by name.
    """
    from etoile.validate.casting_facts import Facts
    from etoile.validate.eligibility import can_dance, learning_hours

    check_change(season, performance, role, [])
    facts = Facts(season, plan)
    show = facts.shows[performance]
    the_role = facts.role(role)
    guests = {
        m.dancer for m in plan.exchange if m.host == show.house and m.start <= show.day <= m.end
    }
    pool = [d.id for d in season.company[show.house].dancers] + sorted(guests)
    eligible = set(facts.eligible_for(performance, role))
    current = {a.dancer for a in plan.casting if (a.performance, a.role) == (performance, role)}
    week = show.day.isocalendar()[:2]
    busy: dict[str, set[str]] = {}
    for a in plan.casting:
        other = facts.shows.get(a.performance)
        if (
            a.performance != performance
            and other is not None
            and other.day.isocalendar()[:2] == week
        ):
            busy.setdefault(a.dancer, set()).add(a.performance)
    found = []
    for dancer_id in dict.fromkeys([*pool, *sorted(current - set(pool))]):
        if dancer_id not in season.dancers:
            continue
        dancer = facts.dancer(dancer_id)
        home = season.company[facts.home(dancer_id)]
        fits = can_dance(home, dancer, the_role)
        if not fits and dancer_id not in current:
            continue
        reason = ""
        if dancer_id not in eligible:
            if not fits:
                reason = "rank"
            elif dancer.absent_on(show.day) is not None:
                reason = "absent"
            elif facts.origin(dancer_id, show.house, show.day) is None:
                reason = "away"
            else:
                reason = "learning"
        rank = next((r.name for r in home.ranks if r.id == dancer.rank), dancer.rank)
        found.append(
            CastChoice(
                dancer=dancer_id,
                name=dancer.name,
                rank=rank,
                knows=role in dancer.known_roles,
                hours_to_learn=learning_hours(season, dancer, the_role),
                shows_that_week=len(busy.get(dancer_id, ())),
                guest=facts.home(dancer_id) != show.house,
                eligible=dancer_id in eligible,
                reason=reason,
                current=dancer_id in current,
            )
        )
    return sorted(
        found,
        key=lambda c: (
            not c.eligible,
            not c.knows,
            c.hours_to_learn,
            c.shows_that_week,
            c.name,
            c.dancer,
        ),
    )
