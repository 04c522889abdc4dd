"""The domain's building blocks: tiers, date ranges, money, ids and the strict, frozen models."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from pydantic import ValidationError

from etoile.domain import DateRange, Money, Season, Staff, Tier

DEC_1, DEC_7 = dt.date(2026, 12, 1), dt.date(2026, 12, 7)


def test_tiers_sort_by_seniority() -> None:
    # level: principal 0, soloist 1, corps 2 (lower is more senior).
    assert sorted([Tier.CORPS, Tier.PRINCIPAL, Tier.SOLOIST], key=lambda t: t.level) == [
        Tier.PRINCIPAL,
        Tier.SOLOIST,
        Tier.CORPS,
    ]


def test_a_date_range_counts_both_ends() -> None:
    week = DateRange(start=DEC_1, end=DEC_7)
    # 1 to 7 December, both ends included: 7 - 1 + 1 = 7 days.
    assert week.days == 7
    assert [week.contains(d) for d in (DEC_1, DEC_7, DEC_7 + dt.timedelta(days=1))] == [
        True,
        True,
        False,
    ]


def test_ranges_that_share_their_last_day_overlap_and_neighbours_do_not() -> None:
    week = DateRange(start=DEC_1, end=DEC_7)
    sharing = DateRange(start=DEC_7, end=dt.date(2026, 12, 9))
    next_day = DateRange(start=dt.date(2026, 12, 8), end=dt.date(2026, 12, 9))
    assert (week.overlaps(sharing), sharing.overlaps(week)) == (True, True)
    assert (week.overlaps(next_day), next_day.overlaps(week)) == (False, False)


def test_a_range_that_ends_before_it_starts_names_both_days() -> None:
    with pytest.raises(ValidationError, match="end 2026-11-30 is before start 2026-12-01"):
        DateRange(start=DEC_1, end=dt.date(2026, 11, 30))


def test_money_reads_and_writes_amount_and_currency() -> None:
    fee = Money.model_validate("-95.5 USD")
    assert (fee.amount, fee.currency) == (Decimal("-95.5"), "USD")
    assert fee.model_dump() == "-95.50 USD"
    assert Money.model_validate({"amount": 1250, "currency": "EUR"}).model_dump() == "1250.00 EUR"
    assert str(Money.of(1250, "EUR")) == "1,250.00 EUR"


def test_money_rounds_to_the_cent_half_to_even() -> None:
    # 0.125 is halfway: the even cent is 0.12; 0.135 is halfway too: the even cent is 0.14.
    assert Money.of(0.125, "EUR").amount == Decimal("0.12")
    assert Money.of(0.135, "EUR").amount == Decimal("0.14")
    # 3 x 19.99 = 59.97 exactly (Decimal, no float error).
    assert (Money.of("19.99", "USD") * 3).amount == Decimal("59.97")


def test_money_adds_in_one_currency_only() -> None:
    assert Money.of(100, "EUR") + Money.of("0.50", "EUR") == Money.of("100.50", "EUR")
    with pytest.raises(ValueError, match="cannot add USD to EUR without a rate"):
        _ = Money.of(100, "EUR") + Money.of(100, "USD")


@pytest.mark.parametrize("text", ["1250 euros", "EUR 1250", "1,250.00 EUR", "1250.00 eur"])
def test_money_written_otherwise_is_refused_with_the_expected_form(text: str) -> None:
    with pytest.raises(ValidationError, match=re.escape("such as '1250.00 EUR'")):
        Money.model_validate(text)


def test_models_refuse_unknown_keys_naming_them_and_never_change() -> None:
    with pytest.raises(ValidationError) as caught:
        DateRange.model_validate({"start": DEC_1, "end": DEC_7, "stop": DEC_7})
    assert [(e["loc"], e["type"]) for e in caught.value.errors()] == [
        (("stop",), "extra_forbidden")
    ]
    week = DateRange(start=DEC_1, end=DEC_7)
    with pytest.raises(ValidationError, match="frozen"):
        week.end = DEC_1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("id_", "accepted"),
    [
        ("nyc-ava", True),
        ("a.b_c:d-1", True),
        ("-ava", False),
        ("ava lin", False),
        ("a" * 81, False),
    ],
)
def test_ids_start_with_a_letter_or_digit_and_keep_to_80_characters(
    id_: str, accepted: bool
) -> None:
    data = {"id": id_, "name": "Rosa Feld", "kind": "ballet_master"}
    if accepted:
        assert Staff.model_validate(data).id == id_
    else:
        with pytest.raises(ValidationError) as caught:
            Staff.model_validate(data)
        assert caught.value.errors()[0]["loc"] == ("id",)


def test_text_is_stripped_and_blank_text_refused() -> None:
    assert Staff(id="s", name="  Rosa Feld ", kind="teacher").name == "Rosa Feld"
    with pytest.raises(ValidationError) as caught:
        Staff(id="s", name="   ", kind="teacher")
    assert caught.value.errors()[0]["loc"] == ("name",)


def test_a_copy_forgets_the_lookups_of_the_original(tiny_season: Season) -> None:
    # The tiny season: 6 dancers in New York and 7 in Paris, 13 in all.
    assert len(tiny_season.dancers) == 13
    new_york_only = tiny_season.model_copy(update={"companies": tiny_season.companies[:1]})
    assert len(new_york_only.dancers) == 6
    assert len(tiny_season.dancers) == 13
