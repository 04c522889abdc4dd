"""Labour and health rules of a house, as stated in its season file.

The values are parameters, not law: the demo seeds New York with AGMA-style figures (the
ABT-AGMA Basic Agreement 2007-2011) and Paris with the French dancers' convention (CCNEAC) and
the Opéra's company practice. See ``../shared/domain/ballet-facts.md`` section 4.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from etoile.domain.base import Model, Tier

Minutes = Annotated[int, Field(ge=0, le=24 * 60 * 7)]
Hours = Annotated[float, Field(ge=0, le=24 * 7)]


class LaborRules(Model):
    """Casting and rehearsal limits of one house. Durations in minutes unless named hours."""

    # Performances
    max_performances_per_week: dict[Tier, Annotated[int, Field(ge=0, le=14)]] = Field(
        default_factory=lambda: {Tier.PRINCIPAL: 4, Tier.SOLOIST: 6, Tier.CORPS: 8},
        description="Most performances a dancer of each tier may dance in one ISO week.",
    )
    max_leads_per_week: int = Field(2, ge=0, le=14, description="Full-length leads per week.")
    min_days_between_leads: int = Field(
        1, ge=0, le=14, description="Free days required between two full-length leads."
    )
    no_lead_in_both_shows: bool = Field(
        True, description="No full-length lead in both shows of a two-show day."
    )
    max_consecutive_working_days: int = Field(6, ge=1, le=31)
    # Rehearsals
    earliest_call: dt.time = Field(dt.time(10, 0), description="No rehearsal before this time.")
    class_minutes: Minutes = Field(75, description="Company class before the first call.")
    max_call_minutes: Minutes = Field(180, description="Longest continuous rehearsal call.")
    max_daily_rehearsal_minutes: Minutes = Field(360)
    max_daily_span_minutes: Minutes = Field(540, description="First call to end of day's work.")
    max_weekly_rehearsal_minutes: Minutes = Field(1800)
    break_after_minutes: Minutes = Field(300, description="A break is due after this much work.")
    break_minutes: Minutes = Field(60)
    recall_gap_minutes: Minutes = Field(
        60, description="Recalled within this gap after dismissal: the gap is paid as work."
    )
    max_rehearsal_minutes_on_show_day: Minutes = Field(120)
    no_rehearsal_on_two_show_day: bool = True
    min_rest_between_days_hours: Hours = 12.0
    weekly_rest_hours: Hours = 38.0
    rest_days_after_transatlantic: int = Field(1, ge=0, le=7)
    rehearsal_lead_weeks: int = Field(
        3,
        ge=0,
        le=12,
        description="The rehearsal period (the company back from layoff) starts this many weeks "
        "before the season; a production's calls start this early before its shows unless "
        "its rehearsal.lead_weeks says otherwise.",
    )
    rehearsal_load_share: float = Field(
        1.0,
        gt=0,
        le=1,
        description="Casting: the most of a dancer's rehearsal time before their first show of "
        "a production (the calls the house's days hold on their free days since its calls "
        "start, within the daily and weekly limits) that this production's calls may fill. "
        "1 (the default) refuses only what no calendar can place; less keeps the rest for "
        "the other productions, the shows and the unexpected.",
    )
