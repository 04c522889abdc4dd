"""``/api/auth``: exchange a login and password for a bearer token; ``/api/me``: who am I."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status

from etoile.api.deps import State, User
from etoile.api.schemas.auth import LoginCreate, TokenPublic, UserPublic
from etoile.api.state import TOKEN_SECONDS
from etoile.services.auth import authenticate_throttled
from etoile.services.throttle import TooManyAttempts

router = APIRouter(tags=["auth"])


@router.post("/api/auth/token", response_model=TokenPublic)
def token(request: Request, body: LoginCreate, state: State) -> TokenPublic:
    """A bearer token for the API, valid 12 hours. A burst of wrong passwords (for a login or
    from an address) gets 429 with ``Retry-After``."""
    address = request.client.host if request.client else "unknown"
    try:
        user = authenticate_throttled(state.db, state.throttle, body.login, body.password, address)
    except TooManyAttempts as busy:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            str(busy),
            headers={"Retry-After": str(busy.seconds)},
        ) from None
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong login or password")
    return TokenPublic(access_token=state.issue_token(user.id), expires_in=TOKEN_SECONDS)


@router.get("/api/me", response_model=UserPublic)
def me(user: User) -> UserPublic:
    """The logged-in user."""
    return UserPublic.of(user)
