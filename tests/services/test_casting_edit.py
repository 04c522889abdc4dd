"""A house casts its own dancers and the guests of the exchange: who is an outsider."""

from __future__ import annotations

import datetime as dt

import web_kit as kit


def test_outsiders_are_the_dancers_of_another_house_without_a_stay() -> None:
    from etoile.domain import ExchangeMove
    from etoile.services.casting_edit import outsiders

    season, plan = kit.season(), kit.plan()
    show = next(p for p in season.performances if p.startswith("par-"))
    day = season.performances[show].item.day
    assert outsiders(season, plan, show, [kit.PAR_DANCER, kit.NYC_DANCER]) == [kit.NYC_DANCER]
    stay = ExchangeMove(
        dancer=kit.NYC_DANCER,
        home="nyc",
        host="par",
        terms=season.exchanges[0].id,
        depart=day - dt.timedelta(days=3),
        start=day - dt.timedelta(days=1),
        end=day,
        return_=day + dt.timedelta(days=1),
    )
    with_stay = plan.model_copy(update={"exchange": [stay]})
    assert outsiders(season, with_stay, show, [kit.NYC_DANCER]) == []
