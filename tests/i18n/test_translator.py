"""The Translator: labels with plural forms, and Babel's dates, numbers and money per locale."""

from __future__ import annotations

import datetime as dt

import pytest

from etoile.i18n import Translator

EN, FR = Translator("en"), Translator("fr")
NNBSP, NBSP, THIN = "\u202f", "\xa0", "\u2009"  # Babel's narrow, plain and thin spaces
PARIS_SHOW = dt.datetime(2026, 12, 15, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_dates_read_the_readers_way() -> None:
    day = dt.date(2026, 12, 12)
    assert EN.format_date(day) == "Sat, Dec 12, 2026"
    assert FR.format_date(day) == "sam. 12 déc. 2026"
    assert FR.format_date(day, year=False) == "sam. 12 déc."
    assert EN.format_date(day, year=False, weekday=False) == "Dec 12"


def test_a_show_is_read_on_its_own_clock() -> None:
    assert EN.format_datetime(PARIS_SHOW, "Europe/Paris") == "Tue, Dec 15, 2026, 7:30\u202fPM"
    assert FR.format_datetime(PARIS_SHOW, "Europe/Paris") == "mar. 15 déc. 2026, 19:30"
    # The same moment in New York: 13:30 on the same day.
    assert FR.format_datetime(PARIS_SHOW, "America/New_York") == "mar. 15 déc. 2026, 13:30"


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        EN.format_datetime(dt.datetime(2026, 12, 15, 19, 30), "Europe/Paris")


def test_periods() -> None:
    start, end = dt.date(2026, 12, 9), dt.date(2026, 12, 13)
    assert EN.format_period(start, end) == f"Dec 9{THIN}–{THIN}13, 2026"
    assert FR.format_period(start, end) == "9–13 déc. 2026"


def test_numbers_and_percentages() -> None:
    assert EN.format_number(1234.5) == "1,234.5"
    assert FR.format_number(1234.5) == f"1{NNBSP}234,5"
    assert FR.format_number(0.4242, 1) == "0,4"
    assert EN.format_percent(0.68) == "68%"
    assert FR.format_percent(0.68) == f"68{NBSP}%"
    assert FR.format_percent(0.0051, 2) == f"0,51{NBSP}%"


def test_money_in_whole_units_with_its_currency() -> None:
    assert FR.format_money(1_234_567, "EUR") == f"1{NNBSP}234{NNBSP}567{NBSP}€"
    assert EN.format_money(1_234_567, "EUR") == "€1,234,567"
    assert EN.format_money(-85_000, "USD") == "-$85,000"
    assert FR.format_money(-85_000, "USD") == f"-85{NNBSP}000{NBSP}$US"
    assert EN.format_money(1250.5, "USD", digits=None) == "$1,250.50"
    assert FR.format_money(1_200_000, "EUR", compact=True) == f"1,2{NBSP}M{NBSP}€"


def test_labels_and_placeholders() -> None:
    assert EN.t("cal.week", date="Dec 7") == "Week of Dec 7"
    assert FR.t("cal.week", date="7 déc.") == "Semaine du 7 déc."


@pytest.mark.parametrize(
    ("tr", "count", "expected"),
    [(EN, 0, "0 dancers"), (EN, 1, "1 dancer"), (EN, 4, "4 dancers"),
     (FR, 0, "0 artiste"), (FR, 1, "1 artiste"), (FR, 4, "4 artistes")],
)  # fmt: skip
def test_plural_forms_follow_each_language(tr: Translator, count: int, expected: str) -> None:
    # French counts zero as singular; English does not.
    assert tr.t("cast.dancers", count=count) == expected


def test_unknown_key_and_language_fail_loudly() -> None:
    with pytest.raises(KeyError):
        EN.t("no.such.key")
    with pytest.raises(ValueError, match="unknown language 'de'"):
        Translator("de")
