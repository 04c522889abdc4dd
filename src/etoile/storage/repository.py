"""What every repository of stamped rows shares: the caller's session and the clock.

Each repository works inside a SQLAlchemy session that its caller opened (and commits), and
stamps the rows it writes with the time its ``clock`` returns (see :mod:`etoile.storage.clock`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from etoile.storage.clock import Clock, utc_now


class Repository:
    """Rows of the database, read and written inside the caller's session.

    Parameters
    ----------
    session
        The SQLAlchemy session to work in; the caller commits.
    clock
        Returns the current aware time; tests pass a fixed one.
    """

    def __init__(self, session: Session, *, clock: Clock = utc_now) -> None:
        self._session = session
        self._clock = clock
