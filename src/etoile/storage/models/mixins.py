"""Columns every stored season entity shares.

Each entity keeps its domain id, its position in its parent's list (so lists come back in file
order) and a ``data`` JSON document with every field that has no column of its own. Fields the
domain gains later land in ``data`` and round-trip without a migration.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

ID_LENGTH = 80  # etoile.domain.base.Id allows at most 80 characters
TEXT_LENGTH = 200  # etoile.domain.base.Text allows at most 200 characters


class EntityColumns:
    """Surrogate key, owning season, list position, domain id and the JSON remainder."""

    # sort_order puts the shared key columns first and the JSON remainder last in each table.
    pk: Mapped[int] = mapped_column(primary_key=True, sort_order=-5)
    season_pk: Mapped[int] = mapped_column(
        ForeignKey("seasons.pk", ondelete="CASCADE"), sort_order=-4
    )
    position: Mapped[int] = mapped_column(sort_order=-2)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), sort_order=-1)
    data: Mapped[dict[str, Any]] = mapped_column(sort_order=100)


class CompanyColumns(EntityColumns):
    """An entity that belongs to one company (a dancer, a studio, a production ...)."""

    company_pk: Mapped[int] = mapped_column(
        ForeignKey("companies.pk", ondelete="CASCADE"), index=True, sort_order=-3
    )
