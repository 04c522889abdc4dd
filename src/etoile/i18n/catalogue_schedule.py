"""The English and French messages of a person's schedule: calls, calendars and changes.

The kinds of rehearsal call and of staff (shared by the report's rehearsal section and the
calendars), the events of the calendar files (``.ics``) that a dancer, a ballet master or a
studio manager reads, and the sentences that say what changed between two plans
(replan notices, the web app's changelog).
"""

from __future__ import annotations

from etoile.i18n.message import Message

SCHEDULE: dict[str, tuple[Message, Message]] = {
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
