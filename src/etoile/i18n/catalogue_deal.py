"""The English and French messages of the deal: whether the two houses should swap, and on
what terms.

The verdict on the report's first screen, the section "The deal" (the transfer, each house's
gain, the frontier of packages of stays, the assumptions and what would change the answer)
and the paths to break-even, which the web app's exchange board shows too.
"""

from __future__ import annotations

from etoile.i18n.message import Message

DEAL: dict[str, tuple[Message, Message]] = {
    # The deal: the verdict on the first screen, then the section "The deal"
    "sec.deal": ("The deal", "L'accord"),
    "deal.headline.swap": (
        "The answer: a swap. Both houses gain if {payer} pays {payee} between {low} and {high}.",
        "La réponse : un échange. Les deux maisons y gagnent si {payer} verse à {payee} entre "
        "{low} et {high}.",
    ),
    "deal.headline.swap_free": (
        "The answer: a swap. Both houses gain without any transfer.",
        "La réponse : un échange. Les deux maisons y gagnent sans aucun transfert.",
    ),
    "deal.headline.swap_many": (
        "The answer: a swap. Both houses gain with the transfers below.",
        "La réponse : un échange. Les deux maisons y gagnent avec les transferts ci-dessous.",
    ),
    "deal.headline.none": (
        "The answer: no swap. No package of stays leaves both houses better off, whatever "
        "the transfer.",
        "La réponse : pas d'échange. Aucun ensemble de séjours n'améliore le résultat des deux "
        "maisons, quel que soit le transfert.",
    ),
    "deal.none.why": (
        "The frontier shows the best packages on offer: each leaves at least one house worse "
        "off than without the exchange.",
        "La frontière montre les meilleurs ensembles possibles : chacun laisse au moins une "
        "maison en moins bonne posture que sans échange.",
    ),
    "deal.transfer": (
        "Proposed transfer: {payer} pays {payee} {amount}; an even split of the gain would be "
        "{even}.",
        "Transfert proposé : {payer} verse {amount} à {payee} ; un partage égal du gain "
        "donnerait {even}.",
    ),
    "deal.transfer_range": (
        "{payer} pays {payee} {amount} (both gain from {low} to {high}; even split {even}).",
        "{payer} verse {amount} à {payee} (les deux y gagnent de {low} à {high} ; partage "
        "égal : {even}).",
    ),
    "deal.house_gain": (
        "{house}: gain of {before} before the transfer, {after} after it.",
        "{house} : gain de {before} avant le transfert, {after} après.",
    ),
    "deal.total": ("Total gain of both houses: {total}.", "Gain total des deux maisons : {total}."),
    "deal.see": ("The deal in figures", "L'accord en chiffres"),
    "deal.what_would_change": ("What would change the answer", "Ce qui changerait la réponse"),
    "deal.stay": ("{dancer} at {host}, {period}", "{dancer} chez {host}, {period}"),
    "deal.no_stays": ("no stay", "aucun séjour"),
    "deal.point": (
        "{stays}. {first}: {x}; {second}: {y}",
        "{stays}. {first} : {x} ; {second} : {y}",
    ),
    "deal.axis": ("Gain of {house} ({currency})", "Gain de {house} ({currency})"),
    "deal.zero": ("{house}: no gain", "{house} : gain nul"),
    "deal.frontier": (
        "The frontier: every package of stays that no other beats for both houses",
        "La frontière : chaque ensemble de séjours qu'aucun autre ne bat pour les deux maisons",
    ),
    "deal.legend.both_gain": ("Both houses gain", "Les deux maisons gagnent"),
    "deal.legend.package": ("A package of stays", "Un ensemble de séjours"),
    "deal.legend.chosen": ("The chosen package", "L'ensemble retenu"),
    "deal.legend.fee_range": ("Transfers where both gain", "Transferts où les deux gagnent"),
    "deal.legend.after": ("After the proposed transfer", "Après le transfert proposé"),
    "deal.legend.even": ("After an even split", "Après un partage égal"),
    "deal.houses": (
        "Each house, without and with the exchange",
        "Chaque maison, sans et avec l'échange",
    ),
    "deal.estimates": (
        "The solver's estimate comes from its own demand model; the Monte Carlo gain compares "
        "the same simulated seasons with and without the exchange.",
        "Le gain estimé par le solveur vient de son propre modèle de demande ; le gain "
        "Monte-Carlo compare les mêmes saisons simulées avec et sans l'échange.",
    ),
    "deal.transfers": ("The transfer", "Le transfert"),
    "deal.packages": ("The packages of the frontier", "Les ensembles de la frontière"),
    "deal.sensitivity": ("How sure is it: the assumptions", "Quelle certitude : les hypothèses"),
    "deal.tornado": (
        "What each assumption does to the total gain ({currency})",
        "Ce que chaque hypothèse change au gain total ({currency})",
    ),
    "deal.values": (
        "low {low}, base {base}, high {high}",
        "basse {low}, référence {base}, haute {high}",
    ),
    "deal.stays_range": ("{low} to {high}", "de {low} à {high}"),
    "deal.bar": (
        "{name} ({values}): {low} at the low value, {base} at the base, {high} at the high value",
        "{name} ({values}) : {low} à la valeur basse, {base} à la référence, {high} à la "
        "valeur haute",
    ),
    "deal.legend.low": ("Assumption at its low value", "Hypothèse à sa valeur basse"),
    "deal.legend.high": ("Assumption at its high value", "Hypothèse à sa valeur haute"),
    "deal.legend.base": ("Total gain at the base values", "Gain total aux valeurs de référence"),
    "deal.legend.flips": (
        "The decision flips in the range",
        "La décision bascule dans la fourchette",
    ),
    "deal.paths": ("Paths to break-even", "Chemins vers l'équilibre"),
    "deal.notes": ("Notes", "Remarques"),
    "deal.yes": ("yes", "oui"),
    "deal.no": ("no", "non"),
    "col.without": ("Result without the exchange", "Résultat sans échange"),
    "col.with": (
        "Result with the exchange, before the transfer",
        "Résultat avec l'échange, avant transfert",
    ),
    "col.gain_before": ("Gain before the transfer", "Gain avant transfert"),
    "col.transfer": ("Transfer received", "Transfert reçu"),
    "col.gain_after": ("Gain after the transfer", "Gain après transfert"),
    "col.estimate": ("Solver's estimate of the gain", "Gain estimé par le solveur"),
    "col.monte_carlo": ("Monte Carlo gain", "Gain Monte-Carlo"),
    "col.pbe_without": ("Chance of breaking even without", "Probabilité d'équilibre sans"),
    "col.pbe_with": ("Chance of breaking even with", "Probabilité d'équilibre avec"),
    "col.payer": ("Pays", "Verse"),
    "col.payee": ("Receives", "Reçoit"),
    "col.fee": ("Proposed amount", "Montant proposé"),
    "col.fee_low": ("Both gain from", "Les deux gagnent à partir de"),
    "col.fee_high": ("Both gain up to", "Les deux gagnent jusqu'à"),
    "col.even": ("Even split", "Partage égal"),
    "col.stays": ("Stays", "Séjours"),
    "col.gain_of": ("Gain of {house}", "Gain de {house}"),
    "col.after_even": ("{house}, after an even split", "{house}, après partage égal"),
    "col.total_gain": ("Total gain", "Gain total"),
    "col.chosen": ("Chosen", "Retenu"),
    "col.assumption": ("Assumption", "Hypothèse"),
    "col.values": ("Values tested", "Valeurs testées"),
    "col.at_low": ("Total gain, low value", "Gain total, valeur basse"),
    "col.at_base": ("Total gain, base", "Gain total, référence"),
    "col.at_high": ("Total gain, high value", "Gain total, valeur haute"),
    "col.stays_range": ("Stays, low to high", "Séjours, de la valeur basse à la haute"),
    "col.flips": ("Decision flips", "La décision bascule"),
    "col.lever": ("Lever", "Levier"),
    "col.deficit": ("Deficit to close", "Déficit à combler"),
    "col.delivers": ("What it delivers", "Ce qu'il apporte"),
    "col.needed_lever": ("Needed to break even", "Nécessaire pour l'équilibre"),
    "col.note": ("Note", "Remarque"),
    "lever.price": ("Ticket prices", "Prix des billets"),
    "lever.extra_shows": ("Extra performances", "Représentations supplémentaires"),
    "lever.gala": ("A gala", "Un gala"),
    "lever.exchange": ("The exchange", "L'échange"),
    "unit.shows": (
        {"one": "performance", "other": "performances"},
        {"one": "représentation", "other": "représentations"},
    ),
}
