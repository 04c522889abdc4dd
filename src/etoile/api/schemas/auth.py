"""Logging in and who is logged in."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from etoile.services.access import Principal, Role


class LoginCreate(BaseModel):
    """A login and password, exchanged for a bearer token."""

    login: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)
    label: str | None = Field(
        default=None,
        max_length=200,
        description="Where the token is used, to tell it apart later (default: User-Agent).",
    )


class TokenPublic(BaseModel):
    """A bearer token: send it as ``Authorization: Bearer <access_token>``."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int
    id: int = Field(description="The token's id, to revoke it (``DELETE /api/auth/tokens/{id}``).")


class TokenInfoPublic(BaseModel):
    """One of the reader's live tokens, as listed (never its secret)."""

    id: int
    label: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None = Field(
        description="Last use, recorded to the minute; None before the first."
    )
    expires_at: dt.datetime
    current: bool = Field(description="True for the token this request was sent with.")


class UserPublic(BaseModel):
    """A user as others may see them."""

    id: int
    login: str
    name: str
    role: Role
    company: str
    dancer: str | None
    language: str

    @classmethod
    def of(cls, user: Principal) -> UserPublic:
        """From the app's principal."""
        return cls(
            id=user.id,
            login=user.login,
            name=user.name,
            role=user.role,
            company=user.company,
            dancer=user.dancer,
            language=user.language,
        )
