"""What the app holds for its lifetime: the database, the workspace cache, the job runner,
the session store, the cast checker, the API tokens and the login throttle."""

from __future__ import annotations

from dataclasses import dataclass, field

from etoile.services.cast_checks import CastChecker, LocalChecker
from etoile.services.jobs import JobRunner
from etoile.services.sessions import DatabaseSessionStore, SessionStore
from etoile.services.throttle import LoginThrottle
from etoile.services.tokens import TOKEN_SECONDS, TokenService
from etoile.services.workspace import Workspace
from etoile.storage import Database

__all__ = ["TOKEN_SECONDS", "AppState"]


@dataclass
class AppState:
    """The app's long-lived objects (``app.state.etoile``)."""

    db: Database
    workspace: Workspace
    runner: JobRunner
    secure_cookies: bool = False
    public_url: str | None = None
    """The address readers use (``ETOILE_PUBLIC_URL``); feed addresses are built from it,
    never from a request's Host header."""
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    """Wrong-password counts (:mod:`etoile.services.throttle`): in this process, or in Redis."""
    session_store: SessionStore | None = None
    """Where page sessions live (default: the database; Redis when configured)."""
    checker: CastChecker = field(default_factory=LocalChecker)
    """Where a cast save's checks run (:mod:`etoile.services.cast_checks`): this process, or
    ``etoile worker --checks`` processes when Redis is configured."""
    tokens: TokenService = field(init=False)
    """The API bearer tokens (:mod:`etoile.services.tokens`)."""

    def __post_init__(self) -> None:
        self.tokens = TokenService(self.db)
        if self.session_store is None:
            self.session_store = DatabaseSessionStore(self.db)

    @property
    def sessions(self) -> SessionStore:
        """The page sessions' store."""
        assert self.session_store is not None
        return self.session_store

    def issue_token(self, user_id: int, label: str = "") -> str:
        """A new bearer token for ``user_id``, valid :data:`TOKEN_SECONDS` (stored as a hash;
        the secret is returned once).

        Parameters
        ----------
        user_id
            The token's owner.
        label
            What the owner calls it.
        """
        return self.tokens.issue(user_id, label).secret
