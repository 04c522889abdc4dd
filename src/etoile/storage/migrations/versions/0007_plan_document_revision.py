"""A draft's cell edits without rewriting the whole plan: ``plans.document_revision``.

Revision ID: 0007_plan_document_revision
Revises: 0006_user_seen
Create Date: 2026-12-07

``document`` holds the plan as it was at ``document_revision``; the cell edits of
``plan_edits`` after it bring it to ``revision``. A ballet master's save then writes one small
row instead of the megabyte of the whole plan; the document is written again every few edits
and when the draft is published. Every existing plan's document is whole: its
``document_revision`` is its ``revision``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_plan_document_revision"
down_revision: str | None = "0006_user_seen"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("document_revision", sa.Integer(), server_default="1", nullable=False)
        )
    op.execute("UPDATE plans SET document_revision = revision")


def downgrade() -> None:
    """Revert this revision (documents behind their revision are not brought up to date:
    upgrade's code is needed to replay the edits, so run this on whole documents only)."""
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("document_revision")
