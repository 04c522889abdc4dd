"""The web app's JSON API (``/api/...``) and the FastAPI application it runs in.

:func:`create_api` builds the API app for a database; :func:`etoile.web.app.create_app` adds the
pages to it, and ``etoile serve`` runs that with uvicorn. The API never imports the pages.
Routes are thin: they check the reader's rights (:mod:`etoile.services.access`), call a
service and shape the answer with the schemas of :mod:`etoile.api.schemas`.
"""

from etoile.api.app import create_api

__all__ = ["create_api"]
