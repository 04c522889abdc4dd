"""The English and French messages of everything a director reads in Étoile's documents.

Each key maps to ``(English, French)``. A message is a :meth:`str.format` template, or a dict
of CLDR plural forms (``one``, ``other``) chosen from ``count``. Keys are grouped by where
they appear; a test checks that both languages are present for every key and that a French
page shows none of the English labels.
"""

from __future__ import annotations

Message = str | dict[str, str]

LANGUAGES = ("en", "fr")
"""The columns of :data:`CATALOGUE`, in order."""

SAME_IN_BOTH = frozenset({"status.optimal", "staff.repetiteur"})
"""Keys whose French is rightly the same word as the English."""

CATALOGUE: dict[str, tuple[Message, Message]] = {
    # The document
    "doc.title": ("Season plan: {season}", "Plan de saison : {season}"),
    "doc.period": ("Season {period}", "Saison {period}"),
    "doc.generated": ("Generated {when}", "Produit le {when}"),
    "doc.times": (
        "Dates and times are those of the theatre where each event happens.",
        "Les dates et heures sont celles du théâtre où chaque événement a lieu.",
    ),
    "doc.contents": ("Contents", "Sommaire"),
    "sec.answer": ("The answer", "La réponse"),
    "sec.calendar": ("Exchange calendar", "Calendrier de l'échange"),
    "sec.casting": ("Casting of every production", "Distribution de chaque production"),
    "sec.finance": ("Finance charts", "Graphiques financiers"),
    "sec.solvers": ("Solver reports", "Rapports des solveurs"),
    "sec.checks": ("Explanations and checks", "Explications et vérifications"),
    # The answer
    "answer.moves": ("Who goes where", "Qui part où"),
    "answer.no_exchange": (
        "This plan has no exchange: every dancer stays with their own house.",
        "Ce plan ne prévoit aucun échange : chaque artiste reste dans sa maison.",
    ),
    "answer.why": ("Why", "Pourquoi"),
    "answer.houses": ("What it does to each house", "Ce que cela change pour chaque maison"),
    "answer.combined": (
        "Both houses together ({currency}, at the season's stated rates)",
        "Les deux maisons ensemble ({currency}, aux taux de change de la saison)",
    ),
    "answer.no_forecast": (
        "This plan has no forecast yet.",
        "Ce plan n'a pas encore de prévision financière.",
    ),
    "answer.draws": (
        {
            "one": "Expected values; chances of breaking even from {draws} simulated season "
            "(seed {seed}).",
            "other": "Expected values; chances of breaking even from {draws} simulated seasons "
            "(seed {seed}).",
        },
        {
            "one": "Valeurs espérées ; probabilités d'équilibre tirées de {draws} saison "
            "simulée (graine {seed}).",
            "other": "Valeurs espérées ; probabilités d'équilibre tirées de {draws} saisons "
            "simulées (graine {seed}).",
        },
    ),
    "answer.not_computed": ("not computed", "non calculé"),
    "col.dancer": ("Dancer", "Artiste"),
    "col.route": ("From → to", "De → vers"),
    "col.away": ("Away from home (travel included)", "Absence (voyage compris)"),
    "col.stay": ("Guest residence", "Séjour à l'étranger"),
    "col.roles": ("Roles", "Rôles"),
    "col.shows": ("Performances as guest", "Représentations en invité"),
    "col.house": ("House", "Maison"),
    "col.result_base": ("Expected result, no exchange", "Résultat attendu sans échange"),
    "col.result_plan": ("Expected result, this plan", "Résultat attendu avec ce plan"),
    "col.change": ("Change", "Écart"),
    "col.pbe_base": (
        "Chance of breaking even, no exchange",
        "Probabilité d'équilibre sans échange",
    ),
    "col.pbe_plan": (
        "Chance of breaking even, this plan",
        "Probabilité d'équilibre avec ce plan",
    ),
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
    # The exchange calendar
    "cal.none": ("No one travels in this plan.", "Personne ne voyage dans ce plan."),
    "cal.week": ("Week of {date}", "Semaine du {date}"),
    "cal.home": ("At home", "Dans sa maison"),
    "cal.travel": ("Travel and rest", "Voyage et repos"),
    "cal.guest": ("Guest at the host house", "En résidence dans la maison d'accueil"),
    "cal.guest_at": ("Guest at {house}", "En résidence : {house}"),
    "cal.show": ("Performs that day", "Danse ce jour-là"),
    "cal.outside": ("Outside the season", "Hors saison"),
    "cal.legend": ("Legend", "Légende"),
    "cal.day": ("{date}: {state}", "{date} : {state}"),
    # The casting grid
    "cast.none": (
        "This plan has no casting yet.",
        "Ce plan ne contient pas encore de distribution.",
    ),
    "cast.no_shows": ("No performances.", "Aucune représentation."),
    "cast.role": ("Role", "Rôle"),
    "cast.guest": ("★ guest from another house", "★ artiste invité d'une autre maison"),
    "cast.guest_short": ("guest", "invité"),
    "cast.dancers": (
        {"one": "{count} dancer", "other": "{count} dancers"},
        {"one": "{count} artiste", "other": "{count} artistes"},
    ),
    "cast.partial": ("{filled} of {needed} cast", "{filled} distribués sur {needed}"),
    "cast.missing": ("not cast", "non distribué"),
    "cast.shows": (
        {"one": "{count} performance", "other": "{count} performances"},
        {"one": "{count} représentation", "other": "{count} représentations"},
    ),
    # Finance
    "fin.none": (
        "No forecast, so no finance charts.",
        "Pas de prévision, donc pas de graphiques financiers.",
    ),
    "fin.weekly": ("Expected box office by week", "Recettes de billetterie attendues par semaine"),
    "fin.week_axis": ("Week starting", "Semaine du"),
    "fin.results": (
        "Season result: expected value and range",
        "Résultat de la saison : espérance et fourchette",
    ),
    "fin.lines": ("Expected income and costs", "Recettes et charges attendues"),
    "fin.range": ("5th to 95th percentile", "Du 5e au 95e centile"),
    "fin.median": ("Median", "Médiane"),
    "fin.expected": ("Expected, this plan", "Espérance avec ce plan"),
    "fin.baseline": ("Expected, no exchange", "Espérance sans échange"),
    "fin.break_even": ("Break-even", "Équilibre"),
    "fin.income": ("Income", "Recettes"),
    "fin.costs": ("Costs", "Charges"),
    "col.performances": ("Performances", "Représentations"),
    "col.attendance": ("Expected attendance", "Fréquentation attendue"),
    "col.occupancy": ("Seats sold", "Taux de remplissage"),
    "col.expected": ("Expected result", "Résultat espéré"),
    "col.p5": ("Bad year (5th percentile)", "Mauvaise année (5e centile)"),
    "col.p50": ("Median year", "Année médiane"),
    "col.p95": ("Good year (95th percentile)", "Bonne année (95e centile)"),
    "col.pbe": ("Chance of breaking even", "Probabilité d'équilibre"),
    "col.line": ("Line", "Poste"),
    "col.amount": ("Amount", "Montant"),
    "line.box_office": ("Box office", "Billetterie"),
    "line.subsidy": ("Public subsidy", "Subvention publique"),
    "line.donations": ("Donations", "Mécénat et dons"),
    "line.sponsorship": ("Sponsorship", "Parrainage d'entreprises"),
    "line.other_income": ("Other income", "Autres recettes"),
    "line.fixed_costs": ("Fixed costs", "Frais fixes"),
    "line.salaries": ("Dancers' salaries", "Salaires des artistes"),
    "line.productions": ("Production costs", "Coûts des productions"),
    "line.exchange": ("Exchange costs", "Coûts de l'échange"),
    # Solver reports
    "solvers.none": ("No solver ran for this plan.", "Aucun solveur n'a été lancé pour ce plan."),
    "solvers.notes": ("Notes: {notes}", "Remarques : {notes}"),
    "col.part": ("Part", "Partie"),
    "col.solver": ("Solver", "Solveur"),
    "col.status": ("Status", "Statut"),
    "col.objective": ("Objective", "Objectif"),
    "col.bound": ("Best bound", "Meilleure borne"),
    "col.gap": ("Gap", "Écart relatif"),
    "col.seconds": ("Seconds", "Secondes"),
    "col.verdict": ("What it means", "Ce que cela signifie"),
    "part.casting": ("Casting", "Distribution"),
    "part.exchange": ("Exchange", "Échange"),
    "part.rehearsals": ("Rehearsals", "Répétitions"),
    "part.repair": ("Repair", "Réparation"),
    "part.forecast": ("Forecast", "Prévision"),
    "status.optimal": ("optimal", "optimal"),
    "status.feasible": ("feasible", "réalisable"),
    "status.infeasible": ("infeasible", "irréalisable"),
    "status.timed_out": ("timed out", "temps écoulé"),
    "status.model_invalid": ("invalid model", "modèle invalide"),
    "status.unknown": ("unknown", "inconnu"),
    "verdict.optimal": ("Optimal: proved to be the best.", "Optimal : prouvé le meilleur."),
    "verdict.within": (
        "Within {gap} of the proven bound.",
        "À {gap} au plus de la borne prouvée.",
    ),
    "verdict.no_bound": (
        "A plan, but no proven bound: how good it is is unknown.",
        "Un plan, mais sans borne prouvée : sa qualité est inconnue.",
    ),
    "verdict.no_plan": ("No plan found.", "Aucun plan trouvé."),
    # Explanations and checks
    "checks.explanations": ("Explanations", "Explications"),
    "checks.no_explanations": ("No explanations were given.", "Aucune explication fournie."),
    "checks.validator": ("Independent check", "Vérification indépendante"),
    "checks.ok": (
        "The independent validator found no violations.",
        "Le validateur indépendant n'a trouvé aucune violation.",
    ),
    "checks.found": (
        {
            "one": "The independent validator found {count} violation.",
            "other": "The independent validator found {count} violations.",
        },
        {
            "one": "Le validateur indépendant a trouvé {count} violation.",
            "other": "Le validateur indépendant a trouvé {count} violations.",
        },
    ),
    "checks.more": (
        {
            "one": "{count} more violation is not listed here.",
            "other": "{count} more violations are not listed here.",
        },
        {
            "one": "{count} autre violation n'est pas détaillée ici.",
            "other": "{count} autres violations ne sont pas détaillées ici.",
        },
    ),
    "col.count": ("Count", "Nombre"),
    "col.rule": ("Rule", "Règle"),
    "col.severity": ("Severity", "Gravité"),
    "col.details": ("Details", "Détail"),
    "severity.error": ("error", "erreur"),
    "severity.warning": ("warning", "avertissement"),
    # Rehearsal calls: shared by the report's rehearsal section and the calendars
    "reh.kind.company": ("Company rehearsal", "Répétition d'ensemble"),
    "reh.kind.coaching": ("Coaching", "Répétition de rôle"),
    "reh.kind.learning": ("Learning a role", "Apprentissage de rôle"),
    "reh.kind.stage": ("Stage rehearsal", "Répétition en scène"),
    "reh.kind.dress": ("Dress rehearsal", "Répétition générale"),
    "staff.ballet_master": ("ballet master", "maître de ballet"),
    "staff.repetiteur": ("répétiteur", "répétiteur"),
    "staff.teacher": ("teacher", "professeur"),
    "staff.pianist": ("pianist", "pianiste"),
    "staff.conductor": ("conductor", "chef d'orchestre"),
    # The report's rehearsal section
    "sec.rehearsals": ("Rehearsals", "Répétitions"),
    "reh.none": (
        "This plan has no rehearsals yet.",
        "Ce plan ne contient pas encore de répétitions.",
    ),
    "reh.weeks": ("Each house's weeks", "Les semaines de chaque maison"),
    "reh.progress": ("Progress toward opening", "Avancement avant la première"),
    "reh.room": ("Room", "Salle"),
    "reh.opening": ("Opens {date}", "Première le {date}"),
    "reh.no_opening": ("No performance yet", "Aucune représentation prévue"),
    "reh.casts": (
        {"one": "{count} principal cast", "other": "{count} principal casts"},
        {"one": "{count} distribution principale", "other": "{count} distributions principales"},
    ),
    "reh.hours": (
        {"one": "{hours} hour", "other": "{hours} hours"},
        {"one": "{hours} heure", "other": "{hours} heures"},
    ),
    "reh.calls": (
        {"one": "{n} call", "other": "{n} calls"},
        {"one": "{n} séance", "other": "{n} séances"},
    ),
    "reh.ready": ("Ready", "Atteint"),
    "reh.short": ("{missing} to go", "Reste {missing}"),
    "reh.learning_note": (
        "Learning: the hours that guests and debutants need for the roles they are cast in "
        "and do not know yet. Coaching: the hours per principal cast times the casts.",
        "Apprentissage : les heures dont les artistes invités et les prises de rôle ont besoin "
        "pour les rôles qu'ils ne connaissent pas encore. Répétition de rôle : les heures par "
        "distribution principale multipliées par le nombre de distributions.",
    ),
    "col.kind": ("Kind of call", "Type de répétition"),
    "col.scheduled": ("Scheduled", "Prévu"),
    "col.needed": ("Needed", "Nécessaire"),
    "col.progress": ("Progress", "Avancement"),
    # Calendars (.ics): what a dancer, a ballet master or a studio manager reads
    "ics.about_dancer": (
        "Performances, rehearsal calls and travel of {name} ({house}).",
        "Représentations, répétitions et voyages de {name} ({house}).",
    ),
    "ics.about_staff": (
        "Rehearsal calls led by {name} ({house}).",
        "Répétitions dirigées par {name} ({house}).",
    ),
    "ics.about_studio": (
        "Rehearsal calls in {name} ({house}).",
        "Répétitions prévues en salle : {name} ({house}).",
    ),
    "ics.show": ("Performance", "Représentation"),
    "ics.roles": (
        {"one": "Role: {roles}", "other": "Roles: {roles}"},
        {"one": "Rôle : {roles}", "other": "Rôles : {roles}"},
    ),
    "ics.production": ("Production: {title} ({house})", "Production : {title} ({house})"),
    "ics.venue": ("Venue: {venue}", "Théâtre : {venue}"),
    "ics.curtain": (
        "Curtain up {date} at {time} ({zone} time); ends about {end}.",
        "Lever de rideau le {date} à {time} (heure de {zone}) ; fin vers {end}.",
    ),
    "ics.gala": ("Opening night or gala.", "Première ou soirée de gala."),
    "ics.when": (
        "{date}, from {start} to {end} ({zone} time).",
        "Le {date}, de {start} à {end} (heure de {zone}).",
    ),
    "ics.room": ("Room: {room}", "Salle : {room}"),
    "ics.led_by": ("Led by: {names}", "Dirigée par : {names}"),
    "ics.called": (
        {"one": "{count} dancer called: {names}", "other": "{count} dancers called: {names}"},
        {
            "one": "{count} artiste convoqué : {names}",
            "other": "{count} artistes convoqués : {names}",
        },
    ),
    "ics.flight_out": ("Flight to {city}", "Vol pour {city}"),
    "ics.rest": ("Rest after the flight to {city}", "Repos après le vol pour {city}"),
    "ics.flight_home": ("Flight home to {city}", "Vol de retour vers {city}"),
    "ics.trip": (
        "Leaves home {depart}; guest residence {stay}; home again {back}.",
        "Départ le {depart} ; résidence {stay} ; retour le {back}.",
    ),
    "ics.absence": ("Absent: {reason}", "Absence : {reason}"),
    "ics.unavailable": ("Unavailable", "Indisponible"),
    "reason.injury": ("injury", "blessure"),
    "reason.illness": ("illness", "maladie"),
    "reason.leave": ("leave", "congé"),
    "reason.other": ("other reason", "autre motif"),
    # What changed between two plans (replan notices, the web app's changelog)
    "change.cast.replace": (
        "{show}, role {role}: {added} instead of {removed}.",
        "{show}, rôle {role} : {added} au lieu de {removed}.",
    ),
    "change.cast.added": (
        "{show}, role {role}: now danced by {added}.",
        "{show}, rôle {role} : désormais dansé par {added}.",
    ),
    "change.cast.removed": (
        "{show}, role {role}: {removed} no longer dances it.",
        "{show}, rôle {role} : {removed} ne le danse plus.",
    ),
    "change.call.added": (
        "New call, {kind}, {production}: {when}.",
        "Nouvel appel, {kind}, {production} : {when}.",
    ),
    "change.call.removed": (
        "Call cancelled, {kind}, {production}: {when}.",
        "Appel annulé, {kind}, {production} : {when}.",
    ),
    "change.call.moved": (
        "Call changed, {kind}, {production}: was {before}; now {after}.",
        "Appel modifié, {kind}, {production} : prévu {before} ; désormais {after}.",
    ),
    "change.call.head": ("{kind}, {production}, {when}:", "{kind}, {production}, {when} :"),
    "change.call.called": ("Now called: {names}.", "Désormais convoqués : {names}."),
    "change.call.released": ("No longer called: {names}.", "Ne sont plus convoqués : {names}."),
    "change.stay.added": (
        "{dancer}: guest of {host} from {start} to {end}.",
        "{dancer} : invité par {host} du {start} au {end}.",
    ),
    "change.stay.removed": (
        "{dancer}: the stay with {host} from {start} to {end} is cancelled.",
        "{dancer} : le séjour chez {host} du {start} au {end} est annulé.",
    ),
    "change.stay.changed": (
        "{dancer}: the stay with {host} now runs from {start} to {end}.",
        "{dancer} : le séjour chez {host} va désormais du {start} au {end}.",
    ),
}
