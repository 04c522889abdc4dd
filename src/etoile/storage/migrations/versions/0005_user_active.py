"""Accounts a director can deactivate: ``users.active``.

Revision ID: 0005_user_active
Revises: 0004_plan_edits
Create Date: 2026-12-07

A deactivated account (``active`` false) cannot log in; its sessions, API tokens and feed
tokens are ended when it is deactivated (``/users``). Every existing account stays active.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_user_active"
down_revision: str | None = "0004_plan_edits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("active")
