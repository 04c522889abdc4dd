"""The exchange board shows the deal: the verdict, the transfer and its range, the frontier.

A draft with a hand-made deal (:func:`report.builders.deal_data`) is stored next to the
populated plans; the board must also keep working for plans without a deal, and stay within
the pages' Content-Security-Policy (no inline script or style).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.conftest import make_client
from api.test_login import log_in
from etoile.config import sqlite_url
from etoile.storage import Database, PlanRepository
from report.builders import deal_data

BOARD = f"/seasons/{kit.SEASON_ID}/exchange"
NNBSP, NBSP = "\u202f", "\xa0"


def store(url: str, deal: dict[str, Any] | None) -> int:
    """Store the tiny plan with ``deal`` (None: an older plan, without) as a draft; its id."""
    plan = kit.plan().model_validate({**kit.plan().model_dump(by_alias=True), "deal": deal})
    with Database(url) as db, db.transaction() as session:
        return PlanRepository(session).save_draft(plan, label="with a deal").id


@pytest.fixture
def site(populated_sqlite: Path, tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    path = tmp_path / "etoile.sqlite3"
    shutil.copyfile(populated_sqlite, path)
    with make_client(sqlite_url(path)) as client:
        yield client, sqlite_url(path)


def board_of(
    site: tuple[TestClient, str], deal: dict[str, Any] | None, login: str = "nyc-director"
) -> tuple[TestClient, str]:
    """Store the tiny plan with ``deal`` and log ``login`` in: the client, and the URL of the
    board of that plan."""
    client, url = site
    plan_id = store(url, deal)
    assert log_in(client, login) == 303
    return client, f"{BOARD}?plan_id={plan_id}"


def verdict(html: str) -> str:
    """The words of the verdict card, tags dropped and spaces collapsed."""
    found = re.search(
        r'<section class="card verdict[^"]*" id="verdict">(.*?)</section>', html, re.S
    )
    assert found is not None, "the board shows no verdict"
    # HTML's spaces only: Babel's no-break spaces inside amounts are part of the text.
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", found[1])).strip()


def test_a_swap_reads_with_its_fee_range_in_english_and_french(
    site: tuple[TestClient, str],
) -> None:
    client, board = board_of(site, deal_data("swap"))
    english = client.get(f"{board}&lang=en").text
    assert verdict(english).startswith(
        "The answer: a swap. Both houses gain if Manhattan Ballet Theatre pays Ballet de "
        "l&#39;Opéra de Lutèce between €10,800 and €100,000. Proposed transfer: Manhattan "
        "Ballet Theatre pays Ballet de l&#39;Opéra de Lutèce €50,000; an even split of the gain "
        "would be €55,400."
    )
    assert '<td class="num">€10,800</td><td class="num">€100,000</td>' in english
    french = client.get(f"{board}&lang=fr").text
    assert verdict(french).startswith(
        "La réponse : un échange. Les deux maisons y gagnent si Manhattan Ballet Theatre verse "
        f"à Ballet de l&#39;Opéra de Lutèce entre 10{NNBSP}800{NBSP}€ et 100{NNBSP}000{NBSP}€."
    )


def test_the_frontier_chart_is_inline_svg_marking_the_chosen_package(
    site: tuple[TestClient, str],
) -> None:
    client, board = board_of(site, deal_data("swap"))
    html = client.get(board).text
    figure = html[html.index('<figure class="chart" id="chart-frontier">') :]
    figure = figure[: figure.index("</figure>")]
    assert figure.count('<g class="point chosen">') == 1
    assert figure.count('<g class="point package">') == 2
    # Under the pages' policy (style-src 'self'), an inline style would be dropped.
    assert re.findall(r"\sstyle=|<style", html) == []
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []


def test_no_swap_says_so_with_what_would_change_it(site: tuple[TestClient, str]) -> None:
    client, board = board_of(site, deal_data("none"), "par-director")
    html = client.get(board).text
    assert verdict(html).startswith("La réponse : pas d&#39;échange.")
    assert "Ce qui changerait la réponse" in verdict(html)
    assert 'id="chart-frontier"' in html


def test_hostile_words_in_the_deal_come_back_as_text(site: tuple[TestClient, str]) -> None:
    deal = deal_data("swap")
    deal["frontier"][0]["stays"].append(kit.HOSTILE)
    deal["notes"] = [kit.HOSTILE]
    deal["what_would_change_it"] = [kit.HOSTILE]
    deal["sensitivity"][0]["name"] = kit.HOSTILE
    client, board = board_of(site, deal)
    html = client.get(board).text
    assert [r for r in ("<img src=x onerror", "<script>alert(") if r in html] == []
    # In the chart's tooltip, the packages table, the notes and the list of changes.
    assert html.count("&lt;img src=x onerror=alert(1)&gt;") == 4


def test_a_plan_without_a_deal_shows_the_board_as_before(site: tuple[TestClient, str]) -> None:
    client, board = board_of(site, None)
    html = client.get(board).text
    assert 'id="verdict"' not in html
    assert 'id="chart-frontier"' not in html
    assert "<h1>The exchange board</h1>" in html
