"""``/api/auth``: exchange a login and password for a bearer token; ``/api/me``: who am I."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from etoile.api.deps import State, User
from etoile.api.schemas.auth import LoginCreate, TokenPublic, UserPublic
from etoile.api.state import TOKEN_SECONDS
from etoile.services.auth import authenticate

router = APIRouter(tags=["auth"])


@router.post("/api/auth/token", response_model=TokenPublic)
def token(body: LoginCreate, state: State) -> TokenPublic:
    """A bearer token for the API, valid 12 hours."""
    user = authenticate(state.db, body.login, body.password)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong login or password")
    return TokenPublic(access_token=state.issue_token(user.id), expires_in=TOKEN_SECONDS)


@router.get("/api/me", response_model=UserPublic)
def me(user: User) -> UserPublic:
    """The logged-in user."""
    return UserPublic.of(user)
