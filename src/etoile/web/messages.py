"""The English and French words of the web pages, in the form of the shared catalogue.

Keys map to ``(English, French)`` like :data:`etoile.i18n.CATALOGUE`, and are read through
:class:`PageTranslator`, which falls back to that catalogue (so column names and money, date
and plural rules are those of the report and the calendars) rather than repeating it.
"""

from __future__ import annotations

from etoile.i18n import Message

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
    "casting.knows": ("knows the role", "connaît le rôle"),
    "casting.to_learn": ("{hours} h to learn", "{hours} h à apprendre"),
    "casting.week_shows": (
        {"one": "{count} other show that week", "other": "{count} other shows that week"},
        {
            "one": "{count} autre spectacle cette semaine",
            "other": "{count} autres spectacles cette semaine",
        },
    ),
    "casting.why.absent": ("absent that day", "absent ce jour-là"),
    "casting.why.away": ("not with the company that day", "pas dans la compagnie ce jour-là"),
    "casting.why.learning": ("cannot have learnt it by then", "ne peut pas l'avoir appris à temps"),
    "casting.why.rank": ("rank or profile does not fit", "rang ou profil ne convient pas"),
    "casting.choices_help": (
        "Only the dancers who may take this place are listed, the most ready first: ✓ knows "
        "the role, then the fewest hours to learn it, then the fewest shows that week.",
        "Seuls les artistes qui peuvent tenir cette place sont proposés, les plus prêts "
        "d'abord : ✓ connaît le rôle, puis le moins d'heures à apprendre, puis le moins de "
        "spectacles cette semaine.",
    ),
    "rehearsals.title": ("Rehearsal calendar", "Calendrier des répétitions"),
    "rehearsals.subject.studio": ("Studio", "Studio"),
    "rehearsals.subject.staff": ("Ballet master", "Maître de ballet"),
    "rehearsals.subject.dancer": ("Dancer", "Artiste"),
    "rehearsals.day": ("Day", "Jour"),
    "rehearsals.week": ("Week", "Semaine"),
    "rehearsals.show": ("Show", "Afficher"),
    "rehearsals.previous": ("Previous", "Précédent"),
    "rehearsals.next": ("Next", "Suivant"),
    "rehearsals.none": ("No calls", "Aucune convocation"),
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
    "changes.summary": ("In short", "En bref"),
    "changes.production": ("Production", "Spectacle"),
    "changes.casts": ("Casts changed", "Distributions changées"),
    "changes.calls": ("Calls changed", "Convocations changées"),
    "changes.stays": ("Guest stays changed", "Séjours d'invités changés"),
    "changes.told": ("People told", "Personnes prévenues"),
    "changes.by_person": ("Most concerned", "Les plus concernés"),
    "changes.count": (
        {"one": "{count} change", "other": "{count} changes"},
        {"one": "{count} changement", "other": "{count} changements"},
    ),
    "changes.more_people": (
        {"one": "and {count} more person", "other": "and {count} more people"},
        {"one": "et {count} autre personne", "other": "et {count} autres personnes"},
    ),
    "changes.details": (
        {"one": "The change in detail", "other": "All {count} changes in detail"},
        {"one": "Le changement en détail", "other": "Les {count} changements en détail"},
    ),
    "plans.confirm_title": ("Publish draft {id}?", "Publier le brouillon {id} ?"),
    "plans.confirm_final": (
        "Publishing is final: the draft becomes version {version} and everyone concerned is told.",
        "La publication est définitive : le brouillon devient la version {version} et chaque "
        "personne concernée est prévenue.",
    ),
    "plans.confirm_stale": (
        "Version {newest} was published after the plans you saw (version {seen}): publishing "
        "will be refused. Go back to the plans.",
        "La version {newest} a été publiée après les plans que vous avez vus (version "
        "{seen}) : la publication sera refusée. Revenez aux plans.",
    ),
    "plans.confirm_casts": (
        {
            "one": "{count} cast changes in your house",
            "other": "{count} casts change in your house",
        },
        {
            "one": "{count} distribution change dans votre maison",
            "other": "{count} distributions changent dans votre maison",
        },
    ),
    "plans.confirm_calls": (
        {"one": "{count} call changes", "other": "{count} calls change"},
        {"one": "{count} convocation change", "other": "{count} convocations changent"},
    ),
    "plans.confirm_people": (
        {
            "one": "{count} person of your house will be told",
            "other": "{count} people of your house will be told",
        },
        {
            "one": "{count} personne de votre maison sera prévenue",
            "other": "{count} personnes de votre maison seront prévenues",
        },
    ),
    "plans.confirm_everyone": (
        {"one": "{count} person in all houses", "other": "{count} people in all houses"},
        {
            "one": "{count} personne dans toutes les maisons",
            "other": "{count} personnes dans toutes les maisons",
        },
    ),
    "plans.confirm_button": ("Publish version {version}", "Publier la version {version}"),
    "plans.confirm_cancel": ("Back to the plans", "Retour aux plans"),
    "me.title": ("My schedule", "Mon planning"),
    "me.version": ("Version {version} of the plan", "Version {version} du plan"),
    "me.unpublished": (
        "No version of the plan is published yet.",
        "Aucune version du plan n'est encore publiée.",
    ),
    "me.changes_since": (
        "What changed for you since you last looked",
        "Ce qui a changé pour vous depuis votre dernière visite",
    ),
    "me.changes_in": (
        "What changed for you in version {version}",
        "Ce qui a changé pour vous dans la version {version}",
    ),
    "me.changes_version": ("In version {version}", "Dans la version {version}"),
    "me.empty": ("Nothing planned for you.", "Rien de prévu pour vous."),
    "me.next": ("Next up", "Prochain rendez-vous"),
    "me.soon_empty": (
        "Nothing for you in these two weeks.",
        "Rien pour vous pendant ces deux semaines.",
    ),
    "me.today": ("Today", "Aujourd'hui"),
    "me.soon": ("The next two weeks", "Les deux semaines à venir"),
    "me.later": ("Later", "Ensuite"),
    "me.week_of": ("Week of {day}", "Semaine du {day}"),
    "me.changes_count": (
        {"one": "{count} change still to come", "other": "{count} changes still to come"},
        {"one": "{count} changement à venir", "other": "{count} changements à venir"},
    ),
    "me.changes_summary": ("{head}: {parts}", "{head} : {parts}"),
    "me.count.cast": (
        {"one": "{count} role", "other": "{count} roles"},
        {"one": "{count} rôle", "other": "{count} rôles"},
    ),
    "me.count.call": (
        {"one": "{count} call", "other": "{count} calls"},
        {"one": "{count} convocation", "other": "{count} convocations"},
    ),
    "me.count.stay": (
        {"one": "{count} guest stay", "other": "{count} guest stays"},
        {"one": "{count} séjour d'invité", "other": "{count} séjours d'invité"},
    ),
    "me.changes_all": ("Show all {count}", "Tout afficher ({count})"),
    "me.change.cast.added": (
        "You now dance {role} in {production}, {when}, {venue}.",
        "Vous dansez désormais {role} dans {production}, {when}, {venue}.",
    ),
    "me.change.cast.removed": (
        "You no longer dance {role} in {production}, {when}, {venue}.",
        "Vous ne dansez plus {role} dans {production}, {when}, {venue}.",
    ),
    "me.change.call.added": (
        "You have a new call: {kind}, {production}, {when}.",
        "Vous avez une nouvelle convocation : {kind}, {production}, {when}.",
    ),
    "me.change.call.removed": (
        "Your call is cancelled: {kind}, {production}, {when}.",
        "Votre convocation est annulée : {kind}, {production}, {when}.",
    ),
    "me.change.call.moved": (
        "Your call moves: {kind}, {production}, was {before}; now {when}.",
        "Votre convocation change : {kind}, {production}, prévue {before} ; désormais {when}.",
    ),
    "me.change.call.called": (
        "You are now called: {kind}, {production}, {when}.",
        "Vous avez désormais une convocation : {kind}, {production}, {when}.",
    ),
    "me.change.call.released": (
        "You are no longer called: {kind}, {production}, {when}.",
        "Vous n'avez plus de convocation : {kind}, {production}, {when}.",
    ),
    "me.change.stay.added": (
        "You are a guest of {host} from {start} to {end}.",
        "{host} vous invite du {start} au {end}.",
    ),
    "me.change.stay.removed": (
        "Your stay with {host} from {start} to {end} is cancelled.",
        "Votre séjour chez {host} du {start} au {end} est annulé.",
    ),
    "me.change.stay.changed": (
        "Your stay with {host} now runs from {start} to {end}.",
        "Votre séjour chez {host} va désormais du {start} au {end}.",
    ),
    "me.feed_made": (
        "Your new calendar address, shown only this once: copy it into your phone's calendar now.",
        "Votre nouvelle adresse de calendrier, affichée une seule fois : copiez-la maintenant "
        "dans le calendrier de votre téléphone.",
    ),
    "me.feed_copy": ("Copy", "Copier"),
    "me.feed_copied": ("Copied", "Copiée"),
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
    "nav.users": ("Users", "Utilisateurs"),
    "users.title": ("Users of your house", "Utilisateurs de votre maison"),
    "users.help": (
        "A temporary password or a deactivation logs the person out everywhere: their sessions, "
        "API tokens and calendar addresses end.",
        "Un mot de passe temporaire ou une désactivation déconnecte la personne partout : ses "
        "sessions, jetons d'API et adresses de calendrier prennent fin.",
    ),
    "users.login": ("Login", "Identifiant"),
    "users.name": ("Name", "Nom"),
    "users.role": ("Role", "Rôle"),
    "users.state": ("Account", "Compte"),
    "users.actions": ("What to do", "Actions"),
    "users.active": ("active", "actif"),
    "users.inactive": ("deactivated", "désactivé"),
    "users.you": ("(you)", "(vous)"),
    "users.deactivate": ("Deactivate", "Désactiver"),
    "users.reactivate": ("Reactivate", "Réactiver"),
    "users.reset": ("Temporary password", "Mot de passe temporaire"),
    "users.temporary": (
        "Temporary password (at least {min} characters)",
        "Mot de passe temporaire (au moins {min} caractères)",
    ),
    "users.own_password": ("Your own password", "Votre propre mot de passe"),
    "users.reset_submit": ("Set the temporary password", "Définir le mot de passe temporaire"),
    "users.about": ("{login}:", "{login} :"),
    "users.wrong_own": ("Your own password is wrong.", "Votre propre mot de passe est incorrect."),
    "users.own_reset": (
        "Change your own password on your password page.",
        "Changez votre propre mot de passe sur la page de votre mot de passe.",
    ),
    "users.own_deactivate": (
        "You cannot deactivate your own account.",
        "Vous ne pouvez pas désactiver votre propre compte.",
    ),
    "users.reset_done": (
        "{login} has a temporary password; their sessions and tokens have ended.",
        "{login} a un mot de passe temporaire ; ses sessions et jetons ont pris fin.",
    ),
    "users.deactivated": (
        "{login} is deactivated and logged out everywhere.",
        "{login} est désactivé et déconnecté partout.",
    ),
    "users.reactivated": ("{login} can log in again.", "{login} peut de nouveau se connecter."),
}
"""Every label of the pages, in English and French."""
