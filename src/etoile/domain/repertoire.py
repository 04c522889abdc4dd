"""Productions and their roles."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from etoile.domain.base import Id, Model, Money, Text, Tier


class Role(Model):
    """A role of a production: how many dancers, who may dance it, and how it is learnt.

    ``id`` is unique in the whole season (``nyc-swan.odette``), so that a plan can name a role
    without its production. ``partner`` names the role this one is partnered with (Siegfried
    for Odette). ``ballet_role`` names the role across productions of the same ballet
    (``swan-lake.odette``), so that a guest who knows it elsewhere learns faster.
    """

    id: Id
    name: Text
    count: int = Field(1, ge=1, le=200)
    tiers: list[Tier] = Field(min_length=1)
    tags: list[Id] = Field(default_factory=list, description="Every tag is required.")
    lead: bool = False
    partner: Id | None = None
    ballet_role: Id | None = None
    learn_hours: float = Field(20.0, ge=0, le=500, description="Hours to learn from scratch.")
    relearn_hours: float = Field(
        8.0, ge=0, le=500, description="Hours to learn it when known in another production."
    )


class RehearsalNeeds(Model):
    """Hours of rehearsal a production needs before opening (ballet-facts.md section 5)."""

    company_hours: float = Field(
        36.0,
        ge=0,
        le=500,
        description="Full company and corps calls; the ensemble roles are learnt in them.",
    )
    coaching_hours_per_cast: float = Field(15.0, ge=0, le=200, description="Per principal cast.")
    stage_rehearsals: int = Field(1, ge=0, le=10)
    dress_rehearsals: int = Field(1, ge=0, le=5)
    lead_weeks: int | None = Field(
        None,
        ge=0,
        le=12,
        description="Company and coaching calls start this many weeks before the show they "
        "prepare (None: the house's labor.rehearsal_lead_weeks); never before the house's "
        "rehearsal period.",
    )


class Production(Model):
    """A staging of a ballet by one company, with its roles."""

    id: Id
    title: Text
    ballet: Id = Field(description="The work, shared across houses: 'swan-lake', 'giselle'.")
    version: str = ""
    running_minutes: int = Field(ge=10, le=300)
    full_length: bool = True
    popularity: float = Field(0.7, ge=0.0, le=1.5, description="Demand prior, 1 = sells out.")
    cost_per_performance: Money
    roles: list[Role] = Field(min_length=1)
    doubled_roles: list[Annotated[list[Id], Field(min_length=2, max_length=2)]] = Field(
        default_factory=list, description="Role pairs one dancer may dance in the same show."
    )
    rehearsal: RehearsalNeeds = Field(default_factory=RehearsalNeeds)

    @model_validator(mode="after")
    def _unique_roles(self) -> Production:
        seen: set[str] = set()
        for role in self.roles:
            if role.id in seen:
                raise ValueError(f"role id {role.id!r} appears twice")
            seen.add(role.id)
        return self

    @property
    def lead_roles(self) -> list[Role]:
        """The roles marked as leads."""
        return [r for r in self.roles if r.lead]
