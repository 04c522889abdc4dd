"""``/api/auth``: exchange a login and password for a bearer token, list and revoke one's
tokens; ``/api/me``: who am I."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response, status

from etoile.api.deps import DB_INT, State, User, bearer_token_id, client_address
from etoile.api.schemas.auth import LoginCreate, TokenInfoPublic, TokenPublic, UserPublic
from etoile.api.state import TOKEN_SECONDS
from etoile.services.auth import authenticate_throttled
from etoile.services.throttle import TooManyAttempts

router = APIRouter(tags=["auth"])

TokenPath = Annotated[int, Path(ge=1, le=DB_INT, description="A token id.")]


@router.post("/api/auth/token", response_model=TokenPublic)
def token(request: Request, body: LoginCreate, state: State) -> TokenPublic:
    """A bearer token for the API, valid 12 hours. A burst of wrong passwords (for a login or
    from an address) gets 429 with ``Retry-After``."""
    address = client_address(request)
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
    label = body.label if body.label is not None else request.headers.get("user-agent", "")
    issued = state.tokens.issue(user.id, label)
    return TokenPublic(access_token=issued.secret, expires_in=TOKEN_SECONDS, id=issued.info.id)


@router.get("/api/auth/tokens", response_model=list[TokenInfoPublic])
def tokens(request: Request, user: User, state: State) -> list[TokenInfoPublic]:
    """The reader's live bearer tokens, newest first (never their secrets)."""
    current = bearer_token_id(request)
    return [
        TokenInfoPublic(
            id=t.id,
            label=t.label,
            created_at=t.created_at,
            last_used_at=t.last_used_at,
            expires_at=t.expires_at,
            current=t.id == current,
        )
        for t in state.tokens.of_user(user.id)
    ]


@router.delete(
    "/api/auth/tokens/{token_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={404: {"description": "The reader has no such live token."}},
)
def revoke_token(token_id: TokenPath, user: User, state: State) -> Response:
    """Revoke one of the reader's tokens: it is refused (401) from now on."""
    if not state.tokens.revoke(user.id, token_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no token {token_id}")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    "/api/auth/token",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={400: {"description": "The request was not sent with a bearer token."}},
)
def revoke_current_token(request: Request, user: User, state: State) -> Response:
    """Revoke the bearer token this request is sent with (the API's log out)."""
    current = bearer_token_id(request)
    if current is None:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "this request carries no bearer token")
    state.tokens.revoke(user.id, current)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/api/me", response_model=UserPublic)
def me(user: User) -> UserPublic:
    """The logged-in user."""
    return UserPublic.of(user)
