"""The English and French messages of the director's report, section by section.

The document and its contents, the answer, the exchange calendar, the casting grid, the
finance charts and tables, the solver reports, the explanations and checks, and the
rehearsal section. The deal has its own part (:mod:`etoile.i18n.catalogue_deal`), and the
kinds of rehearsal call and staff, which the report shares with the calendars, are in
:mod:`etoile.i18n.catalogue_schedule`.
"""

from __future__ import annotations

from etoile.i18n.message import Message

REPORT: dict[str, tuple[Message, Message]] = {
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
}
