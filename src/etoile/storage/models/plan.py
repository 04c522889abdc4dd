"""Stored plans: drafts, and published versions numbered 1, 2, ... per season."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from etoile.storage.base import Base
from etoile.storage.models.mixins import ID_LENGTH, TEXT_LENGTH

DRAFT = "draft"
PUBLISHED = "published"


class PlanRow(Base):
    """A plan of a season.

    A draft has no version and no publication time; a published plan has both, and its
    version is unique in its season. ``document`` is the plan file without ``reports``, which
    has its own column so that lists of plans can show solver status without the whole plan.

    ``revision`` counts the saves of a draft (1 when made); every write names the revision it
    started from and fails when another save came first, so that no change is lost. ``based_on``
    is the published plan a hand-edited draft was copied from: publishing that draft after a
    newer version would silently drop the newer version's changes, and is refused.

    ``document`` is the plan at ``document_revision``: a cell edit (``plan_edits``) moves the
    revision on without writing the document, which is brought up to date every
    :data:`etoile.storage.plans.DOCUMENT_EVERY` edits and when the draft is published; reading
    the plan replays the edits after it. A published plan's document is always whole.
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
    revision: Mapped[int] = mapped_column(default=1, server_default="1")
    document_revision: Mapped[int] = mapped_column(default=1, server_default="1")
    based_on: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))


class PlanEditRow(Base):
    """One saved manual change to a draft: the cell, its new cast, who, when, and the
    revision of the draft it made. The answer to a stale write lists the edits it missed."""

    __tablename__ = "plan_edits"
    __table_args__ = (UniqueConstraint("plan_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    revision: Mapped[int]
    performance: Mapped[str] = mapped_column(String(ID_LENGTH))
    role: Mapped[str] = mapped_column(String(ID_LENGTH))
    dancers: Mapped[list[str]] = mapped_column(JSON)
    by_login: Mapped[str] = mapped_column(String(ID_LENGTH), default="")
    created_at: Mapped[dt.datetime]
