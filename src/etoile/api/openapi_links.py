"""OpenAPI links between the API's operations: how a client goes from one answer to the next.

A link says which field of an answer fills which parameter (or body field) of a following
request: the id of a plan in the list of plans is the ``plan_id`` of ``GET .../plans/{plan_id}``,
the revision of the plan read is the ``base_revision`` of an edit, the id of a started job is
the ``job_id`` to poll and to cancel. They document the API's workflows in ``/openapi.json``
(Swagger UI shows them under each response) and let a stateful tester (schemathesis) chain real
ids instead of guessing them.

FastAPI builds the document from the routes and has no words for links, so
:func:`install` wraps the app's ``openapi()`` and adds the links of
:data:`~etoile.api.openapi_workflows.LINKS` (the operations they join and the
:class:`~etoile.api.openapi_operations.Link` itself are in
:mod:`etoile.api.openapi_operations`) to the built document once. A link whose operations the
app does not have is left out (the document stays valid); ``tests/api/test_stateful.py`` checks
that every link is there.

Values are OpenAPI runtime expressions: ``$response.body#/<JSON pointer>`` (a field of the
answer), ``$response.header.<name>``, ``$request.path.<name>`` and ``$request.body#/<pointer>``
(what the source request sent); any other string is a constant.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from etoile.api.openapi_operations import Link, Operation
from etoile.api.openapi_workflows import LINKS

SCHEMATHESIS = "x-schemathesis"
"""The extension that tells schemathesis whether a link's body is whole (the standard) or a
part to merge into a body it generates (its default)."""


def add_links(document: dict[str, Any], links: tuple[Link, ...] = LINKS) -> list[Link]:
    """Add ``links`` to an OpenAPI ``document`` (in place); returns the links added.

    A link is left out when the document lacks its source or target operation, or the source's
    answer with the link's status.

    Parameters
    ----------
    document
        The OpenAPI document, as ``app.openapi()`` returns it.
    links
        The links to add.
    """
    paths = document.get("paths", {})

    def operation(key: Operation) -> dict[str, Any] | None:
        method, path = key
        found = paths.get(path, {}).get(method)
        return found if isinstance(found, dict) else None

    added = []
    for link in links:
        source, target = operation(link.source), operation(link.target)
        if source is None or target is None or "operationId" not in target:
            continue
        answer = source.get("responses", {}).get(link.status)
        if answer is None:
            continue
        entry: dict[str, Any] = {"operationId": target["operationId"]}
        if link.parameters:
            entry["parameters"] = dict(link.parameters)
        if link.body is not None:
            entry["requestBody"] = dict(link.body)
            # Schemathesis merges a link's body into one it generates, unless told otherwise.
            entry[SCHEMATHESIS] = {"merge_body": not link.complete}
        if link.description:
            entry["description"] = link.description
        answer.setdefault("links", {})[link.name] = entry
        added.append(link)
    return added


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` (and so ``/openapi.json`` and ``/docs``) carry :data:`LINKS`."""
    build: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = build()
            add_links(document)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
