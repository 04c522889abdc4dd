"""Use case: the seasons and plans the web app reads, loaded once and kept while unchanged.

Rebuilding a season from its rows validates hundreds of entities; the app reads the same season
for every request. :class:`Workspace` keeps each season until it is loaded again (its
``loaded_at`` changes) and each *published* plan forever (a published plan never changes).
A draft is kept with its revision, and read again when a save has moved the revision on (one
cheap query per request tells).

Views derived from a plan at one revision (a dancer's schedule, a casting grid) never change
either; :meth:`Workspace.memo` keeps the most recent of them, so that the many readers of one
version (every dancer opening their schedule after a publication) cost one computation each.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import select

from etoile.domain import Season
from etoile.services.casting_edit import recast
from etoile.services.publishing import Changelog, changelog
from etoile.storage import (
    Database,
    PlanInfo,
    PlanNotFoundError,
    PlanRepository,
    PlanStatus,
    SeasonInfo,
    SeasonNotFoundError,
    SeasonRepository,
    StoredPlan,
)
from etoile.storage.models import PlanRow, SeasonRow

T = TypeVar("T")
MEMO_SIZE = 2048
"""Views of published plans kept (least recently used first out)."""
DRAFTS_KEPT = 8
"""Drafts kept in memory with their revision (least recently used first out)."""


def _settle() -> None:
    """Move what is alive now (a season or plan just cached: hundreds of thousands of small
    objects that live as long as the server) out of the garbage collector's sight, so that
    its full collections, triggered by every request's short-lived objects, stop scanning
    them (they took a hundred milliseconds each on the demo season)."""
    gc.collect()
    gc.freeze()


def _replayed(plans: PlanRepository, draft: StoredPlan, revision: int) -> StoredPlan | None:
    """``draft`` brought to ``revision`` by replaying the saved edits since its own revision,
    or None when some revision between was not an edit (a job's write): then it is read
    again. A megabyte of plan is not parsed again for every cell another person changed."""
    edits = plans.edits_since(draft.id, draft.revision)
    if [e.revision for e in edits] != list(range(draft.revision + 1, revision + 1)):
        return None
    plan = draft.plan
    for e in edits:
        plan = recast(plan, e.performance, e.role, list(e.dancers))
    return replace(draft, plan=plan, revision=revision)


class Workspace:
    """Seasons and plans of one database, with a cache safe to share between threads.

    Parameters
    ----------
    db
        The database the web app serves.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._seasons: dict[str, tuple[dt.datetime, Season]] = {}
        self._published: dict[int, StoredPlan] = {}
        self._drafts: OrderedDict[int, StoredPlan] = OrderedDict()
        self._memo: OrderedDict[Hashable, object] = OrderedDict()

    def seasons(self) -> list[SeasonInfo]:
        """Every stored season, by id."""
        with self.db.transaction() as session:
            return SeasonRepository(session).list()

    def season_ids(self) -> list[str]:
        """The ids of the stored seasons, the latest starting first (a cheap query)."""
        with self.db.transaction() as session:
            rows = session.execute(
                select(SeasonRow.id).order_by(SeasonRow.start.desc(), SeasonRow.id.desc())
            )
            return [r[0] for r in rows]

    def season(self, season_id: str) -> Season:
        """Season ``season_id``; :class:`~etoile.storage.SeasonNotFoundError` when unknown."""
        with self.db.transaction() as session:
            loaded = session.scalar(select(SeasonRow.loaded_at).where(SeasonRow.id == season_id))
            if loaded is None:
                raise SeasonNotFoundError(season_id)
            with self._lock:
                cached = self._seasons.get(season_id)
            if cached is not None and cached[0] == loaded:
                return cached[1]
            season = SeasonRepository(session).get(season_id)
        with self._lock:
            self._seasons[season_id] = (loaded, season)
        _settle()
        return season

    def memo(self, stored: StoredPlan, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept under ``key`` for this plan at this revision (a published plan
        never changes; a draft's revision moves with every save, so its views are recomputed).

        ``key`` must name everything the view depends on besides the plan (the dancer, the
        language, the window ...); the plan's id and revision are added to it here.

        Parameters
        ----------
        stored
            The plan the view is of.
        key
            What else the view depends on.
        compute
            Makes the view.
        """
        return self.kept((stored.id, stored.revision, key), compute)

    def kept(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept under ``key`` (the most recently used :data:`MEMO_SIZE`), for
        what never changes once made: ``key`` names everything it depends on. None is not
        kept (what is missing now may exist later).

        Parameters
        ----------
        key
            Names everything the value depends on.
        compute
            Makes the value when it is not kept.
        """
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]  # type: ignore[return-value]
        value = compute()
        if value is not None:
            with self._lock:
                self._memo[key] = value
                while len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
        return value

    def plans(self, season_id: str) -> list[PlanInfo]:
        """The plans of a season, oldest first, without their content."""
        with self.db.transaction() as session:
            return PlanRepository(session).list(season_id)

    def plan(self, season_id: str, plan_id: int) -> StoredPlan:
        """Plan ``plan_id`` of season ``season_id``.

        Parameters
        ----------
        season_id
            The season.
        plan_id
            One of its plans.

        Raises
        ------
        PlanNotFoundError
            When there is no such plan, or it belongs to another season.
        """
        with self._lock:
            cached = self._published.get(plan_id)
        if cached is None:
            with self.db.transaction() as session:
                plans = PlanRepository(session)
                status, revision = plans.revision(plan_id)
                with self._lock:
                    draft = self._drafts.get(plan_id)
                if draft is not None and (draft.status, draft.revision) == (status, revision):
                    cached = draft
                elif draft is not None and status is PlanStatus.DRAFT:
                    cached = _replayed(plans, draft, revision) or plans.get(plan_id)
                else:
                    cached = plans.get(plan_id)
            with self._lock:
                if cached.status is PlanStatus.PUBLISHED:
                    self._published[plan_id] = cached
                    self._drafts.pop(plan_id, None)
                else:
                    # A draft is kept with its revision and read again once another save
                    # (in this process or another) has moved the revision on.
                    self._drafts[plan_id] = cached
                    self._drafts.move_to_end(plan_id)
                    while len(self._drafts) > DRAFTS_KEPT:
                        self._drafts.popitem(last=False)
            if cached.status is PlanStatus.PUBLISHED:
                _settle()
        if cached.season_id != season_id:
            raise PlanNotFoundError(f"{plan_id} in season {season_id!r}")
        return cached

    def changelog(self, stored: StoredPlan) -> Changelog | None:
        """The changelog written when ``stored`` was published (None for a draft, or a
        version published without one)."""
        return (
            None if stored.version is None else self.changelog_of(stored.season_id, stored.version)
        )

    def changelog_of(self, season_id: str, version: int) -> Changelog | None:
        """The changelog of published ``version`` of ``season_id`` (None when there is no
        such version, or it was published without one); read once, since it never changes,
        and without reading the version's plan."""

        def read() -> Changelog | None:
            try:
                return changelog(self.db, season_id, version)
            except PlanNotFoundError:
                return None

        return self.kept(("changelog", season_id, version), read)

    def current(self, season_id: str, *, published_only: bool) -> StoredPlan | None:
        """The plan a reader sees by default: the newest plan of the season (draft or
        published), or with ``published_only`` the newest published version; None if none.

        Parameters
        ----------
        season_id
            Whose plans.
        published_only
            Look only at published versions (what dancers see).
        """
        with self.db.transaction() as session:
            query = (
                select(PlanRow.id)
                .join(SeasonRow, SeasonRow.pk == PlanRow.season_pk)
                .where(SeasonRow.id == season_id)
            )
            if published_only:
                query = query.where(PlanRow.version.is_not(None)).order_by(PlanRow.version.desc())
            else:
                query = query.order_by(PlanRow.id.desc())
            plan_id = session.scalar(query.limit(1))
        return None if plan_id is None else self.plan(season_id, plan_id)
