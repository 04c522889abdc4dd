"""Weights of the soft casting goals, and the learning pace behind the eligibility rule.

A season file may override any of them under ``casting_weights``; the defaults below are the
house style a ballet master would recognise: keeping casts and couples together matters more
than spreading leads perfectly evenly, and a star's name matters most on opening night.
Every weight multiplies a count (shows, dancers, points of draw), so each penalty is
proportional to how far the plan is from the goal. ``docs/casting.md`` lists the terms.
"""

from __future__ import annotations

from pydantic import Field

from etoile.domain.base import Model

Weight = int


class CastingWeights(Model):
    """Weights of the casting objective (all non-negative integers) and the learning pace."""

    lead_fair_share: Weight = Field(
        20, ge=0, le=10_000, description="Per lead a principal dances above the fair share."
    )
    soloist_debut: Weight = Field(
        30, ge=0, le=10_000, description="Per lead role of a run in which no soloist debuts."
    )
    distinct_cast: Weight = Field(
        10, ge=0, le=10_000, description="Per distinct dancer in a solo role over a run."
    )
    distinct_couple: Weight = Field(
        15, ge=0, le=10_000, description="Per distinct lead couple over a run."
    )
    unpreferred_couple: Weight = Field(
        5, ge=0, le=10_000, description="Per show whose lead couple are not listed partners."
    )
    corps_change: Weight = Field(
        1, ge=0, le=10_000, description="Per ensemble dancer replaced between consecutive shows."
    )
    draw_gala: Weight = Field(
        2, ge=0, le=10_000, description="Per point of draw (0-100) below 100 in a lead, galas."
    )
    draw_weekend: Weight = Field(
        1, ge=0, le=10_000, description="Per point of draw below 100 in a lead, Fri/Sat evenings."
    )
    guest_show: Weight = Field(
        40, ge=0, le=10_000, description="Per show danced by a guest (fee and travel)."
    )
    learning: Weight = Field(
        1,
        ge=0,
        le=10_000,
        description=(
            "Per hour (rounded up) a dancer must learn for a solo role they do not know: the "
            "ballet masters' and the dancer's rehearsal time."
        ),
    )
    learning_hours_per_week: float = Field(
        6.0,
        gt=0,
        le=60,
        description=(
            "Hours a dancer can spend learning new roles per week; a role is castable on a day "
            "when its learning hours fit between the season start (or the guest's arrival) "
            "and that day at this pace."
        ),
    )
