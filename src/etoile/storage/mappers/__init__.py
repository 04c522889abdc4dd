"""Mappers between the domain (seasons, plans) and the storage rows."""

from etoile.storage.mappers.plans import plan_documents, plan_from_documents
from etoile.storage.mappers.season_data import SeasonRecords, season_from_records

__all__ = ["SeasonRecords", "plan_documents", "plan_from_documents", "season_from_records"]
