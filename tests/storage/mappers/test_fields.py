"""The column/JSON split: new domain fields travel in ``data``; start times keep their form."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from etoile.domain import Dancer, Tier
from etoile.storage.mappers.fields import ColumnMap, join_start, split_start
from etoile.storage.types import UTCDateTime


class DancerOfTomorrow(Dancer):
    """A dancer with a field today's domain does not have (what a later issue may add)."""

    casting_weight: float = 1.0
    coach: str | None = None


DANCER = ColumnMap({"id": "id", "name": "name", "rank": "rank_id"})


def test_a_field_the_domain_gains_later_round_trips_through_data() -> None:
    dancer = DancerOfTomorrow(
        id="d1", name="Ava", rank="principal", casting_weight=2.5, coach="Rosa"
    )

    values = DANCER.values(dancer)
    row = SimpleNamespace(**values)

    assert values["data"]["casting_weight"] == 2.5
    assert DancerOfTomorrow.model_validate(DANCER.data(row)) == dancer


def test_enum_columns_hold_the_value_not_the_member_name() -> None:
    tiers = ColumnMap({"tier": "tier"})
    row = tiers.values(SimpleNamespace(tier=Tier.PRINCIPAL, model_dump=lambda **_: {}))
    assert row["tier"] == "principal"
    assert type(row["tier"]) is str


@pytest.mark.parametrize(
    ("start", "written"),
    [
        (dt.datetime(2026, 12, 10, 19, 30, tzinfo=ZoneInfo("America/New_York")), "-05:00"),
        (dt.datetime(2026, 12, 10, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))), "+01:00"),
        (dt.datetime(2026, 12, 10, 19, 30, tzinfo=dt.UTC), "+00:00"),
    ],
)
def test_start_keeps_instant_offset_and_zone(start: dt.datetime, written: str) -> None:
    parts = split_start(start)
    back = join_start(parts["start_utc"], parts["start_offset_seconds"], parts["start_zone"])

    assert parts["start_utc"].tzinfo == dt.UTC
    assert back == start
    assert back.tzinfo == start.tzinfo
    assert back.isoformat().endswith(written)


def test_utc_column_refuses_naive_datetimes() -> None:
    column = UTCDateTime()
    with pytest.raises(ValueError, match="refusing to store a naive datetime"):
        column.process_bind_param(dt.datetime(2026, 1, 1), SimpleNamespace(name="sqlite"))
