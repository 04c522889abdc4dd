"""The web app's tables: users, calendar feed tokens, solving jobs, publication changelogs,
page sessions, API tokens, and the versions each user has seen."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from etoile.storage.base import Base
from etoile.storage.models.mixins import ID_LENGTH, TEXT_LENGTH

ROLES = ("director", "ballet_master", "finance", "dancer")
"""The roles a user can have (``etoile.services.access`` says what each may do)."""

JOB_STATES = ("queued", "running", "cancelling", "cancelled", "succeeded", "failed")
"""The life of a solving job: queued -> running -> succeeded | failed | cancelled."""


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class UserRow(Base):
    """A person who logs in: their login, password hash, role, house and language.

    ``company`` is a house id (``nyc``, ``par``), stable across seasons; ``dancer`` is the
    dancer id a dancer's account reads, and must be set exactly for dancers.
    """

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(_one_of("role", ROLES), name="role"),
        CheckConstraint(
            "(role = 'dancer' AND dancer IS NOT NULL) OR (role <> 'dancer' AND dancer IS NULL)",
            name="dancer",
        ),
        CheckConstraint("language IN ('en', 'fr')", name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    password_hash: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    role: Mapped[str] = mapped_column(String(16))
    company: Mapped[str] = mapped_column(String(ID_LENGTH))
    dancer: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime]
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    """False once a director has deactivated the account: it cannot log in."""


class FeedTokenRow(Base):
    """A private calendar feed: only the SHA-256 of its secret token is stored."""

    __tablename__ = "feed_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]


class JobRow(Base):
    """A solving job: what it plans, how far it got, and the draft plan it produced."""

    __tablename__ = "jobs"
    __table_args__ = (
        CheckConstraint(_one_of("status", JOB_STATES), name="status"),
        Index("ix_jobs_season_id_created_at", "season_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    season_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    progress: Mapped[float] = mapped_column(default=0.0)
    stage: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    params: Mapped[dict[str, Any]]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]
    started_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)


class ChangelogRow(Base):
    """What changed for whom when a plan was published: the diff from the previous version.

    ``document`` is the language-neutral diff; pages word it in the reader's language.
    """

    __tablename__ = "changelogs"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), unique=True)
    previous_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plans.id", ondelete="SET NULL")
    )
    published_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]
    people: Mapped[list[str]] = mapped_column(JSON, default=list)
    document: Mapped[dict[str, Any]]


class WebSessionRow(Base):
    """A page session: only the SHA-256 of its cookie's random id is stored.

    ``data`` is what the pages keep between requests (the user, the CSRF token, the chosen
    language ...); ``user_id`` repeats the logged-in user so that all of a user's sessions can
    be ended at once (a password change). A session ends when it has been idle too long
    (``last_seen_at``) or at ``expires_at``, however active.
    """

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    data: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)


class ApiTokenRow(Base):
    """An API bearer token: only the SHA-256 of its secret is stored.

    ``label`` says where it is used (given at login, else the client's User-Agent), so that
    its owner can tell their tokens apart when revoking one.
    """

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    created_at: Mapped[dt.datetime]
    last_used_at: Mapped[dt.datetime | None]
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)
    revoked_at: Mapped[dt.datetime | None]


class UserSeenRow(Base):
    """The newest published version of season ``season_id`` that user ``user_id`` has seen
    on ``/me``: the page tells them what changed since (one row per user and season)."""

    __tablename__ = "user_seen"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    season_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    version: Mapped[int]
    seen_at: Mapped[dt.datetime]
