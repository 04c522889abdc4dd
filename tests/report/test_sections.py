"""The exchange calendar, the casting grid, the finance charts, the solvers and the checks."""

from __future__ import annotations

from etoile.domain import Plan, Season
from etoile.report import render_report
from etoile.validate import Severity, Violation, validate

from .builders import EXPLANATIONS, plan_data
from .dom import Node, parse

NBSP = "\xa0"


def page(season: Season, plan: Plan, lang: str = "en", **kw: object) -> Node:
    return parse(render_report(season, plan, lang, **kw))  # type: ignore[arg-type]


def test_the_calendar_follows_the_move_day_by_day(rendered: dict[str, str]) -> None:
    [row] = parse(rendered["en"]).find("table", "timeline").find("tbody").find_all("tr")
    weeks = row.find_all("td", "week")
    # Season 1-31 Dec 2026: five weeks from Mon 30 Nov to Sun 3 Jan.
    assert len(weeks) == 5
    assert [d.classes[1:] for d in weeks[0].find_all("span")] == [["out"]] + [["home"]] * 6
    # Leaves Mon 7, travels and rests to Tue 8, guest Wed 9 - Sun 13, dances Thu 10 and Sat 12.
    assert [d.classes[1:] for d in weeks[1].find_all("span")] == [
        ["travel"], ["travel"], ["guest"], ["guest", "show"], ["guest"], ["guest", "show"],
        ["guest"],
    ]  # fmt: skip
    assert weeks[1].find_all("span")[3].attrs["title"] == (
        "Thu, Dec 10, 2026: Guest at Manhattan Ballet Theatre · Performs that day"
    )
    assert {d.classes[1] for d in weeks[2].find_all("span")} == {"home"}


def test_the_calendar_in_french(rendered: dict[str, str]) -> None:
    table = parse(rendered["fr"]).find("table", "timeline")
    assert [th.text() for th in table.find("thead").find_all("th")] == [
        "Artiste", "30 nov.", "7 déc.", "14 déc.", "21 déc.", "28 déc."
    ]  # fmt: skip
    day = table.find("tbody").find_all("span", "day")[10]
    assert day.attrs["title"] == (
        "jeu. 10 déc. 2026 : En résidence : Manhattan Ballet Theatre · Danse ce jour-là"
    )


def test_the_casting_grid_has_a_row_per_role_and_a_cell_per_show(
    rendered: dict[str, str],
) -> None:
    grids = parse(rendered["en"]).by_id("casting").find_all("table", "grid")
    shape = [[len(r.find_all("td")) for r in g.find("tbody").find_all("tr")] for g in grids]
    assert shape == [[3, 3, 3, 3], [3, 3, 3, 3, 3]]  # Giselle: 4 roles; Swan Lake: 5 roles
    giselle = grids[0]
    assert [th.text() for th in giselle.find("thead").find_all("th")] == [
        "Role", "Thu, Dec 10 7:30\u202fPM", "Sat, Dec 12 2:00\u202fPM", "Sat, Dec 12 8:00\u202fPM"
    ]  # fmt: skip
    assert [s.text() for s in giselle.find_all("span", "guest")] == ["Léa Garnier ★"] * 3
    first = [r.find_all("td")[0].text() for r in giselle.find("tbody").find_all("tr")]
    assert first == ["Léa Garnier ★", "Ben Okafor", "Cleo Marsh", "Dina Park Ella Ruiz"]
    swan = [r.find_all("td")[0].text() for r in grids[1].find("tbody").find_all("tr")]
    assert swan == ["Inès Roche", "not cast", "not cast", "not cast", "Kim Lefèvre 1 of 2 cast"]


def test_a_big_corps_role_is_folded(crowd_season: Season) -> None:
    data = plan_data()
    data["casting"] += [
        {"performance": "nyc-p1", "role": "nyc-giselle.wili", "dancer": d}
        for d in ("nyc-gia", "nyc-hana")
    ]
    plan = Plan.model_validate(data)
    # Four Wilis in the first show; the other two shows still have only two of the four.
    for lang, summaries in (
        ("en", ["4 dancers", "2 of 4 cast", "2 of 4 cast"]),
        ("fr", ["4 artistes", "2 distribués sur 4", "2 distribués sur 4"]),
    ):
        grid = page(crowd_season, plan, lang, violations=[]).find_all("table", "grid")[0]
        folded = grid.find_all("details")
        assert [d.find("summary").text() for d in folded] == summaries
        names = ["Dina Park", "Ella Ruiz", "Gia Stone", "Hana Ito"]
        assert [li.text() for li in folded[0].find_all("li")] == names
        assert folded[0].attrs["title"] == ", ".join(names)


def test_the_finance_section_has_three_inline_charts(rendered: dict[str, str]) -> None:
    finance = parse(rendered["fr"]).by_id("finance")
    charts = [f.attrs["id"] for f in finance.find_all("figure", "chart")]
    assert charts == ["chart-weekly", "chart-results", "chart-lines"]
    assert [len(f.find_all("svg")) for f in finance.find_all("figure")] == [1, 1, 1]
    assert [f.find("figcaption").text() for f in finance.find_all("figure")] == [
        "Recettes de billetterie attendues par semaine",
        "Résultat de la saison : espérance et fourchette",
        "Recettes et charges attendues",
    ]
    rows = finance.find("table", "results").find("tbody").find_all("tr")
    assert rows[0].find_all("td")[3].text() == f"50\u202f000{NBSP}$US"
    lines = finance.find_all("table", "lines")[1].find("tbody").find_all("tr")
    assert [r.text() for r in lines][-1] == f"Coûts des productions 180\u202f000{NBSP}€"


def test_solver_reports_are_worded_honestly(rendered: dict[str, str]) -> None:
    rows = parse(rendered["fr"]).find("table", "solver-table").find("tbody").find_all("tr")
    assert [[c.text() for c in r.children if isinstance(c, Node)] for r in rows] == [
        ["Distribution", "cp-sat", "optimal", "12,00", "12,00", f"0,00{NBSP}%", "0,4",
         "Optimal : prouvé le meilleur."],
        ["Échange", "cp-sat", "réalisable", "84\u202f567,00", "85\u202f000,00",
         f"0,51{NBSP}%", "30,0",
         f"À 0,51{NBSP}% au plus de la borne prouvée. Remarques : time limit reached"],
    ]  # fmt: skip


def test_explanations_and_a_clean_check(rendered: dict[str, str]) -> None:
    checks = parse(rendered["en"]).by_id("checks")
    assert [li.text() for li in checks.find("ul", "explanations").find_all("li")] == EXPLANATIONS
    assert checks.find("p", "ok").text() == "The independent validator found no violations."


def test_the_validators_findings_are_listed(tiny_season: Season, plan: Plan) -> None:
    found = Violation("Dancer double-booked", Severity.ERROR, ("nyc-p2", "par-lea"), 1.0,
                      "Léa Garnier is in two places")  # fmt: skip
    checks = page(tiny_season, plan, "fr", violations=[found]).by_id("checks")
    assert checks.find("p", "warn").text() == "Le validateur indépendant a trouvé 1 violation."
    [row] = checks.find("table", "violations").find("tbody").find_all("tr")
    assert row.text() == (
        "Dancer double-booked erreur Léa Garnier is in two places nyc-p2, par-lea 1,00"
    )


def test_the_validator_runs_when_no_findings_are_given(tiny_season: Season, plan: Plan) -> None:
    expected = len(validate(tiny_season, plan))
    checks = page(tiny_season, plan).by_id("checks")
    assert checks.find("p", "warn").text() == (
        f"The independent validator found {expected} violations."
    )
    counts = checks.find("table", "rule-counts").find("tbody").find_all("tr")
    assert sum(int(r.find_all("td")[-1].text()) for r in counts) == expected
