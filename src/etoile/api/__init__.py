"""The web app's JSON API (``/api/...``) and the FastAPI application that also serves the pages.

:func:`create_app` builds the app for a database; ``etoile serve`` runs it with uvicorn.
Routes are thin: they check the reader's rights (:mod:`etoile.services.access`), call a
service and shape the answer with the schemas of :mod:`etoile.api.schemas`.
"""

from etoile.api.app import create_app

__all__ = ["create_app"]
