"""Instants stored as UTC on SQLite and handed back aware, whatever zone they were written in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text

from etoile.config import sqlite_url
from etoile.storage.engine import make_engine
from etoile.storage.types import UTCDateTime


def test_an_instant_comes_back_in_utc_and_is_stored_without_offset(tmp_path: Path) -> None:
    table = Table(
        "stamps", MetaData(), Column("id", Integer, primary_key=True), Column("at", UTCDateTime)
    )
    engine = make_engine(sqlite_url(tmp_path / "t.sqlite3"))
    table.metadata.create_all(engine)
    # 19:30 in New York (UTC-5) on 10 Dec is 00:30 UTC on 11 Dec.
    curtain = dt.datetime(2026, 12, 10, 19, 30, tzinfo=ZoneInfo("America/New_York"))
    with engine.begin() as connection:
        connection.execute(insert(table).values(id=1, at=curtain))
        connection.execute(insert(table).values(id=2, at=None))
        back = connection.execute(select(table.c.at).order_by(table.c.id)).scalars().all()
        raw = connection.execute(text("SELECT at FROM stamps WHERE id = 1")).scalar()
    engine.dispose()
    assert back == [dt.datetime(2026, 12, 11, 0, 30, tzinfo=dt.UTC), None]
    assert back[0] == curtain
    assert raw == "2026-12-11 00:30:00.000000"
