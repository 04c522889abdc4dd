"""Stored seasons, their companies and their exchange terms."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from etoile.storage.base import Base
from etoile.storage.models.mixins import ID_LENGTH, TEXT_LENGTH, EntityColumns

if TYPE_CHECKING:
    from etoile.storage.models.entities import (
        DancerRow,
        PerformanceRow,
        ProductionRow,
        RankRow,
        StaffRow,
        StudioRow,
        VenueRow,
    )

_CHILDREN = "all, delete-orphan"


class SeasonRow(Base):
    """A season. ``data`` holds the format version, the currency rates and any newer field."""

    __tablename__ = "seasons"

    pk: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    start: Mapped[dt.date]
    end: Mapped[dt.date]
    loaded_at: Mapped[dt.datetime]
    data: Mapped[dict[str, Any]]

    companies: Mapped[list[CompanyRow]] = relationship(
        order_by="CompanyRow.position", cascade=_CHILDREN, passive_deletes=True
    )
    exchanges: Mapped[list[ExchangeTermsRow]] = relationship(
        order_by="ExchangeTermsRow.position", cascade=_CHILDREN, passive_deletes=True
    )


class CompanyRow(EntityColumns, Base):
    """A house. ``data`` holds its labour rules and baseline finances."""

    __tablename__ = "companies"
    __table_args__ = (UniqueConstraint("season_pk", "id"),)

    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    city: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    timezone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))

    ranks: Mapped[list[RankRow]] = relationship(
        order_by="RankRow.position", cascade=_CHILDREN, passive_deletes=True
    )
    dancers: Mapped[list[DancerRow]] = relationship(
        order_by="DancerRow.position", cascade=_CHILDREN, passive_deletes=True
    )
    staff: Mapped[list[StaffRow]] = relationship(
        order_by="StaffRow.position", cascade=_CHILDREN, passive_deletes=True
    )
    studios: Mapped[list[StudioRow]] = relationship(
        order_by="StudioRow.position", cascade=_CHILDREN, passive_deletes=True
    )
    venues: Mapped[list[VenueRow]] = relationship(
        order_by="VenueRow.position", cascade=_CHILDREN, passive_deletes=True
    )
    productions: Mapped[list[ProductionRow]] = relationship(
        order_by="ProductionRow.position", cascade=_CHILDREN, passive_deletes=True
    )
    performances: Mapped[list[PerformanceRow]] = relationship(
        order_by="PerformanceRow.position", cascade=_CHILDREN, passive_deletes=True
    )


class ExchangeTermsRow(EntityColumns, Base):
    """Exchange terms between two companies; the window's days are columns for queries."""

    __tablename__ = "exchange_terms"
    __table_args__ = (UniqueConstraint("season_pk", "id"),)

    company_a: Mapped[str] = mapped_column(String(ID_LENGTH))
    company_b: Mapped[str] = mapped_column(String(ID_LENGTH))
    window_start: Mapped[dt.date]
    window_end: Mapped[dt.date]
