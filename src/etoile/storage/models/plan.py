"""Stored plans: drafts, and published versions numbered 1, 2, ... per season."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from etoile.storage.base import Base
from etoile.storage.models.mixins import TEXT_LENGTH

DRAFT = "draft"
PUBLISHED = "published"


class PlanRow(Base):
    """A plan of a season.

    A draft has no version and no publication time; a published plan has both, and its
    version is unique in its season. ``document`` is the plan file without ``reports``, which
    has its own column so that lists of plans can show solver status without the whole plan.
    """

    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("season_pk", "version"),
        CheckConstraint(
            f"(status = '{DRAFT}' AND version IS NULL AND published_at IS NULL)"
            f" OR (status = '{PUBLISHED}' AND version IS NOT NULL AND published_at IS NOT NULL)",
            name="state",
        ),
        Index("ix_plans_season_status", "season_pk", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No cascade: a season that has plans is replaced in place, never deleted under them.
    season_pk: Mapped[int] = mapped_column(ForeignKey("seasons.pk"))
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    published_at: Mapped[dt.datetime | None]
    label: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    document: Mapped[dict[str, Any]]
    reports: Mapped[dict[str, Any]]
