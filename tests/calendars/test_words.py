"""The phrases every calendar shares: zone cities, the "when" line, names with fallbacks."""

from __future__ import annotations

import datetime as dt

import calendar_kit as kit
from etoile.calendars import words
from etoile.i18n import Translator

NEW_YORK = dt.timezone(dt.timedelta(hours=-5))


def test_a_zone_is_named_by_its_city() -> None:
    en = Translator("en")
    assert [words.zone_city(en, tz) for tz in ["America/New_York", "Europe/Paris"]] == [
        "New York",
        "Paris",
    ]


def test_when_reads_the_call_in_the_places_zone() -> None:
    # nyc-r2: 11:30-14:30 in New York (UTC-5), that is 16:30-19:30 UTC.
    start = dt.datetime(2026, 12, 7, 16, 30, tzinfo=dt.UTC)
    end = dt.datetime(2026, 12, 7, 19, 30, tzinfo=dt.UTC)
    assert words.when(Translator("en"), start, end, "America/New_York") == (
        "Mon, Dec 7, 2026, from 11:30\u202fAM to 2:30\u202fPM (New York time)."
    )
    assert words.when(Translator("fr"), start, end, "America/New_York") == (
        "Le lun. 7 déc. 2026, de 11:30 à 14:30 (heure de New York)."
    )


def test_when_takes_the_day_of_the_place_not_of_utc() -> None:
    # 21:00-23:00 in New York on Dec 7 is 02:00-04:00 UTC on Dec 8: the line says Dec 7.
    start = dt.datetime(2026, 12, 7, 21, 0, tzinfo=NEW_YORK)
    end = dt.datetime(2026, 12, 7, 23, 0, tzinfo=NEW_YORK)
    assert start.astimezone(dt.UTC).day == 8
    assert words.when(Translator("en"), start, end, "America/New_York") == (
        "Mon, Dec 7, 2026, from 9:00\u202fPM to 11:00\u202fPM (New York time)."
    )


def test_names_fall_back_to_the_id() -> None:
    season = kit.season()
    assert words.names(season, ["par-lea", "nobody"]) == ["Léa Garnier", "nobody"]
    assert words.names(season, ["nyc-bm1"], staff=True) == ["Rosa Feld"]
    # A staff id is not a dancer: without staff=True it is left as it is.
    assert words.names(season, ["nyc-bm1"]) == ["nyc-bm1"]


def test_staff_label_names_each_kind_in_the_readers_language() -> None:
    season = kit.season()
    ids = ["par-bm1", "par-rep1", "ghost"]
    assert words.staff_label(Translator("en"), season, ids) == (
        "Claire Aubry (ballet master), Marc Sorel (répétiteur), ghost"
    )
    assert words.staff_label(Translator("fr"), season, ids) == (
        "Claire Aubry (maître de ballet), Marc Sorel (répétiteur), ghost"
    )


def test_role_names_keep_the_order_given() -> None:
    season = kit.season()
    assert words.role_names(season, ["nyc-giselle.wili", "zz", "nyc-giselle.giselle"]) == [
        "Wilis",
        "zz",
        "Giselle",
    ]


def test_production_title_or_its_id() -> None:
    season = kit.season()
    assert [words.production_title(season, p) for p in ["par-swan", "nyc-giselle", "q"]] == [
        "Le Lac des cygnes",
        "Giselle",
        "q",
    ]
