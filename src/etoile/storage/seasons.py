"""The season repository: store a whole season, read it back, list what is stored."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from etoile.domain import Company, Season
from etoile.storage.base import Base
from etoile.storage.errors import ConstraintError, SeasonExistsError, SeasonNotFoundError
from etoile.storage.mappers import SeasonRecords, season_from_records, season_rows
from etoile.storage.mappers.season_data import COMPANY_LISTS
from etoile.storage.models import (
    CompanyRow,
    DancerRow,
    ExchangeTermsRow,
    PerformanceRow,
    PlanRow,
    ProductionRow,
    RankRow,
    RoleRow,
    SeasonRow,
    StaffRow,
    StudioRow,
    VenueRow,
)

Progress = Callable[[int, int], None]
"""Called with (companies written, companies in the season) while a season is saved."""

# Children first, so that no delete leaves a row pointing at a deleted one.
_SEASON_TABLES = (
    RoleRow,
    PerformanceRow,
    DancerRow,
    StaffRow,
    StudioRow,
    VenueRow,
    ProductionRow,
    RankRow,
    CompanyRow,
    ExchangeTermsRow,
)
_COMPANY_TABLES: dict[str, Any] = {
    "ranks": RankRow,
    "dancers": DancerRow,
    "staff": StaffRow,
    "studios": StudioRow,
    "venues": VenueRow,
    "productions": ProductionRow,
    "performances": PerformanceRow,
}


@dataclass(frozen=True)
class SeasonInfo:
    """A stored season at a glance, for lists."""

    id: str
    name: str
    start: dt.date
    end: dt.date
    loaded_at: dt.datetime
    companies: int
    dancers: int
    performances: int
    published_plans: int


class SeasonRepository:
    """Seasons in the database. Each write is atomic: it stores everything or nothing.

    The repository works inside the caller's session and transaction (commit is the caller's
    job, e.g. :meth:`etoile.storage.Database.transaction`). Each write runs in a SAVEPOINT, so
    a write that fails part-way leaves the transaction as it found it.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def save(
        self, season: Season, *, replace: bool = False, progress: Progress | None = None
    ) -> None:
        """Store ``season``.

        Parameters
        ----------
        season
            The season to store.
        replace
            Overwrite a stored season with the same id. Its plans are kept: the season row
            stays, its companies and exchange terms are replaced.
        progress
            Optional callback, see :data:`Progress`.

        Raises
        ------
        SeasonExistsError
            When the id is taken and ``replace`` is false.
        ConstraintError
            When the season breaks a database rule (an id used twice, a dancer whose rank is
            not in the ladder, a show at an unknown venue ...). Nothing is written.
        """
        try:
            with self._session.begin_nested():
                self._write(season, replace, progress)
        except IntegrityError as error:
            raise ConstraintError(
                f"season {season.id!r} breaks a database rule: {error.orig}"
            ) from error
        # Bulk statements bypass the identity map; let later reads see the stored rows.
        self._session.expire_all()

    def get(self, season_id: str) -> Season:
        """The stored season ``season_id``.

        Raises
        ------
        SeasonNotFoundError
            When no such season is stored.
        """
        season = self._session.execute(
            select(_table(SeasonRow)).where(SeasonRow.id == season_id)
        ).one_or_none()
        if season is None:
            raise SeasonNotFoundError(season_id)
        return season_from_records(
            SeasonRecords(
                season=season,
                companies=self._rows(CompanyRow, season.pk),
                exchanges=self._rows(ExchangeTermsRow, season.pk),
                company_lists={
                    name: self._rows(_COMPANY_TABLES[name], season.pk) for name in COMPANY_LISTS
                },
                roles=self._rows(RoleRow, season.pk),
            )
        )

    def exists(self, season_id: str) -> bool:
        """True when a season with this id is stored."""
        return self._season_pk(season_id) is not None

    def list(self) -> builtins.list[SeasonInfo]:
        """Every stored season, by id."""

        def count(model: Any, *where: Any) -> Any:
            return (
                select(func.count())
                .select_from(model)
                .where(model.season_pk == SeasonRow.pk, *where)
                .scalar_subquery()
            )

        rows = self._session.execute(
            select(
                SeasonRow.id,
                SeasonRow.name,
                SeasonRow.start,
                SeasonRow.end,
                SeasonRow.loaded_at,
                count(CompanyRow),
                count(DancerRow),
                count(PerformanceRow),
                count(PlanRow, PlanRow.version.is_not(None)),
            ).order_by(SeasonRow.id)
        )
        return [SeasonInfo(*row) for row in rows]

    def _rows(self, model: Any, season_pk: int) -> Sequence[Any]:
        """Plain rows of one table for one season, in list order."""
        return self._session.execute(
            select(_table(model))
            .where(model.season_pk == season_pk)
            .order_by(model.position, model.pk)
        ).all()

    def _season_pk(self, season_id: str) -> int | None:
        return self._session.scalar(select(SeasonRow.pk).where(SeasonRow.id == season_id))

    def _write(self, season: Season, replace: bool, progress: Progress | None) -> None:
        values = season_rows.season_values(season) | {"loaded_at": dt.datetime.now(dt.UTC)}
        season_pk = self._season_pk(season.id)
        if season_pk is not None and not replace:
            raise SeasonExistsError(season.id)
        seasons = _table(SeasonRow)
        if season_pk is None:
            season_pk = self._session.execute(
                insert(seasons).values(values).returning(seasons.c.pk)
            ).scalar_one()
        else:
            for model in _SEASON_TABLES:
                table = _table(model)
                self._session.execute(delete(table).where(table.c.season_pk == season_pk))
            self._session.execute(update(seasons).where(seasons.c.pk == season_pk).values(values))
        keys = {"season_pk": season_pk}
        company_pks = self._insert(
            CompanyRow,
            [season_rows.company_values(c) | keys for c in season.companies],
            returning=True,
        )
        self._insert(
            ExchangeTermsRow, [season_rows.exchange_values(e) | keys for e in season.exchanges]
        )
        # Everything that others refer to (ranks, venues, productions) goes in before the
        # dancers and shows that refer to it, for every company: a company may perform
        # another's production at another's venue.
        for company, company_pk in zip(season.companies, company_pks, strict=True):
            self._write_repertoire(company, keys | {"company_pk": company_pk})
        total = len(season.companies)
        for done, (company, company_pk) in enumerate(
            zip(season.companies, company_pks, strict=True), start=1
        ):
            self._write_people_and_shows(company, keys | {"company_pk": company_pk})
            if progress is not None:
                progress(done, total)

    def _write_repertoire(self, company: Company, keys: dict[str, int]) -> None:
        self._insert(RankRow, [season_rows.rank_values(r) | keys for r in company.ranks])
        self._insert(StudioRow, [season_rows.studio_values(s) | keys for s in company.studios])
        self._insert(VenueRow, [season_rows.venue_values(v) | keys for v in company.venues])
        production_pks = self._insert(
            ProductionRow,
            [season_rows.production_values(p) | keys for p in company.productions],
            returning=True,
        )
        self._insert(
            RoleRow,
            [
                season_rows.role_values(role)
                | {"season_pk": keys["season_pk"], "production_pk": production_pk, "position": i}
                for production, production_pk in zip(
                    company.productions, production_pks, strict=True
                )
                for i, role in enumerate(production.roles)
            ],
        )

    def _write_people_and_shows(self, company: Company, keys: dict[str, int]) -> None:
        self._insert(DancerRow, [season_rows.dancer_values(d) | keys for d in company.dancers])
        self._insert(StaffRow, [season_rows.staff_values(s) | keys for s in company.staff])
        self._insert(
            PerformanceRow,
            [season_rows.performance_values(p) | keys for p in company.performances],
        )

    def _insert(
        self, model: Any, rows: Sequence[dict[str, Any]], *, returning: bool = False
    ) -> builtins.list[int]:
        """Insert ``rows`` in one executemany; ``position`` is the list index unless given.

        Core inserts, not the ORM's bulk path: the ORM splits a batch wherever rows differ in
        which values are None, which made loading a large season four times slower.
        """
        if not rows:
            return []
        table = _table(model)
        params = [{"position": i} | row for i, row in enumerate(rows)]
        if not returning:
            self._session.execute(insert(table), params)
            return []
        statement = insert(table).returning(table.c.pk, sort_by_parameter_order=True)
        return list(self._session.execute(statement, params).scalars())


def _table(model: type[Base]) -> Table:
    # Every model maps one plain Table; the ORM types __table__ more loosely.
    return cast(Table, model.__table__)
