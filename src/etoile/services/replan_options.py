"""The replacements for each place an event vacates, ranked, each with what it costs.

For a vacated place (a dancer cast there can no longer dance it), each candidate among the
dancers who may dance it (those who know the role first, then by draw, ``count`` of them) is
costed by the smallest repair that puts them there (:func:`repair_cast` with the place
pinned): the places it changes (and which, besides this one), the candidate's shows that week
against their house's weekly limit, and the forecast's expected box office of the house under
that repair compared with the one chosen. Options are ranked by changes, then box office.

The candidates' repairs share their regions' CP-SAT models (:class:`~etoile.solvers.repair.Parts`:
built once, restored as built: the same repairs); a candidate whom no region can place is
proven so on the model of the place alone (:mod:`etoile.solvers.repair.pinned`), not by
solving every region up to the whole production; :class:`Ranking` runs the ranking in a
thread beside the rest of ``etoile replan``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

from etoile.domain import CastAssignment, Plan, Season
from etoile.forecast import DEFAULT_PARAMS, build_scenario
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.model import Cast
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.repair import Parts, broken_slots, repair_cast


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
    """(place, dancer) pairs of the old cast whose dancer may no longer dance there.

    Parameters
    ----------
    problem
        The casting problem after the events.
    old
        The cast before them, in ``problem``'s indices.
    frozen
        Places that may not change (their shows are past).
    """
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
    parts: Parts | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[ReplacementOption]:
    """The ``count`` best-placed candidates of every vacated place, ranked (module notes);
    ``chosen`` is the whole cast of the repair chosen. The candidates' repairs share their
    regions' models (``parts``: the chosen repair's, when given). ``stop`` says when the ranking is
    no longer wanted: it ends before the next candidate's repair (with what it has).

    Parameters
    ----------
    season, base
        The season after the events, and the plan they changed.
    problem, old, frozen
        As for :func:`vacated`.
    chosen
        As above.
    params
        The repairs' settings (each at most 3 s).
    count
        Candidates per vacated place.
    parts, stop
        As above.
    """
    weights = season.casting_weights
    parts = parts if parts is not None else Parts()
    quick = replace(params, time_limit=min(params.time_limit, 3.0))
    held = set(old)
    broken = broken_slots(problem, old)
    chosen_full = set(chosen)
    found: list[ReplacementOption] = []
    cache: dict[tuple[tuple[tuple[int, int], ...], str], float] = {}
    memo: dict[tuple[int, int], CastAssignment] = {}
    for k in sorted({k for k, _ in vacated(problem, old, frozen)}):
        slot = problem.slots[k]
        show = problem.shows[slot.show]
        currency = season.company[show.company].currency
        reference = _box_office(season, base, problem, sorted(chosen), show.company, cache, memo)
        taken = {d for kk, d in old if kk == k}
        ranked = sorted(
            (e for e in slot.candidates if e not in taken),
            key=lambda e: (slot.role not in problem.dancers[e].known, -problem.dancers[e].draw, e),
        )
        picked = ranked[:count]
        picked += [e for kk, e in chosen_full if kk == k and e not in picked and e not in taken]
        options = []
        for e in picked:
            if stop is not None and stop():
                return found
            repair = repair_cast(
                problem,
                weights,
                old,
                frozen,
                quick,
                pins=((k, e),),
                parts=parts,
                prove_pins=True,  # a candidate nobody can place: proven so sooner
                broken=broken,
            )
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
            week = shows_that_week(problem, cast, e, show.week)
            money = _box_office(season, base, problem, cast, show.company, cache, memo) - reference
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


def shows_that_week(problem: CastingProblem, cast: Cast, dancer: int, week: tuple[int, int]) -> int:
    """The shows ``dancer`` dances in ``cast`` in ``week`` (a show counted once however many
    of its roles the dancer takes: the weekly limit is on shows, not places).

    Parameters
    ----------
    problem
        Whose slots and shows ``cast`` indexes.
    cast
        (slot, dancer) pairs.
    dancer
        The dancer's index.
    week
        ISO (year, week), as a show's ``week``.
    """
    return len(
        {
            problem.slots[j].show
            for j, d in cast
            if d == dancer and problem.shows[problem.slots[j].show].week == week
        }
    )


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
    memo: dict[tuple[int, int], CastAssignment],
) -> float:
    key = (tuple(cast), house)
    if key not in cache:
        # to_assignments' plan, each (place, dancer) made once for all the casts costed.
        casting = []
        for k, d in sorted(cast):
            a = memo.get((k, d))
            if a is None:
                a = memo[k, d] = CastAssignment(
                    performance=problem.shows[problem.slots[k].show].id,
                    role=problem.roles[problem.slots[k].role].id,
                    dancer=problem.dancers[d].id,
                )
            casting.append(a)
        plan = base.model_copy(update={"casting": casting})
        cache[key] = build_scenario(season, plan, DEFAULT_PARAMS).box_office(house)
    return cache[key]


class Ranking:
    """The ranking of the replacements (:func:`replacement_options`), run
    beside the rest of the use case and the caller's (writing the files): it needs only the
    repair, and its CP-SAT solves leave the interpreter free for the calendar repair, the
    forecast, the validator and the report. A round that is not the last throws its ranking
    away (:meth:`drop`); the last one's is the answer, the same as when it ran after the
    others."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._pool = ThreadPoolExecutor(1, "replan-options") if count else None
        self._future: Future[list[ReplacementOption]] | None = None
        self._stop = threading.Event()

    def start(
        self,
        season: Season,
        base: Plan,
        problem: CastingProblem,
        old: Cast,
        frozen: set[int],
        whole: Cast,
        params: CastingParams,
        parts: Parts,
    ) -> None:
        """Rank the candidates of this round's repair (``whole``) in the background.

        Parameters
        ----------
        season, base, problem, old, frozen, params, parts
            As for :func:`replacement_options`.
        whole
            The whole cast of this round's repair.
        """
        if self._pool is not None:
            self._future = self._pool.submit(
                replacement_options,
                season,
                base,
                problem,
                old,
                frozen,
                whole,
                params,
                self.count,
                parts,
                self._stop.is_set,
            )

    def drop(self) -> None:
        """Stop and forget the ranking under way (its repair is not the one kept); the models
        it used are free again when this returns."""
        if self._future is not None:
            self._stop.set()
            self._future.result()
            self._future, self._stop = None, threading.Event()

    def release(self) -> Future[list[ReplacementOption]] | None:
        """The ranking of the last repair started (None without ``count``), left to finish;
        the thread ends with it."""
        if self._pool is not None:
            self._pool.shutdown(wait=False)
        return self._future

    def close(self) -> None:
        """Stop what runs still (on an error) and end the thread."""
        self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
