"""Stored company entities: ranks, dancers, staff, studios, venues, productions, roles, shows.

Ids that the season uses to cross-reference entities (dancers, productions, roles, venues ...)
are unique across the whole season, as :class:`etoile.domain.Season`'s lookups assume; rank ids
are only unique inside their company (two houses may both call a rank ``principal``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from etoile.storage.base import Base
from etoile.storage.models.mixins import ID_LENGTH, TEXT_LENGTH, CompanyColumns, EntityColumns


class RankRow(CompanyColumns, Base):
    """A grade of a company's ladder and its common tier."""

    __tablename__ = "ranks"
    __table_args__ = (UniqueConstraint("company_pk", "id"),)

    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    tier: Mapped[str] = mapped_column(String(16))


class DancerRow(CompanyColumns, Base):
    """A dancer; the rank must be one of the company's ranks."""

    __tablename__ = "dancers"
    __table_args__ = (
        UniqueConstraint("season_pk", "id"),
        ForeignKeyConstraint(["company_pk", "rank_id"], ["ranks.company_pk", "ranks.id"]),
    )

    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    rank_id: Mapped[str] = mapped_column(String(ID_LENGTH))


class StaffRow(CompanyColumns, Base):
    """A ballet master, répétiteur, teacher, pianist or conductor."""

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("season_pk", "id"),)

    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    kind: Mapped[str] = mapped_column(String(32))


class StudioRow(CompanyColumns, Base):
    """A rehearsal room."""

    __tablename__ = "studios"
    __table_args__ = (UniqueConstraint("season_pk", "id"),)

    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    capacity: Mapped[int]


class VenueRow(CompanyColumns, Base):
    """A theatre; ``data`` holds its price tiers."""

    __tablename__ = "venues"
    __table_args__ = (UniqueConstraint("season_pk", "id"),)

    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    city: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    timezone: Mapped[str] = mapped_column(String(64))
    capacity: Mapped[int]


class ProductionRow(CompanyColumns, Base):
    """A production; its roles have their own table."""

    __tablename__ = "productions"
    __table_args__ = (UniqueConstraint("season_pk", "id"),)

    title: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    ballet: Mapped[str] = mapped_column(String(ID_LENGTH))

    roles: Mapped[list[RoleRow]] = relationship(
        order_by="RoleRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class RoleRow(EntityColumns, Base):
    """A role of a production (ids are unique in the season, so plans name roles alone)."""

    __tablename__ = "roles"
    __table_args__ = (UniqueConstraint("season_pk", "id"),)

    production_pk: Mapped[int] = mapped_column(
        ForeignKey("productions.pk", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    lead: Mapped[bool]


class PerformanceRow(CompanyColumns, Base):
    """A show. ``start_utc`` is the instant; offset and zone give back the written form.

    The season file writes ``2026-12-10T19:30:00-05:00``: the instant alone would come back as
    ``...00:30:00Z``, so the UTC offset (seconds) and, when the time was built with an IANA zone,
    the zone name are kept beside it.
    """

    __tablename__ = "performances"
    __table_args__ = (
        UniqueConstraint("season_pk", "id"),
        ForeignKeyConstraint(
            ["season_pk", "production_id"], ["productions.season_pk", "productions.id"]
        ),
        ForeignKeyConstraint(["season_pk", "venue_id"], ["venues.season_pk", "venues.id"]),
        Index("ix_performances_season_start", "season_pk", "start_utc"),
    )

    production_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    venue_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    start_utc: Mapped[dt.datetime]
    start_offset_seconds: Mapped[int]
    start_zone: Mapped[str | None] = mapped_column(String(64))
