"""The rehearsal section: each production's progress toward opening and each house's weeks."""

from __future__ import annotations

import pytest

import calendar_kit as kit
from etoile.domain import Plan
from etoile.i18n import Translator
from etoile.report import render_report
from etoile.report.progress import needs, progress, scheduled
from etoile.report.weeks import house_weeks

from .builders import plan_data
from .dom import Node, parse
from .test_catalogue import english_fragments, visible_text


@pytest.fixture(scope="module")
def pages() -> dict[str, Node]:
    season, plan = kit.season(), kit.plan()
    return {lang: parse(render_report(season, plan, lang, violations=[])) for lang in ("en", "fr")}


def test_needs_follow_the_production_figures_and_the_casting() -> None:
    season, plan = kit.season(), kit.plan()
    nyc = season.company["nyc"]
    giselle = season.productions["nyc-giselle"].item
    # One principal cast (Léa and Ben in every show); Léa learns Giselle from scratch: 40 h.
    assert needs(season, plan, nyc, giselle) == {
        "company": 36.0,
        "coaching": 15.0,
        "learning": 40.0,
        "stage": 1.0,
        "dress": 1.0,
        "casts": 1.0,
    }
    # 3 h company call, 3 h learning, one dress rehearsal on the Koch stage.
    assert scheduled(plan, "nyc-giselle") == {
        "company": 3.0,
        "coaching": 0.0,
        "learning": 3.0,
        "stage": 0.0,
        "dress": 1.0,
    }


def test_a_second_principal_cast_doubles_the_coaching() -> None:
    data = kit.plan_data()
    for a in data["casting"]:
        if a["performance"] == "nyc-p3" and a["role"] == "nyc-giselle.giselle":
            a["dancer"] = "nyc-ava"  # Ava knows Giselle: no more learning
    season, plan = kit.season(), Plan.model_validate(data)
    need = needs(season, plan, season.company["nyc"], season.productions["nyc-giselle"].item)
    assert (need["casts"], need["coaching"], need["learning"]) == (2.0, 30.0, 40.0)


def test_progress_rows_in_english() -> None:
    [giselle, swan] = progress(kit.season(), kit.plan(), Translator("en"))
    assert (giselle.title, giselle.opening, giselle.casts, giselle.ready) == (
        "Giselle",
        "Opens Thu, Dec 10, 2026",
        "1 principal cast",
        False,
    )
    assert [(k.label, k.scheduled, k.needed, k.percent, k.status) for k in giselle.kinds] == [
        ("Company rehearsal", "3 hours", "36 hours", 8, "33 hours to go"),
        ("Coaching", "0 hours", "15 hours", 0, "15 hours to go"),
        ("Learning a role", "3 hours", "40 hours", 7, "37 hours to go"),
        ("Stage rehearsal", "0 calls", "1 call", 0, "1 call to go"),
        ("Dress rehearsal", "1 call", "1 call", 100, "Ready"),
    ]
    # Paris: 2 h of coaching for 15, nothing to learn, the stage call on the Bastille stage.
    assert [(k.kind, k.scheduled, k.status) for k in swan.kinds] == [
        ("company", "3 hours", "33 hours to go"),
        ("coaching", "2 hours", "13 hours to go"),
        ("learning", "0 hours", "Ready"),
        ("stage", "1 call", "Ready"),
        ("dress", "0 calls", "1 call to go"),
    ]


def test_each_house_week_puts_calls_in_their_room_and_day() -> None:
    weeks = house_weeks(kit.season(), kit.plan(), Translator("en"))
    assert [(w.house, w.label, w.calls, w.first) for w in weeks] == [
        ("Manhattan Ballet Theatre", "Week of Mon, Dec 7, 2026", 3, True),
        ("Ballet de l'Opéra de Lutèce", "Week of Mon, Nov 30, 2026", 1, True),
        ("Ballet de l'Opéra de Lutèce", "Week of Mon, Dec 7, 2026", 1, False),
        ("Ballet de l'Opéra de Lutèce", "Week of Mon, Dec 14, 2026", 1, False),
    ]
    nyc = weeks[0]
    assert [r.room for r in nyc.rooms] == ["Studio A", "David H. Koch Theater"]
    studio = [[(c.time, c.what, c.staff) for c in day] for day in nyc.rooms[0].days]
    assert studio == [
        [("11:30\u202fAM–2:30\u202fPM", "Giselle · Company rehearsal", "Rosa Feld")],
        [],
        [("12:00\u202fPM–3:00\u202fPM", "Giselle · Learning a role", "Rosa Feld")],
        [],
        [],
        [],
        [],
    ]
    assert [len(day) for day in nyc.rooms[1].days] == [0, 0, 0, 1, 0, 0, 0]


def test_the_section_is_in_the_contents_and_in_french(pages: dict[str, Node]) -> None:
    fr = pages["fr"]
    nav = [a.attrs["href"] for a in fr.find("nav").find_all("a")]
    assert nav == [
        "#answer", "#calendar", "#casting", "#rehearsals", "#finance", "#solvers", "#checks"
    ]  # fmt: skip
    section = fr.by_id("rehearsals")
    assert section.find("h2").text() == "Répétitions"
    first = section.find_all("details", "reh-week")[0]
    assert first.find("summary").text() == (
        "Manhattan Ballet Theatre · Semaine du lun. 7 déc. 2026 · 3 séances"
    )
    assert [th.text() for th in first.find("thead").find_all("th")] == [
        "Salle", "lun. 7 déc.", "mar. 8 déc.", "mer. 9 déc.", "jeu. 10 déc.", "ven. 11 déc.",
        "sam. 12 déc.", "dim. 13 déc.",
    ]  # fmt: skip
    rows = section.find_all("table", "progress")[0].find("tbody").find_all("tr")
    assert [r.find("th").text() for r in rows] == [
        "Répétition d'ensemble",
        "Répétition de rôle",
        "Apprentissage de rôle",
        "Répétition en scène",
        "Répétition générale",
    ]
    assert [td.text() for td in rows[2].find_all("td")][:2] == ["3 heures", "40 heures"]


def test_the_french_section_shows_no_english_label(pages: dict[str, Node]) -> None:
    text = visible_text(pages["fr"].by_id("rehearsals"))
    assert sorted(f for f in english_fragments() if f in text) == []


def test_a_plan_without_rehearsals_has_no_such_section() -> None:
    page = parse(render_report(kit.season(), Plan.model_validate(plan_data()), violations=[]))
    nav = [a.attrs["href"] for a in page.find("nav").find_all("a")]
    assert nav == ["#answer", "#calendar", "#casting", "#finance", "#solvers", "#checks"]
    assert [s.attrs["id"] for s in page.find_all("section")] == [
        "answer", "calendar", "casting", "finance", "solvers", "checks"
    ]  # fmt: skip
