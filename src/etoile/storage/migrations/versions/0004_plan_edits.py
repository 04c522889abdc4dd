"""Optimistic concurrency on plans: a revision per draft, the edits that made it, its base.

Revision ID: 0004_plan_edits
Revises: 0003_sessions
Create Date: 2026-12-07

``plans.revision`` counts the saves of a draft, so that a write names the revision it started
from and a stale one is refused (409) instead of silently overwriting another person's change.
``plans.based_on`` is the published plan a hand-edited draft was copied from; publishing it after
a newer version is refused. ``plan_edits`` keeps each manual change (cell, cast, who, when, the
revision it made): the answer to a stale write says what was missed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_plan_edits"
down_revision: str | None = "0003_sessions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("based_on", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_plans_based_on_plans"),
            "plans",
            ["based_on"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "plan_edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("performance", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=80), nullable=False),
        sa.Column("dancers", sa.JSON(), nullable=False),
        sa.Column("by_login", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_edits_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_edits")),
        sa.UniqueConstraint("plan_id", "revision", name=op.f("uq_plan_edits_plan_id_revision")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("plan_edits")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_plans_based_on_plans"), type_="foreignkey")
        batch_op.drop_column("based_on")
        batch_op.drop_column("revision")
