"""The English and French words of the web pages, in the report catalogue's form.

Keys map to ``(English, French)`` like :data:`etoile.report.catalogue.CATALOGUE`, and are
read through :class:`PageTranslator`, which falls back to the report's catalogue (so column
names and money, date and plural rules are the report's) rather than repeating it.
"""

from __future__ import annotations

from etoile.report.catalogue import Message

MESSAGES: dict[str, tuple[Message, Message]] = {
    "app.name": ("Étoile", "Étoile"),
    "nav.glance": ("Season", "Saison"),
    "nav.exchange": ("Exchange", "Échange"),
    "nav.casting": ("Casting", "Distribution"),
    "nav.rehearsals": ("Rehearsals", "Répétitions"),
    "nav.finance": ("Finance", "Finances"),
    "nav.plans": ("Plans", "Plans"),
    "nav.me": ("My schedule", "Mon planning"),
    "nav.logout": ("Log out", "Se déconnecter"),
    "nav.language": ("Français", "English"),
    "login.title": ("Log in", "Connexion"),
    "login.login": ("Login", "Identifiant"),
    "login.password": ("Password", "Mot de passe"),
    "login.submit": ("Log in", "Se connecter"),
    "login.failed": ("Wrong login or password.", "Identifiant ou mot de passe incorrect."),
    "login.busy": (
        "Too many attempts: try again in {seconds} seconds.",
        "Trop de tentatives : réessayez dans {seconds} secondes.",
    ),
    "error.title": ("Something is wrong", "Un problème est survenu"),
    "error.403": (
        "You may not see this page with your role.",
        "Votre rôle ne permet pas de voir cette page.",
    ),
    "error.404": ("Nothing here.", "Cette page n'existe pas."),
    "error.back": ("Back to the start", "Retour à l'accueil"),
    "role.director": ("Director", "Direction"),
    "role.ballet_master": ("Ballet master", "Maître de ballet"),
    "role.finance": ("Finance", "Finances"),
    "role.dancer": ("Dancer", "Artiste"),
    "glance.title": ("The season at a glance", "La saison en un coup d'œil"),
    "glance.dancers": ("Dancers", "Artistes"),
    "glance.staff": ("Artistic staff", "Équipe artistique"),
    "glance.studios": ("Studios", "Studios"),
    "glance.repertoire": ("Repertoire", "Répertoire"),
    "glance.performances": ("Performances", "Représentations"),
    "glance.from_to": ("from {first} to {last}", "du {first} au {last}"),
    "glance.no_seasons": ("No season is stored yet.", "Aucune saison n'est enregistrée."),
    "plan.current": ("Plan shown: {label}", "Plan affiché : {label}"),
    "plan.draft": ("draft {id}", "brouillon {id}"),
    "plan.version": ("version {version}", "version {version}"),
    "plan.none": ("No plan yet.", "Pas encore de plan."),
    "exchange.title": ("The exchange board", "Le tableau de l'échange"),
    "exchange.none": ("No one travels in this plan.", "Personne ne voyage dans ce plan."),
    "casting.title": ("Casting", "Distribution"),
    "casting.choose": ("Choose a production", "Choisir une production"),
    "casting.edit": ("Change", "Modifier"),
    "casting.edit_title": ("{role}, {day} {time}", "{role}, {day} {time}"),
    "casting.save": ("Save the cast", "Enregistrer la distribution"),
    "casting.cancel": ("Cancel", "Annuler"),
    "casting.nobody": ("(nobody)", "(personne)"),
    "casting.saved": (
        "Saved in draft {id}. The validator checked this performance and every show and "
        "rehearsal of the dancers who left or joined it.",
        "Enregistré dans le brouillon {id}. Le validateur a vérifié cette représentation, et "
        "chaque spectacle et répétition des artistes qui la quittent ou la rejoignent.",
    ),
    "casting.resolved": (
        "Put right by the change",
        "Corrigé par la modification",
    ),
    "casting.conflict": (
        "Not saved: this plan was changed after you opened it. The grid below is the plan as "
        "it is now; make your change again if it still applies.",
        "Non enregistré : ce plan a été modifié après que vous l'avez ouvert. La grille "
        "ci-dessous montre le plan tel qu'il est maintenant ; refaites votre modification si "
        "elle s'applique encore.",
    ),
    "casting.missed": (
        "{by}: {role}, {day}: {dancers}",
        "{by} : {role}, {day} : {dancers}",
    ),
    "casting.warnings": (
        "Warnings from the validator (the change is kept)",
        "Avertissements du validateur (la modification est conservée)",
    ),
    "casting.no_warnings": (
        "The validator found nothing new.",
        "Le validateur n'a rien trouvé de nouveau.",
    ),
    "casting.guest": ("guest", "invité"),
    "rehearsals.title": ("Rehearsal calendar", "Calendrier des répétitions"),
    "rehearsals.subject.studio": ("Studio", "Studio"),
    "rehearsals.subject.staff": ("Ballet master", "Maître de ballet"),
    "rehearsals.subject.dancer": ("Dancer", "Artiste"),
    "rehearsals.day": ("Day", "Jour"),
    "rehearsals.week": ("Week", "Semaine"),
    "rehearsals.show": ("Show", "Afficher"),
    "rehearsals.previous": ("Previous", "Précédent"),
    "rehearsals.next": ("Next", "Suivant"),
    "rehearsals.empty": ("Nothing on these days.", "Rien ces jours-là."),
    "finance.title": ("Finance dashboard", "Tableau de bord financier"),
    "plans.title": ("Plans, versions and solving", "Plans, versions et calcul"),
    "plans.status": ("Status", "État"),
    "plans.label": ("Label", "Libellé"),
    "plans.created": ("Created", "Créé"),
    "plans.published": ("published", "publié"),
    "plans.draft": ("draft", "brouillon"),
    "plans.publish": ("Publish", "Publier"),
    "plans.changes": ("What changed", "Ce qui a changé"),
    "plans.solve": ("Plan the season", "Planifier la saison"),
    "plans.jobs": ("Solving jobs", "Calculs"),
    "plans.cancel": ("Cancel", "Annuler"),
    "plans.job": (
        "Job {id}: {status} ({progress}) {stage}",
        "Calcul {id} : {status} ({progress}) {stage}",
    ),
    "plans.job.queued": ("queued", "en attente"),
    "plans.job.running": ("running", "en cours"),
    "plans.job.cancelling": ("stopping", "arrêt en cours"),
    "plans.job.cancelled": ("cancelled", "annulé"),
    "plans.job.succeeded": ("done", "terminé"),
    "plans.job.failed": ("failed", "échoué"),
    "plans.published_now": (
        "Version {version} is published.",
        "La version {version} est publiée.",
    ),
    "changes.title": ("Version {version}: what changed", "Version {version} : ce qui a changé"),
    "changes.none": ("Nothing changed.", "Rien n'a changé."),
    "changes.people": (
        {"one": "{count} person concerned", "other": "{count} people concerned"},
        {"one": "{count} personne concernée", "other": "{count} personnes concernées"},
    ),
    "me.title": ("My schedule", "Mon planning"),
    "me.version": ("Version {version} of the plan", "Version {version} du plan"),
    "me.unpublished": (
        "No version of the plan is published yet.",
        "Aucune version du plan n'est encore publiée.",
    ),
    "me.changes": ("What changed for you", "Ce qui a changé pour vous"),
    "me.empty": ("Nothing planned for you.", "Rien de prévu pour vous."),
    "me.feed": ("Calendar on your phone", "Calendrier sur votre téléphone"),
    "me.feed_help": (
        "Subscribe to this private address in your phone's calendar. Keep it to yourself.",
        "Abonnez votre téléphone à cette adresse privée. Ne la partagez pas.",
    ),
    "me.feed_new": ("Make a new calendar address", "Créer une nouvelle adresse"),
    "me.feed_revoke": ("Stop the calendar address", "Désactiver l'adresse"),
    "me.feed_active": (
        "Your calendar address works. Making a new one stops the old one.",
        "Votre adresse de calendrier fonctionne. En créer une nouvelle désactive l'ancienne.",
    ),
    "me.feed_none": ("You have no calendar address.", "Vous n'avez pas d'adresse de calendrier."),
    "nav.password": ("My password", "Mon mot de passe"),
    "password.title": ("Change your password", "Changer votre mot de passe"),
    "password.help": (
        "Changing it logs you out everywhere else: your other sessions and your API tokens end.",
        "Le changer vous déconnecte partout ailleurs : vos autres sessions et vos jetons "
        "d'API prennent fin.",
    ),
    "password.current": ("Current password", "Mot de passe actuel"),
    "password.new": (
        "New password (at least {min} characters)",
        "Nouveau mot de passe (au moins {min} caractères)",
    ),
    "password.confirm": ("New password again", "Confirmez le nouveau mot de passe"),
    "password.submit": ("Change the password", "Changer le mot de passe"),
    "password.wrong": ("The current password is wrong.", "Le mot de passe actuel est incorrect."),
    "password.short": (
        "The new password must have at least {min} characters.",
        "Le nouveau mot de passe doit compter au moins {min} caractères.",
    ),
    "password.mismatch": (
        "The two new passwords differ.",
        "Les deux nouveaux mots de passe diffèrent.",
    ),
    "password.changed": (
        "Your password is changed; your other sessions and API tokens have ended.",
        "Votre mot de passe est changé ; vos autres sessions et jetons d'API ont pris fin.",
    ),
}
"""Every label of the pages, in English and French."""
