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
from etoile.storage.models.plan import DRAFT, PUBLISHED, PlanEditRow, PlanRow
from etoile.storage.models.season import CompanyRow, ExchangeTermsRow, SeasonRow
from etoile.storage.models.web import (
    JOB_STATES,
    ROLES,
    ApiTokenRow,
    ChangelogRow,
    FeedTokenRow,
    JobRow,
    UserRow,
    UserSeenRow,
    WebSessionRow,
)

__all__ = [
    "DRAFT",
    "JOB_STATES",
    "PUBLISHED",
    "ROLES",
    "ApiTokenRow",
    "ChangelogRow",
    "CompanyRow",
    "DancerRow",
    "ExchangeTermsRow",
    "FeedTokenRow",
    "JobRow",
    "PerformanceRow",
    "PlanEditRow",
    "PlanRow",
    "ProductionRow",
    "RankRow",
    "RoleRow",
    "SeasonRow",
    "StaffRow",
    "StudioRow",
    "UserRow",
    "UserSeenRow",
    "VenueRow",
    "WebSessionRow",
]
