"""Initial schema: seasons and their entities, plans (drafts and published versions).

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23

Each season entity has a surrogate ``pk``, its owning ``season_pk`` (and ``company_pk``), its
``position`` in its parent's list, its domain ``id``, its key fields as columns, and every other
field in the ``data`` JSON document. Timestamps are UTC (``timestamptz`` on PostgreSQL).
Revisions are frozen once shipped: they use plain SQLAlchemy types, never the application's.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "seasons",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_seasons")),
        sa.UniqueConstraint("id", name=op.f("uq_seasons_id")),
    )
    op.create_table(
        "companies",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_companies_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_companies")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_companies_season_pk_id")),
    )
    op.create_table(
        "exchange_terms",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("company_a", sa.String(length=80), nullable=False),
        sa.Column("company_b", sa.String(length=80), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=False),
        sa.Column("window_end", sa.Date(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_exchange_terms_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_exchange_terms")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_exchange_terms_season_pk_id")),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("reports", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "(status = 'draft' AND version IS NULL AND published_at IS NULL)"
            " OR (status = 'published' AND version IS NOT NULL AND published_at IS NOT NULL)",
            name=op.f("ck_plans_state"),
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"], ["seasons.pk"], name=op.f("fk_plans_season_pk_seasons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("season_pk", "version", name=op.f("uq_plans_season_pk_version")),
    )
    op.create_index("ix_plans_season_status", "plans", ["season_pk", "status"], unique=False)
    op.create_table(
        "productions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("company_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("ballet", sa.String(length=80), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_pk"],
            ["companies.pk"],
            name=op.f("fk_productions_company_pk_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_productions_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_productions")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_productions_season_pk_id")),
    )
    op.create_index(op.f("ix_productions_company_pk"), "productions", ["company_pk"], unique=False)
    op.create_table(
        "ranks",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("company_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_pk"],
            ["companies.pk"],
            name=op.f("fk_ranks_company_pk_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_ranks_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_ranks")),
        sa.UniqueConstraint("company_pk", "id", name=op.f("uq_ranks_company_pk_id")),
    )
    op.create_index(op.f("ix_ranks_company_pk"), "ranks", ["company_pk"], unique=False)
    op.create_table(
        "staff",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("company_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_pk"],
            ["companies.pk"],
            name=op.f("fk_staff_company_pk_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_staff_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_staff")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_staff_season_pk_id")),
    )
    op.create_index(op.f("ix_staff_company_pk"), "staff", ["company_pk"], unique=False)
    op.create_table(
        "studios",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("company_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_pk"],
            ["companies.pk"],
            name=op.f("fk_studios_company_pk_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_studios_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_studios")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_studios_season_pk_id")),
    )
    op.create_index(op.f("ix_studios_company_pk"), "studios", ["company_pk"], unique=False)
    op.create_table(
        "venues",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("company_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_pk"],
            ["companies.pk"],
            name=op.f("fk_venues_company_pk_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_venues_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_venues")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_venues_season_pk_id")),
    )
    op.create_index(op.f("ix_venues_company_pk"), "venues", ["company_pk"], unique=False)
    op.create_table(
        "dancers",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("company_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("rank_id", sa.String(length=80), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_pk", "rank_id"],
            ["ranks.company_pk", "ranks.id"],
            name=op.f("fk_dancers_company_pk_rank_id_ranks"),
        ),
        sa.ForeignKeyConstraint(
            ["company_pk"],
            ["companies.pk"],
            name=op.f("fk_dancers_company_pk_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_dancers_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_dancers")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_dancers_season_pk_id")),
    )
    op.create_index(op.f("ix_dancers_company_pk"), "dancers", ["company_pk"], unique=False)
    op.create_table(
        "performances",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("company_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("production_id", sa.String(length=80), nullable=False),
        sa.Column("venue_id", sa.String(length=80), nullable=False),
        sa.Column("start_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("start_offset_seconds", sa.Integer(), nullable=False),
        sa.Column("start_zone", sa.String(length=64), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_pk"],
            ["companies.pk"],
            name=op.f("fk_performances_company_pk_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk", "production_id"],
            ["productions.season_pk", "productions.id"],
            name=op.f("fk_performances_season_pk_production_id_productions"),
        ),
        sa.ForeignKeyConstraint(
            ["season_pk", "venue_id"],
            ["venues.season_pk", "venues.id"],
            name=op.f("fk_performances_season_pk_venue_id_venues"),
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_performances_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_performances")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_performances_season_pk_id")),
    )
    op.create_index(
        op.f("ix_performances_company_pk"), "performances", ["company_pk"], unique=False
    )
    op.create_index(
        "ix_performances_season_start", "performances", ["season_pk", "start_utc"], unique=False
    )
    op.create_table(
        "roles",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("season_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("production_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("lead", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["production_pk"],
            ["productions.pk"],
            name=op.f("fk_roles_production_pk_productions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["season_pk"],
            ["seasons.pk"],
            name=op.f("fk_roles_season_pk_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_roles")),
        sa.UniqueConstraint("season_pk", "id", name=op.f("uq_roles_season_pk_id")),
    )
    op.create_index(op.f("ix_roles_production_pk"), "roles", ["production_pk"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f("ix_roles_production_pk"), table_name="roles")
    op.drop_table("roles")
    op.drop_index("ix_performances_season_start", table_name="performances")
    op.drop_index(op.f("ix_performances_company_pk"), table_name="performances")
    op.drop_table("performances")
    op.drop_index(op.f("ix_dancers_company_pk"), table_name="dancers")
    op.drop_table("dancers")
    op.drop_index(op.f("ix_venues_company_pk"), table_name="venues")
    op.drop_table("venues")
    op.drop_index(op.f("ix_studios_company_pk"), table_name="studios")
    op.drop_table("studios")
    op.drop_index(op.f("ix_staff_company_pk"), table_name="staff")
    op.drop_table("staff")
    op.drop_index(op.f("ix_ranks_company_pk"), table_name="ranks")
    op.drop_table("ranks")
    op.drop_index(op.f("ix_productions_company_pk"), table_name="productions")
    op.drop_table("productions")
    op.drop_index("ix_plans_season_status", table_name="plans")
    op.drop_table("plans")
    op.drop_table("exchange_terms")
    op.drop_table("companies")
    op.drop_table("seasons")
