"""Alembic environment and revisions of the Étoile schema (run them via etoile.storage.upgrade)."""
