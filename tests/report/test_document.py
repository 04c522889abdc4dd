"""The file as a whole: self-contained, escaped, deterministic, and written where asked."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from etoile.domain import Plan, Season
from etoile.report import render_report, write_report

from .builders import season_data
from .dom import parse

URL_ATTRIBUTES = ("src", "href", "xlink:href", "action", "srcset", "poster", "data")


def test_the_report_makes_no_request(rendered: dict[str, str]) -> None:
    html = rendered["en"]
    root = parse(html)
    linked = [
        (n.tag, a, n.attrs[a])
        for n in root.iter()
        for a in URL_ATTRIBUTES
        if a in n.attrs and not n.attrs[a].startswith("#")
    ]
    assert linked == []
    assert [n.tag for n in root.iter() if n.tag in ("link", "img", "iframe", "object")] == []
    # Charts clip with url(#id): a reference inside the file. Anything else would be fetched.
    assert re.findall(r"url\((?!#)[^)]*\)", html) == []
    assert "@import" not in html
    assert [n.attrs for n in root.find_all("script")] == [{}]  # the one inline script


def test_user_data_is_escaped(plan: Plan) -> None:
    data = season_data()
    data["companies"][1]["dancers"][0]["name"] = "<script>alert('étoile')</script>"
    season = Season.model_validate(data)
    html = render_report(season, plan, "en", ["<b>bold</b> & more"], violations=[])
    assert "<script>alert" not in html
    # Her name appears in the move, the calendar and three casting cells.
    assert html.count("&lt;script&gt;alert(&#39;étoile&#39;)&lt;/script&gt;") == 5
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in html
    # The escaped name still reads as written.
    root = parse(html)
    assert root.find("table", "moves").find("th", "dancer").text() == (
        "<script>alert('étoile')</script> (Étoile)"
    )


def test_a_date_is_printed_only_when_given(tiny_season: Season, plan: Plan) -> None:
    when = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    html = render_report(tiny_season, plan, "en", violations=[], generated=when)
    metas = [p.text() for p in parse(html).find("header").find_all("p", "meta")]
    # Printed on the clock of the first house (New York): 4:00 AM.
    assert metas[1] == "Generated Mon, Nov 2, 2026, 4:00\u202fAM"
    assert "Generated" not in render_report(tiny_season, plan, "en", violations=[])


def test_the_document_speaks_the_readers_language(rendered: dict[str, str]) -> None:
    root = parse(rendered["fr"])
    assert root.find("html").attrs["lang"] == "fr"
    assert root.find("h1").text() == "Plan de saison : Tiny exchange season 2026-27"
    assert [a.text() for a in root.find("nav").find_all("a")] == [
        "La réponse", "Calendrier de l'échange", "Distribution de chaque production",
        "Graphiques financiers", "Rapports des solveurs", "Explications et vérifications",
    ]  # fmt: skip


def test_same_inputs_same_bytes_written(tiny_season: Season, plan: Plan, tmp_path: Path) -> None:
    # Two renders (one through write_report) give the same bytes: no clock, no random ids.
    path = write_report(tiny_season, plan, tmp_path / "out" / "report.html", "fr")
    assert path == tmp_path / "out" / "report.html"
    assert path.read_text(encoding="utf-8") == render_report(tiny_season, plan, "fr")
