"""Storage: seasons and plans in SQLite or PostgreSQL, with SQLAlchemy 2 and Alembic.

Typical use::

    from etoile.storage import Database, SeasonRepository, upgrade

    upgrade(url)                       # create or migrate the schema
    with Database(url) as db, db.transaction() as session:
        SeasonRepository(session).save(season)

``docs/dev/storage.md`` describes the tables and the choices behind them.
"""

from etoile.storage.accounts import (
    FeedTokenRepository,
    StoredUser,
    UserExistsError,
    UserNotFoundError,
    UserRepository,
)
from etoile.storage.changelogs import ChangelogRepository, StoredChangelog
from etoile.storage.edits import PlanEdit
from etoile.storage.engine import Database, display_url, make_engine
from etoile.storage.errors import (
    ConstraintError,
    PlanNotFoundError,
    PlanStateError,
    SchemaError,
    SeasonExistsError,
    SeasonNotFoundError,
    StaleWriteError,
    StorageError,
)
from etoile.storage.jobs import JobInfo, JobNotFoundError, JobRepository
from etoile.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    require_current_schema,
    upgrade,
)
from etoile.storage.plan_info import PlanInfo, PlanStatus, StoredPlan
from etoile.storage.plans import PlanRepository
from etoile.storage.seasons import Progress, SeasonInfo, SeasonRepository
from etoile.storage.seen import SeenVersionRepository
from etoile.storage.web_sessions import (
    ApiTokenRepository,
    StoredApiToken,
    StoredWebSession,
    WebSessionRepository,
)

__all__ = [
    "ApiTokenRepository",
    "ChangelogRepository",
    "ConstraintError",
    "Database",
    "FeedTokenRepository",
    "JobInfo",
    "JobNotFoundError",
    "JobRepository",
    "PlanEdit",
    "PlanInfo",
    "PlanNotFoundError",
    "PlanRepository",
    "PlanStateError",
    "PlanStatus",
    "Progress",
    "SchemaError",
    "SeasonExistsError",
    "SeasonInfo",
    "SeasonNotFoundError",
    "SeasonRepository",
    "SeenVersionRepository",
    "StaleWriteError",
    "StorageError",
    "StoredApiToken",
    "StoredChangelog",
    "StoredPlan",
    "StoredUser",
    "StoredWebSession",
    "UserExistsError",
    "UserNotFoundError",
    "UserRepository",
    "WebSessionRepository",
    "alembic_config",
    "current_revision",
    "display_url",
    "head_revision",
    "make_engine",
    "require_current_schema",
    "upgrade",
]
