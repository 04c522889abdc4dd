"""Logging in and who is logged in."""

from __future__ import annotations

from pydantic import BaseModel, Field

from etoile.services.access import Principal, Role


class LoginCreate(BaseModel):
    """A login and password, exchanged for a bearer token."""

    login: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)


class TokenPublic(BaseModel):
    """A bearer token: send it as ``Authorization: Bearer <access_token>``."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int


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
