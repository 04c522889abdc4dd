"""Which domain fields get a column of their own, and the generic split between columns and JSON.

A :class:`ColumnMap` names the fields of one entity that are stored as columns. Every other
field goes, in its JSON form, into the row's ``data`` document; fields held in child tables
(a company's dancers, a production's roles) are left to their own maps. Reading reverses it:
``data`` plus the columns is the entity's input to ``model_validate``. Fields the domain gains
later need no code here: they are not columns, so they travel in ``data``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel


@dataclass(frozen=True)
class ColumnMap:
    """Domain field -> column attribute for one kind of entity.

    Parameters
    ----------
    columns
        ``{domain field: column attribute}`` for the fields stored as columns.
    elsewhere
        Fields stored elsewhere (child tables, or columns that need a conversion such as a
        performance's start), left out of both ``columns`` and ``data``.
    """

    columns: Mapping[str, str]
    elsewhere: frozenset[str] = field(default_factory=frozenset)

    def values(self, entity: BaseModel) -> dict[str, Any]:
        """Column values (Python objects) and ``data`` (JSON) of ``entity``."""
        values = {column: plain(getattr(entity, name)) for name, column in self.columns.items()}
        values["data"] = entity.model_dump(
            mode="json", by_alias=True, exclude=set(self.columns) | set(self.elsewhere)
        )
        return values

    def data(self, row: Any) -> dict[str, Any]:
        """The entity's input data rebuilt from a row, without the fields stored elsewhere."""
        data = dict(row.data)
        for name, column in self.columns.items():
            data[name] = getattr(row, column)
        return data


def plain(value: Any) -> Any:
    """Enum members as their values: database drivers may adapt an enum by its *name*."""
    return value.value if isinstance(value, Enum) else value


def split_start(start: dt.datetime) -> dict[str, Any]:
    """The instant in UTC, its UTC offset in seconds, and the IANA zone when there is one."""
    offset = start.utcoffset()
    assert offset is not None, "domain datetimes are aware"
    zone = start.tzinfo.key if isinstance(start.tzinfo, ZoneInfo) else None
    return {
        "start_utc": start.astimezone(dt.UTC),
        "start_offset_seconds": int(offset.total_seconds()),
        "start_zone": zone,
    }


def join_start(utc: dt.datetime, offset_seconds: int, zone: str | None) -> dt.datetime:
    """The datetime as it was written: same instant, same offset (and zone, if it had one).

    Parameters
    ----------
    utc
        The instant, in UTC.
    offset_seconds
        The UTC offset it was written with.
    zone
        The IANA zone it was written in, or None for a bare offset.
    """
    tz: dt.tzinfo = ZoneInfo(zone) if zone else dt.timezone(dt.timedelta(seconds=offset_seconds))
    return utc.astimezone(tz)
