"""What the app holds for its lifetime: the database, the workspace cache, the job runner."""

from __future__ import annotations

from dataclasses import dataclass, field

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from etoile.services.jobs import JobRunner
from etoile.services.throttle import LoginThrottle
from etoile.services.workspace import Workspace
from etoile.storage import Database

TOKEN_SECONDS = 12 * 3600
"""How long an API bearer token is valid."""


@dataclass
class AppState:
    """The app's long-lived objects (``app.state.etoile``)."""

    db: Database
    workspace: Workspace
    runner: JobRunner
    secret_key: str
    secure_cookies: bool = False
    public_url: str | None = None
    """The address readers use (``ETOILE_PUBLIC_URL``); feed addresses are built from it,
    never from a request's Host header."""
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    """Wrong-password counts (:mod:`etoile.services.throttle`)."""

    @property
    def _tokens(self) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(self.secret_key, salt="etoile-api-token")

    def issue_token(self, user_id: int) -> str:
        """A signed bearer token for ``user_id``, valid :data:`TOKEN_SECONDS`."""
        return str(self._tokens.dumps({"uid": user_id}))

    def read_token(self, token: str) -> int | None:
        """The user id of a valid bearer token, or None (forged, expired or malformed)."""
        try:
            data = self._tokens.loads(token, max_age=TOKEN_SECONDS)
        except (BadSignature, SignatureExpired):
            return None
        uid = data.get("uid") if isinstance(data, dict) else None
        return uid if isinstance(uid, int) else None
