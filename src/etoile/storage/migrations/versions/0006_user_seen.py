"""The newest published version each user has seen of each season: ``user_seen``.

Revision ID: 0006_user_seen
Revises: 0005_user_active
Create Date: 2026-12-08

``/me`` tells a dancer what changed since they last looked: it reads the version they saw
last, lists the changes of every version published since, then records the newest. One row
per user and season; a user removed takes their rows along.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_user_seen"
down_revision: str | None = "0005_user_active"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "user_seen",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("season_id", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_seen_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "season_id", name=op.f("pk_user_seen")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("user_seen")
