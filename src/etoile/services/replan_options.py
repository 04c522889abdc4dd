"""The replacements for each place an event vacates, ranked, each with what it costs.

For a vacated place (a dancer cast there can no longer dance it), each candidate among the
dancers who may dance it (those who know the role first, then by draw, ``count`` of them) is
costed by the smallest repair that puts them there (:func:`repair_cast` with the place
pinned): the places it changes (and which, besides this one), the candidate's shows that week
against their house's weekly limit, and the forecast's expected box office of the house under
that repair compared with the one chosen. Options are ranked by changes, then box office.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from etoile.domain import Plan, Season
from etoile.forecast import DEFAULT_PARAMS, build_scenario
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.model import Cast
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import to_assignments
from etoile.solvers.repair import repair_cast


@dataclass(frozen=True)
class ReplacementOption:
    """One candidate for one vacated place, and what choosing them costs."""

    performance: str
    role: str
    dancer: str
    chosen: bool
    changes: int | None
    """Places the smallest repair with this dancer changes (None: no repair puts them here)."""
    also: tuple[tuple[str, str], ...]
    """(performance, role) of the other places that repair changes."""
    shows_that_week: int
    weekly_limit: int | None
    box_office_change: float | None
    """Expected box office of the house minus that of the chosen repair (house currency)."""
    currency: str


def vacated(problem: CastingProblem, old: Cast, frozen: set[int]) -> list[tuple[int, int]]:
    """(place, dancer) pairs of the old cast whose dancer may no longer dance there."""
    return sorted(
        (k, d) for k, d in old if k not in frozen and d not in problem.slots[k].candidates
    )


def replacement_options(
    season: Season,
    base: Plan,
    problem: CastingProblem,
    old: Cast,
    frozen: set[int],
    chosen: Cast,
    params: CastingParams,
    count: int = 3,
) -> list[ReplacementOption]:
    """The ``count`` best-placed candidates of every vacated place, ranked (module notes);
    ``chosen`` is the whole cast of the repair chosen."""
    weights = season.casting_weights
    quick = replace(params, time_limit=min(params.time_limit, 3.0))
    held = set(old)
    chosen_full = set(chosen)
    found: list[ReplacementOption] = []
    cache: dict[tuple[tuple[tuple[int, int], ...], str], float] = {}
    for k in sorted({k for k, _ in vacated(problem, old, frozen)}):
        slot = problem.slots[k]
        show = problem.shows[slot.show]
        currency = season.company[show.company].currency
        reference = _box_office(season, base, problem, sorted(chosen), show.company, cache)
        taken = {d for kk, d in old if kk == k}
        ranked = sorted(
            (e for e in slot.candidates if e not in taken),
            key=lambda e: (slot.role not in problem.dancers[e].known, -problem.dancers[e].draw, e),
        )
        picked = ranked[:count]
        picked += [e for kk, e in chosen_full if kk == k and e not in picked and e not in taken]
        options = []
        for e in picked:
            repair = repair_cast(problem, weights, old, frozen, quick, pins=((k, e),))
            if repair.unrepaired:
                options.append(_option(problem, k, e, (k, e) in chosen_full, None, (), 0, currency))
                continue
            cast = repair.applied_to(old)
            also = tuple(
                sorted(
                    {
                        (
                            problem.shows[problem.slots[j].show].id,
                            problem.roles[problem.slots[j].role].id,
                        )
                        for j, _ in (set(cast) ^ held)
                        if j != k
                    }
                )
            )
            week = sum(
                1
                for j, d in cast
                if d == e and problem.shows[problem.slots[j].show].week == show.week
            )
            money = _box_office(season, base, problem, cast, show.company, cache) - reference
            options.append(
                _option(
                    problem,
                    k,
                    e,
                    (k, e) in chosen_full,
                    repair.changes,
                    also,
                    week,
                    currency,
                    money,
                )
            )
        found += sorted(
            options,
            key=lambda o: (o.changes is None, o.changes or 0, -(o.box_office_change or 0.0)),
        )
    return found


def _option(
    problem: CastingProblem,
    k: int,
    e: int,
    chosen: bool,
    changes: int | None,
    also: tuple[tuple[str, str], ...],
    week: int,
    currency: str,
    money: float | None = None,
) -> ReplacementOption:
    slot = problem.slots[k]
    dancer = problem.dancers[e]
    return ReplacementOption(
        performance=problem.shows[slot.show].id,
        role=problem.roles[slot.role].id,
        dancer=dancer.id,
        chosen=chosen,
        changes=changes,
        also=also,
        shows_that_week=week,
        weekly_limit=dancer.max_shows_per_week,
        box_office_change=None if money is None else round(money, 2),
        currency=currency,
    )


def _box_office(
    season: Season,
    base: Plan,
    problem: CastingProblem,
    cast: Cast,
    house: str,
    cache: dict[tuple[tuple[tuple[int, int], ...], str], float],
) -> float:
    key = (tuple(cast), house)
    if key not in cache:
        plan = to_assignments(problem, cast, base, season.id)
        cache[key] = build_scenario(season, plan, DEFAULT_PARAMS).box_office(house)
    return cache[key]
