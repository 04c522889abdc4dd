"""ORM models of the Étoile database. Import from here so every table is registered."""

from etoile.storage.models.entities import (
    DancerRow,
    PerformanceRow,
    ProductionRow,
    RankRow,
    RoleRow,
    StaffRow,
    StudioRow,
    VenueRow,
)
from etoile.storage.models.plan import DRAFT, PUBLISHED, PlanRow
from etoile.storage.models.season import CompanyRow, ExchangeTermsRow, SeasonRow

__all__ = [
    "DRAFT",
    "PUBLISHED",
    "CompanyRow",
    "DancerRow",
    "ExchangeTermsRow",
    "PerformanceRow",
    "PlanRow",
    "ProductionRow",
    "RankRow",
    "RoleRow",
    "SeasonRow",
    "StaffRow",
    "StudioRow",
    "VenueRow",
]
