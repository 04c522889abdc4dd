"""Season rules about the calendar: absences on show days, weekly limits, venues booked twice."""

from __future__ import annotations

import datetime as dt

from etoile.domain import Absence, Season, Tier
from etoile.validate import Severity, Violation
from etoile.validate.season_calendar import (
    ROLE_SHORT_ON_THE_DAY,
    VENUE_DOUBLE_BOOKED,
    WEEKLY_LIMITS_SHORT,
    role_short_on_the_day,
    venue_double_booked,
    weekly_limits_short,
)

from .builders import with_company, with_dancer, with_performance

NEW_YORK = dt.timezone(dt.timedelta(hours=-5))
DEC_10 = Absence(start=dt.date(2026, 12, 10), end=dt.date(2026, 12, 10))


def test_role_short_on_the_day_satisfied(tiny_season: Season) -> None:
    # Fay Moreau is injured on 10-12 December, but three Wilis remain for two places.
    assert list(role_short_on_the_day(tiny_season, None)) == []


def test_absences_leave_a_role_short(tiny_season: Season) -> None:
    # Dina and Ella on leave on the 10th, Fay injured: Cleo is the only Wili for nyc-p1.
    season = with_dancer(tiny_season, "nyc-dina", absences=[DEC_10])
    season = with_dancer(season, "nyc-ella", absences=[DEC_10])
    assert list(role_short_on_the_day(season, None)) == [
        Violation(
            ROLE_SHORT_ON_THE_DAY,
            Severity.ERROR,
            ("nyc-p1", "nyc-giselle.wili"),
            1.0,
            "Giselle on 2026-12-10 19:30 (nyc-p1): Wilis needs 2 dancer(s); 3 of the 4 who "
            "can dance it are away: Dina Park (leave), Ella Ruiz (leave), Fay Moreau (injury); "
            "1 short",
        )
    ]


def test_an_absent_star_a_guest_could_replace_is_a_warning(tiny_season: Season) -> None:
    season = with_dancer(tiny_season, "nyc-ava", absences=[DEC_10])
    assert [(v.entities, v.severity, v.amount) for v in role_short_on_the_day(season, None)] == [
        (("nyc-p1", "nyc-giselle.giselle"), Severity.WARNING, 1.0),
    ]


def test_weekly_limits_satisfied(clean_season: Season) -> None:
    assert list(weekly_limits_short(clean_season, None)) == []


def test_one_albrecht_for_a_two_show_day(tiny_season: Season) -> None:
    # Week 50 has shows on the 10th and twice on the 12th. Ben Okafor, the only Albrecht, may
    # dance 2 full-length leads a week and not both shows of the 12th: 2 of 3. No guest can
    # dance Albrecht; Léa Garnier could dance the third Giselle, so that one is a warning.
    assert sorted(weekly_limits_short(tiny_season, None)) == [
        Violation(
            WEEKLY_LIMITS_SHORT,
            Severity.ERROR,
            ("nyc-giselle", "nyc-giselle.albrecht", "2026-W50"),
            1.0,
            "Giselle (Manhattan Ballet Theatre), week 2026-W50: 3 shows need 3 Albrecht "
            "performances, but the 1 dancer(s) who can dance it (principal, man) may dance 2 "
            "under the labour rules (2 full-length leads a week; no lead in both shows of a "
            "two-show day); 1 short",
        ),
        Violation(
            WEEKLY_LIMITS_SHORT,
            Severity.WARNING,
            ("nyc-giselle", "nyc-giselle.giselle", "2026-W50"),
            1.0,
            "Giselle (Manhattan Ballet Theatre), week 2026-W50: 3 shows need 3 Giselle "
            "performances, but the 1 dancer(s) who can dance it (principal, woman) may dance 2 "
            "under the labour rules (2 full-length leads a week; no lead in both shows of a "
            "two-show day); 1 short; only a guest can cover it (Léa Garnier could come)",
        ),
    ]


def test_performances_per_week_of_a_tier(clean_season: Season) -> None:
    # No corps dancer may perform: Cleo Marsh (soloist) alone dances the Wilis, once a show.
    # Week 50 (2 shows) needs 4 Wili performances, she gives 2; week 51 (1 show) needs 2, 1.
    labor = clean_season.company["nyc"].labor
    limits = {Tier.PRINCIPAL: 4, Tier.SOLOIST: 6, Tier.CORPS: 0}
    season = with_company(
        clean_season, "nyc", labor=labor.model_copy(update={"max_performances_per_week": limits})
    )
    found = list(weekly_limits_short(season, None))
    assert [(v.rule, v.severity, v.entities, v.amount) for v in found] == [
        (WEEKLY_LIMITS_SHORT, Severity.ERROR, ("nyc-giselle", "nyc-giselle.wili", "2026-W50"), 2.0),
        (WEEKLY_LIMITS_SHORT, Severity.ERROR, ("nyc-giselle", "nyc-giselle.wili", "2026-W51"), 1.0),
    ]
    assert "(0 shows a week for a corps)" in found[0].message


def test_venue_double_booked_satisfied(tiny_season: Season) -> None:
    assert list(venue_double_booked(tiny_season, None)) == []


def test_two_shows_overlapping_at_one_venue(tiny_season: Season) -> None:
    # nyc-p2 runs 14:00-16:00 (Giselle is 120 minutes); nyc-p3 moved to 15:00: 60 minutes.
    season = with_performance(
        tiny_season, "nyc-p3", start=dt.datetime(2026, 12, 12, 15, tzinfo=NEW_YORK)
    )
    assert list(venue_double_booked(season, None)) == [
        Violation(
            VENUE_DOUBLE_BOOKED,
            Severity.ERROR,
            ("koch", "nyc-p2", "nyc-p3"),
            60.0,
            "David H. Koch Theater: nyc-p2 (2026-12-12 14:00) and nyc-p3 (2026-12-12 15:00) "
            "overlap by 60 minutes",
        )
    ]
