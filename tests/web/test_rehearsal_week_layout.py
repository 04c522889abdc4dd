"""The rehearsal calendar's week: seven day columns on a wide screen (one on a phone), cards
that do not repeat their day's date, and a short "no calls" marker on an empty day."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.test_login import log_in
from etoile.web.i18n import PageTranslator

P = f"/seasons/{kit.SEASON_ID}/rehearsals"
MASTERS = {"en": ("nyc-ballet-master", kit.NYC_STUDIO), "fr": ("par-ballet-master", kit.PAR_STUDIO)}


def days_of(html: str) -> list[tuple[dt.date, str]]:
    """(day, inner HTML) of every day column of the page."""
    found = re.findall(r'<section class="day" data-day="([0-9-]+)">(.*?)</section>', html, re.S)
    return [(dt.date.fromisoformat(d), body) for d, body in found]


@pytest.mark.parametrize("lang", sorted(MASTERS))
def test_a_week_is_seven_columns_without_repeated_dates(client: TestClient, lang: str) -> None:
    login, studio = MASTERS[lang]
    assert log_in(client, login) == 303
    tr = PageTranslator(lang)
    seen_full = seen_empty = False
    monday = dt.date(2026, 11, 2)
    while monday < kit.season().end and not (seen_full and seen_empty):
        url = f"{P}?subject=studio&id={studio}&view=week&date={monday}&lang={lang}"
        html = client.get(url).text
        assert '<div class="days week">' in html
        days = days_of(html)
        assert [d for d, _ in days] == [monday + dt.timedelta(days=i) for i in range(7)]
        for day, body in days:
            cards = re.findall(r"<article.*?</article>", body, re.S)
            for card in cards:
                for shown in (tr.format_date(day), tr.format_date(day, year=False)):
                    assert shown not in card, card
            if cards:
                seen_full = True
            else:
                seen_empty = True
                assert tr.t("rehearsals.none") in body
        assert "Nothing on these days." not in html and "Rien ces jours-là." not in html
        monday += dt.timedelta(days=7)
    assert seen_full and seen_empty


def test_the_stylesheet_lays_a_week_in_seven_columns_only_when_wide(client: TestClient) -> None:
    css = client.get("/static/etoile.css").text
    wide = re.search(r"@media \(min-width: [0-9.]+rem\) \{ \.days\.week \{([^}]*)\}", css)
    assert wide is not None and "repeat(7, minmax(0, 1fr))" in wide.group(1)
    narrow = re.search(r"^\.days\.week \{([^}]*)\}", css, re.M)
    assert narrow is not None and "grid-template-columns: minmax(0, 1fr)" in narrow.group(1)
