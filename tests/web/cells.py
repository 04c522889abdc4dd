"""Editing one cell of the casting grid through the page's form, as a ballet master does."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

import web_kit as kit
from api.test_login import csrf_of

GRID = f"/seasons/{kit.SEASON_ID}/casting/{kit.NYC_PRODUCTION}"


def save_cell(client: TestClient, dancer: str, query: str = "") -> tuple[Any, Any]:
    """Open the New York show's Giselle cell of draft 2 for editing (``query``: more of the
    URL's query, such as ``&lang=fr``), then save ``dancer`` in it (``""`` empties it).

    Returns the page with the form and the page the save answers with.
    """
    cell = f"{kit.NYC_SHOW}|{kit.NYC_ROLE}"
    form = client.get(f"{GRID}?plan_id=2&edit={cell}{query}")
    data = {
        "csrf": csrf_of(form.text),
        "plan_id": "2",
        "base_revision": "1",
        "performance": kit.NYC_SHOW,
        "role": kit.NYC_ROLE,
        "dancer": dancer,
    }
    return form, client.post(GRID, data=data)
