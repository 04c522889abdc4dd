"""Column types shared by the storage models.

SQLite has no time-zone-aware timestamp: SQLAlchemy stores its ``DATETIME`` as naive text.
:class:`UTCDateTime` therefore stores every instant as UTC (naive on SQLite, ``timestamptz`` on
PostgreSQL) and always hands back an aware UTC datetime, so the two backends behave alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

#: The JSON column type. Plain ``JSON`` rather than PostgreSQL's ``JSONB`` on purpose: JSONB
#: re-orders object keys, and the order of mappings such as ``Dancer.learn_hours`` or
#: ``Plan.reports`` is part of the byte-exact file round trip. ``JSON`` keeps the text as sent.
JsonDocument = JSON


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware instant, stored as UTC; naive datetimes are refused rather than guessed."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing to store a naive datetime: {value.isoformat()}")
        utc = value.astimezone(dt.UTC)
        # SQLite's DATETIME text has no offset; the column's contract (always UTC) supplies it.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
